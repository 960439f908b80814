/**
 * Robustness: well over a thousand malformed requests across every route of the API (wrong
 * types, missing and extra fields, huge strings, invalid UTF-8, SQL and HTML metacharacters,
 * bad cookies). None may answer 5xx, and none may write anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { prng } from '../../src/domain/prng.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { enterprise, signIn, user } from '../support/factories.ts';

let ctx: TestContext;
let app: App;
let cookies: string[];
let entId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp(ctx);
  await app.ready();
  entId = (await enterprise(ctx)).id;
  cookies = [
    await signIn(app, (await user(ctx, 'admin', '500000')).username),
    await signIn(app, (await user(ctx, 'officer', '500112')).username),
    await signIn(app, (await user(ctx, 'enterprise_user', '500112', { enterpriseId: entId })).username),
  ];
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

const NASTY_STRINGS = [
  "' OR 1=1 --", '"; DROP TABLE enterprises; --', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '%00', '\u0000', '\\', '../../etc/passwd', '${7*7}', '{{7*7}}', 'x'.repeat(100_000), '安'.repeat(20_000),
  '\ud800', '🧯'.repeat(300), '', ' ', 'null', 'undefined', 'NaN', '-1', '1e309', '0x10', '[]', '{}',
];
const NASTY_VALUES: unknown[] = [
  ...NASTY_STRINGS, null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], [1, 2], {}, { $ne: null },
  { __proto__: { admin: true } }, [[[[[]]]]], Array.from({ length: 2000 }, (_, i) => i),
];
const BAD_COOKIES = ['safelaw_sid=', 'safelaw_sid=' + 'A'.repeat(5000), "safelaw_sid=' OR 1=1 --", 'safelaw_sid=%ff%fe', 'safelaw_sid', '=;=;=', 'safelaw_sid=abc; safelaw_sid=def'];
const BAD_IDS = ['not-a-uuid', "1' OR '1'='1", '%00', '..%2F..%2Fetc', '00000000-0000-0000-0000-000000000000', 'x'.repeat(5000), '%E4%B8', '%ff'];

/** Percent-encodes, sending a lone surrogate as the invalid UTF-8 bytes it would be. */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['enterprises', 'users', 'sessions', 'audit_events', 'org_units', 'inspections', 'hazards', 'cases', 'deadlines', 'files', 'documents'] as const) {
    const r = await ctx.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

describe('fuzzing every route with malformed requests', () => {
  it('never answers 5xx and never writes', async () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));
    const before = await counts();
    const r = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const fieldNames = ['username', 'password', 'creditCode', 'name', 'address', 'industryCode', 'employees', 'riskGrade', 'orgId', 'version', 'text', 'date', 'q', 'extra'];
    let sent = 0;
    const failures: string[] = [];

    const fill = (path: string): string => path.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'id' && r() < 0.3 ? entId : enc(pick(BAD_IDS)).slice(0, 6000)));
    const perRoute = Math.max(60, Math.ceil(1200 / routes.length));
    for (const route of routes) {
      // Sign-out takes no input but the cookie: a valid session there is a valid request.
      const validCookies = route.path === '/api/auth/logout' ? [] : cookies;
      for (let i = 0; i < perRoute; i++) {
        const kind = i % 6;
        let url = fill(route.path).replace(/^\/api/, '/api');
        const headers: Record<string, string> = {};
        let payload: string | Buffer | undefined;
        const cookie = r() < 0.15 || validCookies.length === 0 ? pick(BAD_COOKIES) : r() < 0.1 ? undefined : pick(validCookies);
        if (cookie) headers.cookie = cookie;
        if (kind === 0) {
          // wrong types / nasty values in every field
          const body: Record<string, unknown> = {};
          for (const f of fieldNames) if (r() < 0.6) body[f] = pick(NASTY_VALUES);
          payload = JSON.stringify(body);
          headers['content-type'] = 'application/json';
        } else if (kind === 1) {
          // invalid UTF-8 and broken JSON
          payload = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('"')]);
          headers['content-type'] = 'application/json';
        } else if (kind === 2) {
          // query string garbage
          const q = fieldNames.map((f) => `${f}=${enc(String(pick(NASTY_VALUES))).slice(0, 3000)}`).join('&');
          url += (url.includes('?') ? '&' : '?') + q + '&page=-1&pageSize=1e9&grade=Z&district=%ff';
        } else if (kind === 3) {
          // wrong content types
          payload = pick(['a=1&b=2', '<xml/>', '--boundary\r\n', 'plain text']);
          headers['content-type'] = pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=boundary', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']);
        } else if (kind === 4) {
          // a huge body
          payload = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
          headers['content-type'] = 'application/json';
        } else {
          // missing fields, arrays instead of objects
          payload = pick(['[]', '""', 'null', '123', '{}', '{"version":"1"}', '[{"username":"admin"}]']);
          headers['content-type'] = 'application/json';
        }
        const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
        const res = await app.inject({ method: route.method as 'POST', url, headers, ...(hasBody && payload !== undefined ? { payload } : {}) });
        sent++;
        if (res.statusCode >= 500) failures.push(`${route.method} ${url.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
          const body = res.json() as { code?: unknown };
          if (typeof body.code !== 'string') failures.push(`${route.method} ${url.slice(0, 80)} → ${res.statusCode} without a code`);
        }
      }
    }
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('sets security headers and a request id on every answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('refuses a state-changing request from another origin (CSRF)', async () => {
    const res = await app.inject({
      method: 'PATCH', url: `/api/enterprises/${entId}`,
      headers: { cookie: cookies[0]!, origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: JSON.stringify({ version: 1, employees: 1 }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_REJECTED');
    const crossSite = await app.inject({
      method: 'POST', url: '/api/auth/logout', headers: { cookie: cookies[0]!, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await app.inject({
      method: 'PATCH', url: `/api/enterprises/${entId}`,
      headers: { cookie: cookies[0]!, origin: 'http://localhost:80', host: 'localhost:80', 'content-type': 'application/json' },
      payload: JSON.stringify({ version: 1, employees: 1 }),
    });
    expect(sameOrigin.statusCode).toBe(200);
  });
});
