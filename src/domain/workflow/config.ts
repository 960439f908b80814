/**
 * Local configuration of the enforcement workflow: what the statutes leave to local rules
 * (the statement period, "large amount" thresholds, the bureau's catalogue of major decisions)
 * and the authority's discretion (late-payment surcharge rate). Parsed once at start.
 *
 * Defaults marked "unverified" are placeholders until the bureau confirms its own figures.
 */
import { DomainError } from '../errors.ts';
import { MEASURE_LABELS, type Measure } from '../legal/violation.ts';

/** 公民 (natural person) or 法人或者其他组织 (行政处罚法 art. 51 distinguishes them). */
export type PartyKind = 'citizen' | 'organisation';

/** Amounts in yuan at or above which a rule applies (以上 includes the number). */
export interface AmountThreshold {
  citizen: number;
  organisation: number;
}

export interface WorkflowConfig {
  /** 陈述申辩期限: the law sets none (行政处罚法 art. 44, 45); local rule. Counted from the notice's service. */
  statementPeriod: { days: number; unit: 'workingDays' | 'calendarDays' };
  /** Calendar-day periods (payment, decision) ending on a day off end on the next working day. */
  rollCalendarPeriodsToWorkday: boolean;
  /** 听证 (art. 63): what counts as 较大数额 and which measures carry hearing rights. */
  hearing: { largeFine: AmountThreshold; largeConfiscation: AmountThreshold; measures: Measure[] };
  /** The bureau's catalogue of major decisions needing 法制审核 besides art. 58 (重大执法决定法制审核目录). */
  legalReview: { amountAtLeast: AmountThreshold; measures: Measure[] };
  /** Cases the bureau counts as 重大 for 集体讨论 (art. 57 para. 2) besides those flagged by the officer. */
  collectiveDeliberation: { amountAtLeast: AmountThreshold; measures: Measure[] };
  /** 加处罚款 rate in percent of the fine per day, at most 3 (art. 72 para. 1 item 1). */
  lateSurchargeRatePercent: number;
}

export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = deepFreeze({
  // Aligned with the documents' default (src/domain/documents/legal-periods.ts).
  statementPeriod: { days: 5, unit: 'workingDays' },
  rollCalendarPeriodsToWorkday: true,
  hearing: {
    // Unverified: the 2015 安全生产违法行为行政处罚办法 figures (个人 2万元以上, 生产经营单位 5万元以上).
    largeFine: { citizen: 20_000, organisation: 50_000 },
    largeConfiscation: { citizen: 20_000, organisation: 50_000 },
    measures: ['revokeLicence', 'suspendLicence', 'suspendProduction', 'suspendConstruction', 'closure', 'occupationBan'],
  },
  legalReview: {
    // Unverified placeholder: the hearing thresholds.
    amountAtLeast: { citizen: 20_000, organisation: 50_000 },
    measures: ['revokeLicence', 'suspendProduction', 'suspendConstruction', 'closure', 'occupationBan'],
  },
  collectiveDeliberation: {
    // Unverified placeholder.
    amountAtLeast: { citizen: 50_000, organisation: 200_000 },
    measures: ['revokeLicence', 'suspendProduction', 'suspendConstruction', 'closure'],
  },
  lateSurchargeRatePercent: 3,
});

export type WorkflowConfigInput = {
  [K in keyof WorkflowConfig]?: WorkflowConfig[K] extends Measure[] | number | boolean
    ? WorkflowConfig[K]
    : Partial<WorkflowConfig[K]>;
};

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const invalid = (field: string, value: unknown): DomainError =>
  new DomainError('VALIDATION_FAILED', `执法流程配置无效：${field}`, { field, value });

const checkAmount = (field: string, value: unknown): void => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(field, value);
};

const checkThreshold = (field: string, t: AmountThreshold): void => {
  checkAmount(`${field}.citizen`, t.citizen);
  checkAmount(`${field}.organisation`, t.organisation);
};

const checkMeasures = (field: string, measures: unknown): void => {
  if (!Array.isArray(measures) || measures.some((m) => typeof m !== 'string' || !(m in MEASURE_LABELS))) {
    throw invalid(field, measures);
  }
};

/** Defaults overlaid with `input`, checked and frozen. Throws DomainError('VALIDATION_FAILED'). */
export function resolveWorkflowConfig(input: WorkflowConfigInput = {}): WorkflowConfig {
  const d = DEFAULT_WORKFLOW_CONFIG;
  const config: WorkflowConfig = {
    statementPeriod: { ...d.statementPeriod, ...input.statementPeriod },
    rollCalendarPeriodsToWorkday: input.rollCalendarPeriodsToWorkday ?? d.rollCalendarPeriodsToWorkday,
    hearing: {
      largeFine: { ...d.hearing.largeFine, ...input.hearing?.largeFine },
      largeConfiscation: { ...d.hearing.largeConfiscation, ...input.hearing?.largeConfiscation },
      measures: [...(input.hearing?.measures ?? d.hearing.measures)],
    },
    legalReview: {
      amountAtLeast: { ...d.legalReview.amountAtLeast, ...input.legalReview?.amountAtLeast },
      measures: [...(input.legalReview?.measures ?? d.legalReview.measures)],
    },
    collectiveDeliberation: {
      amountAtLeast: { ...d.collectiveDeliberation.amountAtLeast, ...input.collectiveDeliberation?.amountAtLeast },
      measures: [...(input.collectiveDeliberation?.measures ?? d.collectiveDeliberation.measures)],
    },
    lateSurchargeRatePercent: input.lateSurchargeRatePercent ?? d.lateSurchargeRatePercent,
  };
  const { days, unit } = config.statementPeriod;
  if (!Number.isInteger(days) || days < 1 || days > 60) throw invalid('statementPeriod.days', days);
  if (unit !== 'workingDays' && unit !== 'calendarDays') throw invalid('statementPeriod.unit', unit);
  if (typeof config.rollCalendarPeriodsToWorkday !== 'boolean') {
    throw invalid('rollCalendarPeriodsToWorkday', config.rollCalendarPeriodsToWorkday);
  }
  checkThreshold('hearing.largeFine', config.hearing.largeFine);
  checkThreshold('hearing.largeConfiscation', config.hearing.largeConfiscation);
  checkMeasures('hearing.measures', config.hearing.measures);
  checkThreshold('legalReview.amountAtLeast', config.legalReview.amountAtLeast);
  checkMeasures('legalReview.measures', config.legalReview.measures);
  checkThreshold('collectiveDeliberation.amountAtLeast', config.collectiveDeliberation.amountAtLeast);
  checkMeasures('collectiveDeliberation.measures', config.collectiveDeliberation.measures);
  const rate = config.lateSurchargeRatePercent;
  // 行政处罚法 art. 72: 每日按罚款数额的百分之三加处罚款 — the ceiling; a lower rate is the authority's choice.
  if (typeof rate !== 'number' || !(rate > 0) || rate > 3) throw invalid('lateSurchargeRatePercent', rate);
  return deepFreeze(config);
}
