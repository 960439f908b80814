/** Demo data: the workflow records of 渝北区 appear on the demo officers' and leader's workbench. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/generate.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { seedWorkflow } from '../../src/server/demo/seed-workflow.ts';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { signIn } from '../support/factories.ts';
import { call } from './support.ts';

let ctx: TestContext;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-seed-'));
  ctx = await createTestContext({ fileStore: { kind: 'local', dir } });
  ctx.setNow(new Date('2026-11-25T02:00:00Z'));
  await seedDemo(ctx, { enterprises: 400 });
  app = await buildApp(ctx);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo workflow data', () => {
  it('fills the workbench of 渝北区 with work at every stage, audited', async () => {
    const officer = (await call(app, await signIn(app, 'yubei.officer1', DEMO_PASSWORD), 'GET', '/api/workbench')).body;
    expect(officer.inspections.map((i: { state: string }) => i.state).sort()).toEqual(['onSite', 'scheduled']);
    expect(officer.hazards).toHaveLength(2);
    // The statement period of the case in review has passed: the party's window, not anyone's delay.
    expect(officer.deadlines.overdue.map((d: { kind: string }) => d.kind)).toEqual(['rectification']);
    expect(officer.deadlines.dueSoon.map((d: { kind: string }) => d.kind)).toContain('rectification');
    const leader = (await call(app, await signIn(app, 'yubei.leader', DEMO_PASSWORD), 'GET', '/api/workbench')).body;
    expect(leader.queues.awaitingApproval.map((c: { state: string }) => c.state)).toEqual(['draft']);
    const reviewer = (await call(app, await signIn(app, 'yubei.reviewer', DEMO_PASSWORD), 'GET', '/api/workbench')).body;
    expect(reviewer.queues.awaitingReview).toHaveLength(1);
    const docs = await ctx.db.selectFrom('documents').select(['kind', 'status', 'error']).orderBy('kind').execute();
    expect(docs.map((d) => `${d.kind}:${d.status}`)).toEqual(['filingApproval:issued', 'penaltyNotice:issued', 'rectificationOrder:issued', 'rectificationOrder:issued']);
    expect((await verifyAudit(ctx.db)).ok).toBe(true);
  });

  it('seeds once', async () => {
    expect(await seedWorkflow(ctx)).toEqual({ inspections: 0, hazards: 0, cases: 0 });
  });
});
