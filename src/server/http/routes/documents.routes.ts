import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { issueDocument, visibleDocument } from '../../documents/issue.service.ts';
import { auditActorOf } from '../../auth/auth.service.ts';
import { contentDisposition, readStoredFile } from '../../files/file.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Uuid } from '../schemas.ts';
import { DocumentView } from './workflow.schemas.ts';

export default async function documentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/documents/:id',
    {
      schema: { tags: ['workflow'], summary: '执法文书信息（编号、状态、SHA-256）', params: Type.Object({ id: Uuid }), response: { 200: DocumentView, ...errors() } },
    },
    async (req) => (await visibleDocument(ctx.db, requireActor(req), req.params.id, 'read')).view,
  );

  app.get(
    '/documents/:id/pdf',
    {
      schema: { tags: ['workflow'], summary: '下载执法文书 PDF', params: Type.Object({ id: Uuid }), response: errors() },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { view, fileId } = await visibleDocument(ctx.db, actor, req.params.id, 'read');
      if (view.status !== 'issued' || !fileId) throw new DomainError('NOT_FOUND', '文书尚未出具');
      const f = await readStoredFile(ctx, actor, fileId);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`${view.number ?? ''}${view.title}.pdf`, 'document.pdf'))
        .header('x-content-sha256', f.sha256)
        .header('cache-control', 'private, no-store')
        .send(f.bytes);
    },
  );

  app.post(
    '/documents/:id/issue',
    {
      schema: {
        tags: ['workflow'],
        summary: '出具（重新出具）待出具或出具失败的文书',
        params: Type.Object({ id: Uuid }),
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: { 200: DocumentView, ...errors() },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await visibleDocument(ctx.db, actor, req.params.id, 'issue');
      return issueDocument(ctx, req.params.id, auditActorOf(actor), originOf(req));
    },
  );
}
