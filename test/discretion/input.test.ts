import { describe, expect, it } from 'vitest';
import { computePenalty, parsePenaltyInput } from '../../src/domain/discretion/index.ts';
import { FIXTURE_CONTEXT } from './fixtures.ts';
import { errorOf } from '../support/errors.ts';

const sut = parsePenaltyInput;

const base = { violation: 'FX-AQSCF-099-1', actDate: '2026-03-02', facts: {} };
const withFacts = (facts: Record<string, unknown>): unknown => ({ ...base, facts });

describe('parsePenaltyInput', () => {
  it('reads a minimal input with every fact false or empty', () => {
    expect(sut(base)).toEqual({
      violation: 'FX-AQSCF-099-1',
      actDate: '2026-03-02',
      facts: {
        firstOffence: false,
        correctedInTime: false,
        notCorrectedByDeadline: false,
        repeatWithinYear: false,
        refusedToCooperate: false,
        noFault: false,
        mitigating: [],
        aggravating: [],
      },
    });
  });

  it('reads every fact of the contract', () => {
    const input = sut({
      violation: 'FX-AQSCF-099-1',
      actDate: '2026-03-02',
      decisionDate: '2026-04-01',
      facts: {
        firstOffence: true,
        harm: 'serious',
        refusedToCooperate: true,
        mitigating: [3, 1, 3],
        aggravating: ['concealEvidence', '造成恶劣社会影响'],
        employees: 120,
        accidentGrade: '一般',
        illegalGain: 1234.5,
      },
    });
    expect(input.decisionDate).toBe('2026-04-01');
    expect(input.facts).toMatchObject({
      firstOffence: true,
      harm: 'serious',
      refusedToCooperate: true,
      mitigating: [1, 3],
      aggravating: ['concealEvidence', 'badSocialImpact'],
      employees: 120,
      accidentGrade: '一般',
      illegalGain: 1234.5,
    });
  });

  it('names an unknown key, at the top and inside facts', () => {
    expect(errorOf(() => sut({ ...base, colour: 'red' }))).toEqual({ code: 'UNKNOWN_KEY', key: 'colour' });
    expect(errorOf(() => sut(withFacts({ firstOfence: true })))).toEqual({ code: 'UNKNOWN_KEY', key: 'facts.firstOfence' });
    expect(errorOf(() => sut({ ...base, proposed: { fine: 1 } }))).toEqual({ code: 'UNKNOWN_KEY', key: 'proposed.fine' });
  });

  it('names an unknown value of a closed list', () => {
    expect(errorOf(() => sut(withFacts({ harm: 'grave' })))).toEqual({ code: 'UNKNOWN_VALUE', key: 'facts.harm' });
    expect(errorOf(() => sut(withFacts({ mitigating: [6] })))).toEqual({ code: 'UNKNOWN_VALUE', key: 'facts.mitigating' });
    expect(errorOf(() => sut(withFacts({ aggravating: ['态度恶劣'] })))).toEqual({ code: 'UNKNOWN_VALUE', key: 'facts.aggravating' });
    expect(errorOf(() => sut(withFacts({ accidentGrade: '特大' })))).toEqual({ code: 'UNKNOWN_VALUE', key: 'facts.accidentGrade' });
  });

  it('rejects malformed and impossible dates, and a decision before the act', () => {
    expect(errorOf(() => sut({ ...base, actDate: '2026-02-30' }))).toEqual({ code: 'INVALID_DATE', key: 'actDate' });
    expect(errorOf(() => sut({ ...base, actDate: '2026/03/02' }))).toEqual({ code: 'INVALID_DATE', key: 'actDate' });
    expect(errorOf(() => sut({ ...base, decisionDate: '2026-03-01' }))).toEqual({ code: 'INVALID_DATE', key: 'decisionDate' });
    const { actDate: _omitted, ...noDate } = base;
    expect(errorOf(() => sut(noDate))).toEqual({ code: 'INVALID_DATE', key: 'actDate' });
  });

  it('rejects wrong types naming the key', () => {
    expect(errorOf(() => sut('AQSCF-099-1'))).toEqual({ code: 'VALIDATION_FAILED', key: '' });
    expect(errorOf(() => sut({ ...base, violation: 7 }))).toEqual({ code: 'VALIDATION_FAILED', key: 'violation' });
    expect(errorOf(() => sut({ ...base, facts: undefined }))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts' });
    expect(errorOf(() => sut(withFacts({ firstOffence: 'yes' })))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.firstOffence' });
    expect(errorOf(() => sut(withFacts({ employees: -3 })))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.employees' });
    expect(errorOf(() => sut(withFacts({ annualIncome: '20万' })))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.annualIncome' });
    expect(errorOf(() => sut({ ...base, proposed: { unit: -1 } }))).toEqual({ code: 'VALIDATION_FAILED', key: 'proposed.unit' });
  });

  it('rejects contradictory facts rather than guessing', () => {
    expect(errorOf(() => sut(withFacts({ correctedInTime: true, notCorrectedByDeadline: true })))).toEqual({
      code: 'VALIDATION_FAILED',
      key: 'facts.notCorrectedByDeadline',
    });
    expect(errorOf(() => sut(withFacts({ firstOffence: true, repeatWithinYear: true })))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.repeatWithinYear' });
    expect(errorOf(() => sut(withFacts({ accidentGrade: '较大', harm: 'none' })))).toEqual({ code: 'VALIDATION_FAILED', key: 'facts.harm' });
  });

  it('accepts a daily continuing fine only after a refusal to correct', () => {
    const continuing = { originalFine: 30_000, orderDate: '2026-03-10' };
    expect(errorOf(() => sut({ ...base, continuing }))).toEqual({ code: 'VALIDATION_FAILED', key: 'continuing' });
    expect(sut({ ...withFacts({ notCorrectedByDeadline: true }) as object, continuing }).continuing).toEqual(continuing);
  });

  it('leaves an unknown catalogue code to the computation, which names the key', () => {
    const input = sut({ ...base, violation: 'AQSCF-999-9' });
    expect(errorOf(() => computePenalty(input, FIXTURE_CONTEXT))).toEqual({ code: 'UNKNOWN_VALUE', key: 'violation' });
    const also = sut({ ...base, alsoViolates: ['NOPE'] });
    expect(errorOf(() => computePenalty(also, FIXTURE_CONTEXT))).toEqual({ code: 'UNKNOWN_VALUE', key: 'alsoViolates[0]' });
  });
});
