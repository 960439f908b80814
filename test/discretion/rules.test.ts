/**
 * Legal examples: facts → outcome, one block per rule, citing the article. Amounts follow from the
 * platform's default benchmark (tiers of the statutory range, recommended at the tier's midpoint
 * rounded to the hundred yuan, see benchmark.test.ts for the tiers).
 */
import { describe, expect, it } from 'vitest';
import {
  computePenalty,
  computeDailyContinuingFine,
  createBenchmarkLookup,
  defaultBenchmark,
  type BenchmarkVersion,
  type PenaltyResult,
} from '../../src/domain/discretion/index.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { ART99_1, contextOf, FIXTURE_CONTEXT, FIXTURES, inputOf } from './fixtures.ts';
import { errorOf } from '../support/errors.ts';

const XZCF = '《中华人民共和国行政处罚法》';
const sut = (...args: Parameters<typeof inputOf>): PenaltyResult => computePenalty(inputOf(...args), FIXTURE_CONTEXT);
const rules = (r: PenaltyResult): string[] => r.basis.map((b) => b.rule);
const citationOf = (r: PenaltyResult, rule: string): string | undefined => r.basis.find((b) => b.rule === rule)?.citation;
const text = (r: PenaltyResult): string => r.explanation.join('\n');

describe('行政处罚法 art. 33: no penalty', () => {
  it('does not punish a minor act corrected in time without harm (para. 1), and educates the party (para. 3)', () => {
    const r = sut('FX-AQSCF-099-1', { correctedInTime: true, harm: 'none' });
    expect(r.outcome).toBe('不予处罚');
    expect(r.unit).toBeNull();
    expect(r.persons).toBeNull();
    expect(r.education).toBe(true);
    expect(citationOf(r, 'noPenaltyMinor')).toBe(`${XZCF}第三十三条第一款`);
    expect(citationOf(r, 'education')).toBe(`${XZCF}第三十三条第三款`);
    expect(text(r)).toContain('不予行政处罚');
    expect(text(r)).toContain('对当事人进行教育');
  });

  it('punishes when the absence of harm is not established', () => {
    expect(sut('FX-AQSCF-099-1', { correctedInTime: true }).outcome).toBe('罚款');
  });

  it('does not treat a 重大事故隐患 or an act with aggravating circumstances as minor', () => {
    expect(sut('FX-AQSCF-102', { correctedInTime: true, harm: 'none' }).outcome).toBe('罚款');
    expect(sut('FX-AQSCF-099-1', { correctedInTime: true, harm: 'none', aggravating: ['concealEvidence'] }).outcome).toBe('罚款');
  });

  it('waives a first offence with minor harm corrected in time (首违不罚, para. 1)', () => {
    const r = sut('FX-AQSCF-099-1', { firstOffence: true, correctedInTime: true, harm: 'minor' });
    expect(r.outcome).toBe('不予处罚');
    expect(rules(r)).toEqual(['firstOffenceWaiver', 'education']);
    expect(text(r)).toContain('首违不罚');
  });

  it('does not waive a first offence that was not corrected in time', () => {
    expect(sut('FX-AQSCF-099-1', { firstOffence: true, harm: 'minor' }).outcome).toBe('罚款');
  });

  it('does not waive a first offence where the benchmark excludes the item', () => {
    const strict: BenchmarkVersion = { ...defaultBenchmark(ART99_1), firstOffenceWaiver: false };
    const ctx = contextOf(FIXTURES, { benchmark: createBenchmarkLookup([strict]) });
    const r = computePenalty(inputOf('FX-AQSCF-099-1', { firstOffence: true, correctedInTime: true, harm: 'minor' }), ctx);
    expect(r.outcome).toBe('罚款');
    expect(sut('FX-AQSCF-102', { firstOffence: true, correctedInTime: true, harm: 'minor' }).outcome).toBe('罚款');
  });

  it('does not punish a party proving no subjective fault (para. 2), still ordering correction', () => {
    const r = sut('FX-AQSCF-099-1', { noFault: true, notCorrectedByDeadline: true, harm: 'serious' });
    expect(r.outcome).toBe('不予处罚');
    expect(citationOf(r, 'noFault')).toBe(`${XZCF}第三十三条第二款`);
    expect(r.education).toBe(true);
    expect(r.measures.map((m) => m.label)).toEqual(['责令限期改正']);
  });
});

describe('the benchmark tier (行政处罚法 art. 34)', () => {
  it('recommends the midpoint of the 一般 tier, rounded to the hundred yuan, for plain facts', () => {
    const r = sut('FX-AQSCF-099-1');
    expect(r).toMatchObject({ outcome: '罚款', tier: '一般', score: 0 });
    expect(r.unit).toMatchObject({ min: 10_000, max: 25_000, minExclusive: true, recommended: 17_500, text: '超过1万元、2.5万元以下' });
    expect(citationOf(r, 'benchmark')).toBe(`${XZCF}第三十四条`);
    expect(citationOf(r, 'statute')).toBe('《中华人民共和国安全生产法》第九十九条第一项');
    expect(text(r)).toContain('平台默认裁量基准（非官方文本）');
  });

  it('selects a higher tier as the severity score rises', () => {
    expect(sut('FX-AQSCF-099-1', { harm: 'serious' }).unit).toMatchObject({ tier: '较重', recommended: 32_500 });
    expect(sut('FX-AQSCF-099-1', { repeatWithinYear: true, refusedToCooperate: true }).unit).toMatchObject({ tier: '较重' });
    expect(sut('FX-AQSCF-099-1', { harm: 'serious', repeatWithinYear: true }).unit).toMatchObject({ tier: '严重', recommended: 45_000 });
    expect(sut('FX-AQSCF-099-1', { firstOffence: true }).unit).toMatchObject({ tier: '轻微', recommended: 5_000 });
  });

  it('moves the recommended amount inside the tier by enterprise size', () => {
    expect(sut('FX-AQSCF-099-1', { employees: 1500 }).unit?.recommended).toBe(19_000);
    expect(sut('FX-AQSCF-099-1', { employees: 10 }).unit?.recommended).toBe(14_500);
  });

  it('gives the same result for the same facts', () => {
    const facts = { harm: 'minor' as const, aggravating: ['crowdedPlace'], employees: 80 };
    expect(sut('FX-AQSCF-099-1', facts)).toEqual(sut('FX-AQSCF-099-1', facts));
  });
});

describe('escalation and 情节严重 clauses of the statute', () => {
  it('fines 5万–20万 and the persons responsible 1万–2万 when not corrected by the deadline (安全生产法 art. 99)', () => {
    const r = sut('FX-AQSCF-099-1', { notCorrectedByDeadline: true });
    expect(r.unit).toMatchObject({ trigger: 'notCorrectedByDeadline', min: 50_000, max: 100_000, recommended: 75_000 });
    expect(r.persons).toMatchObject({ trigger: 'notCorrectedByDeadline', min: 10_000, max: 13_000, recommended: 11_500 });
    expect(citationOf(r, 'escalation')).toBe('《中华人民共和国安全生产法》第九十九条第一项');
    expect(text(r)).toContain('当事人逾期未改正');
  });

  it('adds 停产停业整顿 where the escalation clause provides it (安全生产法 art. 97)', () => {
    const r = sut('FX-AQSCF-097-1', { notCorrectedByDeadline: true });
    expect(r.measures.map((m) => m.measure)).toEqual(['orderCorrection', 'suspendProduction']);
    expect(r.unit).toMatchObject({ min: 100_000, max: 130_000, recommended: 115_000 });
    expect(r.persons).toMatchObject({ min: 20_000, max: 30_000, recommended: 25_000 });
  });

  it('orders 停产停业整顿 for serious circumstances and notes the criminal referral', () => {
    const r = sut('FX-AQSCF-099-1', { harm: 'serious' });
    expect(r.measures.map((m) => m.label)).toEqual(['责令限期改正', '责令停产停业整顿']);
    expect(rules(r)).toContain('seriousCircumstances');
    expect(text(r)).toContain('移送司法机关');
  });
});

describe('行政处罚法 art. 32: lighter or mitigated', () => {
  it('with one circumstance, punishes more lightly inside the tier (从轻)', () => {
    const r = sut('FX-AQSCF-099-1', { mitigating: [1] });
    expect(r.unit).toMatchObject({ tier: '一般', recommended: 13_000, mitigation: '从轻' });
    expect(citationOf(r, 'lighter')).toBe(`${XZCF}第三十二条`);
    expect(text(r)).toContain('第（一）项（主动消除或者减轻违法行为危害后果的）');
  });

  it('with two circumstances, mitigates below the statutory minimum (减轻) within the benchmark band', () => {
    const r = sut('FX-AQSCF-106', { mitigating: [1, 3] });
    expect(r.persons).toMatchObject({ min: 10_000, max: 20_000, recommended: 12_000, mitigation: '减轻' });
    expect(rules(r)).toContain('belowMinimum');
    expect(sut('FX-AQSCF-106').persons?.recommended).toBe(48_000);
  });

  it('mitigates an escalated fine into the next lower statutory range', () => {
    const r = sut('FX-AQSCF-099-1', { notCorrectedByDeadline: true, mitigating: [1, 2] });
    expect(r.unit).toMatchObject({ min: 10_000, max: 25_000, recommended: 13_000, mitigation: '减轻' });
    expect(text(r)).toContain('在下一法定处罚幅度（基本处罚幅度：5万元以下）内确定罚款');
  });

  it('cannot go below a range that starts at zero: it punishes lightly instead', () => {
    const r = sut('FX-AQSCF-099-1', { mitigating: [1, 2, 3] });
    expect(r.unit).toMatchObject({ recommended: 13_000, mitigation: '从轻' });
    expect(text(r)).toContain('法定罚款没有最低数额');
  });
});

describe('行政处罚法 art. 29: one act, one fine', () => {
  it('fines under the provision with the higher fine and names the other', () => {
    const r = computePenalty(inputOf('FX-AQSCF-099-1', {}, { alsoViolates: ['FX-AQSCF-097-1'] }), FIXTURE_CONTEXT);
    expect(r.violation.code).toBe('FX-AQSCF-097-1');
    expect(r.unit?.recommended).toBe(35_000);
    expect(rules(r)[0]).toBe('oneActOneFine');
    expect(citationOf(r, 'oneActOneFine')).toBe(`${XZCF}第二十九条`);
    expect(text(r)).toContain('按照罚款数额高的《中华人民共和国安全生产法》第九十七条第一项的规定处罚');
    expect(text(r)).toContain('第九十九条第一项（有较大危险因素的场所未设置明显的安全警示标志）');
  });
});

describe('行政处罚法 art. 37: the law at the time of the act unless the new one is lighter', () => {
  it('applies a lighter new provision in force at the decision', () => {
    const r = sut('FX-WHTL-080-1', {}, { actDate: '2026-03-01', decisionDate: '2026-06-01' });
    expect(r.violation.code).toBe('FX-WHF-090-1');
    expect(r.unit?.recommended).toBe(17_500);
    expect(citationOf(r, 'lawAtTimeOfAct')).toBe(`${XZCF}第三十七条`);
    expect(text(r)).toContain('处罚较轻');
  });

  it('keeps the provision at the time of the act when the new one is heavier', () => {
    const r = sut('FX-WHTL-081-1', {}, { actDate: '2026-03-01', decisionDate: '2026-06-01' });
    expect(r.violation.code).toBe('FX-WHTL-081-1');
    expect(r.unit?.max).toBe(25_000);
    expect(text(r)).toContain('适用违法行为发生时的规定');
  });

  it('does not punish an act the law no longer treats as unlawful', () => {
    const r = sut('FX-WHTL-099-1', {}, { actDate: '2026-03-01', decisionDate: '2026-06-01' });
    expect(r.outcome).toBe('不予处罚');
    expect(rules(r)).toEqual(['lawAtTimeOfAct']);
  });

  it('refuses an act before the provision took effect rather than guessing the older law', () => {
    expect(errorOf(() => sut('FX-AQSCF-099-1', {}, { actDate: '2021-06-01', decisionDate: '2021-10-01' }))).toEqual({
      code: 'VALIDATION_FAILED',
      key: 'actDate',
    });
  });

  it('keeps 危险化学品安全管理条例 for an act before 2026-05-01 when 危险化学品安全法 is heavier, and the new law after', () => {
    const ctx = contextOf(CATALOGUE);
    const before = computePenalty(inputOf('WHTL-075-1', { goodsValue: 30_000 }, { actDate: '2026-04-20', decisionDate: '2026-06-15' }), ctx);
    expect(before.violation.code).toBe('WHTL-075-1');
    expect(before.unit).toMatchObject({ min: 260_000, max: 350_000 });
    expect(text(before)).toContain('《中华人民共和国危险化学品安全法》第九十八条第一款');
    expect(text(before)).toContain('处罚不轻于前者');
    const after = computePenalty(inputOf('WHTL-075-1', { goodsValue: 30_000 }, { actDate: '2026-05-10', decisionDate: '2026-06-15' }), ctx);
    expect(after.violation.code).toBe('WHF-098-1');
  });

  it('applies to benchmark versions too: a lighter benchmark in force at the decision applies', () => {
    const old = defaultBenchmark(ART99_1, { layer: 'municipal', effectiveFrom: '2021-09-01' });
    // A new version that reads a severity score of 3 as 一般 rather than 较重.
    const lighter: BenchmarkVersion = structuredClone({ ...old, effectiveFrom: '2026-04-01', label: '2026年修订基准' });
    const base = lighter.tiers.filter((t) => t.trigger === 'base');
    base[1]!.when = { min: 0, max: 3 };
    base[2]!.when = { min: 4, max: 4 };
    const ctx = contextOf(FIXTURES, { benchmark: createBenchmarkLookup([old, lighter]) });
    const r = computePenalty(inputOf('FX-AQSCF-099-1', { harm: 'serious' }, { actDate: '2026-03-02', decisionDate: '2026-04-15' }), ctx);
    expect(r.unit).toMatchObject({ tier: '一般', recommended: 17_500 });
    expect(r.benchmark?.label).toBe('2026年修订基准');
    expect(rules(r)[0]).toBe('lawAtTimeOfAct');
    const before = computePenalty(inputOf('FX-AQSCF-099-1', { harm: 'serious' }, { actDate: '2026-03-02', decisionDate: '2026-03-20' }), ctx);
    expect(before.unit).toMatchObject({ tier: '较重', recommended: 32_500 });
  });
});

describe('行政处罚法 art. 45 para. 2: never heavier after the statement', () => {
  it('caps the fines at the amounts proposed in the notice', () => {
    const r = sut('FX-AQSCF-099-1', { notCorrectedByDeadline: true, harm: 'serious' }, { proposed: { unit: 90_000, persons: 12_000 } });
    expect(r.unit).toMatchObject({ recommended: 90_000, max: 90_000 });
    expect(r.persons).toMatchObject({ recommended: 12_000, max: 12_000, minExclusive: false });
    expect(citationOf(r, 'noHeavierAfterStatement')).toBe(`${XZCF}第四十五条第二款`);
    expect(text(r)).toContain('不得因陈述、申辩而给予更重的处罚');
    const closing = r.explanation.findIndex((l) => l.startsWith('综上'));
    expect(r.explanation[closing]).toContain('对单位罚款人民币90000元，对直接负责的主管人员和其他直接责任人员（每人）罚款人民币12000元');
    expect(r.explanation[closing - 1]).toContain('第四十五条第二款');
  });

  it('imposes no fine on a target the notice proposed none for', () => {
    const r = sut('FX-AQSCF-099-1', { notCorrectedByDeadline: true }, { proposed: { unit: 80_000 } });
    expect(r.persons).toBeNull();
    expect(r.unit?.recommended).toBe(75_000);
  });

  it('keeps a lighter result unchanged', () => {
    const r = sut('FX-AQSCF-099-1', {}, { proposed: { unit: 30_000 } });
    expect(r.unit?.recommended).toBe(17_500);
    expect(rules(r)).toContain('noHeavierAfterStatement');
  });
});

describe('安全生产法 art. 112: daily continuing fines', () => {
  it('fines the original amount each day from the day after the correction order to the decision', () => {
    const r = sut('FX-AQSCF-099-1', { notCorrectedByDeadline: true }, { continuing: { originalFine: 30_000, orderDate: '2026-03-10' } });
    expect(r.dailyFine).toEqual({ perDay: 30_000, from: '2026-03-11', to: '2026-03-30', days: 20, total: 600_000 });
    expect(citationOf(r, 'dailyContinuingFine')).toBe('《中华人民共和国安全生产法》第一百一十二条');
    expect(r.measures.map((m) => m.measure)).toContain('dailyContinuingFine');
  });

  it('counts across a month end', () => {
    expect(computeDailyContinuingFine({ originalFine: 1000, orderDate: '2026-02-27', until: '2026-03-02' })).toMatchObject({ from: '2026-02-28', days: 3, total: 3000 });
  });

  it('applies only to acts under 安全生产法', () => {
    expect(errorOf(() => sut('FX-WHF-090-1', { notCorrectedByDeadline: true }, { continuing: { originalFine: 1000, orderDate: '2026-05-10' }, actDate: '2026-05-02', decisionDate: '2026-06-01' }))).toEqual({
      code: 'VALIDATION_FAILED',
      key: 'continuing',
    });
  });
});

describe('安全生产法 art. 114: accident fines by grade', () => {
  it('fines by the accident grade', () => {
    expect(sut('FX-AQSCF-114', { accidentGrade: '一般' }).unit).toMatchObject({ min: 300_000, max: 530_000, recommended: 415_000 });
    expect(sut('FX-AQSCF-114', { accidentGrade: '较大' }).unit).toMatchObject({ min: 1_000_000, max: 1_300_000, recommended: 1_150_000 });
  });

  it('fines two to five times the para. 1 amounts when especially serious (para. 2)', () => {
    const r = sut('FX-AQSCF-114', { accidentGrade: '较大', aggravating: ['especiallySeriousAccident'] });
    expect(r.unit).toMatchObject({ min: 2_000_000, max: 10_000_000, recommended: 6_000_000 });
    expect(citationOf(r, 'accidentEspeciallySerious')).toBe('《中华人民共和国安全生产法》第一百一十四条第二款');
  });

  it('requires the accident grade for an accident-only item', () => {
    expect(errorOf(() => sut('FX-AQSCF-114'))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.accidentGrade' });
  });

  it('uses the catalogue clause of para. 2 and refuses a grade the item does not cover', () => {
    const ctx = contextOf(CATALOGUE);
    const r = computePenalty(inputOf('AQSCF-114-2', { accidentGrade: '较大', aggravating: ['especiallySeriousAccident'] }), ctx);
    expect(r.unit).toMatchObject({ trigger: 'accident:特别严重', tier: '较重', min: 4_700_000, max: 7_300_000, recommended: 6_000_000 });
    expect(errorOf(() => computePenalty(inputOf('AQSCF-114-1', { accidentGrade: '较大' }), ctx))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.accidentGrade' });
  });
});

describe('fines in multiples or shares', () => {
  it('fines multiples of an illegal gain at or above the threshold (安全生产法 art. 103)', () => {
    const r = sut('FX-AQSCF-103-K1', { illegalGain: 300_000 });
    expect(r.unit).toMatchObject({ min: 780_000, max: 1_050_000, recommended: 915_000 });
    expect(r.measures.map((m) => m.measure)).toContain('confiscateIllegalGain');
  });

  it('uses the range for no gain or a gain below the threshold', () => {
    expect(sut('FX-AQSCF-103-K1', { illegalGain: 50_000 }).unit).toMatchObject({ min: 120_000, max: 150_000, recommended: 135_000 });
    expect(sut('FX-AQSCF-103-K1').unit?.recommended).toBe(135_000);
    expect(text(sut('FX-AQSCF-103-K1'))).toContain('未认定违法所得');
  });

  it('fines a share of the previous year income after an accident (安全生产法 art. 96)', () => {
    const r = sut('FX-AQSCF-096', { accidentGrade: '一般', annualIncome: 240_000 });
    expect(r.persons).toMatchObject({ trigger: 'accidentCaused', min: 48_000, max: 72_000, recommended: 60_000 });
    expect(r.unit).toBeNull();
    expect(errorOf(() => sut('FX-AQSCF-096', { accidentGrade: '一般' }))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.annualIncome' });
  });

  it('fines the fixed share of a principal income by grade (安全生产法 art. 95)', () => {
    expect(sut('FX-AQSCF-095', { accidentGrade: '一般', annualIncome: 300_000 }).persons).toMatchObject({ tier: '法定', min: 120_000, max: 120_000, recommended: 120_000 });
  });
});
