/**
 * Stored benchmark versions: the platform defaults stored idempotently and valid for the whole
 * catalogue, which version is in force (administrators' over the default, corrections
 * superseding), and a stored version that no longer passes validation refusing to compute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBenchmark } from '../../src/domain/discretion/index.ts';
import { CATALOGUE, findViolation } from '../../src/domain/legal/catalogue/index.ts';
import { VersionIndex, type VersionMeta } from '../../src/server/discretion/benchmark-set.ts';
import {
  checkStoredBenchmarks,
  computePenaltyStored,
  createBenchmarkVersion,
  ensureBenchmarksAtStart,
  ensureDefaultBenchmarks,
  getBenchmark,
} from '../../src/server/discretion/benchmark.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { cityAdminActor, user } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.stop();
});

/** A city administrator who exists as a user (versions name their author). */
const adminActor = async () => ({ ...(await cityAdminActor(ctx)), id: (await user(ctx, 'admin', '500000')).id });

const meta = (version: number, layer: VersionMeta['layer'], effectiveFrom: string, isDefault = false): VersionMeta => ({ violation: 'X-1', version, layer, effectiveFrom, isDefault });

describe('the version in force (VersionIndex)', () => {
  it('prefers an administrator\'s version over the platform default from its effective date, whatever its layer', () => {
    const sut = new VersionIndex([meta(1, 'municipal', '2021-09-01', true), meta(2, 'national', '2025-01-01')]);
    expect(sut.pick('X-1', '2024-12-31')?.version).toBe(1);
    expect(sut.pick('X-1', '2025-01-01')?.version).toBe(2);
  });

  it('prefers the municipal layer over the national one, then the latest date', () => {
    const sut = new VersionIndex([meta(1, 'municipal', '2021-09-01', true), meta(2, 'national', '2024-01-01'), meta(3, 'municipal', '2026-01-15'), meta(4, 'national', '2026-06-01')]);
    expect(sut.pick('X-1', '2025-06-01')?.version).toBe(2);
    expect(sut.pick('X-1', '2026-01-15')?.version).toBe(3);
    expect(sut.pick('X-1', '2026-07-01')?.version).toBe(3);
  });

  it('lets a correction with the same layer and date supersede the earlier version', () => {
    const sut = new VersionIndex([meta(1, 'municipal', '2021-09-01', true), meta(2, 'municipal', '2026-01-01'), meta(3, 'municipal', '2026-01-01')]);
    expect(sut.pick('X-1', '2026-02-01')?.version).toBe(3);
    expect(sut.live('X-1').map((v) => v.version)).toEqual([3, 1]);
  });

  it('has nothing in force before the earliest version', () => {
    expect(new VersionIndex([meta(1, 'municipal', '2021-09-01', true)]).pick('X-1', '2021-08-31')).toBeUndefined();
  });
});

describe('platform defaults', () => {
  it('stores the generated default as version 1 of every catalogue item, once', async () => {
    const first = await ensureDefaultBenchmarks(ctx);
    expect(first.inserted).toBe(CATALOGUE.length);
    expect((await ensureDefaultBenchmarks(ctx)).inserted).toBe(0);
    const { versions, problems } = await checkStoredBenchmarks(ctx);
    expect(versions).toBe(CATALOGUE.length);
    expect(problems).toEqual([]);
    const d = await getBenchmark(ctx, 'AQSCF-099-1', '2026-03-02');
    expect(d.current).toMatchObject({ version: 1, isDefault: true, stored: true, label: '平台默认裁量基准（非官方文本）', createdBy: { id: null, name: '系统' } });
    expect(d.current!.tiers).toEqual(defaultBenchmark(findViolation('AQSCF-099-1')!).tiers);
  });

  it('logs at start how many defaults were stored and that every version is valid', async () => {
    const lines: string[] = [];
    await ensureBenchmarksAtStart(ctx, (l) => lines.push(l));
    expect(lines).toEqual([]); // nothing new, nothing invalid
  });
});

describe('a stored version that fails validation', () => {
  it('is reported naming the item, and a computation with it fails with BENCHMARK_INVALID instead of using it', async () => {
    const code = 'AQSCF-099-2';
    const v = findViolation(code)!;
    await createBenchmarkVersion(ctx, await adminActor(), code, { ...defaultBenchmark(v), effectiveFrom: '2026-01-01', label: '测试', expectedVersion: 1 }, {});
    // A row written behind the service's back (e.g. before a correction of the catalogue): a tier above the statutory maximum.
    const broken = defaultBenchmark(v);
    const base = broken.tiers.filter((t) => t.trigger === 'base');
    const last = base[base.length - 1]!;
    if (last.unit?.kind === 'amount') last.unit.yuan.max *= 10;
    await ctx.db
      .insertInto('benchmark_versions')
      .values({
        violation: code, version: 3, layer: 'municipal', effective_from: '2026-06-01', label: '错误版本', first_offence_waiver: true,
        tiers: JSON.stringify(broken.tiers), mitigation: JSON.stringify(broken.mitigation), note: null, created_by: null, created_by_name: '测试',
      })
      .execute();

    const lines: string[] = [];
    await ensureBenchmarksAtStart(ctx, (l) => lines.push(l));
    expect(lines.join('\n')).toContain(`${code}（${v.name}）`);
    expect(lines.join('\n')).toContain('超出法定幅度');

    const input = { violation: code, actDate: '2026-06-10', decisionDate: '2026-06-20', facts: {} };
    await expect(computePenaltyStored(ctx, input)).rejects.toMatchObject({ code: 'BENCHMARK_INVALID', details: { violation: code, version: 3 } });
    // Before the broken version took effect, the valid one is used.
    const earlier = await computePenaltyStored(ctx, { ...input, actDate: '2026-03-02', decisionDate: '2026-03-10' });
    expect(earlier.benchmark).toMatchObject({ version: 2, label: '测试' });
    expect((await getBenchmark(ctx, code, '2026-06-10')).current).toMatchObject({ version: 3, problems: [expect.objectContaining({ violation: code })] });
  });
});
