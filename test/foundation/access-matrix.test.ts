/**
 * Every role × every route: who gets through, who is refused (403), who is not even told the
 * record exists (404), and anonymous callers (401). The route list comes from the OpenAPI
 * document, so a new route without a row here fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/glossary.ts';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { creditCode, enterprise, org, signIn, user } from '../support/factories.ts';
import { importLaws } from '../../src/server/legal/law-import.service.ts';
import { lawsDir } from '../legal/import-support.ts';
import { defaultBenchmark } from '../../src/domain/discretion/index.ts';
import { findViolation } from '../../src/domain/legal/catalogue/index.ts';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];

interface Fixture {
  ownEnterprise: string;
  foreignEnterprise: string;
  yubeiOrgId: string;
  userIds: Record<Role, string>;
}

interface Row {
  /** The sample request. */
  request: (f: Fixture) => { url: string; payload?: unknown };
  /** Expected status per caller; callers not listed expect `otherwise`. */
  expect: Partial<Record<Caller, number>>;
  otherwise: number;
}

const ALL_SIGNED_IN = (status: number): Partial<Record<Caller, number>> => Object.fromEntries(ROLES.map((r) => [r, status]));

/** Keyed by "METHOD /api/path" exactly as in the OpenAPI document. */
export const MATRIX: Record<string, Row> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: {}, otherwise: 200 },
  'POST /api/auth/login': {
    request: () => ({ url: '/api/auth/login', payload: { username: `nobody.${Math.floor(Math.random() * 1e9)}`, password: 'x' } }),
    expect: {},
    otherwise: 401,
  },
  'POST /api/auth/logout': { request: () => ({ url: '/api/auth/logout' }), expect: ALL_SIGNED_IN(204), otherwise: 401 },
  'GET /api/me': { request: () => ({ url: '/api/me' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/orgs': { request: () => ({ url: '/api/orgs' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/industries': { request: () => ({ url: '/api/industries' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/enterprises': {
    request: () => ({ url: '/api/enterprises' }),
    expect: { anonymous: 401, social_supervisor: 403 },
    otherwise: 200,
  },
  'GET /api/enterprises/{id}': {
    request: (f) => ({ url: `/api/enterprises/${f.ownEnterprise}` }),
    expect: { anonymous: 401, social_supervisor: 403 },
    otherwise: 200,
  },
  'POST /api/enterprises': {
    request: (f) => ({
      url: '/api/enterprises',
      payload: { creditCode: creditCode(), name: '重庆矩阵测试有限公司', address: '重庆市渝北区', industryCode: 'other', employees: 1, riskGrade: 'D', orgId: f.yubeiOrgId },
    }),
    expect: { anonymous: 401, admin: 201 },
    otherwise: 403,
  },
  'PATCH /api/enterprises/{id}': {
    request: (f) => ({ url: `/api/enterprises/${f.ownEnterprise}`, payload: { version: 999, employees: 7 } }),
    expect: { anonymous: 401, admin: 409 },
    otherwise: 403,
  },
  'GET /api/audit/{type}/{id}': {
    request: (f) => ({ url: `/api/audit/enterprise/${f.ownEnterprise}` }),
    expect: { anonymous: 401, officer: 200, legal_reviewer: 200, leader: 200, admin: 200 },
    otherwise: 403,
  },
  'GET /api/legal/laws': { request: () => ({ url: '/api/legal/laws' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/legal/laws/{slug}': { request: () => ({ url: '/api/legal/laws/anquan-shengchan-fa' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/legal/articles/{ref}': {
    request: () => ({ url: `/api/legal/articles/${encodeURIComponent('anquan-shengchan-fa/99/i1')}` }),
    expect: ALL_SIGNED_IN(200),
    otherwise: 401,
  },
  'GET /api/legal/search': { request: () => ({ url: `/api/legal/search?q=${encodeURIComponent('疏散通道')}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/legal/match': {
    request: () => ({ url: '/api/legal/match', payload: { text: '厂房东侧疏散通道上堆满了货物' } }),
    expect: ALL_SIGNED_IN(200),
    otherwise: 401,
  },
  'POST /api/penalty/compute': {
    request: () => ({ url: '/api/penalty/compute', payload: { violation: 'AQSCF-099-1', actDate: '2026-03-02', facts: {} } }),
    expect: { anonymous: 401, tech_inspector: 403, social_supervisor: 403, enterprise_user: 403 },
    otherwise: 200,
  },
  'GET /api/benchmarks': { request: () => ({ url: `/api/benchmarks?q=${encodeURIComponent('安全警示标志')}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/benchmarks/{code}': { request: () => ({ url: '/api/benchmarks/AQSCF-099-1' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/benchmarks/{code}/versions': {
    // A valid version based on a stale version number: administrators get through to the 409.
    request: () => ({ url: '/api/benchmarks/AQSCF-099-1/versions', payload: { ...defaultBenchmark(findViolation('AQSCF-099-1')!), expectedVersion: 999 } }),
    expect: { anonymous: 401, admin: 409 },
    otherwise: 403,
  },
};

/** Out-of-jurisdiction reads: 404, exactly like a missing record, for every role that may read at all. */
const FOREIGN: Record<string, (f: Fixture) => string> = {
  'GET /api/enterprises/{id}': (f) => `/api/enterprises/${f.foreignEnterprise}`,
  'GET /api/audit/{type}/{id}': (f) => `/api/audit/enterprise/${f.foreignEnterprise}`,
};

let ctx: TestContext;
let app: App;
let fixture: Fixture;
const cookies = new Map<Role, string>();

beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp(ctx);
  await app.ready();
  const own = await enterprise(ctx, { orgCode: '500112' });
  const foreign = await enterprise(ctx, { orgCode: '500105' });
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    // Everyone works in 渝北区; the city admin is tested separately for reach.
    const u = await user(ctx, role, '500112', role === 'enterprise_user' ? { enterpriseId: own.id } : {});
    userIds[role] = u.id;
  }
  await importLaws(ctx, lawsDir()); // the law library, for the legal:read rows
  fixture = { ownEnterprise: own.id, foreignEnterprise: foreign.id, yubeiOrgId: (await org(ctx, '500112')).id, userIds };
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

async function cookieFor(role: Role): Promise<string> {
  // A fresh session per call: logout rows end sessions.
  const row = await ctx.db.selectFrom('users').select('username').where('id', '=', fixture.userIds[role]).executeTakeFirstOrThrow();
  const c = await signIn(app, row.username);
  cookies.set(role, c);
  return c;
}

describe('access matrix', () => {
  it('has a row for every route of the API', () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
  });

  for (const [route, row] of Object.entries(MATRIX)) {
    it(`${route}: every caller gets the expected answer`, async () => {
      const [method] = route.split(' ') as [string];
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const caller of CALLERS) {
        const { url, payload } = row.request(fixture);
        const headers = caller === 'anonymous' ? {} : { cookie: await cookieFor(caller) };
        const res = await app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
        got[caller] = res.statusCode;
        want[caller] = row.expect[caller] ?? row.otherwise;
        if (res.statusCode >= 400) expect(res.json()).toHaveProperty('code');
      }
      expect(got).toEqual(want);
    });
  }

  for (const [route, url] of Object.entries(FOREIGN)) {
    it(`${route}: a record outside the jurisdiction answers 404 to every role that may read`, async () => {
      for (const role of ROLES) {
        const res = await app.inject({ method: 'GET', url: url(fixture), headers: { cookie: await cookieFor(role) } });
        const expected = [200, 204].includes(MATRIX[route]!.expect[role] ?? MATRIX[route]!.otherwise) ? 404 : 403;
        expect({ role, status: res.statusCode }).toEqual({ role, status: expected });
      }
    });
  }
});
