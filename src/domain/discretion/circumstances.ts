/**
 * Circumstances (情节) the discretion engine weighs, as published data: the art. 32 mitigating
 * items, the list of aggravating circumstances (从重情节), the weights of the severity score
 * (情节分值) that selects a benchmark tier, and the enterprise size classes.
 *
 * The weights and the aggravating list are the platform's default policy (no official text is
 * available here); the art. 32 items are the statute's.
 */
import type { PenaltyFacts } from './types.ts';

/** 行政处罚法 art. 32 items (应当从轻或者减轻行政处罚的情形), by item number. */
export const ART32_ITEMS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: '主动消除或者减轻违法行为危害后果的',
  2: '受他人胁迫或者诱骗实施违法行为的',
  3: '主动供述行政机关尚未掌握的违法行为的',
  4: '配合行政机关查处违法行为有立功表现的',
  5: '法律、法规、规章规定其他应当从轻或者减轻行政处罚的',
};

export interface AggravatingCircumstance {
  /** Stable key used in the input (facts.aggravating); the Chinese label is accepted too. */
  key: string;
  label: string;
  /** Points added to the severity score. */
  weight: number;
  /** Whether it makes the circumstances 情节严重 (selects a statute's seriousCircumstances clause). */
  serious: boolean;
}

/** The published list of aggravating circumstances (从重情节), platform default. */
export const AGGRAVATING_CIRCUMSTANCES: readonly AggravatingCircumstance[] = Object.freeze([
  { key: 'concealEvidence', label: '隐匿、销毁、伪造违法行为证据', weight: 2, serious: false },
  { key: 'obstructEnforcement', label: '以暴力、威胁等方法阻碍执法人员依法执行职务', weight: 3, serious: true },
  { key: 'badSocialImpact', label: '造成恶劣社会影响', weight: 2, serious: true },
  { key: 'retaliateWhistleblower', label: '对举报人、证人打击报复', weight: 3, serious: true },
  { key: 'crowdedPlace', label: '危及人员密集场所或者众多人员安全', weight: 2, serious: false },
  { key: 'specialPeriod', label: '在重大活动、节假日期间或者预警发布后实施违法行为', weight: 1, serious: false },
  { key: 'severalInstances', label: '同时存在多处同类违法情形', weight: 1, serious: false },
  { key: 'longDuration', label: '违法行为持续三个月以上', weight: 1, serious: false },
  { key: 'coercedRiskyWork', label: '强令、组织从业人员冒险作业', weight: 2, serious: true },
  {
    key: 'especiallySeriousAccident',
    label: '发生生产安全事故，情节特别严重、影响特别恶劣',
    weight: 3,
    serious: true,
  },
]);

export type AggravatingKey = string;

const BY_KEY = new Map(AGGRAVATING_CIRCUMSTANCES.map((a) => [a.key, a]));
const BY_LABEL = new Map(AGGRAVATING_CIRCUMSTANCES.map((a) => [a.label, a]));

/** The aggravating circumstance named by key or Chinese label, or undefined. */
export const findAggravating = (keyOrLabel: string): AggravatingCircumstance | undefined =>
  BY_KEY.get(keyOrLabel) ?? BY_LABEL.get(keyOrLabel);

/**
 * Weights of the severity score (情节分值), platform default. The score selects the tier;
 * aggravating facts add points and mitigating facts remove them, so adding an aggravating fact
 * never selects a lower tier and adding a mitigating one never selects a higher tier.
 */
export const SCORE_WEIGHTS = Object.freeze({
  harm: Object.freeze({ none: 0, minor: 1, serious: 3 }),
  repeatWithinYear: 2,
  refusedToCooperate: 2,
  /** Only where the statute has no clause of its own for 逾期未改正 for the fine in question. */
  notCorrectedByDeadline: 2,
  firstOffence: -1,
  correctedInTime: -1,
});

export const SCORE_LABELS = Object.freeze({
  harm: Object.freeze({ none: '未造成危害后果', minor: '危害后果轻微', serious: '造成严重危害后果' }),
  repeatWithinYear: '一年内再次实施同一违法行为',
  refusedToCooperate: '拒不配合调查',
  notCorrectedByDeadline: '逾期未改正',
  firstOffence: '初次违法',
  correctedInTime: '及时改正',
});

export interface ScoreTerm {
  label: string;
  points: number;
}

/**
 * The severity score of the facts, with its terms for the explanation.
 * `countNotCorrected`: whether 逾期未改正 adds points (false when the statute escalates by a
 * clause of its own, which then applies instead).
 */
export function severityScore(facts: PenaltyFacts, countNotCorrected: boolean): { score: number; terms: ScoreTerm[] } {
  const terms: ScoreTerm[] = [];
  if (facts.harm !== undefined && SCORE_WEIGHTS.harm[facts.harm] !== 0) {
    terms.push({ label: SCORE_LABELS.harm[facts.harm], points: SCORE_WEIGHTS.harm[facts.harm] });
  }
  if (facts.repeatWithinYear) terms.push({ label: SCORE_LABELS.repeatWithinYear, points: SCORE_WEIGHTS.repeatWithinYear });
  if (facts.refusedToCooperate) terms.push({ label: SCORE_LABELS.refusedToCooperate, points: SCORE_WEIGHTS.refusedToCooperate });
  if (facts.notCorrectedByDeadline && countNotCorrected) {
    terms.push({ label: SCORE_LABELS.notCorrectedByDeadline, points: SCORE_WEIGHTS.notCorrectedByDeadline });
  }
  for (const key of facts.aggravating) {
    const a = BY_KEY.get(key);
    if (a) terms.push({ label: a.label, points: a.weight });
  }
  if (facts.firstOffence) terms.push({ label: SCORE_LABELS.firstOffence, points: SCORE_WEIGHTS.firstOffence });
  if (facts.correctedInTime) terms.push({ label: SCORE_LABELS.correctedInTime, points: SCORE_WEIGHTS.correctedInTime });
  return { score: terms.reduce((s, t) => s + t.points, 0), terms };
}

/** Whether the facts amount to 情节严重: serious harm, an accident, or a serious aggravating circumstance. */
export const isSeriousCircumstances = (facts: PenaltyFacts): boolean =>
  facts.harm === 'serious' ||
  facts.accidentGrade !== undefined ||
  facts.aggravating.some((k) => BY_KEY.get(k)?.serious === true);

export interface EnterpriseSize {
  label: string;
  /** Smallest number of employees in the class. */
  minEmployees: number;
  /** Shift of the recommended amount's position inside the tier's range (0 = midpoint rule unchanged). */
  positionShift: number;
}

/**
 * Enterprise size by employees (从业人员), thresholds of the industrial classes of
 * 统计上大中小微型企业划分办法（2017）; the position shifts are platform policy (a benchmark
 * weighs the party's scale of business).
 */
export const ENTERPRISE_SIZES: readonly EnterpriseSize[] = Object.freeze([
  { label: '微型企业', minEmployees: 0, positionShift: -0.2 },
  { label: '小型企业', minEmployees: 20, positionShift: -0.1 },
  { label: '中型企业', minEmployees: 300, positionShift: 0 },
  { label: '大型企业', minEmployees: 1000, positionShift: 0.1 },
]);

export const enterpriseSizeOf = (employees: number): EnterpriseSize => {
  let size = ENTERPRISE_SIZES[0]!;
  for (const s of ENTERPRISE_SIZES) if (employees >= s.minEmployees) size = s;
  return size;
};

/**
 * Where the recommended amount lies inside the applicable range (0 = lower bound, 1 = upper):
 * the midpoint, shifted by enterprise size, lowered when the penalty must be lighter (从轻,
 * 行政处罚法 art. 32), kept inside [floor, ceiling] so that a fine is never zero nor the maximum
 * by default.
 */
export const POSITION_POLICY = Object.freeze({ base: 0.5, lighter: -0.3, floor: 0.1, ceiling: 0.9 });

/** Recommended amounts are rounded to this many yuan. */
export const ROUND_TO_YUAN = 100;
