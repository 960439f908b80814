import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { ensureDefaultBenchmarks } from '../../src/server/discretion/benchmark.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.stop());

describe('platform default benchmarks', () => {
  it('are stored once per catalogue item, each with its audit event, and a second run changes nothing', async () => {
    const first = await ensureDefaultBenchmarks(ctx);
    expect(first.inserted).toBe(CATALOGUE.length);
    const events = await ctx.db.selectFrom('audit_events').select(['aggregate_id', 'payload']).where('aggregate_type', '=', 'benchmark').execute();
    expect(events).toHaveLength(CATALOGUE.length);
    expect(events.find((e) => e.aggregate_id === 'AQSCF-099-1')!.payload).toMatchObject({ violation: 'AQSCF-099-1', version: 1, label: '平台默认裁量基准（非官方文本）' });
    expect((await ensureDefaultBenchmarks(ctx)).inserted).toBe(0);
    expect(await ctx.db.selectFrom('audit_events').select('id').where('aggregate_type', '=', 'benchmark').execute()).toHaveLength(CATALOGUE.length);
    expect((await verifyAudit(ctx.db)).ok).toBe(true);
  });
});
