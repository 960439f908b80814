/**
 * Demo enforcement work for 渝北区, so that the workbench is not empty: a planned inspection, an
 * inspection on site with two hazards (one rectification overdue, one due within the week), a
 * case waiting to be filed and a case in legal review. Everything goes through the services
 * (with the clock moved back for past steps), so every record has its audit trail and deadlines.
 * Deterministic relative to the seeding day; runs once (app_meta 'demo.workflow').
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { addCalendarDays, isoDateInChina } from '../../domain/calendar/calendar.ts';
import type { Aggregate } from '../../domain/workflow/index.ts';
import type { AppContext } from '../context.ts';
import { storeEvidence } from '../files/file.service.ts';
import { createCase } from '../workflow/case.service.ts';
import { createHazard } from '../workflow/hazard.service.ts';
import { createInspection } from '../workflow/inspection.service.ts';
import { applyTransition } from '../workflow/transition.service.ts';
import { TABLE_OF } from '../workflow/aggregate-store.ts';

/** The smallest valid PNG, standing in for a site photo. */
const PHOTO = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

async function actor(ctx: AppContext, username: string): Promise<Actor | undefined> {
  const u = await ctx.db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.name', 'u.role', 'u.org_id', 'o.name as org_name', 'o.path', 'u.enterprise_id'])
    .where('u.username', '=', username)
    .executeTakeFirst();
  return u && { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id, orgName: u.org_name, orgPath: u.path, enterpriseId: u.enterprise_id };
}

export async function seedWorkflow(ctx: AppContext): Promise<{ inspections: number; hazards: number; cases: number }> {
  const none = { inspections: 0, hazards: 0, cases: 0 };
  if (await ctx.db.selectFrom('app_meta').select('key').where('key', '=', 'demo.workflow').executeTakeFirst()) return none;
  const [officer1, officer2, leader, reviewer] = await Promise.all(
    ['yubei.officer1', 'yubei.officer2', 'yubei.leader', 'yubei.reviewer'].map((u) => actor(ctx, u)),
  );
  if (!officer1 || !officer2 || !leader || !reviewer) return none;
  const ents = await ctx.db
    .selectFrom('enterprises as e')
    .innerJoin('org_units as o', 'o.id', 'e.org_id')
    .select(['e.id', 'e.name'])
    .where('o.path', 'like', '500000.500112%')
    .orderBy('e.credit_code')
    .limit(4)
    .execute();
  if (ents.length < 4) return none;
  const [e0, e1, e2, e3] = ents as [(typeof ents)[0], (typeof ents)[0], (typeof ents)[0], (typeof ents)[0]];

  const base = ctx.now().getTime();
  const daysAgo = (n: number): AppContext => ({ ...ctx, now: () => new Date(base - n * 86_400_000) });
  const today = isoDateInChina(ctx.now());
  const date = (offset: number) => addCalendarDays(today, offset).date;
  const officers = [officer1.id, officer2.id];
  const origin = { requestId: 'demo-seed' };
  const step = async (c: AppContext, who: Actor, aggregate: Aggregate, id: string, event: string, input?: Record<string, unknown>) => {
    const row = await sql<{ version: number }>`SELECT version FROM ${sql.table(TABLE_OF[aggregate])} WHERE id = ${id}`.execute(ctx.db);
    await applyTransition(c, who, aggregate, id, { event, version: row.rows[0]!.version, ...(input ? { input } : {}) }, origin);
  };

  // A planned inspection in two days.
  await createInspection(ctx, officer1, { enterpriseId: e0.id, type: 'planned', date: date(2), officerIds: officers, checklist: [{ item: '安全警示标志', result: 'notApplicable' }] }, origin);

  // A special inspection started ten days ago, with two hazards ordered to be rectified.
  const tenAgo = daysAgo(10);
  const inspection = await createInspection(tenAgo, officer1, { enterpriseId: e1.id, type: 'special', date: date(-10), officerIds: officers }, origin);
  await step(tenAgo, officer1, 'inspection', inspection, 'start', { certificatesShown: true });
  const h1 = await createHazard(tenAgo, officer1, { enterpriseId: e1.id, inspectionId: inspection, description: '甲类仓库可燃气体报警装置未定期检测，其中2台故障', location: '甲类仓库', violationCode: 'AQSCF-099-3', majorHazard: false }, origin);
  await step(tenAgo, officer1, 'hazard', h1, 'order', { action: 'deadline', dueDate: date(-3) });
  const h2 = await createHazard(tenAgo, officer2, { enterpriseId: e1.id, inspectionId: inspection, description: '主要出入口未设置明显的安全警示标志', location: '厂区大门', violationCode: 'AQSCF-099-1', majorHazard: false }, origin);
  await step(tenAgo, officer2, 'hazard', h2, 'order', { action: 'deadline', dueDate: date(5) });

  // A case waiting for the leader to file it.
  await createCase(ctx, officer1, {
    enterpriseId: e2.id, title: `${e2.name}未对安全设备进行经常性维护、保养和定期检测案`, partyKind: 'organisation', source: 'inspection',
    actEndedOn: date(-4), discoveredOn: date(-2), investigatorIds: officers, violationCode: 'AQSCF-099-3',
    facts: '该单位配电房内安全设备未进行经常性维护、保养和定期检测。',
  }, origin);

  // A case filed twenty days ago, notified, and now in legal review.
  const twentyAgo = daysAgo(20);
  const caseId = await createCase(twentyAgo, officer1, {
    enterpriseId: e3.id, title: `${e3.name}未设置明显的安全警示标志案`, partyKind: 'organisation', source: 'inspection',
    actEndedOn: date(-22), discoveredOn: date(-20), investigatorIds: officers, violationCode: 'AQSCF-099-1',
    facts: '该单位有限空间作业场所未设置明显的安全警示标志。', flags: { difficultMultipleRelations: true },
  }, origin);
  await storeEvidence(twentyAgo, officer1, { aggregate: 'case', id: caseId }, PHOTO, '现场照片.png', origin);
  await step(twentyAgo, leader, 'case', caseId, 'file');
  const eighteenAgo = daysAgo(18);
  await step(eighteenAgo, officer1, 'case', caseId, 'propose', { penalty: { amount: 15000, measures: ['orderCorrection'] }, discretion: { facts: {} } });
  await step(eighteenAgo, officer1, 'case', caseId, 'notify');
  await step(daysAgo(5), officer1, 'case', caseId, 'submitForReview', { reviewerId: reviewer.id });

  await ctx.db.insertInto('app_meta').values({ key: 'demo.workflow', value: JSON.stringify({ seededOn: today }) }).execute();
  return { inspections: 2, hazards: 2, cases: 2 };
}
