/** Seeds the demo data set: townships, demo accounts, enterprises, each with its audit event. */
import { sql } from 'kysely';
import { appendAudit, appendFirstEvents, SYSTEM_ACTOR } from '../audit/audit.repository.ts';
import { createUser } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import { DEMO_PASSWORD, DEMO_USERS, enterprise, townships, type DemoEnterprise } from './generate.ts';
import { seedWorkflow } from './seed-workflow.ts';

export interface SeedOptions {
  /** Number of demo enterprises wanted in total (default 3000). */
  enterprises?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface SeedResult {
  enterprisesAdded: number;
  enterprisesTotal: number;
  usersAdded: number;
}

export async function isDemoSeeded(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('app_meta').select('key').where('key', '=', 'demo').executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(ctx: AppContext, opts: SeedOptions = {}): Promise<SeedResult> {
  const target = opts.enterprises ?? 3000;
  const seed = opts.seed ?? 20260101;
  const db = ctx.db;
  const districts = (await db.selectFrom('org_units').select(['id', 'code', 'name', 'short_name']).where('level', '=', 'district').orderBy('code').execute())
    .map((d) => ({ id: d.id, code: d.code, name: d.name, short: d.short_name }));

  // Townships
  const towns = townships(districts.map((d) => d.code), seed);
  const districtByCode = new Map(districts.map((d) => [d.code, d]));
  await db.transaction().execute(async (trx) => {
    for (const t of towns) {
      const parent = districtByCode.get(t.districtCode)!;
      await trx
        .insertInto('org_units')
        .values({ code: t.code, parent_id: parent.id, name: t.name, short_name: t.name.slice(0, 2), level: 'township', path: `500000.${t.districtCode}.${t.code}` })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
  });
  const orgIdByCode = new Map((await db.selectFrom('org_units').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));

  // Enterprises, in batches, each with its first audit event in the same transaction.
  const existing = Number((await db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const now = ctx.now();
  const batch = 1000;
  let added = 0;
  for (let start = existing; start < target; start += batch) {
    const end = Math.min(target, start + batch);
    const rows: DemoEnterprise[] = [];
    for (let i = start; i < end; i++) rows.push(enterprise(i, seed, districts, towns));
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('enterprises')
        .values(rows.map((e) => ({
          credit_code: e.creditCode, name: e.name, address: e.address, industry_code: e.industryCode, employees: e.employees,
          risk_grade: e.riskGrade, org_id: orgIdByCode.get(e.orgCode)!, legal_representative: e.legalRepresentative, created_at: now, updated_at: now,
        })))
        .onConflict((oc) => oc.column('credit_code').doNothing())
        .returning(['id', 'credit_code', 'name', 'org_id', 'industry_code', 'risk_grade'])
        .execute();
      await appendFirstEvents(trx, inserted.map((e) => ({
        aggregateType: 'enterprise', aggregateId: e.id, type: 'enterprise.created' as const,
        payload: { creditCode: e.credit_code, name: e.name, orgId: e.org_id, industryCode: e.industry_code, riskGrade: e.risk_grade },
        actor: SYSTEM_ACTOR, at: now,
      })));
      added += inserted.length;
    });
    opts.onProgress?.(end - existing, target - existing);
  }

  // Demo accounts
  let usersAdded = 0;
  for (const u of DEMO_USERS) {
    const exists = await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
    if (exists) continue;
    await createUser(ctx, { ...u, password: DEMO_PASSWORD, certificate: u.certificate ?? null }, SYSTEM_ACTOR);
    usersAdded++;
  }
  // One enterprise account, for the first demo enterprise of 渝北区.
  if (!(await db.selectFrom('users').select('id').where('username', '=', 'demo.enterprise').executeTakeFirst())) {
    const ent = await db
      .selectFrom('enterprises as e')
      .innerJoin('org_units as o', 'o.id', 'e.org_id')
      .select(['e.id'])
      .where('o.path', 'like', '500000.500112%')
      .orderBy('e.credit_code')
      .limit(1)
      .executeTakeFirst();
    if (ent) {
      await createUser(ctx, { username: 'demo.enterprise', name: '企业安全管理员', role: 'enterprise_user', orgCode: '500112', enterpriseId: ent.id, password: DEMO_PASSWORD }, SYSTEM_ACTOR);
      usersAdded++;
    }
  }

  await seedWorkflow(ctx); // inspections, hazards and cases of 渝北区 for the workbench (once)

  const total = existing + added;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('app_meta')
      .values({ key: 'demo', value: JSON.stringify({ seed, enterprises: total }) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ seed, enterprises: total }), updated_at: sql`now()` }))
      .execute();
    await appendAudit(trx, {
      aggregateType: 'system', aggregateId: 'demo', type: 'demo.seeded',
      payload: { enterprises: added, users: usersAdded, seed }, actor: SYSTEM_ACTOR, at: ctx.now(),
    });
  });
  return { enterprisesAdded: added, enterprisesTotal: total, usersAdded };
}
