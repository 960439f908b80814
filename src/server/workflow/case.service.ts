/**
 * 行政处罚案件: opening a case (party, source, the act's dates for the limitation period,
 * investigators, the violation), correcting its facts before the decision, the penalty
 * suggestion from the discretion engine, and the detail with what the procedure requires
 * (hearing rights, legal review, collective deliberation). State changes go through
 * transition.service.ts; a hazard's overdue rectification opens a case here (安全生产法第一百零二条).
 */
import type { Transaction } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import type { LawRef } from '../../domain/legal/violation.ts';
import type { CaseDetail, StoredDiscretion } from '../../domain/views/workflow.ts';
import {
  collectiveDeliberationRequirement,
  decisionDueDate,
  hearingRightsReasons,
  legalReviewRequirement,
  type CaseFlags,
  type CaseRecord,
  type CaseSource,
  type HazardRecord,
  type InspectionRecord,
  type PartyKind,
} from '../../domain/workflow/index.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { getEnterprise } from '../enterprises/enterprise.service.ts';
import { loadVisible, lockRow } from './aggregate-store.ts';
import { violationCitations } from './hazard.service.ts';
import { checkViolationCode } from './inputs.ts';
import { insertRecord, noteChange, updateRecord, type FieldChanges } from './record-writes.ts';
import { suggestPenalty, type DiscretionInput } from './penalty.ts';
import { officerViews, onDuty, requireStaff } from './staff.ts';
import { detailBase } from './views.ts';
import { workflowConfigOf } from './workflow-config.ts';

export interface NewCase {
  enterpriseId: string;
  title: string;
  partyKind: PartyKind;
  source: CaseSource;
  actEndedOn: string;
  discoveredOn: string;
  investigatorIds: string[];
  violationCode?: string;
  hazardId?: string;
  inspectionId?: string;
  facts?: string;
  harmToLifeHealthOrFinance?: boolean;
  actAlreadyFined?: boolean;
  flags?: CaseFlags;
}

export interface CasePatch {
  version: number;
  title?: string;
  facts?: string;
  violationCode?: string | null;
  investigatorIds?: string[];
  flags?: CaseFlags;
  harmToLifeHealthOrFinance?: boolean;
  actAlreadyFined?: boolean;
}

async function insertCase(
  ctx: AppContext,
  actor: Actor,
  c: { enterpriseId: string; title: string; facts: string; violationCode: string | null; hazardId: string | null; inspectionId: string | null; record: CaseRecord; participants: string[] },
  origin: AuditOrigin,
  trxWork?: (caseId: string, trx: Transaction<DB>) => Promise<void>,
): Promise<string> {
  return insertRecord(
    ctx,
    actor,
    'case',
    {
      columns: {
        enterprise_id: c.enterpriseId,
        title: c.title,
        facts: c.facts,
        violation_code: c.violationCode,
        party_kind: c.record.partyKind,
        hazard_id: c.hazardId,
        inspection_id: c.inspectionId,
        discretion: null,
      },
      record: c.record,
      participants: c.participants,
      data: {
        enterpriseId: c.enterpriseId,
        title: c.title,
        violationCode: c.violationCode,
        ...(c.violationCode ? { citations: violationCitations(c.violationCode).citations } : {}),
        hazardId: c.hazardId,
        inspectionId: c.inspectionId,
        source: c.record.source,
        partyKind: c.record.partyKind,
        actEndedOn: c.record.actEndedOn,
        discoveredOn: c.record.discoveredOn,
        investigators: c.record.investigators,
      },
    },
    origin,
    trxWork,
  );
}

export async function createCase(ctx: AppContext, actor: Actor, input: NewCase, origin: AuditOrigin): Promise<string> {
  await getEnterprise(ctx, actor, input.enterpriseId);
  checkViolationCode(input.violationCode);
  if (input.discoveredOn < input.actEndedOn) {
    throw new DomainError('VALIDATION_FAILED', '发现日期不能早于违法行为终了日期', { key: 'discoveredOn' });
  }
  for (const [key, aggregate, id] of [['hazardId', 'hazard', input.hazardId], ['inspectionId', 'inspection', input.inspectionId]] as const) {
    if (!id) continue;
    const linked = await loadVisible(ctx.db, actor, aggregate, id).catch(() => undefined);
    if (!linked || linked.enterprise_id !== input.enterpriseId) {
      throw new DomainError('VALIDATION_FAILED', '关联记录不存在或不属于该生产经营单位', { key });
    }
  }
  const investigators = await requireStaff(ctx.db, actor, input.investigatorIds, ['officer'], 'investigatorIds');
  const record: CaseRecord = {
    partyKind: input.partyKind,
    source: input.source,
    actEndedOn: input.actEndedOn,
    discoveredOn: input.discoveredOn,
    investigators: onDuty(investigators),
    ...(input.harmToLifeHealthOrFinance !== undefined ? { harmToLifeHealthOrFinance: input.harmToLifeHealthOrFinance } : {}),
    ...(input.actAlreadyFined !== undefined ? { actAlreadyFined: input.actAlreadyFined } : {}),
    ...(input.flags ? { flags: input.flags } : {}),
  };
  return insertCase(
    ctx,
    actor,
    {
      enterpriseId: input.enterpriseId,
      title: input.title.trim(),
      facts: input.facts?.trim() ?? '',
      violationCode: input.violationCode ?? null,
      hazardId: input.hazardId ?? null,
      inspectionId: input.inspectionId ?? null,
      record,
      participants: [...investigators.map((i) => i.id), actor.id],
    },
    origin,
  );
}

/**
 * The openPenaltyCase effect of a hazard's `openCase`: a draft case for the overdue
 * rectification (安全生产法第一百零二条), investigated by the hazard's inspection officers.
 */
export async function openCaseFromHazard(ctx: AppContext, actor: Actor, hazardId: string, basis: LawRef[], origin: AuditOrigin): Promise<string> {
  const hazard = await ctx.db.selectFrom('hazards').selectAll().where('id', '=', hazardId).executeTakeFirstOrThrow();
  if (hazard.case_id) return hazard.case_id;
  const h = hazard.record as HazardRecord;
  const enterprise = await ctx.db.selectFrom('enterprises').select('name').where('id', '=', hazard.enterprise_id).executeTakeFirstOrThrow();
  let officers = [{ userId: actor.id, name: actor.name, certificate: null }] as CaseRecord['investigators'];
  if (hazard.inspection_id) {
    const inspection = await ctx.db.selectFrom('inspections').select('record').where('id', '=', hazard.inspection_id).executeTakeFirstOrThrow();
    officers = (inspection.record as InspectionRecord).officers;
  }
  const today = isoDateInChina(ctx.now());
  const dueDate = h.order?.dueDate ?? today;
  const record: CaseRecord = {
    partyKind: 'organisation',
    source: 'inspection',
    actEndedOn: today,
    discoveredOn: today,
    investigators: officers,
  };
  return insertCase(
    ctx,
    actor,
    {
      enterpriseId: hazard.enterprise_id,
      title: `${enterprise.name}未按期消除事故隐患案`,
      facts: `${enterprise.name}${h.location ? `${h.location}` : ''}存在事故隐患：${h.description}。本机关责令其于${dueDate}前整改，整改期限届满仍未消除（依据${basis.map((b) => `${b.law.replace('中华人民共和国', '')}第${b.article}条`).join('、')}）。`,
      violationCode: h.violation?.code ?? null,
      hazardId,
      inspectionId: hazard.inspection_id,
      record,
      participants: [...officers.map((o) => o.userId), actor.id],
    },
    origin,
    async (caseId, trx) => {
      const locked = await lockRow(trx, 'hazard', hazardId);
      await trx.updateTable('hazards').set({ case_id: caseId }).where('id', '=', locked.id).execute();
      await appendAudit(trx, {
        aggregateType: 'hazard',
        aggregateId: hazardId,
        type: 'workflow.effect',
        payload: { aggregate: 'hazard', effect: 'openPenaltyCase', data: { caseId, basis } },
        actor: auditActorOf(actor),
        origin,
        at: ctx.now(),
      });
    },
  );
}

const NO_PENALTY = { amount: 0, measures: [] };

const BEFORE_DECISION = ['draft', 'investigating', 'proposed', 'notified', 'hearingRequested', 'hearingScheduled', 'heard', 'legalReview', 'reviewed', 'deliberation', 'deliberated'];

export async function updateCase(ctx: AppContext, actor: Actor, id: string, patch: CasePatch, origin: AuditOrigin): Promise<void> {
  const { version, ...fields } = patch;
  if (fields.violationCode) checkViolationCode(fields.violationCode);
  const investigators = fields.investigatorIds ? await requireStaff(ctx.db, actor, fields.investigatorIds, ['officer'], 'investigatorIds') : undefined;
  await updateRecord(ctx, actor, 'case', id, version, origin, (row) => {
    if (!BEFORE_DECISION.includes(row.state)) throw new DomainError('CONFLICT', '案件已作出决定，不能再修改案情', { state: row.state });
    const record = row.record as unknown as CaseRecord;
    const next: CaseRecord = { ...record };
    const changes: FieldChanges = {};
    const columns: Record<string, unknown> = {};
    const note = (key: string, from: unknown, to: unknown): boolean => noteChange(changes, key, from, to);
    if (fields.title !== undefined && note('title', row.title, fields.title.trim())) columns.title = fields.title.trim();
    if (fields.facts !== undefined && note('facts', row.facts, fields.facts.trim())) columns.facts = fields.facts.trim();
    if (fields.violationCode !== undefined && note('violationCode', row.violation_code, fields.violationCode)) columns.violation_code = fields.violationCode;
    if (investigators) {
      const officers = onDuty(investigators);
      if (note('investigators', record.investigators.map((o) => o.userId), officers.map((o) => o.userId))) {
        next.investigators = officers;
        columns.participant_ids = [...new Set([...row.participant_ids, ...officers.map((o) => o.userId)])];
      }
    }
    if (fields.flags !== undefined && note('flags', record.flags, fields.flags)) next.flags = fields.flags;
    if (fields.harmToLifeHealthOrFinance !== undefined && note('harmToLifeHealthOrFinance', record.harmToLifeHealthOrFinance, fields.harmToLifeHealthOrFinance)) {
      next.harmToLifeHealthOrFinance = fields.harmToLifeHealthOrFinance;
    }
    if (fields.actAlreadyFined !== undefined && note('actAlreadyFined', record.actAlreadyFined, fields.actAlreadyFined)) next.actAlreadyFined = fields.actAlreadyFined;
    return { changes, record: next, columns };
  });
}

export async function penaltySuggestion(ctx: AppContext, actor: Actor, id: string, d: DiscretionInput) {
  const row = await loadVisible(ctx.db, actor, 'case', id);
  const record = row.record as unknown as CaseRecord;
  return suggestPenalty(
    ctx.db,
    { violationCode: (row.violation_code as string | null) ?? null, partyKind: record.partyKind, actEndedOn: record.actEndedOn },
    d,
    isoDateInChina(ctx.now()),
  );
}

export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await loadVisible(ctx.db, actor, 'case', id);
  const record = row.record as unknown as CaseRecord;
  const base = await detailBase(ctx, actor, 'case', row);
  const config = workflowConfigOf(ctx.config);
  const penalty = record.decision?.penalty ?? record.notice?.penalty ?? record.proposal;
  const code = (row.violation_code as string | null) ?? null;
  const today = isoDateInChina(ctx.now());
  return {
    ...base,
    record,
    title: row.title as string,
    facts: row.facts as string,
    violation: code ? { code, ...violationCitations(code) } : null,
    investigators: await officerViews(ctx.db, record.investigators, today),
    hazardId: (row.hazard_id as string | null) ?? null,
    inspectionId: (row.inspection_id as string | null) ?? null,
    decisionDueDate: decisionDueDate(record, config) ?? null,
    discretion: (row.discretion as StoredDiscretion | null) ?? null,
    requirements: {
      // Before a penalty is proposed, the case's own flags still say what it will need.
      legalReview: legalReviewRequirement(record, penalty ?? NO_PENALTY, config),
      collectiveDeliberation: collectiveDeliberationRequirement(record, penalty ?? NO_PENALTY, config),
      hearingRights: penalty ? hearingRightsReasons(record.partyKind, penalty, config) : [],
    },
  };
}
