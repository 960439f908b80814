/**
 * 行政处罚案件 — the penalty case (行政处罚法 2021).
 *
 * Simple procedure (简易程序, art. 51): draft → decideOnSpot → served.
 * General procedure: draft → file (立案) → investigating (调查取证) → propose (拟处罚) →
 * notify (告知; 陈述申辩, 听证 rights) → [hearing] → [legal review] → [collective deliberation]
 * → decide (or 不予处罚 / 移送司法机关 / 撤销案件) → serve (送达) → payment, instalments,
 * surcharge, court enforcement (执行) → close (结案) → archive (归档).
 *
 * Every guard is a named rule citing its article; the facts come from the case record (as the
 * service loaded it) and the event's input.
 */
import { defineGuard } from './guard.ts';
import { addWorkingDays, compareDates, type IsoDate } from '../calendar/calendar.ts';
import { formatCitation, xzcf } from '../calendar/citation.ts';
import { computeDeadline, type Deadline } from '../calendar/periods.ts';
import { MEASURE_LABELS, type Measure } from '../legal/violation.ts';
import type { PartyKind, WorkflowConfig } from './config.ts';
import { MIN_OFFICERS, certifiedOn, distinctOfficers, uncertifiedOn, type OfficerOnDuty } from './officers.ts';
import {
  collectiveDeliberationReasons,
  deviatesFromBenchmark,
  hearingRightsApply,
  hearingRightsReasons,
  highestProvisionChosen,
  isHeavier,
  legalReviewReasons,
  limitationEnds,
  simpleProcedureAllowed,
  statutoryRangeBreach,
  withinLimitation,
  type CaseFlags,
  type Penalty,
} from './penalty-rules.ts';
import { lateSurcharge } from './surcharge.ts';
import type { DeadlineRef, GuardContext, GuardRule, Machine, Outcome, TransitionDef } from './types.ts';

/** 案件来源: inspection finding, tip, transfer from another authority, accident. */
export type CaseSource = 'inspection' | 'tip' | 'transfer' | 'accident';

export const CASE_SOURCE_LABELS: Readonly<Record<CaseSource, string>> = {
  inspection: '监督检查发现',
  tip: '投诉举报',
  transfer: '其他机关移送',
  accident: '事故调查',
};

export type CaseState =
  | 'draft'
  | 'notFiled'
  | 'investigating'
  | 'proposed'
  | 'notified'
  | 'hearingRequested'
  | 'hearingScheduled'
  | 'heard'
  | 'legalReview'
  | 'reviewed'
  | 'deliberation'
  | 'deliberated'
  | 'decided'
  | 'served'
  | 'courtEnforcement'
  | 'transferred'
  | 'withdrawn'
  | 'closed'
  | 'archived';

export type CaseEvent =
  | 'file'
  | 'dismiss'
  | 'decideOnSpot'
  | 'preserveEvidence'
  | 'decidePreservedEvidence'
  | 'propose'
  | 'notify'
  | 'recordStatement'
  | 'reviewStatement'
  | 'waiveRights'
  | 'requestHearing'
  | 'scheduleHearing'
  | 'holdHearing'
  | 'submitForReview'
  | 'passReview'
  | 'failReview'
  | 'submitForDeliberation'
  | 'recordDeliberation'
  | 'extendDecisionPeriod'
  | 'decide'
  | 'decideNoPenalty'
  | 'transfer'
  | 'withdraw'
  | 'serve'
  | 'approveInstalments'
  | 'recordPayment'
  | 'assessSurcharge'
  | 'recordAppeal'
  | 'endAppeal'
  | 'applyCourtEnforcement'
  | 'close'
  | 'archive';

export interface Reviewer {
  userId: string;
  /** Holds the national legal professional qualification (法律职业资格). */
  hasLegalQualification: boolean;
  /** Reviews penalty decisions for the first time (初次从事法制审核, art. 58 para. 2). */
  firstTimeReviewer: boolean;
}

export interface CaseNotice {
  servedOn: IsoDate;
  /** The penalty the party was told of. */
  penalty: Penalty;
  hearingRights: boolean;
  statementDueDate: IsoDate;
  hearingRequestDueDate?: IsoDate;
}

export interface PaymentRecord {
  /** The fine due. */
  amount: number;
  dueDate: IsoDate;
  paid: number;
  /** 加处罚款 assessed (art. 72). */
  surcharge?: number;
  instalments?: { ref: string; dueDate: IsoDate; amount: number }[];
  deferredUntil?: IsoDate;
  /**
   * The approved application; `paidBefore`: what was paid when it was approved (the instalments
   * or the deferral cover the rest).
   */
  application?: { appliedOn: IsoDate; financialDifficulty: string; approvedBy: string; approvedOn: IsoDate; paidBefore?: number };
}

export interface CaseRecord {
  partyKind: PartyKind;
  source: CaseSource;
  /** The day the act ended (the end of a continuing act, art. 36). */
  actEndedOn: IsoDate;
  discoveredOn: IsoDate;
  /** 涉及公民生命健康安全、金融安全且有危害后果 — five-year limitation (art. 36). */
  harmToLifeHealthOrFinance?: boolean;
  /** The same act was already fined (art. 29). */
  actAlreadyFined?: boolean;
  /** 办案人员 (investigators); for the simple procedure, the officers on the spot. */
  investigators: OfficerOnDuty[];
  flags?: CaseFlags;
  filedOn?: IsoDate;
  proposal?: Penalty;
  notice?: CaseNotice | null;
  statements?: { receivedOn: IsoDate; summary: string; reviewed: boolean; accepted?: boolean }[];
  waiver?: { statement: boolean; hearing: boolean; recordedOn: IsoDate } | null;
  hearing?: {
    requestedOn: IsoDate;
    date?: IsoDate;
    chairId?: string;
    notifiedOn?: IsoDate;
    heldOn?: IsoDate;
    outcome?: 'held' | 'deemedWaived';
  } | null;
  legalReview?: { reviewer: Reviewer; submittedOn: IsoDate; passed?: boolean; completedOn?: IsoDate; opinion?: string } | null;
  deliberation?: { submittedOn: IsoDate; heldOn?: IsoDate; conclusion?: string } | null;
  decisionExtension?: { dueDate: IsoDate; basis: string; approvedBy: string; approvedOn: IsoDate } | null;
  evidencePreservation?: { preservedOn: IsoDate; approvedBy: string; decidedOn?: IsoDate } | null;
  decision?: {
    decidedOn: IsoDate;
    outcome: 'penalty' | 'noPenalty' | 'onSpot';
    penalty: Penalty;
    reason?: string;
    decidedBy: string;
  } | null;
  service?: { servedOn: IsoDate; method: ServiceMethod } | null;
  payment?: PaymentRecord | null;
  /** 行政复议 / 行政诉讼 periods (surcharge not counted, art. 73). */
  appeals?: { kind: 'review' | 'litigation'; from: IsoDate; to?: IsoDate }[];
  courtEnforcement?: { appliedOn: IsoDate; outcome?: string } | null;
  transfer?: { transferredOn: IsoDate; to: string; reason: string } | null;
  withdrawal?: { withdrawnOn: IsoDate; reason: string } | null;
  dismissal?: { dismissedOn: IsoDate; reason: string } | null;
  closedOn?: IsoDate;
  archivedOn?: IsoDate;
}

/** 直接送达 / 当场交付 / 电子送达 (with the party's signed consent, art. 61 para. 2) / 邮寄 / 其他. */
export type ServiceMethod = 'inPerson' | 'onSpot' | 'electronic' | 'mail' | 'other';

export interface CaseInput {
  /** The day the fact happened (filed, served, requested, paid…); default today. */
  date?: IsoDate;
  /** propose, reviewStatement (revised), decide (final; default the proposal), decideOnSpot. */
  penalty?: Penalty;
  reason?: string;
  /** decideOnSpot: the party was told the facts, reasons and basis, and heard on the spot (art. 44, 45). */
  partyInformed?: boolean;
  /** preserveEvidence: the leader who approved (经负责人批准, art. 56). */
  approvedBy?: string;
  /** recordStatement. */
  summary?: string;
  /** reviewStatement: the statement's facts, reasons or evidence hold (art. 45). */
  accepted?: boolean;
  /** waiveRights: the party expressly waives (art. 62). */
  waiveStatement?: boolean;
  waiveHearing?: boolean;
  /** scheduleHearing. */
  hearingDate?: IsoDate;
  chairId?: string;
  /** scheduleHearing: when the party was notified of time and place (default today). */
  notifiedOn?: IsoDate;
  /** holdHearing: the party stayed away without good reason (deemed waived, art. 64 item 6). */
  partyAbsent?: boolean;
  /** submitForReview. */
  reviewer?: Reviewer;
  /** passReview / failReview. */
  opinion?: string;
  /** recordDeliberation. */
  conclusion?: string;
  /** extendDecisionPeriod: the new due date and the rule that allows it (art. 60). */
  dueDate?: IsoDate;
  basis?: string;
  /** transfer: the judicial organ. */
  transferTo?: string;
  /** serve. */
  method?: ServiceMethod;
  electronicConsent?: boolean;
  /** approveInstalments (art. 66). */
  appliedOn?: IsoDate;
  financialDifficulty?: string;
  instalments?: { dueDate: IsoDate; amount: number }[];
  deferredUntil?: IsoDate;
  /** recordPayment. */
  amount?: number;
  /** assessSurcharge: percent per day, at most the configured rate. */
  ratePercent?: number;
  /** recordAppeal. */
  appealKind?: 'review' | 'litigation';
}

type C = GuardContext<CaseState, CaseRecord, CaseInput>;

// ——— derived facts ———

const penaltyOf = (c: C): Penalty | undefined => c.input.penalty ?? c.record.proposal;
const factDate = (c: C): IsoDate => c.input.date ?? c.today;
const fen = (yuan: number): number => Math.round(yuan * 100);
const hearingHeld = (r: CaseRecord): boolean => r.hearing?.outcome === 'held';

/** The last day to decide: filing + 90 days, or the approved extension (art. 60). */
export const decisionDueDate = (record: CaseRecord, config: WorkflowConfig): IsoDate | undefined => {
  if (record.decisionExtension) return record.decisionExtension.dueDate;
  if (record.filedOn === undefined) return undefined;
  return computeDeadline('decision', record.filedOn, { rollToWorkday: config.rollCalendarPeriodsToWorkday }).dueDate;
};

export const legalReviewRequirement = (record: CaseRecord, penalty: Penalty | undefined, config: WorkflowConfig) =>
  penalty === undefined ? [] : legalReviewReasons(record.partyKind, penalty, record.flags ?? {}, hearingHeld(record), config);

export const collectiveDeliberationRequirement = (record: CaseRecord, penalty: Penalty | undefined, config: WorkflowConfig) =>
  penalty === undefined ? [] : collectiveDeliberationReasons(record.partyKind, penalty, record.flags ?? {}, config);

/** What was paid before the instalment plan or deferral was approved (the plan covers the rest). */
const paidBeforePlan = (payment: PaymentRecord): number => payment.application?.paidBefore ?? 0;

/** The amount the party owes by `date` (instalments due so far, or all once the due date passed) and what is unpaid. */
export const paymentStatus = (payment: PaymentRecord, date: IsoDate) => {
  const total = payment.amount + (payment.surcharge ?? 0);
  const finalDue = payment.deferredUntil ?? payment.instalments?.at(-1)?.dueDate ?? payment.dueDate;
  const dueByDate = payment.instalments
    ? payment.instalments.filter((i) => compareDates(i.dueDate, date) < 0).reduce((s, i) => s + i.amount, paidBeforePlan(payment))
    : compareDates(finalDue, date) < 0
      ? payment.amount
      : 0;
  return {
    total,
    finalDue,
    outstanding: Math.max(0, (fen(total) - fen(payment.paid)) / 100),
    overdue: fen(dueByDate) > fen(payment.paid),
  };
};

const investigatorIds = (r: CaseRecord): Set<string> => new Set(r.investigators.map((o) => o.userId));

// ——— guards ———

const guard = defineGuard<C>;

export const CASE_GUARDS = {
  'case.twoInvestigators': guard(
    'case.twoInvestigators',
    [xzcf(42)],
    '行政处罚应当由两名以上具有行政执法资格的执法人员实施',
    (c) => distinctOfficers(c.record.investigators).length >= MIN_OFFICERS,
    { code: 'NOT_ENOUGH_OFFICERS' },
  ),
  'case.investigatorCertificates': guard(
    'case.investigatorCertificates',
    [xzcf(42), xzcf(55)],
    '至少两名办案人员须持有当日有效的行政执法证件',
    (c) => certifiedOn(c.record.investigators, factDate(c)).length >= MIN_OFFICERS,
    { code: 'CERTIFICATE_INVALID', details: (c) => ({ date: factDate(c), invalid: uncertifiedOn(c.record.investigators, factDate(c)) }) },
  ),
  'case.limitation': guard(
    'case.limitation',
    [xzcf(36)],
    '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，期限为五年',
    (c) => withinLimitation(c.record.actEndedOn, c.record.discoveredOn, c.record.harmToLifeHealthOrFinance === true),
    {
      details: (c) => ({
        actEndedOn: c.record.actEndedOn,
        discoveredOn: c.record.discoveredOn,
        limitationEnds: limitationEnds(c.record.actEndedOn, c.record.harmToLifeHealthOrFinance === true),
      }),
    },
  ),
  'case.simpleProcedureLimits': guard(
    'case.simpleProcedureLimits',
    [xzcf(51)],
    '当场处罚仅限对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告',
    (c) => c.input.penalty !== undefined && simpleProcedureAllowed(c.record.partyKind, c.input.penalty),
    { usesInput: true },
  ),
  'case.onSpotPartyHeard': guard(
    'case.onSpotPartyHeard',
    [xzcf(44), xzcf(45)],
    '当场作出处罚决定前，须告知当事人处罚内容及事实、理由、依据，并听取其陈述、申辩',
    (c) => c.input.partyInformed === true,
    { usesInput: true },
  ),
  'case.oneFinePerAct': guard(
    'case.oneFinePerAct',
    [xzcf(29)],
    '对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚',
    (c) => !(c.record.actAlreadyFined === true && (penaltyOf(c)?.amount ?? 0) > 0),
  ),
  'case.highestProvision': guard(
    'case.highestProvision',
    [xzcf(29)],
    '同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚',
    (c) => c.input.penalty === undefined || highestProvisionChosen(c.input.penalty),
    { usesInput: true },
  ),
  'case.withinStatutoryRange': guard(
    'case.withinStatutoryRange',
    [xzcf(4), xzcf(5, 2), xzcf(32)],
    '罚款数额须在所适用罚则规定的罚款幅度内：不得高于法定最高数额；低于法定最低数额的，须有依法减轻处罚的情形',
    (c) => c.input.penalty === undefined || statutoryRangeBreach(c.input.penalty, c.record.actAlreadyFined === true) === undefined,
    {
      usesInput: true,
      details: (c) => {
        const p = c.input.penalty!;
        const s = p.statutory!;
        return { amount: p.amount, statutory: { min: s.min, max: s.max }, provision: formatCitation([s.basis]), breach: statutoryRangeBreach(p, c.record.actAlreadyFined === true) };
      },
    },
  ),
  'case.deviationJustified': guard(
    'case.deviationJustified',
    [xzcf(34)],
    '拟处罚数额偏离裁量基准的，须说明理由并记录在案',
    (c) => {
      const p = c.input.penalty;
      return p === undefined || !deviatesFromBenchmark(p) || Boolean(p.deviationReason?.trim());
    },
    { usesInput: true, policy: true },
  ),
  'case.partyNotified': guard(
    'case.partyNotified',
    [xzcf(44), xzcf(62)],
    '作出行政处罚决定前，须告知当事人拟作出的处罚内容及事实、理由、依据和依法享有的权利',
    (c) => Boolean(c.record.notice),
  ),
  'case.statementPeriodClosed': guard(
    'case.statementPeriodClosed',
    [xzcf(45), xzcf(62)],
    '陈述申辩期限届满前不得作出决定，当事人明确放弃陈述、申辩权利的除外',
    (c) =>
      c.record.waiver?.statement === true ||
      (c.record.notice != null && compareDates(c.today, c.record.notice.statementDueDate) > 0),
    { details: (c) => ({ statementDueDate: c.record.notice?.statementDueDate }) },
  ),
  'case.statementsReviewed': guard(
    'case.statementsReviewed',
    [xzcf(45)],
    '对当事人提出的事实、理由和证据应当进行复核后方可作出决定',
    (c) => (c.record.statements ?? []).every((s) => s.reviewed),
  ),
  'case.hearingWindowClosed': guard(
    'case.hearingWindowClosed',
    [xzcf(64, undefined, 1), xzcf(85)],
    '听证申请期限（告知后五个工作日）届满前不得作出决定，当事人明确放弃听证的除外',
    (c) => {
      const n = c.record.notice;
      if (!n?.hearingRights || c.record.waiver?.hearing === true || c.record.hearing?.requestedOn) return true;
      return n.hearingRequestDueDate !== undefined && compareDates(c.today, n.hearingRequestDueDate) > 0;
    },
    { details: (c) => ({ hearingRequestDueDate: c.record.notice?.hearingRequestDueDate }) },
  ),
  'case.hearingConcluded': guard(
    'case.hearingConcluded',
    [xzcf(64), xzcf(65)],
    '当事人要求听证的，应当组织听证，听证结束后方可作出决定',
    (c) => !c.record.hearing?.requestedOn || c.record.hearing.heldOn !== undefined,
  ),
  'case.noHeavierAfterStatement': guard(
    'case.noHeavierAfterStatement',
    [xzcf(45)],
    '不得因当事人陈述、申辩而给予更重的处罚',
    (c) => {
      const p = penaltyOf(c);
      const heard = (c.record.statements ?? []).length > 0 || hearingHeld(c.record);
      return !heard || !c.record.notice || p === undefined || !isHeavier(p, c.record.notice.penalty);
    },
    { usesInput: true },
  ),
  'case.withinNotifiedPenalty': guard(
    'case.withinNotifiedPenalty',
    [xzcf(44)],
    '拟作出比告知内容更重的处罚的，须重新告知当事人',
    (c) => {
      const p = penaltyOf(c);
      return !c.record.notice || p === undefined || !isHeavier(p, c.record.notice.penalty);
    },
    { usesInput: true },
  ),
  'case.legalReviewPassed': guard(
    'case.legalReviewPassed',
    [xzcf(58)],
    '本案须经法制审核，未经法制审核或者审核未通过的，不得作出决定',
    (c) => legalReviewRequirement(c.record, penaltyOf(c), c.config).length === 0 || c.record.legalReview?.passed === true,
    { details: (c) => ({ reasons: legalReviewRequirement(c.record, penaltyOf(c), c.config) }) },
  ),
  'case.reviewerNotInvestigator': guard(
    'case.reviewerNotInvestigator',
    [xzcf(43)],
    '法制审核人员不得为本案调查人员',
    (c) => {
      const reviewer = c.input.reviewer ?? c.record.legalReview?.reviewer;
      return reviewer === undefined || !investigatorIds(c.record).has(reviewer.userId);
    },
    { usesInput: true, policy: true },
  ),
  'case.reviewerQualified': guard(
    'case.reviewerQualified',
    [xzcf(58, 2)],
    '初次从事行政处罚决定法制审核的人员，应当取得法律职业资格',
    (c) => {
      const reviewer = c.input.reviewer;
      return reviewer === undefined || !reviewer.firstTimeReviewer || reviewer.hasLegalQualification;
    },
    { usesInput: true },
  ),
  'case.assignedReviewer': guard(
    'case.assignedReviewer',
    [xzcf(58)],
    '仅指定的法制审核人员可以作出审核意见，且其不得为本案调查人员',
    (c) => c.record.legalReview?.reviewer.userId === c.actor.id && !investigatorIds(c.record).has(c.actor.id),
    { policy: true },
  ),
  'case.collectiveDeliberationHeld': guard(
    'case.collectiveDeliberationHeld',
    [xzcf(57, 2)],
    '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定',
    (c) =>
      collectiveDeliberationRequirement(c.record, penaltyOf(c), c.config).length === 0 ||
      c.record.deliberation?.heldOn !== undefined,
    { details: (c) => ({ reasons: collectiveDeliberationRequirement(c.record, penaltyOf(c), c.config) }) },
  ),
  'case.decisionTimeLimit': guard(
    'case.decisionTimeLimit',
    [xzcf(60)],
    '应当自立案之日起九十日内作出决定；依法延长的，须有批准记录',
    (c) => {
      const due = decisionDueDate(c.record, c.config);
      return due === undefined || compareDates(c.today, due) <= 0;
    },
    { details: (c) => ({ dueDate: decisionDueDate(c.record, c.config), extended: Boolean(c.record.decisionExtension) }) },
  ),
  'case.extensionBasis': guard(
    'case.extensionBasis',
    [xzcf(60)],
    '延长办案期限须依据法律、法规、规章的规定，并晚于原期限',
    (c) => {
      const due = decisionDueDate(c.record, c.config);
      return (
        Boolean(c.input.basis?.trim()) &&
        c.input.dueDate !== undefined &&
        (due === undefined || compareDates(c.input.dueDate, due) > 0)
      );
    },
    { usesInput: true },
  ),
  'case.hearingRightsApply': guard(
    'case.hearingRightsApply',
    [xzcf(63)],
    '拟作出的处罚不属于应当告知听证权利的情形',
    (c) => c.record.notice?.hearingRights === true,
  ),
  'case.hearingRequestInTime': guard(
    'case.hearingRequestInTime',
    [xzcf(64, undefined, 1), xzcf(85)],
    '当事人要求听证的，应当在行政机关告知后五个工作日内提出',
    (c) => {
      const due = c.record.notice?.hearingRequestDueDate;
      return due !== undefined && compareDates(factDate(c), due) <= 0;
    },
    { details: (c) => ({ hearingRequestDueDate: c.record.notice?.hearingRequestDueDate, requestedOn: factDate(c) }) },
  ),
  'case.hearingChairNotInvestigator': guard(
    'case.hearingChairNotInvestigator',
    [xzcf(64, undefined, 4)],
    '听证由行政机关指定的非本案调查人员主持',
    (c) => c.input.chairId === undefined || !investigatorIds(c.record).has(c.input.chairId),
    { usesInput: true },
  ),
  'case.hearingNoticeInTime': guard(
    'case.hearingNoticeInTime',
    [xzcf(64, undefined, 2), xzcf(85)],
    '应当在举行听证的七个工作日前通知当事人听证的时间、地点',
    (c) => {
      if (c.input.hearingDate === undefined) return true;
      const latest = addWorkingDays(c.input.hearingDate, -7).date;
      return compareDates(c.input.notifiedOn ?? c.today, latest) <= 0;
    },
    {
      usesInput: true,
      details: (c) => ({
        latestNoticeDate: c.input.hearingDate === undefined ? undefined : addWorkingDays(c.input.hearingDate, -7).date,
      }),
    },
  ),
  'case.hearingDateReached': guard(
    'case.hearingDateReached',
    [xzcf(64)],
    '听证须在通知的日期举行',
    (c) => c.record.hearing?.date !== undefined && compareDates(factDate(c), c.record.hearing.date) >= 0,
  ),
  'case.statementPending': guard(
    'case.statementPending',
    [xzcf(45)],
    '没有待复核的陈述、申辩',
    (c) => (c.record.statements ?? []).some((s) => !s.reviewed),
  ),
  'case.waiverExpress': guard(
    'case.waiverExpress',
    [xzcf(62)],
    '放弃陈述、申辩或者听证的，须由当事人明确表示',
    (c) => c.input.waiveStatement === true || c.input.waiveHearing === true,
    { usesInput: true },
  ),
  'case.evidencePreservationOpen': guard(
    'case.evidencePreservationOpen',
    [xzcf(56)],
    '没有待处理的先行登记保存证据',
    (c) => Boolean(c.record.evidencePreservation) && c.record.evidencePreservation?.decidedOn === undefined,
  ),
  'case.electronicServiceConsent': guard(
    'case.electronicServiceConsent',
    [xzcf(61, 2)],
    '采用传真、电子邮件等方式送达的，须经当事人同意并签订确认书',
    (c) => c.input.method !== 'electronic' || c.input.electronicConsent === true,
    { usesInput: true },
  ),
  'case.instalmentApplication': guard(
    'case.instalmentApplication',
    [xzcf(66, 2)],
    '延期或者分期缴纳罚款须由当事人以确有经济困难为由提出申请',
    (c) => c.input.appliedOn !== undefined && Boolean(c.input.financialDifficulty?.trim()),
    { usesInput: true },
  ),
  'case.instalmentPlan': guard(
    'case.instalmentPlan',
    [xzcf(66, 2)],
    '分期计划各期金额之和须等于未缴罚款，暂缓缴纳须晚于原缴款期限',
    (c) => {
      const payment = c.record.payment;
      if (!payment) return false;
      const { instalments, deferredUntil } = c.input;
      if ((instalments === undefined) === (deferredUntil === undefined)) return false;
      if (deferredUntil !== undefined) return compareDates(deferredUntil, payment.dueDate) > 0;
      const list = instalments ?? [];
      const sorted = list.every((x, i) => i === 0 || compareDates(list[i - 1]!.dueDate, x.dueDate) < 0);
      const sum = list.reduce((s, x) => s + fen(x.amount), 0);
      return (
        list.length >= 2 &&
        sorted &&
        list.every((x) => x.amount > 0 && compareDates(x.dueDate, c.today) >= 0) &&
        sum === fen(payment.amount) - fen(payment.paid)
      );
    },
    { usesInput: true },
  ),
  'case.paymentOverdue': guard(
    'case.paymentOverdue',
    [xzcf(72, 1)],
    '当事人到期不缴纳罚款的，方可加处罚款或者申请强制执行',
    (c) => Boolean(c.record.payment) && paymentStatus(c.record.payment!, c.today).overdue,
  ),
  'case.executionComplete': guard(
    'case.executionComplete',
    [xzcf(66)],
    '罚款（含加处罚款）缴清或者强制执行终结后方可结案',
    (c) => {
      if (c.state !== 'served' && c.state !== 'courtEnforcement') return true;
      const payment = c.record.payment;
      if (!payment) return true;
      if (paymentStatus(payment, c.today).outstanding === 0) return true;
      return c.state === 'courtEnforcement' && Boolean(c.input.reason?.trim());
    },
    { usesInput: true },
  ),
  'case.appealOpen': guard(
    'case.appealOpen',
    [xzcf(73, 3)],
    '没有正在进行的行政复议或者行政诉讼',
    (c) => (c.record.appeals ?? []).some((a) => a.to === undefined),
  ),
} satisfies Record<string, GuardRule<C>>;

export type CaseGuardId = keyof typeof CASE_GUARDS;

// ——— input shape ———

const validAmount = (x: unknown): boolean =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && Math.abs(fen(x) - x * 100) < 1e-6;

/** A penalty's amounts are yuan to the fen, not negative; its measures are known. */
export const penaltyProblems = (p: Penalty | undefined): Record<string, unknown> | undefined => {
  if (p === undefined) return undefined;
  const problems: string[] = [];
  if (!validAmount(p.amount)) problems.push('penalty.amount');
  if (p.confiscationAmount !== undefined && !validAmount(p.confiscationAmount)) problems.push('penalty.confiscationAmount');
  if (!Array.isArray(p.measures) || p.measures.some((m) => !(m in MEASURE_LABELS))) problems.push('penalty.measures');
  if (p.benchmark !== undefined && !(validAmount(p.benchmark.min) && validAmount(p.benchmark.max) && p.benchmark.min <= p.benchmark.max)) {
    problems.push('penalty.benchmark');
  }
  if (p.statutory !== undefined && !(validAmount(p.statutory.min) && validAmount(p.statutory.max) && p.statutory.min <= p.statutory.max)) {
    problems.push('penalty.statutory');
  }
  return problems.length > 0 ? { fields: problems } : undefined;
};

const validatePenalty = (input: CaseInput) => penaltyProblems(input.penalty);

// ——— transitions ———

const roll = (c: C) => ({ rollToWorkday: c.config.rollCalendarPeriodsToWorkday });

const statementDeadline = (c: C, from: IsoDate): Deadline =>
  computeDeadline('statement', from, { days: c.config.statementPeriod.days, unit: c.config.statementPeriod.unit, ...roll(c) });

/** The pre-decision deadlines a decision (or its end) settles. */
const PRE_DECISION: DeadlineRef[] = [{ kind: 'statement' }, { kind: 'hearingRequest' }];

const paymentOpening = (c: C, penalty: Penalty, servedOn: IsoDate): Pick<Outcome<CaseRecord>, 'update' | 'deadlinesToOpen'> => {
  if (penalty.amount <= 0) return {};
  const deadline = computeDeadline('payment', servedOn, roll(c));
  return {
    update: { payment: { amount: penalty.amount, dueDate: deadline.dueDate, paid: 0 } },
    deadlinesToOpen: [deadline],
  };
};

const BEFORE_DECISION: readonly CaseState[] = [
  'investigating',
  'proposed',
  'notified',
  'hearingRequested',
  'hearingScheduled',
  'heard',
  'legalReview',
  'reviewed',
  'deliberation',
  'deliberated',
];

/** The party has been notified and heard (art. 44, 45, 62, 64): checked before review, deliberation and decision. */
const HEARD: CaseGuardId[] = [
  'case.partyNotified',
  'case.statementPeriodClosed',
  'case.statementsReviewed',
  'case.hearingWindowClosed',
  'case.hearingConcluded',
];

type CaseTransition = TransitionDef<CaseState, CaseEvent, CaseRecord, CaseInput> & { guards: readonly CaseGuardId[] };

const CASE_TRANSITIONS: readonly CaseTransition[] = [
  {
    event: 'file',
    label: '立案',
    from: ['draft'],
    to: 'investigating',
    roles: ['leader'],
    guards: ['case.twoInvestigators', 'case.investigatorCertificates', 'case.limitation'],
    apply: (c) => {
      const filedOn = factDate(c);
      return {
        update: { filedOn },
        deadlinesToOpen: [computeDeadline('decision', filedOn, roll(c))],
        effects: [{ type: 'generateDocument', document: 'filingApproval' }],
      };
    },
  },
  {
    event: 'dismiss',
    label: '不予立案',
    from: ['draft'],
    to: 'notFiled',
    roles: ['leader'],
    requires: ['reason'],
    guards: [],
    apply: (c) => ({ update: { dismissal: { dismissedOn: c.today, reason: c.input.reason ?? '' } } }),
  },
  {
    event: 'decideOnSpot',
    validate: validatePenalty,
    label: '当场处罚（简易程序）',
    from: ['draft'],
    to: 'served',
    roles: ['officer'],
    requires: ['penalty', 'partyInformed'],
    guards: [
      'case.twoInvestigators',
      'case.investigatorCertificates',
      'case.limitation',
      'case.oneFinePerAct',
      'case.simpleProcedureLimits',
      'case.withinStatutoryRange',
      'case.onSpotPartyHeard',
    ],
    apply: (c) => {
      const penalty = c.input.penalty!;
      const payment = paymentOpening(c, penalty, c.today);
      return {
        update: {
          decision: { decidedOn: c.today, outcome: 'onSpot', penalty, decidedBy: c.actor.id },
          service: { servedOn: c.today, method: 'onSpot' },
          ...payment.update,
        },
        deadlinesToOpen: [...(payment.deadlinesToOpen ?? []), computeDeadline('publication', c.today)],
        effects: [{ type: 'generateDocument', document: 'penaltyDecision' }, { type: 'publishDecision' }],
      };
    },
  },
  {
    event: 'preserveEvidence',
    label: '先行登记保存证据',
    from: ['investigating'],
    to: 'same',
    roles: ['officer'],
    requires: ['approvedBy'],
    guards: [],
    apply: (c) => ({
      update: { evidencePreservation: { preservedOn: factDate(c), approvedBy: c.input.approvedBy ?? '' } },
      deadlinesToOpen: [computeDeadline('evidencePreservationDecision', factDate(c))],
    }),
  },
  {
    event: 'decidePreservedEvidence',
    label: '作出证据处理决定',
    from: BEFORE_DECISION,
    to: 'same',
    roles: ['officer', 'leader'],
    guards: ['case.evidencePreservationOpen'],
    apply: (c) => ({
      update: { evidencePreservation: { ...c.record.evidencePreservation!, decidedOn: factDate(c) } },
      deadlinesToSatisfy: [{ kind: 'evidencePreservationDecision' }],
    }),
  },
  {
    event: 'propose',
    validate: validatePenalty,
    label: '拟作出处罚',
    from: ['investigating'],
    to: 'proposed',
    roles: ['officer'],
    requires: ['penalty'],
    guards: ['case.oneFinePerAct', 'case.highestProvision', 'case.withinStatutoryRange', 'case.deviationJustified', 'case.noHeavierAfterStatement'],
    apply: (c) => ({ update: { proposal: c.input.penalty! } }),
  },
  {
    event: 'notify',
    label: '告知当事人',
    from: ['proposed'],
    to: 'notified',
    roles: ['officer'],
    guards: [],
    apply: (c) => {
      const servedOn = factDate(c);
      const penalty = c.record.proposal!;
      const hearingRights = hearingRightsApply(c.record.partyKind, penalty, c.config);
      const statement = statementDeadline(c, servedOn);
      const hearing = hearingRights ? computeDeadline('hearingRequest', servedOn) : undefined;
      return {
        update: {
          notice: {
            servedOn,
            penalty,
            hearingRights,
            statementDueDate: statement.dueDate,
            ...(hearing ? { hearingRequestDueDate: hearing.dueDate } : {}),
          },
          waiver: null,
          hearing: null,
        },
        deadlinesToOpen: hearing ? [statement, hearing] : [statement],
        effects: [
          { type: 'generateDocument', document: 'penaltyNotice' },
          ...(hearingRights ? [{ type: 'generateDocument' as const, document: 'hearingNotice' as const }] : []),
        ],
        audit: { hearingRights: hearingRightsReasons(c.record.partyKind, penalty, c.config) },
      };
    },
  },
  {
    event: 'recordStatement',
    label: '记录陈述申辩',
    from: ['notified'],
    to: 'same',
    roles: ['officer', 'enterprise_user'],
    requires: ['summary'],
    guards: [],
    apply: (c) => ({
      update: {
        statements: [...(c.record.statements ?? []), { receivedOn: factDate(c), summary: c.input.summary ?? '', reviewed: false }],
      },
    }),
  },
  {
    event: 'reviewStatement',
    validate: validatePenalty,
    label: '复核陈述申辩',
    from: ['notified'],
    to: 'same',
    roles: ['officer'],
    requires: ['accepted'],
    guards: ['case.statementPending', 'case.withinStatutoryRange', 'case.noHeavierAfterStatement'],
    apply: (c) => ({
      update: {
        statements: (c.record.statements ?? []).map((s) => (s.reviewed ? s : { ...s, reviewed: true, accepted: c.input.accepted === true })),
        ...(c.input.penalty ? { proposal: c.input.penalty } : {}),
      },
    }),
  },
  {
    event: 'waiveRights',
    label: '记录当事人放弃权利',
    from: ['notified'],
    to: 'same',
    roles: ['officer', 'enterprise_user'],
    guards: ['case.waiverExpress'],
    apply: (c) => {
      const statement = c.input.waiveStatement === true || c.record.waiver?.statement === true;
      const hearing = c.input.waiveHearing === true || c.record.waiver?.hearing === true;
      return {
        update: { waiver: { statement, hearing, recordedOn: factDate(c) } },
        deadlinesToSatisfy: [
          ...(c.input.waiveStatement ? [{ kind: 'statement' as const }] : []),
          ...(c.input.waiveHearing ? [{ kind: 'hearingRequest' as const }] : []),
        ],
      };
    },
  },
  {
    event: 'requestHearing',
    label: '申请听证',
    from: ['notified'],
    to: 'hearingRequested',
    roles: ['officer', 'enterprise_user'],
    guards: ['case.hearingRightsApply', 'case.hearingRequestInTime'],
    apply: (c) => ({
      update: { hearing: { requestedOn: factDate(c) } },
      deadlinesToSatisfy: [{ kind: 'hearingRequest' }],
    }),
  },
  {
    event: 'scheduleHearing',
    label: '安排听证',
    from: ['hearingRequested'],
    to: 'hearingScheduled',
    roles: ['officer', 'leader'],
    requires: ['hearingDate', 'chairId'],
    guards: ['case.hearingChairNotInvestigator', 'case.hearingNoticeInTime'],
    apply: (c) => ({
      update: {
        hearing: {
          ...c.record.hearing!,
          date: c.input.hearingDate!,
          chairId: c.input.chairId!,
          notifiedOn: c.input.notifiedOn ?? c.today,
        },
      },
      effects: [{ type: 'notifyParty', message: '听证通知' }],
    }),
  },
  {
    event: 'holdHearing',
    label: '举行听证',
    from: ['hearingScheduled'],
    to: 'heard',
    roles: ['officer', 'leader'],
    guards: ['case.hearingDateReached'],
    apply: (c) => ({
      update: {
        hearing: { ...c.record.hearing!, heldOn: factDate(c), outcome: c.input.partyAbsent ? 'deemedWaived' : 'held' },
      },
    }),
  },
  {
    event: 'submitForReview',
    label: '提交法制审核',
    from: ['notified', 'heard'],
    to: 'legalReview',
    roles: ['officer'],
    requires: ['reviewer'],
    guards: [...HEARD, 'case.reviewerNotInvestigator', 'case.reviewerQualified'],
    apply: (c) => ({ update: { legalReview: { reviewer: c.input.reviewer!, submittedOn: c.today } } }),
  },
  {
    event: 'passReview',
    label: '法制审核通过',
    from: ['legalReview'],
    to: 'reviewed',
    roles: ['legal_reviewer'],
    guards: ['case.assignedReviewer'],
    apply: (c) => ({
      update: {
        legalReview: {
          ...c.record.legalReview!,
          passed: true,
          completedOn: c.today,
          ...(c.input.opinion === undefined ? {} : { opinion: c.input.opinion }),
        },
      },
    }),
  },
  {
    event: 'failReview',
    label: '法制审核不通过（退回）',
    from: ['legalReview'],
    to: 'investigating',
    roles: ['legal_reviewer'],
    requires: ['opinion'],
    guards: ['case.assignedReviewer'],
    apply: (c) => ({
      update: { legalReview: { ...c.record.legalReview!, passed: false, completedOn: c.today, opinion: c.input.opinion ?? '' } },
    }),
  },
  {
    event: 'submitForDeliberation',
    label: '提交集体讨论',
    from: ['notified', 'heard', 'reviewed'],
    to: 'deliberation',
    roles: ['officer', 'leader'],
    guards: [...HEARD, 'case.legalReviewPassed'],
    apply: (c) => ({ update: { deliberation: { submittedOn: c.today } } }),
  },
  {
    event: 'recordDeliberation',
    label: '记录集体讨论决定',
    from: ['deliberation'],
    to: 'deliberated',
    roles: ['leader'],
    requires: ['conclusion'],
    guards: [],
    apply: (c) => ({
      update: { deliberation: { ...c.record.deliberation!, heldOn: factDate(c), conclusion: c.input.conclusion ?? '' } },
    }),
  },
  {
    event: 'extendDecisionPeriod',
    label: '延长办案期限',
    from: BEFORE_DECISION,
    to: 'same',
    roles: ['leader'],
    requires: ['dueDate', 'basis'],
    guards: ['case.extensionBasis'],
    apply: (c) => ({
      update: {
        decisionExtension: { dueDate: c.input.dueDate!, basis: c.input.basis!, approvedBy: c.actor.id, approvedOn: c.today },
      },
      deadlinesToCancel: [{ kind: 'decision' }],
      deadlinesToOpen: [computeDeadline('decisionExtended', c.today, { dueDate: c.input.dueDate! })],
    }),
  },
  {
    event: 'decide',
    validate: validatePenalty,
    label: '作出处罚决定',
    // Offered from every stage where a decision is the next step or is still early, so the UI
    // can show the rule that blocks it (not yet notified, hearing pending…). Not while a legal
    // review or a deliberation is under way: those end with their own events.
    from: ['proposed', 'notified', 'hearingRequested', 'hearingScheduled', 'heard', 'reviewed', 'deliberated'],
    to: 'decided',
    roles: ['leader'],
    guards: [
      ...HEARD,
      'case.withinStatutoryRange',
      'case.noHeavierAfterStatement',
      'case.withinNotifiedPenalty',
      'case.oneFinePerAct',
      'case.legalReviewPassed',
      'case.collectiveDeliberationHeld',
      'case.decisionTimeLimit',
    ],
    apply: (c) => {
      const penalty = penaltyOf(c)!;
      return {
        update: { decision: { decidedOn: c.today, outcome: 'penalty', penalty, decidedBy: c.actor.id } },
        deadlinesToSatisfy: [{ kind: 'decision' }, ...PRE_DECISION],
        deadlinesToOpen: [computeDeadline('service', c.today), computeDeadline('publication', c.today)],
        effects: [{ type: 'generateDocument', document: 'penaltyDecision' }, { type: 'publishDecision' }],
      };
    },
  },
  {
    event: 'decideNoPenalty',
    label: '不予行政处罚',
    from: BEFORE_DECISION.filter((s) => s !== 'hearingRequested' && s !== 'hearingScheduled' && s !== 'legalReview' && s !== 'deliberation'),
    to: 'decided',
    roles: ['leader'],
    requires: ['reason'],
    guards: ['case.decisionTimeLimit'],
    apply: (c) => ({
      update: {
        decision: {
          decidedOn: c.today,
          outcome: 'noPenalty',
          penalty: { amount: 0, measures: [] },
          reason: c.input.reason ?? '',
          decidedBy: c.actor.id,
        },
      },
      deadlinesToSatisfy: [{ kind: 'decision' }, ...PRE_DECISION],
      deadlinesToOpen: [computeDeadline('service', c.today)],
      effects: [{ type: 'notifyParty', message: '不予行政处罚决定' }],
    }),
  },
  {
    event: 'transfer',
    label: '移送司法机关',
    from: BEFORE_DECISION,
    to: 'transferred',
    roles: ['leader'],
    requires: ['reason', 'transferTo'],
    guards: [],
    apply: (c) => ({
      update: { transfer: { transferredOn: c.today, to: c.input.transferTo ?? '', reason: c.input.reason ?? '' } },
      deadlinesToSatisfy: [{ kind: 'decision' }],
      deadlinesToCancel: [...PRE_DECISION, { kind: 'evidencePreservationDecision' }],
      effects: [{ type: 'transferToJudiciary', to: c.input.transferTo ?? '' }],
    }),
  },
  {
    event: 'withdraw',
    label: '撤销案件',
    from: BEFORE_DECISION,
    to: 'withdrawn',
    roles: ['leader'],
    requires: ['reason'],
    guards: [],
    apply: (c) => ({
      update: { withdrawal: { withdrawnOn: c.today, reason: c.input.reason ?? '' } },
      deadlinesToCancel: [{ kind: 'decision' }, ...PRE_DECISION, { kind: 'evidencePreservationDecision' }],
    }),
  },
  {
    event: 'serve',
    label: '送达决定书',
    from: ['decided'],
    to: 'served',
    roles: ['officer'],
    guards: ['case.electronicServiceConsent'],
    apply: (c) => {
      const servedOn = factDate(c);
      const penalty = c.record.decision?.penalty ?? { amount: 0, measures: [] as Measure[] };
      const payment = paymentOpening(c, penalty, servedOn);
      return {
        update: { service: { servedOn, method: c.input.method ?? 'inPerson' }, ...payment.update },
        deadlinesToSatisfy: [{ kind: 'service' }],
        deadlinesToOpen: payment.deadlinesToOpen ?? [],
      };
    },
  },
  {
    event: 'approveInstalments',
    validate: (input) =>
      (input.instalments ?? []).every((x) => validAmount(x.amount)) ? undefined : { fields: ['instalments.amount'] },
    label: '批准延期（分期）缴纳',
    from: ['served'],
    to: 'same',
    roles: ['leader'],
    requires: ['appliedOn', 'financialDifficulty'],
    guards: ['case.instalmentApplication', 'case.instalmentPlan'],
    apply: (c) => {
      const payment = c.record.payment!;
      const application = {
        appliedOn: c.input.appliedOn!,
        financialDifficulty: c.input.financialDifficulty!,
        approvedBy: c.actor.id,
        approvedOn: c.today,
        paidBefore: payment.paid,
      };
      if (c.input.deferredUntil !== undefined) {
        return {
          update: { payment: { ...payment, deferredUntil: c.input.deferredUntil, application } },
          deadlinesToCancel: [{ kind: 'payment' }],
          deadlinesToOpen: [computeDeadline('deferral', c.today, { dueDate: c.input.deferredUntil })],
          effects: [{ type: 'generateDocument', document: 'instalmentApproval' }],
        };
      }
      const instalments = (c.input.instalments ?? []).map((x, i) => ({ ref: `instalment-${i + 1}`, ...x }));
      return {
        update: { payment: { ...payment, instalments, application } },
        deadlinesToCancel: [{ kind: 'payment' }],
        deadlinesToOpen: instalments.map((x) => computeDeadline('instalment', c.today, { dueDate: x.dueDate, ref: x.ref })),
        effects: [{ type: 'generateDocument', document: 'instalmentApproval' }],
      };
    },
  },
  {
    event: 'recordPayment',
    validate: (input) => (validAmount(input.amount) && (input.amount ?? 0) > 0 ? undefined : { fields: ['amount'] }),
    label: '登记缴款',
    from: ['served', 'courtEnforcement'],
    to: 'same',
    roles: ['officer'],
    requires: ['amount'],
    guards: [],
    apply: (c) => {
      const payment = c.record.payment ?? { amount: 0, dueDate: c.today, paid: 0 };
      const paid = (fen(payment.paid) + fen(c.input.amount ?? 0)) / 100;
      const next = { ...payment, paid };
      // Instalments cover the fine after what was paid before the plan, in their order.
      let covered = fen(paidBeforePlan(payment));
      const satisfied: DeadlineRef[] = payment.instalments
        ? payment.instalments
            .filter((x) => {
              covered += fen(x.amount);
              return covered <= fen(paid) && covered > fen(payment.paid);
            })
            .map((x) => ({ kind: 'payment', ref: x.ref }))
        : fen(paid) >= fen(payment.amount) && fen(payment.paid) < fen(payment.amount)
          ? [{ kind: 'payment' }]
          : [];
      return { update: { payment: next }, deadlinesToSatisfy: satisfied, audit: { paidOn: factDate(c) } };
    },
  },
  {
    event: 'assessSurcharge',
    validate: (input) =>
      input.ratePercent === undefined || (input.ratePercent > 0 && input.ratePercent <= 3) ? undefined : { fields: ['ratePercent'] },
    label: '加处罚款',
    from: ['served', 'courtEnforcement'],
    to: 'same',
    roles: ['leader'],
    guards: ['case.paymentOverdue'],
    apply: (c) => {
      const payment = c.record.payment!;
      const rate = Math.min(c.input.ratePercent ?? c.config.lateSurchargeRatePercent, c.config.lateSurchargeRatePercent);
      const surcharge = lateSurcharge({
        fine: payment.amount,
        dueDate: paymentStatus(payment, c.today).finalDue,
        asOf: factDate(c),
        ratePercent: rate,
        excludedPeriods: c.record.appeals ?? [],
      });
      return { update: { payment: { ...payment, surcharge: surcharge.amount } }, audit: { surcharge } };
    },
  },
  {
    event: 'recordAppeal',
    label: '登记行政复议/行政诉讼',
    from: ['decided', 'served', 'courtEnforcement'],
    to: 'same',
    roles: ['officer'],
    requires: ['appealKind'],
    guards: [],
    apply: (c) => ({
      update: { appeals: [...(c.record.appeals ?? []), { kind: c.input.appealKind!, from: factDate(c) }] },
    }),
  },
  {
    event: 'endAppeal',
    label: '登记复议/诉讼终结',
    from: ['decided', 'served', 'courtEnforcement'],
    to: 'same',
    roles: ['officer'],
    guards: ['case.appealOpen'],
    apply: (c) => ({
      update: { appeals: (c.record.appeals ?? []).map((a) => (a.to === undefined ? { ...a, to: factDate(c) } : a)) },
    }),
  },
  {
    event: 'applyCourtEnforcement',
    label: '申请人民法院强制执行',
    from: ['served'],
    to: 'courtEnforcement',
    roles: ['leader'],
    guards: ['case.paymentOverdue'],
    apply: (c) => ({
      update: { courtEnforcement: { appliedOn: c.today } },
      effects: [{ type: 'applyCourtEnforcement' }],
    }),
  },
  {
    event: 'close',
    label: '结案',
    from: ['served', 'courtEnforcement', 'transferred', 'withdrawn'],
    to: 'closed',
    roles: ['leader'],
    guards: ['case.executionComplete'],
    apply: (c) => ({
      update: {
        closedOn: c.today,
        ...(c.state === 'courtEnforcement' && c.input.reason
          ? { courtEnforcement: { ...c.record.courtEnforcement!, outcome: c.input.reason } }
          : {}),
      },
      effects: [{ type: 'generateDocument', document: 'closingApproval' }],
    }),
  },
  {
    event: 'archive',
    label: '归档',
    from: ['closed'],
    to: 'archived',
    roles: ['officer', 'leader', 'admin'],
    guards: [],
    apply: (c) => ({ update: { archivedOn: c.today } }),
  },
];

export const CASE_MACHINE: Machine<CaseState, CaseEvent, CaseRecord, CaseInput> = {
  aggregate: 'case',
  states: [
    'draft',
    'notFiled',
    ...BEFORE_DECISION,
    'decided',
    'served',
    'courtEnforcement',
    'transferred',
    'withdrawn',
    'closed',
    'archived',
  ],
  stateLabels: {
    draft: '待立案',
    notFiled: '不予立案',
    investigating: '调查取证',
    proposed: '案件审查（拟处罚）',
    notified: '已告知',
    hearingRequested: '已申请听证',
    hearingScheduled: '待听证',
    heard: '听证结束',
    legalReview: '法制审核中',
    reviewed: '法制审核通过',
    deliberation: '集体讨论中',
    deliberated: '集体讨论完成',
    decided: '已决定',
    served: '已送达（执行中）',
    courtEnforcement: '申请强制执行',
    transferred: '已移送司法机关',
    withdrawn: '已撤销',
    closed: '已结案',
    archived: '已归档',
  },
  initial: 'draft',
  final: ['notFiled', 'archived'],
  events: CASE_TRANSITIONS.map((t) => t.event),
  guards: CASE_GUARDS,
  transitions: CASE_TRANSITIONS,
};
