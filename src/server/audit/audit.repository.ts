/**
 * The audit trail: append-only (the database refuses UPDATE, DELETE and TRUNCATE) and
 * hash-chained per record (aggregate type + id).
 *
 * Why a chain per record and not one global chain: a global chain makes every audited write
 * in the city wait on the one row that holds the chain's head. Per-record chains only
 * serialise writes to the same record, which the workflow locks anyway. Each event's hash
 * covers every column of the event and the previous event's hash; `seq` numbers the events
 * of a record without gaps, so a removed or reordered event breaks the chain as well.
 */
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { AuditEventType, AuditPayloads } from '../../domain/audit/events.ts';
import type { Database } from '../db/database.ts';
import type { AuditEventRow, DB } from '../db/schema.ts';

/** Who did it: copied into the event so the record stands even if the user changes later. */
export interface AuditActor {
  id: string | null;
  name: string;
  role: string;
  orgId: string | null;
  orgName: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: '系统', role: 'system', orgId: null, orgName: '—' };

/** Where the request came from. */
export interface AuditOrigin {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface AuditInput<T extends AuditEventType> {
  aggregateType: string;
  aggregateId: string;
  type: T;
  payload: AuditPayloads[T];
  actor: AuditActor;
  origin?: AuditOrigin;
  at?: Date;
}

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

interface HashedFields {
  aggregate_type: string;
  aggregate_id: string;
  seq: number;
  type: string;
  payload: unknown;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  actor_org_id: string | null;
  actor_org_name: string;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  at: Date;
  prev_hash: string | null;
}

export function eventHash(e: HashedFields): string {
  const material = canonicalJson({ ...e, at: e.at.toISOString() });
  return createHash('sha256').update(material).digest('hex');
}

function row<T extends AuditEventType>(input: AuditInput<T>, seq: number, prevHash: string | null): HashedFields {
  return {
    aggregate_type: input.aggregateType,
    aggregate_id: input.aggregateId,
    seq,
    type: input.type,
    // Round-trip through JSON so the hash sees exactly what jsonb will store.
    payload: JSON.parse(JSON.stringify(input.payload)) as unknown,
    actor_id: input.actor.id,
    actor_name: input.actor.name,
    actor_role: input.actor.role,
    actor_org_id: input.actor.orgId,
    actor_org_name: input.actor.orgName,
    ip: input.origin?.ip ?? null,
    user_agent: input.origin?.userAgent?.slice(0, 512) ?? null,
    request_id: input.origin?.requestId ?? null,
    at: input.at ?? new Date(),
    prev_hash: prevHash,
  };
}

/**
 * Appends one event to a record's chain. Must run inside the transaction of the state change
 * it records; the advisory lock serialises writers of the same record only.
 */
export async function appendAudit<T extends AuditEventType>(trx: Transaction<DB>, input: AuditInput<T>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${input.aggregateType + ':' + input.aggregateId}, 0))`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('aggregate_type', '=', input.aggregateType)
    .where('aggregate_id', '=', input.aggregateId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields = row(input, (last?.seq ?? 0) + 1, last?.hash ?? null);
  await trx
    .insertInto('audit_events')
    .values({ ...fields, payload: JSON.stringify(fields.payload), hash: eventHash(fields) })
    .execute();
}

/** Bulk insert of first events of new records (demo seeding): each starts its own chain. */
export async function appendFirstEvents<T extends AuditEventType>(trx: Transaction<DB> | Database, inputs: AuditInput<T>[]): Promise<void> {
  if (inputs.length === 0) return;
  const values = inputs.map((input) => {
    const fields = row(input, 1, null);
    return { ...fields, payload: JSON.stringify(fields.payload), hash: eventHash(fields) };
  });
  await trx.insertInto('audit_events').values(values).execute();
}

export async function listAuditEvents(db: Database, aggregateType: string, aggregateId: string): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('aggregate_type', '=', aggregateType)
    .where('aggregate_id', '=', aggregateId)
    .orderBy('seq', 'asc')
    .execute();
}

export interface VerifyResult {
  ok: boolean;
  events: number;
  chains: number;
  /** The first broken link, described for a person. */
  broken?: { id: number; aggregateType: string; aggregateId: string; seq: number; problem: string };
}

/** Re-checks every chain in full; stops at the first broken link. */
export async function verifyAudit(db: Database, onProgress?: (events: number) => void): Promise<VerifyResult> {
  let events = 0;
  let chains = 0;
  let cursor: { t: string; a: string; s: number } | undefined;
  let prev: { t: string; a: string; seq: number; hash: string } | undefined;
  const pageSize = 5000;
  for (;;) {
    let q = db.selectFrom('audit_events').selectAll();
    if (cursor) {
      const c = cursor;
      q = q.where(sql<boolean>`(aggregate_type, aggregate_id, seq) > (${c.t}, ${c.a}, ${c.s})`);
    }
    const page = await q.orderBy('aggregate_type').orderBy('aggregate_id').orderBy('seq').limit(pageSize).execute();
    for (const e of page) {
      events++;
      const sameChain = prev && prev.t === e.aggregate_type && prev.a === e.aggregate_id;
      if (!sameChain) chains++;
      const expectedSeq = sameChain ? prev!.seq + 1 : 1;
      const expectedPrev = sameChain ? prev!.hash : null;
      const fail = (problem: string): VerifyResult => ({
        ok: false,
        events,
        chains,
        broken: { id: Number(e.id), aggregateType: e.aggregate_type, aggregateId: e.aggregate_id, seq: e.seq, problem },
      });
      if (e.seq !== expectedSeq) return fail(`序号不连续 sequence gap: expected ${expectedSeq}, found ${e.seq}`);
      if (e.prev_hash !== expectedPrev) return fail('前一条记录的哈希不符 prev_hash does not match the previous event');
      const { id: _id, hash, ...fields } = e;
      if (eventHash(fields) !== hash) return fail('记录内容与哈希不符 the event was altered after it was written');
      prev = { t: e.aggregate_type, a: e.aggregate_id, seq: e.seq, hash: e.hash };
    }
    onProgress?.(events);
    if (page.length < pageSize) break;
    const last = page[page.length - 1]!;
    cursor = { t: last.aggregate_type, a: last.aggregate_id, s: last.seq };
  }
  return { ok: true, events, chains };
}
