import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { PASSWORD, signIn, user } from '../support/factories.ts';

let ctx: TestContext;
let app: App;
beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp(ctx);
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

const login = (username: string, password: string, ip = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly SameSite session cookie', async () => {
    const u = await user(ctx, 'officer');
    const res = await login(u.username, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: u.username, role: 'officer', certificate: { valid: true } });
    const cookie = res.cookies.find((c) => c.name === 'safelaw_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `safelaw_sid=${cookie.value}` } });
    expect(me.json()).toMatchObject({ username: u.username, permissions: expect.arrayContaining(['enterprise:read']) });
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const u = await user(ctx, 'leader');
    const wrong = await login(u.username, 'not-the-password', '10.1.0.1');
    const unknown = await login('nobody.at.all', 'not-the-password', '10.1.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('rate-limits repeated failures for a user, even with the right password afterwards', async () => {
    const u = await user(ctx, 'officer');
    for (let i = 0; i < 5; i++) expect((await login(u.username, 'wrong-password', `10.2.0.${i}`)).statusCode).toBe(401);
    const blocked = await login(u.username, PASSWORD, '10.2.0.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('signs out: the session no longer works, and both steps are in the audit trail', async () => {
    const u = await user(ctx, 'admin', '500000');
    const cookie = await signIn(app, u.username);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const types = (await ctx.db.selectFrom('audit_events').select('type').where('aggregate_id', '=', u.id).orderBy('seq').execute()).map((r) => r.type);
    expect(types).toEqual(['user.created', 'user.signed_in', 'user.signed_out']);
  });

  it('rejects an expired session', async () => {
    const u = await user(ctx, 'officer');
    const cookie = await signIn(app, u.username);
    ctx.setNow(new Date(ctx.now().getTime() + 13 * 3600_000));
    try {
      expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      ctx.setNow(new Date('2026-11-25T02:00:00Z'));
    }
  });
});
