/**
 * From an action's request body to the domain's event input, per aggregate: user ids become
 * the facts the guards read (a reviewer's qualification, certificates), referenced files and
 * catalogue codes are checked, and the case's penalty gets its benchmark from the discretion
 * engine. Also refreshes facts of the record the guards depend on (officers' certificates).
 */
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { DomainError } from '../../domain/errors.ts';
import { findViolation } from '../../domain/legal/catalogue/index.ts';
import type { StoredDiscretion } from '../../domain/views/workflow.ts';
import type { Aggregate, CaseInput, CaseRecord, HazardInput, HazardRecord, InspectionInput, InspectionRecord, Reviewer } from '../../domain/workflow/index.ts';
import type { DB } from '../db/schema.ts';
import type { AggregateRow } from './aggregate-store.ts';
import { enrichPenalty, type ApiPenalty, type DiscretionInput } from './penalty.ts';
import { refreshOfficers, requireStaff, uuidLike } from './staff.ts';

export interface Prepared {
  input: Record<string, unknown>;
  /** The record the guards see (with refreshed facts); written back merged with the update. */
  record: Record<string, unknown>;
  /** Extra columns to write with the transition. */
  columns: Record<string, unknown>;
}

/** Evidence ids must be files uploaded to this record (or, for a hazard, to its inspection). */
export async function checkEvidence(trx: Transaction<DB>, owners: { aggregate: Aggregate; id: string }[], ids: readonly string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const valid = ids.filter(uuidLike);
  const rows = valid.length === 0
    ? []
    : await trx
        .selectFrom('files')
        .select(['id', 'aggregate_type', 'aggregate_id'])
        .where('id', 'in', valid)
        .where('purpose', '=', 'evidence')
        .execute();
  const ok = new Set(rows.filter((r) => owners.some((o) => o.aggregate === r.aggregate_type && o.id === r.aggregate_id)).map((r) => r.id));
  const bad = ids.filter((id) => !ok.has(id));
  if (bad.length > 0) throw new DomainError('VALIDATION_FAILED', '证据文件不存在或不属于本记录', { key: 'evidenceIds', invalid: bad });
}

export function checkViolationCode(code: string | undefined, key = 'violationCode'): void {
  if (code !== undefined && !findViolation(code)) {
    throw new DomainError('UNKNOWN_KEY', `违法行为库中没有该编码：${code}`, { key, value: code });
  }
}

async function inspection(trx: Transaction<DB>, row: AggregateRow, event: string, body: Record<string, unknown>): Promise<Prepared> {
  let record = row.record as unknown as InspectionRecord;
  if (event === 'start') record = { ...record, officers: await refreshOfficers(trx, record.officers) };
  const input: InspectionInput = body;
  return { input: input as Record<string, unknown>, record: record as unknown as Record<string, unknown>, columns: {} };
}

async function hazard(trx: Transaction<DB>, row: AggregateRow, body: Record<string, unknown>): Promise<Prepared> {
  const input = body as HazardInput;
  checkViolationCode(input.violationCode);
  const owners: { aggregate: Aggregate; id: string }[] = [{ aggregate: 'hazard', id: row.id }];
  if (typeof row.inspection_id === 'string') owners.push({ aggregate: 'inspection', id: row.inspection_id });
  await checkEvidence(trx, owners, input.evidenceIds);
  return { input: input as Record<string, unknown>, record: row.record, columns: {} };
}

/** 初次从事法制审核: the reviewer has not completed a review before. */
async function firstTimeReviewer(trx: Transaction<DB>, userId: string): Promise<boolean> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM cases
    WHERE record->'legalReview'->'reviewer'->>'userId' = ${userId} AND record->'legalReview'->>'completedOn' IS NOT NULL`.execute(trx);
  return (r.rows[0]?.n ?? 0) === 0;
}

async function caseInput(trx: Transaction<DB>, actor: Actor, row: AggregateRow, event: string, body: Record<string, unknown>, today: string): Promise<Prepared> {
  const { reviewerId, discretion, penalty, ...rest } = body as Record<string, unknown> & {
    reviewerId?: string;
    discretion?: DiscretionInput;
    penalty?: ApiPenalty;
  };
  const input: CaseInput & Record<string, unknown> = { ...(rest as CaseInput) };
  let record = row.record as unknown as CaseRecord;
  const columns: Record<string, unknown> = {};
  if (reviewerId !== undefined) {
    const [member] = await requireStaff(trx, actor, [reviewerId], ['legal_reviewer'], 'reviewerId');
    const reviewer: Reviewer = {
      userId: member!.id,
      hasLegalQualification: member!.legalQualification,
      firstTimeReviewer: await firstTimeReviewer(trx, member!.id),
    };
    input.reviewer = reviewer;
  }
  if (input.chairId !== undefined) await requireStaff(trx, actor, [input.chairId], ['officer', 'leader', 'legal_reviewer'], 'chairId');
  if (input.approvedBy !== undefined) await requireStaff(trx, actor, [input.approvedBy], ['leader'], 'approvedBy');
  if (event === 'file' || event === 'decideOnSpot') record = { ...record, investigators: await refreshOfficers(trx, record.investigators) };
  if (penalty !== undefined) {
    const enriched = await enrichPenalty(
      trx,
      { violationCode: (row.violation_code as string | null) ?? null, partyKind: record.partyKind, actEndedOn: record.actEndedOn },
      penalty,
      discretion,
      (row.discretion as StoredDiscretion | null) ?? null,
      today,
    );
    input.penalty = enriched.penalty;
    if (enriched.discretion) columns.discretion = JSON.stringify(enriched.discretion);
  }
  return { input, record: record as unknown as Record<string, unknown>, columns };
}

export async function prepareInput(
  trx: Transaction<DB>,
  actor: Actor,
  aggregate: Aggregate,
  row: AggregateRow,
  event: string,
  body: Record<string, unknown>,
  today: string,
): Promise<Prepared> {
  switch (aggregate) {
    case 'inspection':
      return inspection(trx, row, event, body);
    case 'hazard':
      return hazard(trx, row, body);
    case 'case':
      return caseInput(trx, actor, row, event, body, today);
  }
}

/** Columns that mirror the record after a transition (for lists and queries). */
export function mirrorColumns(aggregate: Aggregate, event: string, next: Record<string, unknown>, now: Date): Record<string, unknown> {
  if (aggregate === 'inspection') {
    const r = next as unknown as InspectionRecord;
    return { date: r.date, ...(event === 'start' ? { started_at: now } : {}), ...(event === 'finish' ? { finished_at: now } : {}) };
  }
  if (aggregate === 'hazard') {
    const r = next as unknown as HazardRecord;
    return { violation_code: r.violation?.code ?? null, major_hazard: r.majorHazard };
  }
  return {};
}
