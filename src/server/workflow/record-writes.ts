/**
 * Creating and correcting the three workflow records (inspections, hazards, cases) outside a
 * transition, one path for all three (transitions go through transition.service.ts):
 *
 *   create: BEGIN, INSERT the row in its initial state (version 1), audit 'workflow.created', COMMIT.
 *   update: BEGIN, SELECT the row FOR UPDATE (jurisdiction checked: 404 outside), the caller's
 *           version must be the row's (409), the service's edit checks the state and lists the
 *           changes; when something changed: write record + columns with version+1 and audit
 *           'workflow.updated'; COMMIT.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { initialState, type Aggregate } from '../../domain/workflow/index.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { checkVersion, lockVisible, TABLE_OF, writeRow, type AggregateRow } from './aggregate-store.ts';

/** What a correction changed, field by field, for the audit trail. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Notes `key`'s change unless `from` and `to` are equal (as JSON, missing = null); true when it changed. */
export function noteChange(changes: FieldChanges, key: string, from: unknown, to: unknown): boolean {
  if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null)) return false;
  changes[key] = { from: from ?? null, to: to ?? null };
  return true;
}

type CommonColumn = 'id' | 'version' | 'state' | 'record' | 'participant_ids' | 'created_by' | 'created_at' | 'updated_at';
/** The aggregate's own columns (enterprise, title, dates …), besides those every record has. */
export type OwnColumns<A extends Aggregate> = Omit<Insertable<DB[(typeof TABLE_OF)[A]]>, CommonColumn>;

export interface NewRecord<A extends Aggregate> {
  columns: OwnColumns<A>;
  record: object;
  /** Who follows the record (duplicates are dropped). */
  participants: string[];
  /** The audit event's data. */
  data: Record<string, unknown>;
}

/** Inserts a record in its machine's initial state with its 'workflow.created' event; `alsoInTransaction` runs before COMMIT. */
export async function insertRecord<A extends Aggregate>(
  ctx: AppContext,
  actor: Actor,
  aggregate: A,
  input: NewRecord<A>,
  origin: AuditOrigin,
  alsoInTransaction?: (id: string, trx: Transaction<DB>) => Promise<void>,
): Promise<string> {
  const now = ctx.now();
  const state = initialState(aggregate);
  return ctx.db.transaction().execute(async (trx) => {
    const values = {
      ...input.columns,
      state,
      record: JSON.stringify(input.record),
      participant_ids: [...new Set(input.participants)],
      created_by: actor.id,
      created_at: now,
      updated_at: now,
    };
    // The three tables differ in their own columns only; OwnColumns<A> types those at the call.
    const row = await trx
      .insertInto(TABLE_OF[aggregate] as 'hazards')
      .values(values as unknown as Insertable<DB['hazards']>)
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      aggregateType: aggregate,
      aggregateId: row.id,
      type: 'workflow.created',
      payload: { aggregate, state, data: input.data },
      actor: auditActorOf(actor),
      origin,
      at: now,
    });
    if (alsoInTransaction) await alsoInTransaction(row.id, trx);
    return row.id;
  });
}

export interface RecordEdit {
  changes: FieldChanges;
  record: object;
  columns?: Record<string, unknown>;
}

/**
 * Corrects a record's fields at the caller's `version`. `edit` sees the locked row, throws when
 * its state allows no correction, and returns the new record with the changes (none: nothing is written).
 */
export async function updateRecord(
  ctx: AppContext,
  actor: Actor,
  aggregate: Aggregate,
  id: string,
  version: number,
  origin: AuditOrigin,
  edit: (row: AggregateRow, trx: Transaction<DB>) => RecordEdit | Promise<RecordEdit>,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockVisible(trx, actor, aggregate, id);
    checkVersion(row, version);
    const { changes, record, columns } = await edit(row, trx);
    if (Object.keys(changes).length === 0) return;
    const now = ctx.now();
    const newVersion = await writeRow(trx, aggregate, row, { record, now, ...(columns ? { columns } : {}) });
    await appendAudit(trx, {
      aggregateType: aggregate,
      aggregateId: id,
      type: 'workflow.updated',
      payload: { aggregate, changes, version: newVersion },
      actor: auditActorOf(actor),
      origin,
      at: now,
    });
  });
}
