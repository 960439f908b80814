/**
 * Issuing enforcement documents (执法文书): numbering, rendering, storage, audit.
 *
 * A transition that generates a document writes a `pending` row in its own transaction, so the
 * document cannot be lost; it is issued after the commit:
 *
 *   1. numbering transaction: lock the document row; if it has no number yet, take the next
 *      number of the counter row (issuing unit, kind, year) — an upsert that holds the counter
 *      row's lock until commit — and write it on the document. Numbers are never skipped nor
 *      repeated: a rolled-back transaction gives its number back, a committed one belongs to
 *      exactly one document (which keeps it through re-issues).
 *   2. render the PDF with that number (outside any transaction: it takes ~0.5 s);
 *   3. stage the bytes in the file store (temp + rename), then one transaction: file row,
 *      document `issued`, audit 'document.issued' with the SHA-256. If it fails the stored bytes
 *      are removed. A render or storage failure marks the document `failed` with the reason;
 *      `issueDocument` may be called again (POST /api/documents/:id/issue).
 */
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { can, type Actor } from '../../domain/access.ts';
import { DOCUMENT_KINDS, documentNumberFor, type DocumentKind } from '../../domain/documents/index.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { DocumentView } from '../../domain/views/documents.ts';
import type { Aggregate } from '../../domain/workflow/index.ts';
import { appendAudit, type AuditActor, type AuditOrigin } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { fileStoreOf, newStorageKey } from '../files/file-store.ts';
import { canSeeEnterprise, requireWorkflowReader } from '../workflow/aggregate-store.ts';
import { buildDocumentInput } from './issue-inputs.ts';
import { renderDocument } from './render-pdf.ts';

export function documentView(r: {
  id: string; kind: string; number: string | null; status: 'pending' | 'issued' | 'failed'; error: string | null; sha256: string | null;
  size: number | null; page_count: number | null; created_at: Date; issued_at: Date | null; aggregate_type: Aggregate; aggregate_id: string;
}): DocumentView {
  return {
    id: r.id,
    kind: r.kind,
    title: DOCUMENT_KINDS[r.kind as DocumentKind]?.title ?? r.kind,
    number: r.number,
    status: r.status,
    error: r.error,
    sha256: r.sha256,
    size: r.size,
    pageCount: r.page_count,
    createdAt: new Date(r.created_at).toISOString(),
    issuedAt: r.issued_at ? new Date(r.issued_at).toISOString() : null,
    url: r.status === 'issued' ? `/api/documents/${r.id}/pdf` : null,
    aggregate: r.aggregate_type,
    aggregateId: r.aggregate_id,
  };
}

export async function documentsOf(db: Database, aggregate: Aggregate, id: string): Promise<DocumentView[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('aggregate_type', '=', aggregate)
    .where('aggregate_id', '=', id)
    .orderBy('created_at', 'asc')
    .orderBy('kind')
    .execute();
  return rows.map(documentView);
}

/** The document within the actor's jurisdiction, with the permission its record needs. */
export async function visibleDocument(db: Database, actor: Actor, id: string, need: 'read' | 'issue'): Promise<{ view: DocumentView; fileId: string | null }> {
  const d = await db
    .selectFrom('documents as d')
    .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
    .innerJoin('org_units as o', 'o.id', 'e.org_id')
    .selectAll('d')
    .select('o.path')
    .where('d.id', '=', id)
    .executeTakeFirst();
  requireWorkflowReader(actor);
  const isCase = d?.aggregate_type === 'case';
  const readable = isCase ? can(actor.role, 'case:read') : can(actor.role, 'inspection:read');
  if (!d || !canSeeEnterprise(actor, d.enterprise_id, d.path) || !readable) throw new DomainError('NOT_FOUND', '记录不存在');
  if (need === 'issue') {
    const allowed = isCase ? can(actor.role, 'case:write') || can(actor.role, 'case:approve') : can(actor.role, 'inspection:write');
    if (!allowed) throw new DomainError('FORBIDDEN', '无权执行此操作');
  }
  return { view: documentView(d), fileId: d.file_id };
}

/** Inside a transition's transaction: the document to issue after commit. */
export async function createPendingDocument(
  trx: Transaction<DB>,
  p: { aggregate: Aggregate; aggregateId: string; enterpriseId: string; kind: DocumentKind; createdBy: string | null; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('documents')
    .values({
      aggregate_type: p.aggregate,
      aggregate_id: p.aggregateId,
      enterprise_id: p.enterpriseId,
      kind: p.kind,
      status: 'pending',
      issuer_org_id: null,
      year: null,
      seq: null,
      number: null,
      error: null,
      file_id: null,
      sha256: null,
      size: null,
      page_count: null,
      created_by: p.createdBy,
      created_at: p.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The next sequence number of (org, kind, year), inside the caller's transaction. The upsert
 * locks the counter row until the transaction ends: concurrent issuers wait, and a rollback
 * returns the number.
 */
export async function nextDocumentSeq(trx: Transaction<DB>, orgId: string, kind: DocumentKind, year: number): Promise<number> {
  const r = await sql<{ last_seq: number }>`
    INSERT INTO document_counters (org_id, kind, year, last_seq) VALUES (${orgId}, ${kind}, ${year}, 1)
    ON CONFLICT (org_id, kind, year) DO UPDATE SET last_seq = document_counters.last_seq + 1
    RETURNING last_seq`.execute(trx);
  return r.rows[0]!.last_seq;
}

/** The issuing unit of an enterprise's documents: its 区县 (or the city when it sits at city level). */
export async function issuingUnit(db: Database | Transaction<DB>, enterpriseId: string): Promise<{ id: string; name: string; shortName: string; level: string }> {
  const r = await sql<{ id: string; name: string; short_name: string; level: string }>`
    SELECT u.id, u.name, u.short_name, u.level
    FROM enterprises e JOIN org_units o ON o.id = e.org_id
    JOIN org_units u ON (o.path = u.path OR o.path LIKE u.path || '.%')
    WHERE e.id = ${enterpriseId} AND u.level IN ('district', 'city')
    ORDER BY (u.level = 'district') DESC LIMIT 1`.execute(db);
  const u = r.rows[0];
  if (!u) throw new DomainError('NOT_FOUND', '找不到发文单位');
  return { id: u.id, name: u.name, shortName: u.short_name, level: u.level };
}

/** 渝北 → 渝北应急 (the unit's abbreviation in document numbers). */
const unitAbbreviation = (shortName: string): string => `${shortName}应急`;

/** Step 1: gives the document its number if it has none. Returns the number. */
async function numberDocument(ctx: AppContext, documentId: string): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').selectAll().where('id', '=', documentId).forUpdate().executeTakeFirst();
    if (!doc) throw new DomainError('NOT_FOUND', '文书不存在');
    if (doc.number) return doc.number;
    const unit = await issuingUnit(trx, doc.enterprise_id);
    const year = Number(isoDateInChina(ctx.now()).slice(0, 4));
    const kind = doc.kind as DocumentKind;
    const seq = await nextDocumentSeq(trx, unit.id, kind, year);
    const number = documentNumberFor(kind, unitAbbreviation(unit.shortName), year, seq);
    await trx
      .updateTable('documents')
      .set({ issuer_org_id: unit.id, year, seq, number })
      .where('id', '=', documentId)
      .execute();
    return number;
  });
}

/**
 * Issues a pending or failed document: number, render, store, audit. Never throws for a render
 * or storage failure: the document is then `failed` with the reason and can be issued again.
 * Throws CONFLICT when it is already issued.
 */
export async function issueDocument(ctx: AppContext, documentId: string, actor: AuditActor, origin: AuditOrigin = {}): Promise<DocumentView> {
  const before = await ctx.db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!before) throw new DomainError('NOT_FOUND', '文书不存在');
  if (before.status === 'issued') throw new DomainError('CONFLICT', '文书已出具', { number: before.number });
  const store = fileStoreOf(ctx.config);
  let storedKey: string | undefined;
  try {
    const number = await numberDocument(ctx, documentId);
    const kind = before.kind as DocumentKind;
    const input = await buildDocumentInput(ctx, { ...before, number });
    const now = ctx.now();
    const rendered = await renderDocument(kind, input as never, { creationDate: now });
    const staged = await store.stage(rendered.bytes, Number.MAX_SAFE_INTEGER);
    const key = newStorageKey('document', now);
    await staged.commit(key);
    storedKey = key;
    const title = DOCUMENT_KINDS[kind].title;
    await ctx.db.transaction().execute(async (trx) => {
      const doc = await trx.selectFrom('documents').selectAll().where('id', '=', documentId).forUpdate().executeTakeFirstOrThrow();
      if (doc.status === 'issued') throw new DomainError('CONFLICT', '文书已出具', { number: doc.number });
      const file = await trx
        .insertInto('files')
        .values({
          aggregate_type: doc.aggregate_type,
          aggregate_id: doc.aggregate_id,
          enterprise_id: doc.enterprise_id,
          purpose: 'document',
          storage_key: key,
          name: `${number}${title}.pdf`,
          content_type: 'application/pdf',
          size: rendered.bytes.length,
          sha256: rendered.sha256,
          uploaded_by: null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('documents')
        .set({
          status: 'issued',
          error: null,
          attempts: sql`attempts + 1`,
          file_id: file.id,
          sha256: rendered.sha256,
          size: rendered.bytes.length,
          page_count: rendered.pageCount,
          issued_at: now,
        })
        .where('id', '=', documentId)
        .execute();
      await appendAudit(trx, {
        aggregateType: doc.aggregate_type,
        aggregateId: doc.aggregate_id,
        type: 'document.issued',
        payload: { kind, number, sha256: rendered.sha256, documentId, fileId: file.id },
        actor,
        origin,
        at: now,
      });
    });
  } catch (e) {
    if (storedKey) await store.remove(storedKey).catch(() => undefined);
    if (isDomainError(e) && e.code === 'CONFLICT') throw e;
    const message = isDomainError(e) ? e.message : e instanceof Error ? e.message : String(e);
    ctx.logger.warn({ err: e, documentId }, 'document issue failed');
    await ctx.db
      .updateTable('documents')
      .set({ status: 'failed', error: message.slice(0, 2000), attempts: sql`attempts + 1` })
      .where('id', '=', documentId)
      .where('status', '<>', 'issued')
      .execute();
  }
  const after = await ctx.db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
  return documentView(after);
}
