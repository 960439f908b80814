import { describe, expect, it } from 'vitest';
import {
  assertValidBenchmark,
  checkBenchmarkEdit,
  createBenchmarkLookup,
  DEFAULT_BENCHMARK_LABEL,
  defaultBenchmark,
  parseBenchmarkVersion,
  validateBenchmark,
  validateBenchmarks,
  type BenchmarkVersion,
} from '../../src/domain/discretion/index.ts';
import { isDomainError } from '../../src/domain/errors.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { ART103_1, ART95, ART99_1, FIXTURES } from './fixtures.ts';
import { errorOf } from '../support/errors.ts';

const clone = (b: BenchmarkVersion): BenchmarkVersion => structuredClone(b);
const messages = (b: BenchmarkVersion): string[] => validateBenchmark(b, ART99_1).map((p) => p.message);

describe('default benchmark', () => {
  it('divides 安全生产法 art. 99 item 1 into contiguous tiers whose inner bounds are written 超过', () => {
    const sut = defaultBenchmark(ART99_1);
    const base = sut.tiers.filter((t) => t.trigger === 'base').map((t) => [t.key, t.unit]);
    expect(base).toEqual([
      ['轻微', { kind: 'amount', yuan: { min: 0, max: 10_000 } }],
      ['一般', { kind: 'amount', yuan: { min: 10_000, max: 25_000, minExclusive: true } }],
      ['较重', { kind: 'amount', yuan: { min: 25_000, max: 40_000, minExclusive: true } }],
      ['严重', { kind: 'amount', yuan: { min: 40_000, max: 50_000, minExclusive: true } }],
    ]);
    const escalation = sut.tiers.filter((t) => t.trigger === 'notCorrectedByDeadline').map((t) => [t.key, t.unit, t.persons]);
    expect(escalation).toEqual([
      ['一般', { kind: 'amount', yuan: { min: 50_000, max: 100_000 } }, { kind: 'amount', yuan: { min: 10_000, max: 13_000 } }],
      [
        '较重',
        { kind: 'amount', yuan: { min: 100_000, max: 150_000, minExclusive: true } },
        { kind: 'amount', yuan: { min: 13_000, max: 17_000, minExclusive: true } },
      ],
      [
        '严重',
        { kind: 'amount', yuan: { min: 150_000, max: 200_000, minExclusive: true } },
        { kind: 'amount', yuan: { min: 17_000, max: 20_000, minExclusive: true } },
      ],
    ]);
    expect(sut.tiers.find((t) => t.trigger === 'seriousCircumstances')).toMatchObject({ key: '法定', measures: ['suspendProduction', 'criminalReferral'] });
    expect(sut.label).toBe(DEFAULT_BENCHMARK_LABEL);
    expect(sut.label).toContain('非官方');
  });

  it('cites the penalty provision in every tier', () => {
    const sut = defaultBenchmark(ART99_1);
    for (const t of sut.tiers) expect(t.basis).toEqual({ law: '中华人民共和国安全生产法', article: 99, item: 1 });
  });

  it('gives every catalogue item a valid benchmark with tiers for each statutory clause', () => {
    expect(CATALOGUE.length).toBeGreaterThan(100);
    for (const v of [...CATALOGUE, ...FIXTURES]) {
      const sut = defaultBenchmark(v);
      expect(validateBenchmark(sut, v), v.code).toEqual([]);
      for (const clause of v.penalties) expect(sut.tiers.some((t) => t.trigger === clause.trigger), `${v.code} ${clause.trigger}`).toBe(true);
    }
  });

  it('keeps a fixed share of income (安全生产法 art. 95) in one 法定 tier', () => {
    const sut = defaultBenchmark(ART95);
    const general = sut.tiers.filter((t) => t.trigger === 'accident:一般');
    expect(general).toHaveLength(1);
    expect(general[0]).toMatchObject({ key: '法定', persons: { kind: 'percentOfAnnualIncome', percent: { min: 40, max: 40 } } });
  });

  it('divides the multiple of the illegal gain and the range without gain together', () => {
    const sut = defaultBenchmark(ART103_1);
    expect(sut.tiers.map((t) => t.unit)).toEqual([
      { kind: 'multipleOfIllegalGain', times: { min: 2, max: 2.6 }, fallback: { min: 100_000, max: 120_000 } },
      { kind: 'multipleOfIllegalGain', times: { min: 2.6, max: 3.5, minExclusive: true }, fallback: { min: 120_000, max: 150_000, minExclusive: true } },
      { kind: 'multipleOfIllegalGain', times: { min: 3.5, max: 4.4, minExclusive: true }, fallback: { min: 150_000, max: 180_000, minExclusive: true } },
      { kind: 'multipleOfIllegalGain', times: { min: 4.4, max: 5, minExclusive: true }, fallback: { min: 180_000, max: 200_000, minExclusive: true } },
    ]);
  });

  it('offers a mitigation band from half the statutory minimum to the minimum, citing art. 32', () => {
    const sut = defaultBenchmark(ART99_1);
    expect(sut.mitigation).toEqual([
      {
        trigger: 'notCorrectedByDeadline',
        basis: { law: '中华人民共和国行政处罚法', article: 32 },
        unit: { kind: 'amount', yuan: { min: 25_000, max: 50_000 } },
        persons: { kind: 'amount', yuan: { min: 5_000, max: 10_000 } },
      },
    ]);
  });

  it('is deterministic', () => {
    expect(defaultBenchmark(ART99_1)).toEqual(defaultBenchmark(ART99_1));
  });
});

describe('benchmark validation', () => {
  it('rejects two tiers sharing a boundary both include (以上、以下 include the number)', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    const general = sut.tiers.find((t) => t.trigger === 'base' && t.key === '一般')!;
    general.unit = { kind: 'amount', yuan: { min: 10_000, max: 25_000 } };
    const found = messages(sut);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('FX-AQSCF-099-1');
    expect(found[0]).toContain('重叠');
    expect(found[0]).toContain('超过1万元');
  });

  it('rejects overlapping tiers', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '较重')!.unit = { kind: 'amount', yuan: { min: 20_000, max: 40_000, minExclusive: true } };
    expect(messages(sut).join()).toMatch(/「一般」与「较重」的罚款重叠/);
  });

  it('rejects a gap between tiers', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '较重')!.unit = { kind: 'amount', yuan: { min: 30_000, max: 40_000, minExclusive: true } };
    expect(messages(sut).join()).toMatch(/「一般」与「较重」之间的罚款有空档（2\.5万元至3万元）/);
  });

  it('rejects an amount above the statutory maximum', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '严重')!.unit = { kind: 'amount', yuan: { min: 40_000, max: 60_000, minExclusive: true } };
    expect(messages(sut).join()).toContain('超出法定幅度（5万元以下）');
  });

  it('rejects tiers that stop short of the statutory maximum', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers = sut.tiers.filter((t) => !(t.trigger === 'base' && t.key === '严重'));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '较重')!.when = { min: 3, max: null };
    expect(messages(sut)).toEqual(['FX-AQSCF-099-1（有较大危险因素的场所未设置明显的安全警示标志）：“违法行为”对单位的罚款在4万元至5万元之间未被任何档次覆盖']);
  });

  it('rejects a tier without the article it divides, and one citing another article', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    const [a, b] = sut.tiers;
    a!.basis = { law: '', article: 0 };
    b!.basis = { law: '中华人民共和国安全生产法', article: 100 };
    const found = messages(sut).join('\n');
    expect(found).toContain('档次「轻微」没有引用法律条款');
    expect(found).toContain('档次「一般」引用的《中华人民共和国安全生产法》第一百条不是该违法行为的处罚依据');
  });

  it('rejects a statutory clause left without tiers', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers = sut.tiers.filter((t) => t.trigger !== 'notCorrectedByDeadline');
    expect(messages(sut)).toEqual(['FX-AQSCF-099-1（有较大危险因素的场所未设置明显的安全警示标志）：“逾期未改正”没有设置裁量档次']);
  });

  it('rejects score bands that leave some severity scores without a tier', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '较重')!.when = { min: 4, max: 4 };
    expect(messages(sut).join()).toContain('档次「一般」与「较重」的适用情节分值有空档');
  });

  it('rejects a measure the statute does not attach to the clause', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '严重')!.measures.push('revokeLicence');
    expect(messages(sut).join()).toContain('处罚措施“revokeLicence”不是法律对该情形规定的措施');
  });

  it('rejects a fine on the persons where the statute has none', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers.find((t) => t.trigger === 'base' && t.key === '严重')!.persons = { kind: 'amount', yuan: { min: 0, max: 1000 } };
    expect(messages(sut).join()).toContain('对直接负责的主管人员和其他直接责任人员设定了罚款，但法律对该情形未规定');
  });

  it('rejects a mitigation band above the statutory minimum or not citing art. 32', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.mitigation[0]!.unit = { kind: 'amount', yuan: { min: 25_000, max: 60_000 } };
    sut.mitigation[0]!.basis = { law: '中华人民共和国安全生产法', article: 99 };
    const found = messages(sut).join('\n');
    expect(found).toContain('应在0至法定最低5万元之间');
    expect(found).toContain('须引用《中华人民共和国行政处罚法》第三十二条');
  });

  it('throws BENCHMARK_INVALID naming the item and listing the problems', () => {
    const sut = clone(defaultBenchmark(ART99_1));
    sut.tiers = sut.tiers.filter((t) => t.trigger !== 'base');
    let caught: unknown;
    try {
      assertValidBenchmark(sut, ART99_1);
    } catch (e) {
      caught = e;
    }
    expect(isDomainError(caught) && caught.code).toBe('BENCHMARK_INVALID');
    expect(isDomainError(caught) && caught.message).toContain('FX-AQSCF-099-1');
    expect(isDomainError(caught) && caught.details?.violation).toBe('FX-AQSCF-099-1');
  });

  it('accepts the default and reports unknown items and duplicate versions on load', () => {
    const ok = defaultBenchmark(ART99_1);
    expect(() => assertValidBenchmark(ok, ART99_1)).not.toThrow();
    const problems = validateBenchmarks([ok, ok, { ...ok, violation: 'NOPE-1' }], FIXTURES);
    expect(problems.map((p) => p.message)).toEqual([
      'FX-AQSCF-099-1（有较大危险因素的场所未设置明显的安全警示标志）：municipal层级2021-09-01施行的裁量基准重复',
      'NOPE-1：违法行为库中没有该违法行为',
    ]);
  });
});

describe('benchmark lookup', () => {
  const national = { ...defaultBenchmark(ART99_1, { layer: 'national', effectiveFrom: '2024-06-01' }), label: '国家' };
  const municipal2026 = { ...defaultBenchmark(ART99_1, { layer: 'municipal', effectiveFrom: '2026-01-15' }), label: '市2026' };
  const municipal2027 = { ...defaultBenchmark(ART99_1, { layer: 'municipal', effectiveFrom: '2027-01-01' }), label: '市2027' };
  const sut = createBenchmarkLookup([municipal2027, national, municipal2026]);

  it('uses the municipal layer over the national one once in force', () => {
    expect(sut('FX-AQSCF-099-1', '2026-03-01')?.label).toBe('市2026');
    expect(sut('FX-AQSCF-099-1', '2027-01-01')?.label).toBe('市2027');
  });

  it('falls back to the national layer before the municipal version takes effect, and to nothing before any', () => {
    expect(sut('FX-AQSCF-099-1', '2025-12-31')?.label).toBe('国家');
    expect(sut('FX-AQSCF-099-1', '2024-05-31')).toBeUndefined();
    expect(sut('FX-AQSCF-114', '2026-03-01')).toBeUndefined();
  });
});

describe('benchmark edits (parseBenchmarkVersion, checkBenchmarkEdit)', () => {
  const lookup = (code: string): (typeof FIXTURES)[number] | undefined => FIXTURES.find((v) => v.code === code);
  const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultBenchmark(ART99_1)));

  it('reads back every default benchmark from its JSON', () => {
    for (const v of [...CATALOGUE, ...FIXTURES]) {
      const b = defaultBenchmark(v);
      expect(parseBenchmarkVersion(JSON.parse(JSON.stringify(b))), v.code).toEqual(b);
    }
  });

  it('names the key path of a shape problem', () => {
    const extra = json();
    (extra.tiers as Record<string, unknown>[])[2]!.colour = 'red';
    expect(errorOf(() => parseBenchmarkVersion(extra))).toEqual({ code: 'UNKNOWN_KEY', key: 'tiers[2].colour' });
    const notNumber = json();
    ((notNumber.tiers as { unit: { yuan: Record<string, unknown> } }[])[1]!.unit.yuan).max = '2.5万';
    expect(errorOf(() => parseBenchmarkVersion(notNumber))).toEqual({ code: 'VALIDATION_FAILED', key: 'tiers[1].unit.yuan.max' });
    const badMeasure = json();
    (badMeasure.tiers as { measures: string[] }[])[0]!.measures = ['fine'];
    expect(errorOf(() => parseBenchmarkVersion(badMeasure))).toEqual({ code: 'UNKNOWN_VALUE', key: 'tiers[0].measures[0]' });
    expect(errorOf(() => parseBenchmarkVersion({ ...json(), layer: 'district' }))).toEqual({ code: 'UNKNOWN_VALUE', key: 'layer' });
    expect(errorOf(() => parseBenchmarkVersion({ ...json(), effectiveFrom: '2026-13-01' }))).toEqual({ code: 'INVALID_DATE', key: 'effectiveFrom' });
  });

  it('checks an edit in full: shape, item, then the legal checks naming the item', () => {
    expect(checkBenchmarkEdit(json(), lookup)).toEqual(defaultBenchmark(ART99_1));
    expect(errorOf(() => checkBenchmarkEdit({ ...json(), violation: 'NOPE' }, lookup))).toEqual({ code: 'UNKNOWN_VALUE', key: 'violation' });
    const gap = json();
    ((gap.tiers as { unit: { yuan: { min: number } } }[])[2]!.unit.yuan).min = 30_000;
    expect(errorOf(() => checkBenchmarkEdit(gap, lookup)).code).toBe('BENCHMARK_INVALID');
  });
});
