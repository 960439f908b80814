/**
 * Evidence uploads (multipart/form-data, one part named `file`) and downloads. The multipart
 * parser is registered for these routes only. Limits: SAFELAW_MAX_UPLOAD_MB; the type is
 * sniffed from the bytes (file.service.ts). A rejected upload leaves no file and no row.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { can, type Permission } from '../../../domain/access.ts';
import { DomainError, isDomainError } from '../../../domain/errors.ts';
import type { Aggregate } from '../../../domain/workflow/index.ts';
import type { AppContext } from '../../context.ts';
import { contentDisposition, readStoredFile, storeEvidence } from '../../files/file.service.ts';
import { requireWorkflowReader } from '../../workflow/aggregate-store.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Uuid } from '../schemas.ts';
import { FileView } from './workflow.schemas.ts';

const UPLOADS: { path: string; aggregate: Aggregate; label: string; permissions: Permission[] }[] = [
  { path: '/inspections/:id/files', aggregate: 'inspection', label: '监督检查', permissions: ['inspection:write'] },
  { path: '/hazards/:id/files', aggregate: 'hazard', label: '事故隐患', permissions: ['inspection:write', 'hazard:report'] },
  { path: '/cases/:id/files', aggregate: 'case', label: '行政处罚案件', permissions: ['case:write'] },
];

/** Errors of the multipart parser as domain errors (never a 5xx for a malformed upload). */
function multipartError(e: unknown): unknown {
  if (isDomainError(e)) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new DomainError('PAYLOAD_TOO_LARGE', '上传内容超过限制');
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new DomainError('UNSUPPORTED_MEDIA_TYPE', '请使用 multipart/form-data 上传文件');
  return new DomainError('FILE_REJECTED', '上传内容无法解析', { reason: e instanceof Error ? e.message.slice(0, 200) : String(e) });
}

async function upload(ctx: AppContext, req: FastifyRequest<{ Params: { id: string } }>, aggregate: Aggregate, permissions: Permission[]) {
  const actor = requireActor(req);
  if (!permissions.some((p) => can(actor.role, p))) throw new DomainError('FORBIDDEN', '无权执行此操作');
  if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', '请使用 multipart/form-data 上传文件');
  let part;
  try {
    // One byte over the limit, so that the store's own meter sees the excess and refuses it.
    part = await req.file({ limits: { fileSize: ctx.config.maxUploadBytes + 1, files: 1, fields: 10, parts: 12 } });
  } catch (e) {
    throw multipartError(e);
  }
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw new DomainError('FILE_REJECTED', '缺少名为 file 的文件');
  }
  return storeEvidence(ctx, actor, { aggregate, id: req.params.id }, part.file, part.filename, originOf(req), multipartError);
}

export default async function fileRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scoped) => {
    await scoped.register(multipart, { limits: { fileSize: ctx.config.maxUploadBytes + 1, files: 1, fields: 10, parts: 12 } });
    for (const u of UPLOADS) {
      scoped.post(
        u.path,
        {
          schema: {
            tags: ['workflow'],
            summary: `上传${u.label}证据文件（multipart/form-data，字段 file；JPEG/PNG/WebP/PDF，按内容识别）`,
            consumes: ['multipart/form-data'],
            params: Type.Object({ id: Uuid }),
            response: { 201: FileView, ...errors(413, 415) },
          },
        },
        async (req, reply) => reply.code(201).send(await upload(ctx, req as FastifyRequest<{ Params: { id: string } }>, u.aggregate, u.permissions)),
      );
    }
  });

  app.get(
    '/files/:id',
    {
      schema: {
        tags: ['workflow'],
        summary: '下载证据文件或文书（辖区内）',
        params: Type.Object({ id: Uuid }),
        response: errors(),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      requireWorkflowReader(actor);
      const f = await readStoredFile(ctx, actor, req.params.id);
      return reply
        .type(f.contentType)
        .header('content-disposition', contentDisposition(f.name, `file.${f.name.split('.').pop() ?? 'bin'}`))
        .header('x-content-sha256', f.sha256)
        .header('cache-control', 'private, no-store')
        .send(f.bytes);
    },
  );
}
