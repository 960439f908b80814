import { describe, expect, it } from 'vitest';
import { resolveWorkflowConfig } from '../../src/domain/workflow/config.ts';
import {
  collectiveDeliberationReasons,
  hearingRightsApply,
  hearingRightsReasons,
  isHeavier,
  legalReviewReasons,
  limitationEnds,
  simpleProcedureAllowed,
  withinLimitation,
  type Penalty,
} from '../../src/domain/workflow/penalty-rules.ts';

const config = resolveWorkflowConfig();
const fine = (amount: number, measures: Penalty['measures'] = [], confiscationAmount?: number): Penalty => ({
  amount,
  measures,
  ...(confiscationAmount === undefined ? {} : { confiscationAmount }),
});

describe('simple procedure limits (行政处罚法 art. 51)', () => {
  it.each([
    ['citizen', fine(200), true],
    ['citizen', fine(201), false],
    ['organisation', fine(3_000), true],
    ['organisation', fine(3_000, ['warning']), true],
    ['organisation', fine(0, ['warning', 'orderCorrection']), true],
    ['organisation', fine(0), false],
    ['organisation', fine(100, [], 50), false],
    ['organisation', fine(0, ['suspendLicence']), false],
  ] as const)('%s %j → %s', (party, penalty, expected) => {
    expect(simpleProcedureAllowed(party, penalty)).toBe(expected);
  });
});

describe('hearing rights (行政处罚法 art. 63, thresholds configurable)', () => {
  it('arise for an organisation from 50,000 yuan and a citizen from 20,000 yuan by default', () => {
    expect(hearingRightsApply('organisation', fine(50_000), config)).toBe(true);
    expect(hearingRightsApply('organisation', fine(49_999), config)).toBe(false);
    expect(hearingRightsApply('citizen', fine(20_000), config)).toBe(true);
    expect(hearingRightsApply('citizen', fine(19_999), config)).toBe(false);
  });

  it('arise for licence revocation and suspension of business whatever the amount', () => {
    expect(hearingRightsReasons('organisation', fine(0, ['revokeLicence']), config)).toEqual([
      { article: '行政处罚法第六十三条第一款第（三）项', text: '吊销许可证件' },
    ]);
    expect(hearingRightsReasons('organisation', fine(1_000, ['suspendProduction']), config)).toEqual([
      { article: '行政处罚法第六十三条第一款第（四）项', text: '责令停产停业' },
    ]);
  });

  it('arise for confiscating a large value', () => {
    expect(hearingRightsApply('organisation', fine(0, [], 80_000), config)).toBe(true);
  });

  it('follow a bureau that sets its own large-amount threshold', () => {
    const local = resolveWorkflowConfig({ hearing: { largeFine: { citizen: 5_000, organisation: 30_000 } } });
    expect(hearingRightsApply('organisation', fine(30_000), local)).toBe(true);
    expect(local.hearing.largeConfiscation).toEqual(config.hearing.largeConfiscation);
  });
});

describe('legal review and collective deliberation (行政处罚法 art. 57, 58)', () => {
  it('lists every reason legal review is required', () => {
    const reasons = legalReviewReasons(
      'organisation',
      fine(60_000, ['suspendProduction']),
      { majorPublicInterest: true, difficultMultipleRelations: true },
      false,
      config,
    );
    expect(reasons.map((r) => r.text)).toEqual([
      '涉及重大公共利益',
      '案件情况疑难复杂、涉及多个法律关系',
      '罚款50000元以上',
      '责令停产停业',
    ]);
    expect(reasons[0]?.article).toBe('行政处罚法第五十八条第一款第（一）项');
  });

  it('needs none for a small fine without flags', () => {
    expect(legalReviewReasons('organisation', fine(10_000), {}, true, config)).toEqual([]);
  });

  it('requires deliberation for complex circumstances (art. 57 para. 2)', () => {
    expect(collectiveDeliberationReasons('organisation', fine(1_000), { complexCircumstances: true }, config)).toEqual([
      { article: '行政处罚法第五十七条第二款', text: '情节复杂' },
    ]);
  });
});

describe('limitation (行政处罚法 art. 36)', () => {
  it('ends two years after the act ended, five with harm to life, health or financial safety', () => {
    expect(limitationEnds('2024-03-01', false)).toBe('2026-03-01');
    expect(limitationEnds('2024-03-01', true)).toBe('2029-03-01');
    expect(withinLimitation('2024-03-01', '2026-03-01', false)).toBe(true);
    expect(withinLimitation('2024-03-01', '2026-03-02', false)).toBe(false);
  });
});

describe('comparing penalties (行政处罚法 art. 44, 45)', () => {
  it('finds more money, more confiscation or an added measure heavier', () => {
    expect(isHeavier(fine(30_001), fine(30_000))).toBe(true);
    expect(isHeavier(fine(30_000, [], 1), fine(30_000))).toBe(true);
    expect(isHeavier(fine(30_000, ['suspendProduction']), fine(30_000))).toBe(true);
  });

  it('finds a warning instead of a fine lighter, but a warning where nothing was notified heavier', () => {
    expect(isHeavier(fine(0, ['warning']), fine(30_000))).toBe(false);
    expect(isHeavier(fine(0, ['warning']), fine(0))).toBe(true);
  });

  it('does not count an order to correct as a penalty (art. 28)', () => {
    expect(isHeavier(fine(30_000, ['orderCorrection']), fine(30_000))).toBe(false);
  });
});
