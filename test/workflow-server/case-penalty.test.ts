/**
 * The penalty case's discretion through the API (#4, #5), as legal examples: the suggestion and
 * the proposal use the benchmark version in force that an administrator stored (行政处罚法第三十四条),
 * the one in force at the act unless the later one is lighter (第三十七条); a proposed fine stays
 * inside the statutory range of the penalty clause (第四条、第五条第二款), under its minimum only
 * with 减轻 (第三十二条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkTier } from '../../src/domain/discretion/index.ts';
import { signIn, user } from '../support/factories.ts';
import { call, world, type World } from './support.ts';

const CODE = 'AQSCF-099-3';

let w: World;
let admin: string;
beforeAll(async () => {
  w = await world();
  admin = await signIn(w.app, (await user(w.ctx, 'admin', '500000')).username);
});
afterAll(async () => {
  await w.stop();
});

const act = (cookie: string, id: string, event: string, version: number, input?: object) =>
  call(w.app, cookie, 'POST', `/api/cases/${id}/transitions`, { event, version, ...(input ? { input } : {}) });

/** A filed case of 安全生产法第九十九条第三项 (安全设备未经常性维护、保养和定期检测) for an act that ended on `actEndedOn`. */
async function filedCase(actEndedOn: string) {
  const created = await call(w.app, w.cookies.officer1, 'POST', '/api/cases', {
    enterpriseId: w.enterpriseId,
    title: `重庆渝兴化工有限公司未对安全设备进行定期检测案（${actEndedOn}）`,
    partyKind: 'organisation',
    source: 'inspection',
    actEndedOn,
    discoveredOn: '2026-11-02',
    investigatorIds: [w.ids.officer1, w.ids.officer2],
    violationCode: CODE,
    facts: '你单位甲类仓库内4台可燃气体报警装置未进行定期检测。',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const filed = await act(w.cookies.leader, created.body.id, 'file', created.body.version);
  expect(filed.status, JSON.stringify(filed.body)).toBe(200);
  return filed.body;
}

/** An administrator's municipal version of the item, the base clause's unit bands replaced (four tiers, yuan). */
async function storeVersion(bands: [number, number][], effectiveFrom: string) {
  const d = (await call(w.app, admin, 'GET', `/api/benchmarks/${CODE}`)).body;
  let i = 0;
  const tiers = (d.current.tiers as BenchmarkTier[]).map((t) => {
    if (t.trigger !== 'base') return t;
    const [min, max] = bands[i++]!;
    return { ...t, unit: { kind: 'amount', yuan: { min, max, ...(min > 0 ? { minExclusive: true } : {}) } } };
  });
  const r = await call(w.app, admin, 'POST', `/api/benchmarks/${CODE}/versions`, {
    expectedVersion: d.latestVersion,
    layer: 'municipal',
    effectiveFrom,
    label: '重庆市安全生产行政处罚裁量基准（测试）',
    firstOffenceWaiver: d.current.firstOffenceWaiver,
    tiers,
    mitigation: d.current.mitigation,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

describe('the case uses the benchmark version in force (行政处罚法第三十四条、第三十七条)', () => {
  it('suggests and checks the proposal against the administrator\'s version in force at the act', async () => {
    await w.travel('2026-11-02');
    // The platform default: 一般 tier 超过1万元、2.5万元以下, 17,500 recommended.
    const before = await filedCase('2026-10-20');
    const byDefault = await call(w.app, w.cookies.officer1, 'POST', `/api/cases/${before.id}/penalty-suggestion`, { facts: {} });
    expect(byDefault.body.penalty).toMatchObject({ amount: 17_500, benchmark: { min: 10_000, max: 25_000, tier: '一般' } });

    // 重庆市 benchmark from 2026-01-01: 一般 tier 超过1万元、3万元以下.
    await storeVersion([[0, 10_000], [10_000, 30_000], [30_000, 40_000], [40_000, 50_000]], '2026-01-01');

    const c = await filedCase('2026-10-20');
    const suggestion = await call(w.app, w.cookies.officer1, 'POST', `/api/cases/${c.id}/penalty-suggestion`, { facts: {} });
    expect(suggestion.status).toBe(200);
    expect(suggestion.body.result.benchmark).toMatchObject({ label: '重庆市安全生产行政处罚裁量基准（测试）', effectiveFrom: '2026-01-01', version: 2, isDefault: false });
    expect(suggestion.body.penalty).toMatchObject({ amount: 20_000, benchmark: { min: 10_000, max: 30_000, tier: '一般' } });

    // 28,000 is inside the version in force (no reason needed), though outside the default's range.
    const proposed = await act(w.cookies.officer1, c.id, 'propose', c.version, { penalty: { amount: 28_000, measures: ['orderCorrection'] }, discretion: { facts: {} } });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body.record.proposal).toMatchObject({ amount: 28_000, benchmark: { min: 10_000, max: 30_000, tier: '一般' } });
    expect(proposed.body.discretion).toMatchObject({ recommended: 20_000, benchmark: { version: 2, effectiveFrom: '2026-01-01' } });
  });

  it('keeps the earlier version for an act before the new version took effect, when the new one is heavier (第三十七条)', async () => {
    await w.travel('2026-11-02');
    const c = await filedCase('2025-12-15');
    const suggestion = await call(w.app, w.cookies.officer1, 'POST', `/api/cases/${c.id}/penalty-suggestion`, { facts: {} });
    expect(suggestion.body.result.benchmark).toMatchObject({ label: '平台默认裁量基准（非官方文本）', isDefault: true });
    expect(suggestion.body.penalty).toMatchObject({ amount: 17_500, benchmark: { min: 10_000, max: 25_000, tier: '一般' } });

    // Against the earlier version's range, 28,000 is a deviation that needs a reason (第三十四条).
    const refused = await act(w.cookies.officer1, c.id, 'propose', c.version, { penalty: { amount: 28_000, measures: ['orderCorrection'] }, discretion: { facts: {} } });
    expect(refused.status).toBe(422);
    expect(refused.body.details.rule.id).toBe('case.deviationJustified');
  });
});

describe('the fine stays inside the statutory range of the penalty clause (行政处罚法第四条、第五条第二款、第三十二条)', () => {
  const auditCount = async (id: string) =>
    Number(
      (
        await w.ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('aggregate_type', '=', 'case')
          .where('aggregate_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses 60,000 yuan under 安全生产法第九十九条 (五万元以下) with the rule\'s code and message, writing nothing', async () => {
    await w.travel('2026-11-02');
    const c = await filedCase('2026-10-20');
    const events = await auditCount(c.id);
    const r = await act(w.cookies.officer1, c.id, 'propose', c.version, {
      penalty: { amount: 60_000, measures: ['orderCorrection'], deviationReason: '报警装置长期故障，危害较大' },
      discretion: { facts: {} },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      code: 'RULE_VIOLATION',
      message: '罚款数额须在所适用罚则规定的罚款幅度内：不得高于法定最高数额；低于法定最低数额的，须有依法减轻处罚的情形',
      details: {
        rule: { id: 'case.withinStatutoryRange', article: '行政处罚法第四条、第五条第二款、第三十二条' },
        amount: 60_000,
        statutory: { min: 0, max: 50_000 },
        breach: 'above',
      },
    });
    expect(r.body.details.provision).toMatch(/^安全生产法第九十九条/);

    const after = (await call(w.app, w.cookies.officer1, 'GET', `/api/cases/${c.id}`)).body;
    expect(after).toMatchObject({ state: 'investigating', version: c.version, discretion: null });
    expect(after.record.proposal).toBeUndefined();
    expect(await auditCount(c.id)).toBe(events);

    // The maximum itself is allowed (with the reason the benchmark's range asks for).
    const atMax = await act(w.cookies.officer1, c.id, 'propose', c.version, {
      penalty: { amount: 50_000, measures: ['orderCorrection'], deviationReason: '报警装置长期故障，危害较大' },
      discretion: { facts: {} },
    });
    expect(atMax.status, JSON.stringify(atMax.body)).toBe(200);
    expect(atMax.body.record.proposal.statutory).toMatchObject({ min: 0, max: 50_000, basis: { law: '中华人民共和国安全生产法', article: 99 } });
  });

  it('allows a fine under the minimum of the 逾期未改正 clause only where the computation applied 减轻 (第三十二条)', async () => {
    await w.travel('2026-11-02');
    const c = await filedCase('2026-10-20');
    const notCorrected = { notCorrectedByDeadline: true };
    const below = await act(w.cookies.officer1, c.id, 'propose', c.version, {
      penalty: { amount: 30_000, measures: ['orderCorrection'], deviationReason: '当事人主动消除危害后果' },
      discretion: { facts: notCorrected },
    });
    expect(below.status).toBe(422);
    expect(below.body.details).toMatchObject({ rule: { id: 'case.withinStatutoryRange' }, statutory: { min: 50_000, max: 200_000 }, breach: 'below' });

    // Two circumstances of 第三十二条 (主动消除危害后果, 主动供述): 减轻, below 50,000.
    const mitigated = { ...notCorrected, mitigating: [1, 3] };
    const suggestion = await call(w.app, w.cookies.officer1, 'POST', `/api/cases/${c.id}/penalty-suggestion`, { facts: mitigated });
    const penalty = suggestion.body.penalty;
    expect(penalty.statutory).toMatchObject({ min: 50_000, max: 200_000, reduced: { law: '中华人民共和国行政处罚法', article: 32 } });
    expect(penalty.amount).toBeLessThan(50_000);
    const r = await act(w.cookies.officer1, c.id, 'propose', c.version, {
      penalty: { amount: penalty.amount, measures: penalty.measures },
      discretion: { facts: mitigated },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.record.proposal).toMatchObject({ amount: penalty.amount, statutory: { min: 50_000, reduced: { article: 32 } } });
  });
});
