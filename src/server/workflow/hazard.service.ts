/**
 * 事故隐患: recording a hazard (description, location, the violation the officer confirms from
 * the matcher's suggestions, major-hazard flag), correcting it before the order, and its detail
 * with the rectification's overdue status (安全生产法第一百零二条). State changes go through
 * transition.service.ts.
 */
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { formatLawRefsCn } from '../../domain/documents/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { findViolation } from '../../domain/legal/catalogue/index.ts';
import type { HazardDetail } from '../../domain/views/workflow.ts';
import { rectificationOverdue, type HazardRecord, type HazardState } from '../../domain/workflow/index.ts';
import type { AuditOrigin } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { getEnterprise } from '../enterprises/enterprise.service.ts';
import { loadVisible } from './aggregate-store.ts';
import { checkViolationCode } from './inputs.ts';
import { insertRecord, noteChange, updateRecord, type FieldChanges } from './record-writes.ts';
import { staffByIds } from './staff.ts';
import { detailBase } from './views.ts';

export interface NewHazard {
  enterpriseId: string;
  inspectionId?: string;
  description: string;
  location: string;
  violationCode?: string;
  majorHazard: boolean;
}

export interface HazardPatch {
  version: number;
  description?: string;
  location?: string;
  majorHazard?: boolean;
  violationCode?: string | null;
}

/** The violation with its citations (违法条款 and 处罚依据), in Chinese. */
export function violationCitations(code: string): { name: string; citations: string[] } {
  const v = findViolation(code);
  if (!v) return { name: code, citations: [] };
  return { name: v.name, citations: [`违反${formatLawRefsCn(v.violated)}`, `依据${formatLawRefsCn(v.penaltyBasis)}`] };
}

export async function createHazard(ctx: AppContext, actor: Actor, input: NewHazard, origin: AuditOrigin): Promise<string> {
  await getEnterprise(ctx, actor, input.enterpriseId);
  checkViolationCode(input.violationCode);
  // A hazard found on an inspection is followed by all its inspectors.
  let participants = [actor.id];
  if (input.inspectionId) {
    const inspection = await loadVisible(ctx.db, actor, 'inspection', input.inspectionId).catch(() => undefined);
    if (!inspection || inspection.enterprise_id !== input.enterpriseId) {
      throw new DomainError('VALIDATION_FAILED', '检查记录不存在或不属于该生产经营单位', { key: 'inspectionId' });
    }
    participants = [...new Set([actor.id, ...inspection.participant_ids])];
  }
  const record: HazardRecord = {
    enterpriseId: input.enterpriseId,
    ...(input.inspectionId ? { inspectionId: input.inspectionId } : {}),
    description: input.description.trim(),
    location: input.location.trim(),
    ...(input.violationCode ? { violation: { code: input.violationCode, confirmedBy: actor.id } } : {}),
    majorHazard: input.majorHazard,
  };
  return insertRecord(
    ctx,
    actor,
    'hazard',
    {
      columns: {
        enterprise_id: input.enterpriseId,
        inspection_id: input.inspectionId ?? null,
        case_id: null,
        description: record.description,
        violation_code: input.violationCode ?? null,
        major_hazard: input.majorHazard,
      },
      record,
      participants,
      data: {
        enterpriseId: input.enterpriseId,
        inspectionId: input.inspectionId ?? null,
        description: record.description,
        location: record.location,
        violationCode: input.violationCode ?? null,
        ...(input.violationCode ? { citations: violationCitations(input.violationCode).citations } : {}),
        majorHazard: input.majorHazard,
      },
    },
    origin,
  );
}

export async function updateHazard(ctx: AppContext, actor: Actor, id: string, patch: HazardPatch, origin: AuditOrigin): Promise<void> {
  const { version, ...fields } = patch;
  if (fields.violationCode) checkViolationCode(fields.violationCode);
  await updateRecord(ctx, actor, 'hazard', id, version, origin, (row) => {
    if (row.state !== 'recorded') throw new DomainError('CONFLICT', '已下达整改指令的隐患不能再修改', { state: row.state });
    const record = row.record as unknown as HazardRecord;
    const next: HazardRecord = { ...record };
    const changes: FieldChanges = {};
    const set = <K extends keyof HazardRecord>(key: K, value: HazardRecord[K]): void => {
      if (noteChange(changes, key, record[key], value)) next[key] = value;
    };
    if (fields.description !== undefined) set('description', fields.description.trim());
    if (fields.location !== undefined) set('location', fields.location.trim());
    if (fields.majorHazard !== undefined) set('majorHazard', fields.majorHazard);
    if (fields.violationCode !== undefined) set('violation', fields.violationCode ? { code: fields.violationCode, confirmedBy: actor.id } : null);
    return {
      changes,
      record: next,
      columns: { description: next.description, major_hazard: next.majorHazard, violation_code: next.violation?.code ?? null },
    };
  });
}

export async function getHazard(ctx: AppContext, actor: Actor, id: string): Promise<HazardDetail> {
  const row = await loadVisible(ctx.db, actor, 'hazard', id);
  const record = row.record as unknown as HazardRecord;
  const base = await detailBase(ctx, actor, 'hazard', row);
  const confirmer = record.violation?.confirmedBy ? (await staffByIds(ctx.db, [record.violation.confirmedBy])).get(record.violation.confirmedBy) : undefined;
  return {
    ...base,
    record,
    violation: record.violation?.code
      ? { code: record.violation.code, ...violationCitations(record.violation.code), confirmedBy: confirmer ? { id: confirmer.id, name: confirmer.name } : null }
      : null,
    overdue: rectificationOverdue(row.state as HazardState, record, isoDateInChina(ctx.now())),
    inspectionId: (row.inspection_id as string | null) ?? null,
    caseId: (row.case_id as string | null) ?? null,
  };
}
