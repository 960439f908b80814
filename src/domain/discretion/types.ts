/**
 * Types of the discretion engine (行政处罚裁量基准): benchmark versions with their tiers (档次),
 * the computation's input (the CLI and API contract) and its result.
 *
 * Amounts are in yuan. A band is inclusive at both ends (以上、以下 include the number); a tier
 * that starts where the previous one ends marks its lower bound `minExclusive` (written 超过),
 * so contiguous tiers neither overlap nor leave a gap.
 */
import type { LawRef, Measure, PenaltyTrigger, Violation } from '../legal/violation.ts';
import type { RuleId } from './rules.ts';

/** Benchmark layers, from the statute's own range up to the municipal benchmark. */
export type BenchmarkLayer = 'statute' | 'national' | 'municipal';

/** Lowest precedence first: a case uses the most specific layer in force. */
export const BENCHMARK_LAYERS: readonly BenchmarkLayer[] = ['statute', 'national', 'municipal'];

export const BENCHMARK_LAYER_LABELS: Readonly<Record<BenchmarkLayer, string>> = {
  statute: '法定处罚幅度',
  national: '国家层级裁量基准',
  municipal: '市级裁量基准',
};

/**
 * Tier names, in ascending order. 法定 is the single tier of a clause whose penalty cannot be
 * divided (a fixed amount, or measures only).
 */
export type TierKey = '轻微' | '一般' | '较重' | '严重' | '法定';
export const TIER_KEYS: readonly TierKey[] = ['轻微', '一般', '较重', '严重', '法定'];

/** min ≤ x ≤ max, or min < x ≤ max when minExclusive (超过 min). */
export interface Band {
  min: number;
  max: number;
  minExclusive?: boolean;
}

/** A tier's fine, in the unit of the statutory fine it divides. */
export type TierFine =
  | { kind: 'amount'; yuan: Band }
  /** Times the illegal gain (or goods value), and the yuan band used without such a base. */
  | { kind: 'multipleOfIllegalGain'; times: Band; fallback: Band }
  | { kind: 'percentOfAnnualIncome'; percent: Band };

/** The severity-score band (情节分值) that selects a tier; null = unbounded. Integers. */
export interface ScoreBand {
  min: number | null;
  max: number | null;
}

export interface BenchmarkTier {
  key: TierKey;
  /** The statutory clause this tier divides. */
  trigger: PenaltyTrigger;
  /** The circumstances that select the tier, in Chinese (published text). */
  circumstances: string;
  /** The machine condition: the severity-score band. */
  when: ScoreBand;
  unit?: TierFine;
  persons?: TierFine;
  /** Measures of this tier: a subset of the clause's statutory measures. */
  measures: Measure[];
  /** The provision the tier divides. */
  basis: LawRef;
}

/**
 * The range used when the penalty is mitigated below the statutory minimum (减轻, 行政处罚法
 * art. 32) and the statute has no lower clause to fall back to.
 */
export interface MitigationBand {
  trigger: PenaltyTrigger;
  unit?: TierFine;
  persons?: TierFine;
  /** Must cite 行政处罚法 art. 32. */
  basis: LawRef;
}

/** One version of the benchmark of one catalogue item, in force from `effectiveFrom`. */
export interface BenchmarkVersion {
  violation: string;
  layer: BenchmarkLayer;
  /** ISO day. */
  effectiveFrom: string;
  /** E.g. 平台默认裁量基准（非官方文本）. */
  label: string;
  /** Whether 首违不罚 (行政处罚法 art. 33 para. 1, second sentence) may apply to this item. */
  firstOffenceWaiver: boolean;
  tiers: BenchmarkTier[];
  mitigation: MitigationBand[];
}

export interface BenchmarkProblem {
  violation: string;
  trigger?: PenaltyTrigger;
  tier?: string;
  /** Chinese, naming the item. */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Input

export type Harm = 'none' | 'minor' | 'serious';
export const HARMS: readonly Harm[] = ['none', 'minor', 'serious'];

export type AccidentGrade = '一般' | '较大' | '重大' | '特别重大';
export const ACCIDENT_GRADES: readonly AccidentGrade[] = ['一般', '较大', '重大', '特别重大'];

export type Art32Item = 1 | 2 | 3 | 4 | 5;

/** Facts of the case. Booleans default to false; lists to empty. */
export interface PenaltyFacts {
  firstOffence: boolean;
  correctedInTime: boolean;
  /** Undefined = not established (neither art. 33 no-penalty rule can apply). */
  harm?: Harm;
  notCorrectedByDeadline: boolean;
  repeatWithinYear: boolean;
  refusedToCooperate: boolean;
  noFault: boolean;
  /** 行政处罚法 art. 32 items, ascending, unique. */
  mitigating: Art32Item[];
  /** Keys from AGGRAVATING_CIRCUMSTANCES, unique. */
  aggravating: string[];
  employees?: number;
  accidentGrade?: AccidentGrade;
  /** Illegal gain (违法所得) in yuan, for fines in multiples of it. Absent = none established. */
  illegalGain?: number;
  /** Value of the goods (货值金额) in yuan, for fines in multiples of it. */
  goodsValue?: number;
  /** The fined person's previous-year income (上一年年收入) in yuan, for fines in percent of it. */
  annualIncome?: number;
}

export interface PenaltyInput {
  violation: string;
  actDate: string;
  decisionDate?: string;
  facts: PenaltyFacts;
  /** Further provisions the same act breaks (行政处罚法 art. 29: the highest fine applies). */
  alsoViolates?: string[];
  /**
   * The fines proposed in the notice (告知书). When present the computation is made after the
   * party's statement and never exceeds them (行政处罚法 art. 45 para. 2).
   */
  proposed?: { unit?: number; persons?: number };
  /**
   * 安全生产法 art. 112: the fine already imposed and the day the correction order was made;
   * the daily continuing fine runs from the next day to the decision date.
   */
  continuing?: { originalFine: number; orderDate: string };
}

// ---------------------------------------------------------------------------------------------
// Result

/** 其他措施: measures only (责令停产停业整顿, 吊销有关证照, 责令限期改正 …), no fine or warning. */
export type Outcome = '不予处罚' | '警告' | '罚款' | '其他措施';

export interface AmountResult {
  /** Yuan. */
  min: number;
  max: number;
  /** True when the lower bound is excluded (超过 min). */
  minExclusive: boolean;
  recommended: number;
  /** The range in Chinese, e.g. 超过1万元、2.5万元以下. */
  text: string;
  /** Who pays, in Chinese: 单位, 直接负责的主管人员和其他直接责任人员（每人）, 当事人. */
  payer: string;
  tier: TierKey;
  /** The statutory clause the range comes from. */
  trigger: PenaltyTrigger | 'accident:特别严重';
  /**
   * That clause's own range in yuan for these facts (multiples and percentages resolved) and the
   * provision it is written in: no fine above its maximum, none below its minimum unless 减轻
   * (行政处罚法第三十二条) was applied.
   */
  statutory: { min: number; max: number; basis: LawRef };
  /** 从轻 (lighter, inside the range) or 减轻 (below the statutory minimum), when applied. */
  mitigation?: '从轻' | '减轻';
}

export interface BasisEntry {
  /** The rule applied, or 'statute' for the penalty provision itself. */
  rule: RuleId | 'statute';
  ref: LawRef;
  /** 《中华人民共和国行政处罚法》第三十三条第一款 */
  citation: string;
}

export interface DailyFine {
  perDay: number;
  /** First and last day counted (ISO). */
  from: string;
  to: string;
  days: number;
  total: number;
}

export interface PenaltyResult {
  /** The provision applied (after art. 37 and art. 29). */
  violation: { code: string; name: string };
  outcome: Outcome;
  /** Tier of the unit's fine, else of the persons', else null. */
  tier: TierKey | null;
  /** Fine on the unit, null when none. */
  unit: AmountResult | null;
  /** Fine on the persons responsible (or on the person who is the party), null when none. */
  persons: AmountResult | null;
  measures: { measure: Measure; label: string }[];
  /** Whether the party must be educated (行政处罚法 art. 33 para. 3). */
  education: boolean;
  /** The severity score (情节分值) used to select the tier. */
  score: number;
  basis: BasisEntry[];
  /** Chinese sentences, ready for the decision document. */
  explanation: string[];
  benchmark: { layer: BenchmarkLayer; effectiveFrom: string; label: string } | null;
  dailyFine?: DailyFine;
}

// ---------------------------------------------------------------------------------------------
// Context

export interface ComputeContext {
  /** The catalogue item by code. */
  violation: (code: string) => Violation | undefined;
  /** The benchmark version in force for an item on a day; undefined → the platform default. */
  benchmark?: (code: string, day: string) => BenchmarkVersion | undefined;
  /** Today (ISO day): the default decision date. */
  today?: string;
}
