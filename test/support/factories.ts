/** Small factories: each test creates the rows it needs. */
import { creditCodeCheckChar } from '../../src/domain/credit-code.ts';
import type { Actor } from '../../src/domain/access.ts';
import type { Role, RiskGrade } from '../../src/domain/glossary.ts';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit.repository.ts';
import { createUser } from '../../src/server/auth/auth.service.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createEnterprise } from '../../src/server/enterprises/enterprise.service.ts';
import type { App } from '../../src/server/http/app.ts';

let counter = 0;
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code, different on every call. */
export function creditCode(districtCode = '500112'): string {
  let n = ++counter + Math.floor(Math.random() * 1e9);
  let body = '';
  for (let i = 0; i < 9; i++) {
    body = CHARS[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const first17 = `91${districtCode}${body}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export async function org(ctx: AppContext, code: string): Promise<{ id: string; path: string; name: string }> {
  return ctx.db.selectFrom('org_units').select(['id', 'path', 'name']).where('code', '=', code).executeTakeFirstOrThrow();
}

export async function township(ctx: AppContext, districtCode: string, suffix = '001', name = '测试街道'): Promise<{ id: string; code: string }> {
  const parent = await org(ctx, districtCode);
  const code = districtCode + suffix;
  const row = await ctx.db
    .insertInto('org_units')
    .values({ code, parent_id: parent.id, name, short_name: name.slice(0, 2), level: 'township', path: `${parent.path}.${code}` })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name }))
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  return row;
}

export const PASSWORD = 'correct-horse-battery';

export interface TestUser {
  id: string;
  username: string;
  role: Role;
}

export async function user(ctx: AppContext, role: Role, orgCode = '500112', extra: { enterpriseId?: string; username?: string; certificate?: { number: string; issuer: string; validFrom: string; validTo: string } | null } = {}): Promise<TestUser> {
  const username = extra.username ?? `${role.replace('_', '-')}.${++counter}.${Math.floor(Math.random() * 1e6)}`;
  const certificate = extra.certificate !== undefined ? extra.certificate : role === 'officer' ? { number: `CERT${counter}`, issuer: '重庆市人民政府', validFrom: '2024-01-01', validTo: '2030-12-31' } : null;
  const id = await createUser(ctx, { username, name: `测试${role}`, role, orgCode, password: PASSWORD, enterpriseId: extra.enterpriseId ?? null, certificate }, SYSTEM_ACTOR);
  return { id, username, role };
}

/** A city administrator actor, for calling services directly. */
export async function cityAdminActor(ctx: AppContext): Promise<Actor> {
  const city = await org(ctx, '500000');
  return { id: '00000000-0000-4000-8000-000000000000', username: 'factory', name: '测试管理员', role: 'admin', orgId: city.id, orgName: city.name, orgPath: city.path, enterpriseId: null };
}

export async function enterprise(ctx: AppContext, opts: { orgCode?: string; name?: string; industryCode?: string; riskGrade?: RiskGrade } = {}): Promise<{ id: string; name: string; creditCode: string; version: number }> {
  const o = await org(ctx, opts.orgCode ?? '500112');
  const e = await createEnterprise(
    ctx,
    await cityAdminActor(ctx),
    {
      creditCode: creditCode(),
      name: opts.name ?? `重庆测试${++counter}机械有限公司`,
      address: '重庆市渝北区测试路1号',
      industryCode: opts.industryCode ?? 'machinery',
      employees: 120,
      riskGrade: opts.riskGrade ?? 'C',
      orgId: o.id,
    },
    {},
  );
  return { id: e.id, name: e.name, creditCode: e.creditCode, version: e.version };
}

/** Signs in through the API and returns the cookie header to send. */
export async function signIn(app: App, username: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((k) => k.name === 'safelaw_sid');
  return `safelaw_sid=${c!.value}`;
}
