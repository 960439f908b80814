/**
 * 监督检查: planning an inspection (enterprise, type, date, at least two officers whose
 * certificates are valid that day, optional technical inspectors, checklist), recording the
 * facts of the written record while on site (findings, signatures, the head's refusal to sign,
 * evidence), and the detail the API shows. State changes go through transition.service.ts.
 */
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import type { InspectionDetail } from '../../domain/views/workflow.ts';
import {
  INSPECTION_GUARDS,
  INSPECTION_TYPE_LABELS,
  MIN_OFFICERS,
  certifiedOn,
  distinctOfficers,
  uncertifiedOn,
  type InspectionRecord,
  type InspectionType,
} from '../../domain/workflow/index.ts';
import type { AuditOrigin } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { getEnterprise } from '../enterprises/enterprise.service.ts';
import { loadVisible } from './aggregate-store.ts';
import { checkEvidence } from './inputs.ts';
import { insertRecord, noteChange, updateRecord, type FieldChanges } from './record-writes.ts';
import { officerViews, onDuty, requireStaff, staffByIds } from './staff.ts';
import { detailBase } from './views.ts';

export interface NewInspection {
  enterpriseId: string;
  type: InspectionType;
  date: string;
  officerIds: string[];
  techInspectorIds?: string[];
  checklist?: InspectionRecord['checklist'];
}

export interface InspectionPatch {
  version: number;
  checklist?: InspectionRecord['checklist'];
  findings?: InspectionRecord['findings'];
  officerSignatures?: string[];
  enterpriseSignature?: InspectionRecord['enterpriseSignature'];
  enterpriseRefusal?: InspectionRecord['enterpriseRefusal'];
  evidenceIds?: string[];
  techInspectorIds?: string[];
}

/** Two distinct officers (行政处罚法 art. 42, our policy for every inspection) with certificates valid on `date`. */
function checkOfficers(record: InspectionRecord): void {
  const twoOfficers = INSPECTION_GUARDS['inspection.twoOfficers'];
  if (distinctOfficers(record.officers).length < MIN_OFFICERS) {
    throw new DomainError('NOT_ENOUGH_OFFICERS', twoOfficers.message, {
      rule: { id: twoOfficers.id, article: twoOfficers.article, message: twoOfficers.message },
      officers: distinctOfficers(record.officers).length,
      required: MIN_OFFICERS,
    });
  }
  const valid = INSPECTION_GUARDS['inspection.certificatesValid'];
  if (certifiedOn(record.officers, record.date).length < MIN_OFFICERS) {
    throw new DomainError('CERTIFICATE_INVALID', valid.message, {
      rule: { id: valid.id, article: valid.article, message: valid.message },
      date: record.date,
      invalid: uncertifiedOn(record.officers, record.date),
    });
  }
}

export async function createInspection(ctx: AppContext, actor: Actor, input: NewInspection, origin: AuditOrigin): Promise<string> {
  await getEnterprise(ctx, actor, input.enterpriseId); // 404 outside the jurisdiction
  const officers = await requireStaff(ctx.db, actor, input.officerIds, ['officer'], 'officerIds');
  const techs = await requireStaff(ctx.db, actor, input.techInspectorIds ?? [], ['tech_inspector'], 'techInspectorIds');
  const record: InspectionRecord = {
    type: input.type,
    enterpriseId: input.enterpriseId,
    date: input.date,
    officers: onDuty(officers),
    ...(techs.length ? { techInspectorIds: techs.map((t) => t.id) } : {}),
    ...(input.checklist?.length ? { checklist: input.checklist } : {}),
  };
  checkOfficers(record);
  return insertRecord(
    ctx,
    actor,
    'inspection',
    {
      columns: { enterprise_id: input.enterpriseId, type: input.type, date: input.date },
      record,
      participants: [...officers.map((o) => o.id), ...techs.map((t) => t.id), actor.id],
      data: {
        enterpriseId: input.enterpriseId,
        type: input.type,
        date: input.date,
        officers: record.officers,
        techInspectorIds: record.techInspectorIds ?? [],
        certified: certifiedOn(record.officers, record.date).map((o) => o.userId),
      },
    },
    origin,
  );
}

const EDITABLE_STATES = ['scheduled', 'onSite'];

export async function updateInspection(ctx: AppContext, actor: Actor, id: string, patch: InspectionPatch, origin: AuditOrigin): Promise<void> {
  const { version, ...fields } = patch;
  await updateRecord(ctx, actor, 'inspection', id, version, origin, async (row, trx) => {
    if (!EDITABLE_STATES.includes(row.state)) {
      throw new DomainError('CONFLICT', '检查已结束，不能再修改检查记录', { state: row.state });
    }
    const record = row.record as unknown as InspectionRecord;
    const officerIds = new Set(record.officers.map((o) => o.userId));
    if (fields.officerSignatures?.some((u) => !officerIds.has(u))) {
      throw new DomainError('VALIDATION_FAILED', '签字人员须为本次检查的执法人员', { key: 'officerSignatures' });
    }
    await checkEvidence(trx, [{ aggregate: 'inspection', id }], fields.evidenceIds);
    const techs = fields.techInspectorIds ? await requireStaff(trx, actor, fields.techInspectorIds, ['tech_inspector'], 'techInspectorIds') : undefined;
    const next: Record<string, unknown> = { ...record };
    const changes: FieldChanges = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || !noteChange(changes, key, (record as unknown as Record<string, unknown>)[key], value)) continue;
      if (value === null) delete next[key];
      else next[key] = value;
    }
    return {
      changes,
      record: next,
      ...(techs ? { columns: { participant_ids: [...new Set([...row.participant_ids, ...techs.map((t) => t.id)])] } } : {}),
    };
  });
}

export async function getInspection(ctx: AppContext, actor: Actor, id: string): Promise<InspectionDetail> {
  const row = await loadVisible(ctx.db, actor, 'inspection', id);
  const record = row.record as unknown as InspectionRecord;
  const base = await detailBase(ctx, actor, 'inspection', row);
  const techIds = record.techInspectorIds ?? [];
  const techs = await staffByIds(ctx.db, techIds);
  const date = (row.date as string | undefined) ?? record.date ?? isoDateInChina(ctx.now());
  return {
    ...base,
    record,
    type: record.type,
    typeLabel: INSPECTION_TYPE_LABELS[record.type],
    date,
    officers: await officerViews(ctx.db, record.officers, date),
    techInspectors: techIds.map((tid) => ({ id: tid, name: techs.get(tid)?.name ?? '' })),
  };
}
