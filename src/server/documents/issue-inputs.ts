/**
 * The data of each enforcement document, gathered from the record it belongs to: the party
 * (the enterprise), the issuing authority (the enterprise's 区县 bureau), the officers with
 * their certificate numbers, the legal basis from the violation and the case's penalty, the
 * numbers of the documents it refers to, the evidence on file.
 *
 * A document whose facts are incomplete (e.g. a notice with no evidence on file, an approval
 * without a violation) fails to build with VALIDATION_FAILED naming what is missing; the
 * issuer records the failure and the document can be issued again once the facts are there.
 */
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import type {
  DocumentInputs,
  DocumentKind,
  Evidence,
  Issuer,
  Officer,
  Party,
  PartyResponse,
  PaymentInstructions,
  PenaltyItem,
  Remedies,
} from '../../domain/documents/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { findViolation } from '../../domain/legal/catalogue/index.ts';
import type { LawRef } from '../../domain/legal/violation.ts';
import {
  CASE_SOURCE_LABELS,
  INSPECTION_TYPE_LABELS,
  hearingRightsReasons,
  type CaseRecord,
  type HazardRecord,
  type InspectionRecord,
  type OfficerOnDuty,
  type Penalty,
} from '../../domain/workflow/index.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { staffByIds } from '../workflow/staff.ts';
import { workflowConfigOf } from '../workflow/workflow-config.ts';
import { issuingUnit } from './issue.service.ts';

interface DocRow {
  id: string;
  kind: string;
  aggregate_type: 'inspection' | 'hazard' | 'case';
  aggregate_id: string;
  enterprise_id: string;
  number: string | null;
  created_at: Date;
}

const PAYMENT: PaymentInstructions = { electronic: '通过“渝快办”非税收入电子缴款系统缴纳' };

async function issuerAndRemedies(db: Database, enterpriseId: string): Promise<{ issuer: Issuer; remedies: Remedies }> {
  const unit = await issuingUnit(db, enterpriseId);
  if (unit.level === 'city') {
    return { issuer: { authorityName: '重庆市应急管理局' }, remedies: { reviewBody: '重庆市人民政府', court: '重庆市第一中级人民法院' } };
  }
  return {
    issuer: { authorityName: `重庆市${unit.name}应急管理局` },
    remedies: { reviewBody: `重庆市${unit.name}人民政府`, court: `重庆市${unit.name}人民法院` },
  };
}

async function partyOf(db: Database, enterpriseId: string): Promise<Party> {
  const e = await db.selectFrom('enterprises').selectAll().where('id', '=', enterpriseId).executeTakeFirstOrThrow();
  return {
    kind: 'unit',
    name: e.name,
    creditCode: e.credit_code,
    address: e.address,
    ...(e.legal_representative ? { legalRepresentative: e.legal_representative } : {}),
  };
}

async function officersOf(db: Database, onDuty: readonly OfficerOnDuty[]): Promise<Officer[]> {
  const members = await staffByIds(db, onDuty.map((o) => o.userId));
  return onDuty.map((o) => ({
    name: members.get(o.userId)?.name ?? o.name ?? '',
    certificateNo: o.certificate?.number ?? members.get(o.userId)?.certificate?.number ?? '',
  }));
}

async function row<T>(db: Database, table: 'inspections' | 'hazards' | 'cases', id: string): Promise<T & { record: Record<string, unknown> }> {
  const r = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new DomainError('NOT_FOUND', '记录不存在');
  return r as unknown as T & { record: Record<string, unknown> };
}

/** The number of the latest issued document of `kind` for the record, if any. */
async function issuedNumber(db: Database, aggregate: 'inspection' | 'hazard' | 'case', id: string | null, kind: DocumentKind): Promise<{ number: string; issuedAt: Date } | undefined> {
  if (!id) return undefined;
  const d = await db
    .selectFrom('documents')
    .select(['number', 'issued_at'])
    .where('aggregate_type', '=', aggregate)
    .where('aggregate_id', '=', id)
    .where('kind', '=', kind)
    .where('status', '=', 'issued')
    .orderBy('issued_at', 'desc')
    .executeTakeFirst();
  return d?.number && d.issued_at ? { number: d.number, issuedAt: d.issued_at } : undefined;
}

const localDateTime = (d: Date): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

const penaltyItems = (p: Penalty): PenaltyItem[] => [
  ...p.measures.filter((m) => m === 'warning').map((measure) => ({ kind: 'measure' as const, measure })),
  ...(p.amount > 0 ? [{ kind: 'fine' as const, amount: p.amount }] : []),
  ...p.measures.filter((m) => m !== 'warning').map((measure) => ({ kind: 'measure' as const, measure })),
];

const violatedOf = (code: string | null | undefined): LawRef[] => (code ? (findViolation(code)?.violated ?? []) : []);
const basisOf = (code: string | null | undefined, penalty?: Penalty): LawRef[] =>
  penalty?.basis ? [penalty.basis] : code ? (findViolation(code)?.penaltyBasis ?? []) : [];

/** Evidence on file for a case: its inspection's record, then uploaded files of the case, its hazard and inspection. */
async function evidenceOf(db: Database, c: { id: string; hazard_id: string | null; inspection_id: string | null }): Promise<Evidence[]> {
  const evidence: Evidence[] = [];
  const record = await issuedNumber(db, 'inspection', c.inspection_id, 'inspectionRecord');
  if (record) evidence.push({ name: '现场检查记录', detail: record.number });
  const owners = [
    { t: 'case' as const, id: c.id },
    ...(c.hazard_id ? [{ t: 'hazard' as const, id: c.hazard_id }] : []),
    ...(c.inspection_id ? [{ t: 'inspection' as const, id: c.inspection_id }] : []),
  ];
  for (const o of owners) {
    const files = await db
      .selectFrom('files')
      .select(['name', 'content_type'])
      .where('aggregate_type', '=', o.t)
      .where('aggregate_id', '=', o.id)
      .where('purpose', '=', 'evidence')
      .orderBy('created_at')
      .execute();
    for (const f of files) evidence.push({ name: f.content_type.startsWith('image/') ? '现场照片' : '书证', detail: f.name });
  }
  return evidence;
}

interface CaseRow {
  id: string;
  title: string;
  facts: string;
  violation_code: string | null;
  hazard_id: string | null;
  inspection_id: string | null;
  created_by: string | null;
  record: CaseRecord;
}

async function caseDocument(ctx: AppContext, doc: DocRow, base: { issuer: Issuer; number: string }, remedies: Remedies): Promise<DocumentInputs[DocumentKind]> {
  const db = ctx.db;
  const c = (await row<CaseRow>(db, 'cases', doc.aggregate_id)) as unknown as CaseRow;
  const r = c.record;
  const party = await partyOf(db, doc.enterprise_id);
  const officers = await officersOf(db, r.investigators);
  const config = workflowConfigOf(ctx.config);
  const today = isoDateInChina(ctx.now());
  const leaderName = async (id: string | undefined): Promise<string | undefined> => (id ? (await staffByIds(db, [id])).get(id)?.name : undefined);
  const handler = { opinion: '', signer: officers[0]?.name ?? '' };
  /** What the penalty notices and the decision state alike: party, facts, evidence, the law broken and the penalty's basis. */
  const penaltyGrounds = async (penalty: Penalty) => ({
    ...base,
    party,
    facts: c.facts,
    evidence: await evidenceOf(db, c),
    violated: violatedOf(c.violation_code),
    penaltyBasis: basisOf(c.violation_code, penalty),
    ...(penalty.deviationReason ? { discretionReason: penalty.deviationReason } : {}),
  });
  switch (doc.kind as DocumentKind) {
    case 'filingApproval':
      return {
        ...base,
        caseName: c.title,
        source: CASE_SOURCE_LABELS[r.source],
        discoveredOn: r.discoveredOn,
        party,
        summary: c.facts,
        violated: violatedOf(c.violation_code),
        penaltyBasis: basisOf(c.violation_code),
        officers,
        opinions: {
          handler: { ...handler, opinion: '建议立案调查', date: r.filedOn ?? today },
          review: {},
          approval: { opinion: '同意立案', date: r.filedOn ?? today },
        },
      };
    case 'penaltyNotice':
    case 'hearingNotice': {
      const notice = r.notice;
      const penalty = notice?.penalty ?? r.proposal;
      if (!penalty) throw new DomainError('VALIDATION_FAILED', '案件尚无拟处罚内容');
      const input = {
        ...(await penaltyGrounds(penalty)),
        proposedPenalties: penaltyItems(penalty),
        ...(config.statementPeriod.unit === 'workingDays' ? { statementPeriodWorkingDays: config.statementPeriod.days } : {}),
        issuedOn: notice?.servedOn ?? today,
      };
      if (doc.kind === 'penaltyNotice') return input;
      const grounds = hearingRightsReasons(r.partyKind, penalty, config).map((g) => g.text);
      return { ...input, hearingGround: grounds.join('、') || '较大数额罚款' };
    }
    case 'penaltyDecision': {
      const decision = r.decision;
      if (!decision) throw new DomainError('VALIDATION_FAILED', '案件尚未作出决定');
      const penalty = decision.penalty;
      const noticeKind = r.notice?.hearingRights ? 'hearingNotice' : 'penaltyNotice';
      const noticeDoc = r.notice ? await issuedNumber(db, 'case', c.id, noticeKind) : undefined;
      const lastStatement = (r.statements ?? []).at(-1);
      const partyResponse: PartyResponse | undefined =
        decision.outcome === 'onSpot'
          ? undefined
          : r.hearing?.heldOn && r.hearing.outcome === 'held'
            ? { kind: 'hearing', heldOn: r.hearing.heldOn, summary: '当事人在听证中进行了陈述、申辩', review: '经复核，当事人提出的事实、理由和证据不成立，不予采纳' }
            : r.waiver?.statement
              ? { kind: 'waived' }
              : lastStatement
                ? {
                    kind: 'statement',
                    summary: lastStatement.summary,
                    review: lastStatement.accepted ? '经复核，当事人提出的事实、理由和证据成立，予以采纳' : '经复核，当事人提出的事实、理由和证据不成立，不予采纳',
                  }
                : { kind: 'none' };
      return {
        ...(await penaltyGrounds(penalty)),
        penalties: penaltyItems(penalty),
        ...(r.notice && noticeDoc ? { notice: { kind: noticeKind, number: noticeDoc.number, servedOn: r.notice.servedOn } } : {}),
        ...(partyResponse ? { partyResponse } : {}),
        ...(penalty.amount > 0 ? { payment: PAYMENT } : {}),
        remedies,
        decidedOn: decision.decidedOn,
      };
    }
    case 'instalmentApproval': {
      const payment = r.payment;
      const decision = r.decision;
      const decisionDoc = await issuedNumber(db, 'case', c.id, 'penaltyDecision');
      if (!payment?.application || !decision) throw new DomainError('VALIDATION_FAILED', '案件没有已批准的延期（分期）缴纳申请');
      return {
        ...base,
        caseName: c.title,
        party,
        decision: { number: decisionDoc?.number ?? '', decidedOn: decision.decidedOn, fine: payment.amount },
        // Paid before the approval: the instalments (or the deferral) cover the rest.
        paid: payment.application.paidBefore ?? 0,
        appliedOn: payment.application.appliedOn,
        reason: payment.application.financialDifficulty,
        arrangement: payment.deferredUntil
          ? { kind: 'deferral', until: payment.deferredUntil }
          : { kind: 'instalments', schedule: (payment.instalments ?? []).map((x) => ({ dueOn: x.dueDate, amount: x.amount })) },
        opinions: {
          handler: { ...handler, opinion: '当事人确有经济困难，建议批准', date: payment.application.appliedOn },
          review: {},
          approval: { opinion: '同意', signer: (await leaderName(payment.application.approvedBy)) ?? '', date: payment.application.approvedOn },
        },
      };
    }
    case 'closingApproval': {
      const decision = r.decision;
      const decisionDoc = await issuedNumber(db, 'case', c.id, 'penaltyDecision');
      const payment = r.payment;
      const execution = payment
        ? payment.paid >= payment.amount + (payment.surcharge ?? 0)
          ? `当事人已缴清罚款${payment.amount}元${payment.surcharge ? `及加处罚款${payment.surcharge}元` : ''}`
          : `已申请人民法院强制执行${r.courtEnforcement?.outcome ? `，${r.courtEnforcement.outcome}` : ''}`
        : r.transfer
          ? `已移送${r.transfer.to}`
          : r.withdrawal
            ? `案件已撤销：${r.withdrawal.reason}`
            : '无需执行';
      const outcome = r.transfer ? '移送司法机关' : r.withdrawal ? '撤销案件' : decision?.outcome === 'noPenalty' ? '不予行政处罚' : undefined;
      return {
        ...base,
        caseName: c.title,
        party,
        filedOn: r.filedOn ?? decision?.decidedOn ?? today,
        ...(decision && decision.outcome !== 'noPenalty' && decisionDoc
          ? { decision: { number: decisionDoc.number, decidedOn: decision.decidedOn, penalties: penaltyItems(decision.penalty) } }
          : {}),
        ...(outcome ? { outcome } : decision && !decisionDoc ? { outcome: '作出行政处罚决定' } : {}),
        execution,
        closingReason: '行政处罚决定已执行完毕，符合结案条件',
        officers,
        opinions: { handler: { ...handler, opinion: '建议结案', date: r.closedOn ?? today }, review: {}, approval: { opinion: '同意结案', date: r.closedOn ?? today } },
      };
    }
    default:
      throw new DomainError('UNKNOWN_KEY', `案件不出具此类文书：${doc.kind}`);
  }
}

interface InspectionRow {
  id: string;
  type: keyof typeof INSPECTION_TYPE_LABELS;
  date: string;
  started_at: Date | null;
  finished_at: Date | null;
  record: InspectionRecord;
}

interface HazardRow {
  id: string;
  inspection_id: string | null;
  description: string;
  violation_code: string | null;
  created_at: Date;
  participant_ids: string[];
  record: HazardRecord;
}

async function hazardOfficers(db: Database, h: HazardRow): Promise<Officer[]> {
  if (h.inspection_id) {
    const i = (await row<InspectionRow>(db, 'inspections', h.inspection_id)) as unknown as InspectionRow;
    return officersOf(db, i.record.officers);
  }
  const members = await staffByIds(db, h.participant_ids);
  return [...members.values()].filter((m) => m.certificate).map((m) => ({ name: m.name, certificateNo: m.certificate!.number }));
}

/** The input of `doc`'s kind, numbered `doc.number`. */
export async function buildDocumentInput(ctx: AppContext, doc: DocRow): Promise<DocumentInputs[DocumentKind]> {
  const db = ctx.db;
  if (!doc.number) throw new DomainError('VALIDATION_FAILED', '文书尚未编号');
  const { issuer, remedies } = await issuerAndRemedies(db, doc.enterprise_id);
  const base = { issuer, number: doc.number };
  if (doc.aggregate_type === 'case') return caseDocument(ctx, doc, base, remedies);
  const party = await partyOf(db, doc.enterprise_id);
  if (doc.aggregate_type === 'inspection') {
    if (doc.kind !== 'inspectionRecord') throw new DomainError('UNKNOWN_KEY', `检查不出具此类文书：${doc.kind}`);
    const i = (await row<InspectionRow>(db, 'inspections', doc.aggregate_id)) as unknown as InspectionRow;
    const r = i.record;
    const hazards = await db.selectFrom('hazards').select(['description', 'violation_code', 'record']).where('inspection_id', '=', i.id).orderBy('created_at').execute();
    const findings = [
      ...(r.findings ?? []).map((f) => ({ description: f.description })),
      ...hazards.map((h) => ({ description: h.description, ...(h.violation_code ? { violated: violatedOf(h.violation_code) } : {}) })),
    ];
    const started = i.started_at ? localDateTime(i.started_at) : `${r.date}T09:00`;
    const ended = i.finished_at ? localDateTime(i.finished_at) : started;
    const checklist = (r.checklist ?? []).map((c) => c.item);
    return {
      ...base,
      party,
      place: party.address,
      startedAt: started,
      endedAt: ended < started ? started : ended,
      officers: await officersOf(db, r.officers),
      ...(r.enterpriseSignature ? { partyPresent: { name: r.enterpriseSignature.signedBy } } : {}),
      scope: checklist.length > 0 ? checklist.join('、') : INSPECTION_TYPE_LABELS[i.type],
      findings,
      ...(hazards.length > 0 ? { handling: `对发现的${hazards.length}项事故隐患依法责令整改。` } : {}),
      ...(r.enterpriseRefusal ? { partyRefusedToSign: true } : {}),
    };
  }
  const h = (await row<HazardRow>(db, 'hazards', doc.aggregate_id)) as unknown as HazardRow;
  const r = h.record;
  const officers = await hazardOfficers(db, h);
  const order = r.order;
  if (!order) throw new DomainError('VALIDATION_FAILED', '隐患尚未下达整改指令');
  if (doc.kind === 'rectificationOrder') {
    const inspection = h.inspection_id ? ((await row<InspectionRow>(db, 'inspections', h.inspection_id)) as unknown as InspectionRow) : undefined;
    const recordNo = await issuedNumber(db, 'inspection', h.inspection_id, 'inspectionRecord');
    return {
      ...base,
      party,
      inspectedOn: inspection?.record.date ?? order.orderedOn,
      ...(recordNo ? { inspectionRecordNumber: recordNo.number } : {}),
      hazards: [
        {
          description: h.description,
          ...(r.violation?.code ? { violated: violatedOf(r.violation.code) } : {}),
          deadline: order.action === 'immediate' ? 'immediate' : order.dueDate,
        },
      ],
      remedies,
      officers,
      issuedOn: order.orderedOn,
    };
  }
  if (doc.kind === 'reinspectionOpinion') {
    const last = r.reinspections?.at(-1);
    if (!last) throw new DomainError('VALIDATION_FAILED', '隐患尚无复查记录');
    const orderNo = await issuedNumber(db, 'hazard', h.id, 'rectificationOrder');
    return {
      ...base,
      party,
      order: { number: orderNo?.number ?? '', issuedOn: order.orderedOn },
      reinspectedOn: last.on,
      items: [{ description: h.description, rectified: last.passed, ...(last.note ? { note: last.note } : {}) }],
      ...(last.note ? { opinion: last.note } : {}),
      officers,
      issuedOn: last.on,
    };
  }
  throw new DomainError('UNKNOWN_KEY', `隐患不出具此类文书：${doc.kind}`);
}

