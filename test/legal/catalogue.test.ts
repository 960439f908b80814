import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.ts';
import { ITEMS as AQSCF_ITEMS } from '../../src/domain/legal/catalogue/anquan-shengchan-fa.ts';
import { CATALOGUE, findViolation, violationsInForce } from '../../src/domain/legal/catalogue/index.ts';
import { assertCatalogueValid, validateCatalogue } from '../../src/domain/legal/catalogue/validate.ts';
import type { Violation } from '../../src/domain/legal/violation.ts';
import { articleExists, chineseNumber, lawShapes } from './catalogue-law-texts.ts';

const AQSCF = '中华人民共和国安全生产法';

const get = (code: string): Violation => {
  const v = findViolation(code);
  if (!v) throw new Error(`${code} missing`);
  return v;
};
const clause = (code: string, trigger: string) => get(code).penalties.find((p) => p.trigger === trigger);

describe('law text helper', () => {
  it('reads Chinese article numbers', () => {
    expect(chineseNumber('一百一十四')).toBe(114);
    expect(chineseNumber('一百零三')).toBe(103);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('九十九')).toBe(99);
  });

  it('finds every article of the 安全生产法 with its paragraphs and items', () => {
    const sut = lawShapes().get(AQSCF);
    expect(sut?.size).toBe(119);
    expect(sut?.get(97)).toEqual([7]);
    expect(sut?.get(114)).toEqual([4, 0]);
    expect(sut?.get(103)).toEqual([0, 0, 0]);
    expect(sut?.get(42)).toEqual([0, 0]);
  });

  it('tells real provisions from invented ones', () => {
    expect(articleExists({ law: AQSCF, article: 105, item: 2 })).toBe(true);
    expect(articleExists({ law: AQSCF, article: 105, item: 3 })).toBe(false);
    expect(articleExists({ law: AQSCF, article: 42, paragraph: 3 })).toBe(false);
    expect(articleExists({ law: AQSCF, article: 120 })).toBe(false);
    expect(articleExists({ law: '不存在的法', article: 1 })).toBe(false);
  });
});

describe('the catalogue', () => {
  it('validates, every reference pointing at a real provision of the official texts', () => {
    expect(validateCatalogue(CATALOGUE, { articleExists })).toEqual([]);
  });

  it('holds the whole 安全生产法 part (at least 70 items) and at least 120 items in all', () => {
    expect(AQSCF_ITEMS.length).toBeGreaterThanOrEqual(70);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(120);
  });

  it('covers every penalty provision applied to units and their responsible persons', () => {
    const covered = new Set(
      AQSCF_ITEMS.flatMap((v) => v.penaltyBasis.map((r) => `${r.article}/${r.paragraph ?? ''}/${r.item ?? ''}`)),
    );
    const expected = [
      '93/1/', '93/2/', '94/1/', '94/2/', '94/3/', '95//1', '95//2', '95//3', '95//4', '96//',
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => `97//${i}`),
      ...[1, 2, 3, 4].map((i) => `98//${i}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `99//${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `101//${i}`),
      '102//', '103/1/', '103/2/', '103/3/', '104//', '105//1', '105//2', '106//', '108//', '109//',
      '110/1/', '110/2/', '112//', '113//1', '113//2', '113//3', '113//4',
      '114/1/1', '114/1/2', '114/1/3', '114/1/4', '114/2/',
    ];
    expect(expected.filter((e) => !covered.has(e))).toEqual([]);
  });

  it('fines blocked evacuation routes under art. 105 item 2: unit up to 50,000, persons up to 10,000', () => {
    const sut = get('AQSCF-105-2B');
    expect(sut.violated).toEqual([{ law: AQSCF, article: 42, paragraph: 2 }]);
    expect(sut.penaltyBasis).toEqual([{ law: AQSCF, article: 105, item: 2 }]);
    expect(clause('AQSCF-105-2B', 'base')).toMatchObject({
      unit: { kind: 'amount', min: 0, max: 50_000 },
      persons: { kind: 'amount', min: 0, max: 10_000 },
    });
    expect(clause('AQSCF-105-2B', 'notCorrectedByDeadline')?.measures).toEqual(['suspendProduction']);
  });

  it('escalates art. 99 when not corrected: 50,000–200,000 for the unit, 10,000–20,000 for the persons', () => {
    expect(clause('AQSCF-099-1', 'base')?.unit).toEqual({ kind: 'amount', min: 0, max: 50_000 });
    expect(clause('AQSCF-099-1', 'notCorrectedByDeadline')).toMatchObject({
      unit: { min: 50_000, max: 200_000 },
      persons: { min: 10_000, max: 20_000 },
    });
    expect(clause('AQSCF-099-1', 'seriousCircumstances')?.measures).toEqual(['suspendProduction']);
  });

  it('fines a unit responsible for a 一般事故 300,000–1,000,000, and 2–5 times that when especially serious', () => {
    expect(clause('AQSCF-114-1', 'accident:一般')?.unit).toEqual({ kind: 'amount', min: 300_000, max: 1_000_000 });
    expect(clause('AQSCF-114-1', 'accident:特别严重')?.unit).toEqual({ kind: 'amount', min: 600_000, max: 5_000_000 });
    expect(clause('AQSCF-114-4', 'accident:特别重大')?.unit).toEqual({
      kind: 'amount',
      min: 10_000_000,
      max: 20_000_000,
    });
  });

  it('fines the principal a share of last year income for an accident he caused (art. 95)', () => {
    expect(clause('AQSCF-095-2', 'accident:较大')?.persons).toEqual({
      kind: 'percentOfAnnualIncome',
      minPercent: 60,
      maxPercent: 60,
    });
  });

  it('multiplies illegal gains of 100,000 or more when letting to an unqualified party (art. 103 para. 1)', () => {
    expect(clause('AQSCF-103-1', 'base')?.unit).toEqual({
      kind: 'multipleOfIllegalGain',
      minTimes: 2,
      maxTimes: 5,
      threshold: 100_000,
      fallback: { min: 100_000, max: 200_000 },
    });
  });

  it('finds items by code and keeps the loaded catalogue frozen', () => {
    expect(findViolation('AQSCF-097-7')?.name).toContain('特种作业');
    expect(findViolation('NOPE-001')).toBeUndefined();
    expect(Object.isFrozen(get('AQSCF-097-7').keywords)).toBe(true);
  });

  it('applies 安全生产法 items only to acts from 2021-09-01', () => {
    const codes = (date: string) => new Set(violationsInForce(date).map((v) => v.code));
    expect(codes('2021-08-31').has('AQSCF-099-1')).toBe(false);
    expect(codes('2021-09-01').has('AQSCF-099-1')).toBe(true);
  });

  it('rejects a malformed date when filtering by date', () => {
    expect(() => violationsInForce('2021-02-30')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('validateCatalogue', () => {
  const good: Violation = {
    code: 'TEST-001',
    name: '测试违法行为',
    party: 'unit',
    violated: [{ law: AQSCF, article: 35 }],
    penaltyBasis: [{ law: AQSCF, article: 99, item: 1 }],
    penalties: [
      { trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', unit: { kind: 'amount', min: 50_000, max: 200_000 }, measures: [] },
    ],
    industries: [],
    majorHazard: false,
    keywords: ['警示标志'],
    validFrom: '2021-09-01',
  };
  const problemsOf = (items: Violation[]) => validateCatalogue(items, { articleExists }).map((p) => `${p.code}: ${p.problem}`);

  it('accepts a sound item', () => {
    expect(problemsOf([good])).toEqual([]);
  });

  it('rejects a repeated code', () => {
    expect(problemsOf([good, { ...good }])).toEqual(['TEST-001: code used by 2 items']);
  });

  it('rejects a range whose minimum exceeds its maximum', () => {
    const sut = { ...good, penalties: [{ trigger: 'base' as const, unit: { kind: 'amount' as const, min: 9, max: 1 }, measures: [] }] };
    expect(problemsOf([sut])).toEqual(['TEST-001: penalties[0] (base) unit: min 9 above max 1']);
  });

  it('rejects an escalated range below the base range', () => {
    const sut: Violation = {
      ...good,
      penalties: [
        { trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: [] },
        { trigger: 'notCorrectedByDeadline', unit: { kind: 'amount', min: 10_000, max: 20_000 }, measures: [] },
      ],
    };
    expect(problemsOf([sut])).toEqual(['TEST-001: notCorrectedByDeadline unit fine 10000–20000 below base 0–50000']);
  });

  it('requires exactly one base clause unless the item is accident-only', () => {
    const none: Violation = { ...good, penalties: [{ trigger: 'seriousCircumstances', measures: ['suspendProduction'] }] };
    const accidentOnly: Violation = {
      ...good,
      penalties: [{ trigger: 'accident:一般', unit: { kind: 'amount', min: 300_000, max: 1_000_000 }, measures: [] }],
    };
    expect(problemsOf([none])).toEqual(['TEST-001: expected exactly one base clause, found 0']);
    expect(problemsOf([accidentOnly])).toEqual([]);
  });

  it('rejects references to provisions that do not exist', () => {
    const sut: Violation = { ...good, penaltyBasis: [{ law: AQSCF, article: 99, item: 9 }] };
    expect(problemsOf([sut])).toEqual([`TEST-001: penaltyBasis[0]: ${AQSCF}第99条第9项 does not exist`]);
  });

  it('rejects impossible dates and a validTo not after validFrom', () => {
    expect(problemsOf([{ ...good, validFrom: '2021-13-01' }])).toEqual(['TEST-001: validFrom 2021-13-01 is not a date']);
    expect(problemsOf([{ ...good, validTo: '2021-09-01' }])).toEqual([
      'TEST-001: validTo 2021-09-01 not after validFrom 2021-09-01',
    ]);
  });

  it('rejects a counterpart that is not in the catalogue', () => {
    expect(problemsOf([{ ...good, counterparts: ['TEST-999'] }])).toEqual([
      'TEST-001: counterpart TEST-999 not in the catalogue',
    ]);
  });

  it('throws CATALOGUE_INVALID naming the item when loading a broken catalogue', () => {
    let error: unknown;
    try {
      assertCatalogueValid([good, { ...good, code: 'TEST-002', industries: ['spaceflight'] }]);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('CATALOGUE_INVALID');
    expect((error as Error).message).toContain('TEST-002');
  });
});
