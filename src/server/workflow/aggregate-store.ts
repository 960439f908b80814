/**
 * Rows of the three workflow aggregates (inspections, hazards, cases): loading within the
 * caller's jurisdiction (decided through the enterprise's org unit), locking for a transition,
 * and writing state + record + version. The only module that names the three tables generically.
 */
import { sql, type Transaction } from 'kysely';
import { can, jurisdictionOf, orgPathWithin, type Actor } from '../../domain/access.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Aggregate } from '../../domain/workflow/index.ts';
import type { Database } from '../db/database.ts';
import { jurisdictionWhere } from '../db/where.ts';
import type { DB } from '../db/schema.ts';

export const TABLE_OF = { inspection: 'inspections', hazard: 'hazards', case: 'cases' } as const satisfies Record<Aggregate, keyof DB>;

/** The columns every aggregate row has, plus its enterprise's org path. */
export interface AggregateRow {
  id: string;
  enterprise_id: string;
  state: string;
  version: number;
  record: Record<string, unknown>;
  participant_ids: string[];
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  org_path: string;
  org_id: string;
  [column: string]: unknown;
}

export const notFound = (): DomainError => new DomainError('NOT_FOUND', '记录不存在');

/** Throws FORBIDDEN unless the actor may read inspections or cases (the workbench, files and documents of either). */
export function requireWorkflowReader(actor: Actor): void {
  if (!can(actor.role, 'inspection:read') && !can(actor.role, 'case:read')) throw new DomainError('FORBIDDEN', '无权执行此操作');
}

/** Whether the actor may see records of this enterprise (its org path given). */
export function canSeeEnterprise(actor: Actor, enterpriseId: string, orgPath: string): boolean {
  const j = jurisdictionOf(actor);
  return j.kind === 'enterprise' ? j.enterpriseId === enterpriseId : orgPathWithin(orgPath, j.path);
}

/** SQL condition on `e` (enterprises) and `o` (its org unit) for the actor's jurisdiction. */
export function jurisdictionSql(actor: Actor) {
  return jurisdictionWhere(jurisdictionOf(actor));
}

async function selectRow(db: Database | Transaction<DB>, aggregate: Aggregate, id: string, lock: boolean): Promise<AggregateRow | undefined> {
  const table = sql.table(TABLE_OF[aggregate]);
  const r = await sql<AggregateRow>`
    SELECT a.*, o.path AS org_path, o.id AS org_id
    FROM ${table} a JOIN enterprises e ON e.id = a.enterprise_id JOIN org_units o ON o.id = e.org_id
    WHERE a.id = ${id} ${lock ? sql`FOR UPDATE OF a` : sql``}`.execute(db);
  return r.rows[0];
}

/** The row if it exists and lies within the actor's jurisdiction; 404 otherwise. */
export async function loadVisible(db: Database | Transaction<DB>, actor: Actor, aggregate: Aggregate, id: string): Promise<AggregateRow> {
  const row = await selectRow(db, aggregate, id, false);
  if (!row || !canSeeEnterprise(actor, row.enterprise_id, row.org_path)) throw notFound();
  return row;
}

/** The row locked FOR UPDATE (within the transaction), jurisdiction checked; 404 otherwise. */
export async function lockVisible(trx: Transaction<DB>, actor: Actor, aggregate: Aggregate, id: string): Promise<AggregateRow> {
  const row = await selectRow(trx, aggregate, id, true);
  if (!row || !canSeeEnterprise(actor, row.enterprise_id, row.org_path)) throw notFound();
  return row;
}

/** The row locked, without a jurisdiction check (system work after a transition). */
export async function lockRow(trx: Transaction<DB>, aggregate: Aggregate, id: string): Promise<AggregateRow> {
  const row = await selectRow(trx, aggregate, id, true);
  if (!row) throw notFound();
  return row;
}

export function checkVersion(row: AggregateRow, expected: number): void {
  if (row.version !== expected) {
    throw new DomainError('CONFLICT', '记录已被他人修改，请刷新后重试', { currentVersion: row.version });
  }
}

/** Shallow merge of a transition's update into the record: `null` clears a field, `undefined` leaves it. */
export function mergeRecord<R extends object>(record: R, update: Partial<R>): R {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [k, v] of Object.entries(update)) {
    if (v === undefined) continue;
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next as R;
}

/** Writes the new state, record and extra columns; bumps the version. */
export async function writeRow(
  trx: Transaction<DB>,
  aggregate: Aggregate,
  row: AggregateRow,
  changes: { state?: string; record?: object; columns?: Record<string, unknown>; now: Date },
): Promise<number> {
  const table = sql.table(TABLE_OF[aggregate]);
  const sets = [
    sql`version = version + 1`,
    sql`updated_at = ${changes.now}`,
    ...(changes.state === undefined ? [] : [sql`state = ${changes.state}`]),
    ...(changes.record === undefined ? [] : [sql`record = ${JSON.stringify(changes.record)}::jsonb`]),
    ...Object.entries(changes.columns ?? {}).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
  ];
  const r = await sql<{ version: number }>`
    UPDATE ${table} SET ${sql.join(sets)} WHERE id = ${row.id} AND version = ${row.version} RETURNING version`.execute(trx);
  if (r.rows.length !== 1) throw new DomainError('CONFLICT', '记录已被他人修改，请刷新后重试');
  return r.rows[0]!.version;
}
