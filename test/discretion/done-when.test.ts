/**
 * The acceptance examples (#5), against the fixture modelled on 安全生产法 art. 99 item 1
 * and against the real catalogue item AQSCF-099-1, through the JSON contract of the CLI and API.
 */
import { describe, expect, it } from 'vitest';
import { computePenalty, parsePenaltyInput, type ComputeContext } from '../../src/domain/discretion/index.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { contextOf, FIXTURES } from './fixtures.ts';

const cases: [string, string, ComputeContext][] = [
  ['fixture', 'FX-AQSCF-099-1', contextOf(FIXTURES)],
  ['catalogue', 'AQSCF-099-1', contextOf(CATALOGUE)],
];

describe.each(cases)('安全生产法 art. 99 item 1 (%s item %s)', (_label, code, ctx) => {
  const sut = (facts: Record<string, unknown>): ReturnType<typeof computePenalty> =>
    computePenalty(parsePenaltyInput({ violation: code, actDate: '2026-03-02', decisionDate: '2026-03-30', facts }), ctx);

  it('answers in the contract shape, in yuan, with the explanation in Chinese', () => {
    const r = JSON.parse(JSON.stringify(sut({})));
    for (const key of ['outcome', 'tier', 'unit', 'persons', 'measures', 'basis', 'explanation']) expect(r).toHaveProperty(key);
    expect(Object.keys(r.unit)).toEqual(expect.arrayContaining(['min', 'max', 'recommended']));
    expect(r.explanation.every((line: string) => /[\u4e00-\u9fff]/u.test(line))).toBe(true);
  });

  it('gives a unit range inside 0–50,000 yuan for plain facts', () => {
    const r = sut({});
    expect(r.outcome).toBe('罚款');
    expect(r.unit!.min).toBeGreaterThanOrEqual(0);
    expect(r.unit!.max).toBeLessThanOrEqual(50_000);
    expect(r.unit!.recommended).toBeGreaterThan(r.unit!.min);
    expect(r.unit!.recommended).toBeLessThanOrEqual(r.unit!.max);
    expect(r.persons).toBeNull();
    expect(r.measures.map((m) => m.label)).toContain('责令限期改正');
  });

  it('gives 50,000–200,000 and 10,000–20,000 for the persons responsible when not corrected by the deadline', () => {
    const r = sut({ notCorrectedByDeadline: true });
    expect(r.unit!.min).toBeGreaterThanOrEqual(50_000);
    expect(r.unit!.max).toBeLessThanOrEqual(200_000);
    expect(r.persons!.min).toBeGreaterThanOrEqual(10_000);
    expect(r.persons!.max).toBeLessThanOrEqual(20_000);
    expect(r.explanation.join()).toContain('对单位处5万元以上20万元以下的罚款，对直接负责的主管人员和其他直接责任人员（每人）处1万元以上2万元以下的罚款');
    // Across all tiers the escalation clause spans exactly the statutory ranges.
    const light = sut({ notCorrectedByDeadline: true, firstOffence: true });
    const heavy = sut({ notCorrectedByDeadline: true, harm: 'serious', repeatWithinYear: true });
    expect([light.unit!.min, heavy.unit!.max, light.persons!.min, heavy.persons!.max]).toEqual([50_000, 200_000, 10_000, 20_000]);
  });

  it('gives 不予处罚 citing art. 33 for a minor act corrected in time without harm', () => {
    const r = sut({ correctedInTime: true, harm: 'none' });
    expect(r.outcome).toBe('不予处罚');
    expect(r.basis[0]?.citation).toBe('《中华人民共和国行政处罚法》第三十三条第一款');
    expect(r.explanation.join()).toContain('依照《中华人民共和国行政处罚法》第三十三条第一款的规定，不予行政处罚');
  });
});
