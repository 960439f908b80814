/**
 * The substantive tests of the penalty procedure as pure functions: when the simple procedure
 * may be used, when hearing rights arise, when legal review and collective deliberation are
 * required, limitation, one fine per act, and whether a penalty is heavier than another.
 * The case guards call these; the UI may call them to explain a case.
 */
import { addYears, compareDates, type IsoDate } from '../calendar/calendar.ts';
import { formatCitation, XINGZHENG_CHUFA_FA, xzcf } from '../calendar/citation.ts';
import type { LawRef, Measure } from '../legal/violation.ts';
import type { AmountThreshold, PartyKind, WorkflowConfig } from './config.ts';

/** A penalty as proposed, notified or decided. Amounts in yuan. */
export interface Penalty {
  /** The fine (0 when none). */
  amount: number;
  /** Other measures: warning, licence revocation, suspension… (orderCorrection is not a penalty, art. 28). */
  measures: Measure[];
  /** Value confiscated (没收违法所得、非法财物), if any. */
  confiscationAmount?: number;
  /** The penalty provision applied. */
  basis?: LawRef;
  /** Every provision the act breaks that provides a fine, with its maximum (art. 29). */
  applicableProvisions?: { ref: LawRef; maxFine: number }[];
  /** The discretion benchmark's range for the facts (#5), when the engine was run. */
  benchmark?: { min: number; max: number; tier?: string };
  /**
   * The statutory fine range of the penalty clause applied, in yuan for the case's facts, and the
   * provision (#5, set by the server from the engine). `reduced`: the computation applied 减轻
   * and cites it (行政处罚法第三十二条), which alone allows an amount under the minimum.
   */
  statutory?: { min: number; max: number; basis: LawRef; reduced?: LawRef };
  /** Why the amount leaves the benchmark's range. */
  deviationReason?: string;
}

export interface Reason {
  /** The provision (or 'config' for the bureau's own catalogue). */
  article: string;
  text: string;
}

const thresholdFor = (t: AmountThreshold, party: PartyKind): number => t[party];

// ——— Simple procedure (简易程序) ———

/** 行政处罚法 art. 51: on the spot, fines up to 200 yuan for a citizen, 3,000 for an organisation, or a warning. */
export const SIMPLE_PROCEDURE_LIMITS: Readonly<AmountThreshold> & { refs: LawRef[] } = Object.freeze({
  citizen: 200,
  organisation: 3_000,
  refs: [xzcf(51)],
});

const NOT_PENALTIES: readonly Measure[] = ['orderCorrection'];

export const simpleProcedureAllowed = (party: PartyKind, penalty: Penalty): boolean =>
  penalty.amount >= 0 &&
  penalty.amount <= thresholdFor(SIMPLE_PROCEDURE_LIMITS, party) &&
  (penalty.confiscationAmount ?? 0) === 0 &&
  penalty.measures.every((m) => m === 'warning' || NOT_PENALTIES.includes(m)) &&
  (penalty.amount > 0 || penalty.measures.includes('warning'));

// ——— Hearing rights (听证, art. 63) ———

export const hearingRightsReasons = (party: PartyKind, penalty: Penalty, config: WorkflowConfig): Reason[] => {
  const reasons: Reason[] = [];
  const fineAt = thresholdFor(config.hearing.largeFine, party);
  if (penalty.amount >= fineAt) {
    reasons.push({ article: formatCitation([xzcf(63, 1, 1)]), text: `较大数额罚款（${fineAt}元以上）` });
  }
  const confiscationAt = thresholdFor(config.hearing.largeConfiscation, party);
  if ((penalty.confiscationAmount ?? 0) >= confiscationAt) {
    reasons.push({ article: formatCitation([xzcf(63, 1, 2)]), text: `没收较大数额违法所得或者较大价值非法财物（${confiscationAt}元以上）` });
  }
  for (const m of penalty.measures.filter((x) => config.hearing.measures.includes(x))) {
    const item = m === 'revokeLicence' ? 3 : m === 'suspendLicence' ? 5 : 4;
    reasons.push({ article: formatCitation([xzcf(63, 1, item)]), text: MEASURE_TEXT[m] ?? m });
  }
  return reasons;
};

const MEASURE_TEXT: Partial<Record<Measure, string>> = {
  revokeLicence: '吊销许可证件',
  suspendLicence: '暂扣许可证件',
  suspendProduction: '责令停产停业',
  suspendConstruction: '责令停止建设或者停产停业整顿',
  closure: '责令关闭',
  occupationBan: '限制从业',
};

export const hearingRightsApply = (party: PartyKind, penalty: Penalty, config: WorkflowConfig): boolean =>
  hearingRightsReasons(party, penalty, config).length > 0;

// ——— Legal review (法制审核, art. 58) and collective deliberation (集体讨论, art. 57) ———

/** Facts the officer or leader records on the case (art. 57, 58). */
export interface CaseFlags {
  /** 涉及重大公共利益 (art. 58 item 1). */
  majorPublicInterest?: boolean;
  /** 直接关系当事人或者第三人重大权益 (art. 58 item 2, when a hearing was held). */
  majorRights?: boolean;
  /** 案件情况疑难复杂、涉及多个法律关系 (art. 58 item 3). */
  difficultMultipleRelations?: boolean;
  /** 法律、法规规定应当进行法制审核 (art. 58 item 4). */
  reviewRequiredByLaw?: boolean;
  /** 情节复杂 (art. 57 para. 2). */
  complexCircumstances?: boolean;
  /** 重大违法行为 (art. 57 para. 2). */
  majorViolation?: boolean;
}

const catalogueReasons = (
  party: PartyKind,
  penalty: Penalty,
  catalogue: { amountAtLeast: AmountThreshold; measures: Measure[] },
  article: string,
): Reason[] => {
  const reasons: Reason[] = [];
  const at = thresholdFor(catalogue.amountAtLeast, party);
  if (penalty.amount >= at) reasons.push({ article, text: `罚款${at}元以上` });
  for (const m of penalty.measures.filter((x) => catalogue.measures.includes(x))) {
    reasons.push({ article, text: MEASURE_TEXT[m] ?? m });
  }
  return reasons;
};

export const legalReviewReasons = (
  party: PartyKind,
  penalty: Penalty,
  flags: CaseFlags,
  hearingHeld: boolean,
  config: WorkflowConfig,
): Reason[] => {
  const reasons: Reason[] = [];
  const art58 = (item: number, text: string) => reasons.push({ article: formatCitation([xzcf(58, 1, item)]), text });
  if (flags.majorPublicInterest) art58(1, '涉及重大公共利益');
  if (flags.majorRights && hearingHeld) art58(2, '直接关系当事人或者第三人重大权益，经过听证程序');
  if (flags.difficultMultipleRelations) art58(3, '案件情况疑难复杂、涉及多个法律关系');
  if (flags.reviewRequiredByLaw) art58(4, '法律、法规规定应当进行法制审核');
  reasons.push(...catalogueReasons(party, penalty, config.legalReview, '本局重大执法决定法制审核目录'));
  return reasons;
};

export const collectiveDeliberationReasons = (
  party: PartyKind,
  penalty: Penalty,
  flags: CaseFlags,
  config: WorkflowConfig,
): Reason[] => {
  const reasons: Reason[] = [];
  const art57 = formatCitation([xzcf(57, 2)]);
  if (flags.complexCircumstances) reasons.push({ article: art57, text: '情节复杂' });
  if (flags.majorViolation) reasons.push({ article: art57, text: '重大违法行为' });
  reasons.push(...catalogueReasons(party, penalty, config.collectiveDeliberation, '本局重大案件集体讨论范围'));
  return reasons;
};

// ——— Limitation (art. 36) ———

/** The last day on which discovering the act still allows a penalty. */
export const limitationEnds = (actEndedOn: IsoDate, extended: boolean): IsoDate =>
  addYears(actEndedOn, extended ? 5 : 2);

export const withinLimitation = (actEndedOn: IsoDate, discoveredOn: IsoDate, extended: boolean): boolean =>
  compareDates(discoveredOn, limitationEnds(actEndedOn, extended)) <= 0;

// ——— One fine per act, highest provision wins (art. 29) ———

const sameRef = (a: LawRef, b: LawRef): boolean =>
  a.law === b.law && a.article === b.article && a.paragraph === b.paragraph && a.item === b.item;

/** When several provisions fine the act, the basis must be one with the highest maximum. */
export const highestProvisionChosen = (penalty: Penalty): boolean => {
  const provisions = penalty.applicableProvisions ?? [];
  if (provisions.length < 2 || penalty.amount === 0) return true;
  const basis = penalty.basis;
  if (basis === undefined) return false;
  const highest = Math.max(...provisions.map((p) => p.maxFine));
  return provisions.some((p) => sameRef(p.ref, basis) && p.maxFine === highest);
};

// ——— Discretion (art. 34) ———

export const deviatesFromBenchmark = (penalty: Penalty): boolean =>
  penalty.benchmark !== undefined && (penalty.amount < penalty.benchmark.min || penalty.amount > penalty.benchmark.max);

// ——— Statutory range (art. 4, art. 5 para. 2, art. 32) ———

const fen = (yuan: number): number => Math.round(yuan * 100);

/** 减轻处罚 cited from 行政处罚法 art. 32 (the rule that allows a fine under the statutory minimum). */
const citesReduction = (ref: LawRef | undefined): boolean => ref?.law === XINGZHENG_CHUFA_FA && ref.article === 32;

/**
 * Where the fine leaves the statutory range of the clause applied: above its maximum, or below its
 * minimum without a cited 减轻 (art. 32). No fine at all is not "below" for an act already fined
 * (art. 29 forbids a second fine). Undefined when inside, or when no range is known.
 */
export const statutoryRangeBreach = (penalty: Penalty, actAlreadyFined = false): 'above' | 'below' | undefined => {
  const s = penalty.statutory;
  if (s === undefined) return undefined;
  if (fen(penalty.amount) > fen(s.max)) return 'above';
  if (fen(penalty.amount) < fen(s.min) && !citesReduction(s.reduced) && !(actAlreadyFined && penalty.amount === 0)) return 'below';
  return undefined;
};

// ——— Comparing penalties (art. 44, 45) ———

const LIGHTEST: readonly Measure[] = ['warning'];

/** Whether `a` is heavier than `b` in any respect: more money, or a measure `b` did not have. */
export const isHeavier = (a: Penalty, b: Penalty): boolean => {
  if (a.amount > b.amount) return true;
  if ((a.confiscationAmount ?? 0) > (b.confiscationAmount ?? 0)) return true;
  const added = a.measures.filter((m) => !b.measures.includes(m) && !NOT_PENALTIES.includes(m));
  const bHadPenalty = b.amount > 0 || (b.confiscationAmount ?? 0) > 0 || b.measures.some((m) => !NOT_PENALTIES.includes(m));
  // A warning instead of a fine or another measure is lighter (警告 is the lightest kind, art. 9).
  return added.some((m) => !(LIGHTEST.includes(m) && bHadPenalty));
};
