/**
 * Evidence files (photos, documents) of inspections, hazards and cases.
 *
 * Storing: the bytes are staged (temp file, size limit, SHA-256), their type sniffed from the
 * magic bytes (JPEG, PNG, WebP, PDF; the declared type is ignored), then moved to their key;
 * the row and the audit event 'file.stored' (with the SHA-256) are written in one transaction,
 * and the bytes are removed if that transaction fails. A rejected upload leaves nothing.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Actor } from '../../domain/access.ts';
import { DomainError } from '../../domain/errors.ts';
import type { FileView } from '../../domain/views/files.ts';
import type { Aggregate } from '../../domain/workflow/index.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { canSeeEnterprise, loadVisible } from '../workflow/aggregate-store.ts';
import { fileStoreOf, newStorageKey } from './file-store.ts';
import { sniffType } from './sniff.ts';

export async function filesOf(db: Database, aggregate: Aggregate, id: string): Promise<FileView[]> {
  const rows = await db
    .selectFrom('files as f')
    .leftJoin('users as u', 'u.id', 'f.uploaded_by')
    .select(['f.id', 'f.name', 'f.content_type', 'f.size', 'f.sha256', 'f.created_at', 'f.purpose', 'u.id as user_id', 'u.name as user_name'])
    .where('f.aggregate_type', '=', aggregate)
    .where('f.aggregate_id', '=', id)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    contentType: r.content_type,
    size: r.size,
    sha256: r.sha256,
    uploadedAt: new Date(r.created_at).toISOString(),
    uploadedBy: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
    url: `/api/files/${r.id}`,
    purpose: r.purpose,
  }));
}

/** A safe display name: no directories, no control characters, the sniffed extension. */
function cleanFileName(raw: string | undefined, extension: string): string {
  const printable = [...(raw ?? '')].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('');
  const base = path.basename(printable.replace(/\\/g, '/')).replace(/["<>|:*?]/g, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 100) || '证据';
  return `${stem}.${extension}`;
}

export async function storeEvidence(
  ctx: AppContext,
  actor: Actor,
  owner: { aggregate: Aggregate; id: string },
  source: Readable | Buffer,
  fileName: string | undefined,
  origin: AuditOrigin,
  /** Turns errors of the incoming stream (e.g. a malformed multipart body) into domain errors. */
  mapStreamError: (e: unknown) => unknown = (e) => e,
): Promise<FileView> {
  const row = await loadVisible(ctx.db, actor, owner.aggregate, owner.id); // 404 outside the jurisdiction
  const store = fileStoreOf(ctx.config);
  let staged;
  try {
    staged = await store.stage(source, ctx.config.maxUploadBytes);
  } catch (e) {
    throw mapStreamError(e);
  }
  const type = sniffType(staged.head);
  if (!type || staged.size === 0) {
    await staged.discard();
    throw new DomainError('FILE_REJECTED', '只接受 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容识别）', { accepted: ['jpeg', 'png', 'webp', 'pdf'] });
  }
  const now = ctx.now();
  const key = newStorageKey('evidence', now);
  await staged.commit(key);
  const name = cleanFileName(fileName, type.extension);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const file = await trx
        .insertInto('files')
        .values({
          aggregate_type: owner.aggregate,
          aggregate_id: owner.id,
          enterprise_id: row.enterprise_id,
          purpose: 'evidence',
          storage_key: key,
          name,
          content_type: type.contentType,
          size: staged.size,
          sha256: staged.sha256,
          uploaded_by: actor.id,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        aggregateType: owner.aggregate,
        aggregateId: owner.id,
        type: 'file.stored',
        payload: { name, size: staged.size, sha256: staged.sha256, contentType: type.contentType, fileId: file.id, purpose: 'evidence' },
        actor: auditActorOf(actor),
        origin,
        at: now,
      });
      return file.id;
    });
    return (await filesOf(ctx.db, owner.aggregate, owner.id)).find((f) => f.id === id)!;
  } catch (e) {
    await store.remove(key).catch(() => undefined);
    throw e;
  }
}

/** A stored file (evidence or document) within the actor's jurisdiction. */
export async function readStoredFile(ctx: AppContext, actor: Actor, id: string): Promise<{ name: string; contentType: string; bytes: Buffer; sha256: string }> {
  const f = await ctx.db
    .selectFrom('files as f')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .innerJoin('org_units as o', 'o.id', 'e.org_id')
    .select(['f.name', 'f.content_type', 'f.storage_key', 'f.sha256', 'f.enterprise_id', 'o.path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!f || !canSeeEnterprise(actor, f.enterprise_id, f.path)) throw new DomainError('NOT_FOUND', '记录不存在');
  const bytes = await fileStoreOf(ctx.config).read(f.storage_key);
  return { name: f.name, contentType: f.content_type, bytes, sha256: f.sha256 };
}

/** content-disposition with the Chinese name per RFC 5987/6266 and an ASCII fallback. */
export function contentDisposition(name: string, fallback: string): string {
  const plain = /^[\x20-\x7e]+$/.test(name) ? name.replace(/["\\]/g, '') : fallback;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
