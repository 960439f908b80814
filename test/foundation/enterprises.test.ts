import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { creditCode, enterprise, org, signIn, township, user } from '../support/factories.ts';

let ctx: TestContext;
let app: App;
let yubeiOfficer: string;
let jiangbeiOfficer: string;
let admin: string;
let yubeiEnt: { id: string; name: string };
let townEnt: { id: string; name: string };
let jiangbeiEnt: { id: string; name: string };

beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp(ctx);
  const town = await township(ctx, '500112', '901', '龙溪街道');
  yubeiEnt = await enterprise(ctx, { orgCode: '500112', name: '重庆渝北精细化工有限公司', industryCode: 'hazchem', riskGrade: 'A' });
  townEnt = await enterprise(ctx, { orgCode: town.code, name: '重庆龙溪家具制造有限公司', industryCode: 'light' });
  jiangbeiEnt = await enterprise(ctx, { orgCode: '500105', name: '重庆江北精细化工有限公司', industryCode: 'hazchem' });
  yubeiOfficer = await signIn(app, (await user(ctx, 'officer', '500112')).username);
  jiangbeiOfficer = await signIn(app, (await user(ctx, 'officer', '500105')).username);
  admin = await signIn(app, (await user(ctx, 'admin', '500000')).username);
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

describe('jurisdiction', () => {
  it('an officer reads enterprises of his unit and the townships below it', async () => {
    expect((await get(yubeiOfficer, `/api/enterprises/${yubeiEnt.id}`)).statusCode).toBe(200);
    expect((await get(yubeiOfficer, `/api/enterprises/${townEnt.id}`)).json()).toMatchObject({ district: { name: '渝北区' }, org: { name: '龙溪街道' } });
  });

  it('answers 404 for another district\'s enterprise, exactly like a missing record', async () => {
    const foreign = await get(jiangbeiOfficer, `/api/enterprises/${yubeiEnt.id}`);
    const missing = await get(jiangbeiOfficer, `/api/enterprises/00000000-0000-4000-8000-000000000001`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await get(jiangbeiOfficer, `/api/audit/enterprise/${yubeiEnt.id}`)).statusCode).toBe(404);
  });

  it('lists only enterprises within the jurisdiction', async () => {
    const names = (await get(jiangbeiOfficer, '/api/enterprises?pageSize=200')).json().items.map((e: { name: string }) => e.name);
    expect(names).toContain(jiangbeiEnt.name);
    expect(names).not.toContain(yubeiEnt.name);
    const all = (await get(admin, '/api/enterprises?pageSize=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
  });
});

describe('search and filters', () => {
  it('finds an enterprise by part of its Chinese name, best match first', async () => {
    const res = (await get(yubeiOfficer, `/api/enterprises?q=${encodeURIComponent('精细化工')}`)).json();
    expect(res.items.map((e: { name: string }) => e.name)).toEqual([yubeiEnt.name]);
    const fuzzy = (await get(admin, `/api/enterprises?q=${encodeURIComponent('龙溪家具')}`)).json();
    expect(fuzzy.items[0].name).toBe(townEnt.name);
  });

  it('filters by district, industry and grade', async () => {
    const district = await org(ctx, '500105');
    const byDistrict = (await get(admin, `/api/enterprises?district=${district.id}`)).json();
    expect(byDistrict.items.map((e: { name: string }) => e.name)).toEqual([jiangbeiEnt.name]);
    const byIndustry = (await get(admin, '/api/enterprises?industry=light')).json();
    expect(byIndustry.items.map((e: { name: string }) => e.name)).toEqual([townEnt.name]);
    const byGrade = (await get(admin, '/api/enterprises?grade=A')).json();
    expect(byGrade.items.map((e: { name: string }) => e.name)).toEqual([yubeiEnt.name]);
  });

  it('treats LIKE metacharacters in the query as plain text', async () => {
    const res = await get(admin, `/api/enterprises?q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('create and update (admin)', () => {
  const body = async (over: Record<string, unknown> = {}) => ({
    creditCode: creditCode(), name: '重庆新建五金制品有限公司', address: '重庆市渝北区双凤桥街道1号', industryCode: 'machinery',
    employees: 50, riskGrade: 'C', orgId: (await org(ctx, '500112')).id, ...over,
  });

  it('rejects an invalid credit code with INVALID_CREDIT_CODE and writes nothing', async () => {
    const before = (await get(admin, '/api/enterprises')).json().total;
    const res = await app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: await body({ creditCode: '91350100M000100Y44' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_CREDIT_CODE');
    expect((await get(admin, '/api/enterprises')).json().total).toBe(before);
  });

  it('creates an enterprise, strips unknown fields, and refuses a duplicate credit code', async () => {
    const payload = { ...(await body()), isAdmin: true, version: 99 };
    const res = await app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '重庆新建五金制品有限公司', version: 1 });
    expect(res.json()).not.toHaveProperty('isAdmin');
    const dup = await app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: { ...(await body()), creditCode: payload.creditCode } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
  });

  it('an officer may not create enterprises', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: yubeiOfficer }, payload: await body() });
    expect(res.statusCode).toBe(403);
  });

  it('two concurrent edits of the same version: exactly one wins, the other gets CONFLICT', async () => {
    const e = await enterprise(ctx);
    const edit = (employees: number) => app.inject({ method: 'PATCH', url: `/api/enterprises/${e.id}`, headers: { cookie: admin }, payload: { version: 1, employees } });
    const results = await Promise.all([edit(11), edit(22), edit(33)]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('CONFLICT');
    const events = await ctx.db.selectFrom('audit_events').select('type').where('aggregate_id', '=', e.id).execute();
    expect(events.filter((x) => x.type === 'enterprise.updated')).toHaveLength(1);
  });
});
