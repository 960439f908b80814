/**
 * The discretion benchmark through the API (#5): the acceptance examples of 安全生产法 art. 99
 * item 1 via POST /api/penalty/compute, errors naming the key, administrators' versions (validated,
 * versioned, audited, used from their effective date with 行政处罚法 art. 37), and who may edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkTier } from '../../src/domain/discretion/index.ts';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { signIn, user } from '../support/factories.ts';

const CODE = 'AQSCF-099-1';

let ctx: TestContext;
let app: App;
let admin: string;
let officer: string;
let supervisor: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp(ctx);
  await app.ready();
  admin = await signIn(app, (await user(ctx, 'admin', '500000')).username);
  officer = await signIn(app, (await user(ctx, 'officer', '500112')).username);
  supervisor = await signIn(app, (await user(ctx, 'social_supervisor', '500112')).username);
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

const compute = (payload: unknown, cookie = officer) => app.inject({ method: 'POST', url: '/api/penalty/compute', headers: { cookie }, payload: payload as object });

const sut = async (facts: Record<string, unknown>, dates: { actDate?: string; decisionDate?: string } = {}) => {
  const res = await compute({ violation: CODE, actDate: dates.actDate ?? '2026-03-02', decisionDate: dates.decisionDate ?? '2026-03-30', facts });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function counts(): Promise<{ versions: number; audit: number }> {
  const v = await ctx.db.selectFrom('benchmark_versions').select((eb) => eb.fn.countAll<number>().as('n')).where('violation', '=', CODE).executeTakeFirstOrThrow();
  const a = await ctx.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('aggregate_type', '=', 'benchmark')
    .where('aggregate_id', '=', CODE)
    .executeTakeFirstOrThrow();
  return { versions: Number(v.n), audit: Number(a.n) };
}

const detail = async (date?: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/benchmarks/${CODE}${date ? `?date=${date}` : ''}`, headers: { cookie: officer } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** The version in force with the base clause's unit bands replaced (yuan, four tiers). */
async function editOf(bands: [number, number][], effectiveFrom: string, extra: Record<string, unknown> = {}) {
  const d = await detail();
  const current = d.current;
  let i = 0;
  const tiers = (current.tiers as BenchmarkTier[]).map((t) => {
    if (t.trigger !== 'base') return t;
    const [min, max] = bands[i++]!;
    return { ...t, unit: { kind: 'amount', yuan: { min, max, ...(min > 0 ? { minExclusive: true } : {}) } } };
  });
  return {
    expectedVersion: d.latestVersion,
    layer: 'municipal',
    effectiveFrom,
    label: '测试市级裁量基准',
    firstOffenceWaiver: current.firstOffenceWaiver,
    tiers,
    mitigation: current.mitigation,
    note: '测试修订',
    ...extra,
  };
}

const postVersion = (body: unknown, cookie = admin) => app.inject({ method: 'POST', url: `/api/benchmarks/${CODE}/versions`, headers: { cookie }, payload: body as object });

describe('POST /api/penalty/compute: 安全生产法 art. 99 item 1 (the issue\'s acceptance examples)', () => {
  it('gives a unit range inside 0–50,000 yuan for plain facts', async () => {
    const r = await sut({});
    expect(r.outcome).toBe('罚款');
    expect(r.unit.min).toBeGreaterThanOrEqual(0);
    expect(r.unit.max).toBeLessThanOrEqual(50_000);
    expect(r.unit.recommended).toBeGreaterThan(r.unit.min);
    expect(r.unit.recommended).toBeLessThanOrEqual(r.unit.max);
    expect(r.persons).toBeNull();
    expect(r.basis.map((b: { citation: string }) => b.citation)).toContain('《中华人民共和国安全生产法》第九十九条第一项');
    expect(r.benchmark).toMatchObject({ label: '平台默认裁量基准（非官方文本）', isDefault: true });
  });

  it('gives 50,000–200,000 and 10,000–20,000 for the persons responsible when not corrected by the deadline', async () => {
    const r = await sut({ notCorrectedByDeadline: true });
    expect(r.unit.min).toBeGreaterThanOrEqual(50_000);
    expect(r.unit.max).toBeLessThanOrEqual(200_000);
    expect(r.persons.min).toBeGreaterThanOrEqual(10_000);
    expect(r.persons.max).toBeLessThanOrEqual(20_000);
    expect(r.persons.payer).toBe('直接负责的主管人员和其他直接责任人员（每人）');
  });

  it('gives 不予处罚 citing art. 33 for a minor act corrected in time without harm', async () => {
    const r = await sut({ correctedInTime: true, harm: 'none' });
    expect(r.outcome).toBe('不予处罚');
    expect(r.unit).toBeNull();
    expect(r.basis[0].citation).toBe('《中华人民共和国行政处罚法》第三十三条第一款');
    expect(r.explanation.join('')).toContain('不予行政处罚');
  });
});

describe('POST /api/penalty/compute: input errors name the key', () => {
  it('rejects an unknown key with 400 UNKNOWN_KEY naming it', async () => {
    const res = await compute({ violation: CODE, actDate: '2026-03-02', facts: { fiirstOffence: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'UNKNOWN_KEY', details: { key: 'facts.fiirstOffence' } });
    const top = await compute({ violation: CODE, actDate: '2026-03-02', facts: {}, decision: '2026-04-01' });
    expect(top.json()).toMatchObject({ code: 'UNKNOWN_KEY', details: { key: 'decision' } });
  });

  it('rejects a value outside a closed list with UNKNOWN_VALUE naming the key', async () => {
    const res = await compute({ violation: CODE, actDate: '2026-03-02', facts: { harm: 'catastrophic' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'UNKNOWN_VALUE', details: { key: 'facts.harm' } });
    const item = await compute({ violation: 'AQSCF-999-9', actDate: '2026-03-02', facts: {} });
    expect(item.json()).toMatchObject({ code: 'UNKNOWN_VALUE', details: { key: 'violation' } });
  });

  it('rejects a malformed day with INVALID_DATE naming the key', async () => {
    const res = await compute({ violation: CODE, actDate: '2026-02-30', facts: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_DATE', details: { key: 'actDate' } });
  });

  it('refuses callers without penalty:compute and anonymous callers', async () => {
    expect((await compute({ violation: CODE, actDate: '2026-03-02', facts: {} }, supervisor)).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'POST', url: '/api/penalty/compute', payload: { violation: CODE, actDate: '2026-03-02', facts: {} } });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('benchmark versions', () => {
  it('lists every catalogue item with the version in force, searchable by code or name', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/benchmarks', headers: { cookie: supervisor } });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBeGreaterThan(100);
    const byCode = (await app.inject({ method: 'GET', url: '/api/benchmarks?q=aqscf-099', headers: { cookie: officer } })).json();
    expect(byCode.items.map((i: { code: string }) => i.code)).toContain(CODE);
    expect(byCode.items.every((i: { code: string }) => i.code.startsWith('AQSCF-099'))).toBe(true);
    const byName = (await app.inject({ method: 'GET', url: `/api/benchmarks?q=${encodeURIComponent('安全警示标志')}`, headers: { cookie: officer } })).json();
    expect(byName.items.map((i: { code: string }) => i.code)).toContain(CODE);
    expect(byName.items.find((i: { code: string }) => i.code === CODE).current).toMatchObject({ version: 1, isDefault: true, label: '平台默认裁量基准（非官方文本）' });
  });

  it('shows the statutory clauses and the generated default as version 1 before anything is stored', async () => {
    const d = await detail('2026-03-02');
    expect(d.violation.clauses.map((c: { trigger: string }) => c.trigger)).toEqual(['base', 'notCorrectedByDeadline', 'seriousCircumstances']);
    expect(d.violation.clauses[1]).toMatchObject({ unit: '5万元以上20万元以下', persons: '1万元以上2万元以下' });
    expect(d.latestVersion).toBe(1);
    expect(d.current).toMatchObject({ version: 1, isDefault: true, stored: false, current: true });
    expect(d.current.tiers.filter((t: BenchmarkTier) => t.trigger === 'base').map((t: BenchmarkTier) => t.key)).toEqual(['轻微', '一般', '较重', '严重']);
  });

  it('rejects an invalid edit with 400 BENCHMARK_INVALID naming the item, and writes nothing', async () => {
    const before = await counts();
    // The 一般 tier ends at 20,000 but the 较重 tier starts above 25,000: a gap.
    const body = await editOf([[0, 5_000], [5_000, 20_000], [25_000, 35_000], [35_000, 50_000]], '2026-07-01');
    const res = await postVersion(body);
    expect(res.statusCode).toBe(400);
    const err = res.json();
    expect(err.code).toBe('BENCHMARK_INVALID');
    expect(err.message).toContain(CODE);
    expect(err.details.violation).toBe(CODE);
    expect(err.details.problems).toEqual([expect.objectContaining({ violation: CODE, trigger: 'base', tier: '较重', message: expect.stringContaining('空档') })]);
    // Above the statutory maximum of 50,000.
    const over = await postVersion(await editOf([[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 60_000]], '2026-07-01'));
    expect(over.json().details.problems[0].message).toContain('超出法定幅度');
    // A shape error names the key path.
    const shape = await postVersion({ ...body, tiers: [{ ...body.tiers[0], unit: { kind: 'amount', yuan: { min: 0, max: 'lots' } } }] });
    expect(shape.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { key: 'tiers[0].unit.yuan.max' } });
    const unknown = await postVersion({ ...body, colour: 'red' });
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_KEY', details: { key: 'colour' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses an edit by a non-administrator (403) and writes nothing', async () => {
    const before = await counts();
    const body = await editOf([[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 50_000]], '2026-07-01');
    expect((await postVersion(body, officer)).statusCode).toBe(403);
    expect((await postVersion(body, supervisor)).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('stores an administrator\'s version with its audit event, and computes with it from its effective date (art. 37 before)', async () => {
    // A lighter benchmark from 2026-07-01: the 一般 tier (plain facts) 5,000–20,000 instead of 10,000–25,000.
    const res = await postVersion(await editOf([[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 50_000]], '2026-07-01'));
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json();
    expect(saved.latestVersion).toBe(2);
    expect(saved.versions.map((v: { version: number; isDefault: boolean; stored: boolean }) => [v.version, v.isDefault, v.stored])).toEqual([
      [2, false, true],
      [1, true, true],
    ]);
    expect(saved.versions[0]).toMatchObject({ label: '测试市级裁量基准', effectiveFrom: '2026-07-01', note: '测试修订', createdBy: { name: '测试admin' } });
    expect(await counts()).toEqual({ versions: 2, audit: 1 });

    const audit = await app.inject({ method: 'GET', url: `/api/audit/benchmark/${CODE}`, headers: { cookie: officer } });
    expect(audit.json().events).toEqual([
      expect.objectContaining({ type: 'benchmark.updated', label: '修订裁量基准', payload: expect.objectContaining({ violation: CODE, version: 2, effectiveFrom: '2026-07-01' }) }),
    ]);

    // Before the effective date: the previous version.
    const before = await sut({}, { actDate: '2026-03-02', decisionDate: '2026-03-30' });
    expect([before.unit.min, before.unit.max]).toEqual([10_000, 25_000]);
    expect(before.benchmark).toMatchObject({ version: 1, isDefault: true });
    // Act and decision from the effective date: the new version.
    const after = await sut({}, { actDate: '2026-07-10', decisionDate: '2026-07-20' });
    expect([after.unit.min, after.unit.max]).toEqual([5_000, 20_000]);
    expect(after.benchmark).toMatchObject({ version: 2, isDefault: false, label: '测试市级裁量基准' });
    // Act before, decision after: the new version is lighter, so it applies (从旧兼从轻, art. 37).
    const across = await sut({}, { actDate: '2026-03-02', decisionDate: '2026-07-20' });
    expect([across.unit.min, across.unit.max]).toEqual([5_000, 20_000]);
    expect(across.basis.map((b: { citation: string }) => b.citation)).toContain('《中华人民共和国行政处罚法》第三十七条');

    // The detail page for a date shows the version in force then.
    expect((await detail('2026-06-30')).current.version).toBe(1);
    expect((await detail('2026-07-01')).current.version).toBe(2);
  });

  it('keeps the older version for an act before a heavier version (从旧, art. 37)', async () => {
    const res = await postVersion(await editOf([[0, 15_000], [15_000, 30_000], [30_000, 40_000], [40_000, 50_000]], '2026-09-01'));
    expect(res.statusCode, res.body).toBe(201);
    const across = await sut({}, { actDate: '2026-07-10', decisionDate: '2026-09-10' });
    expect([across.unit.min, across.unit.max]).toEqual([5_000, 20_000]);
    expect(across.benchmark.version).toBe(2);
    const later = await sut({}, { actDate: '2026-09-02', decisionDate: '2026-09-10' });
    expect([later.unit.min, later.unit.max]).toEqual([15_000, 30_000]);
  });

  it('answers 409 CONFLICT to an edit based on a version that is no longer the latest, and writes nothing', async () => {
    const before = await counts();
    const body = await editOf([[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 50_000]], '2026-10-01');
    const res = await postVersion({ ...body, expectedVersion: body.expectedVersion - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', details: { currentVersion: before.versions } });
    expect(await counts()).toEqual(before);
  });

  it('lets only one of two simultaneous edits from the same version through; the other gets 409', async () => {
    const before = await counts();
    const body = await editOf([[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 50_000]], '2026-11-01');
    const answers = await Promise.all([postVersion(body), postVersion({ ...body, label: '另一位管理员的版本' })]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await counts()).toEqual({ versions: before.versions + 1, audit: before.audit + 1 });
  });

  it('answers 404 for an item that is not in the catalogue', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/benchmarks/NO-SUCH-1', headers: { cookie: officer } })).statusCode).toBe(404);
    const edit = await app.inject({ method: 'POST', url: '/api/benchmarks/NO-SUCH-1/versions', headers: { cookie: admin }, payload: {} });
    expect(edit.statusCode).toBe(404);
  });
});
