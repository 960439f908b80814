import { Type } from 'typebox';
import { can, type Actor } from '../../../domain/access.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { documentView, issueDocument, type DocumentView as DocumentViewType } from '../../documents/issue.service.ts';
import { auditActorOf } from '../../auth/auth.service.ts';
import { contentDisposition, readStoredFile } from '../../files/file.service.ts';
import { canSeeEnterprise, requireWorkflowReader } from '../../workflow/aggregate-store.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Uuid } from '../schemas.ts';
import { DocumentView } from './workflow.schemas.ts';

/** The document within the actor's jurisdiction, with the permission its record needs. */
async function visibleDocument(ctx: AppContext, actor: Actor, id: string, need: 'read' | 'issue'): Promise<{ view: DocumentViewType; fileId: string | null }> {
  const d = await ctx.db
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

export default async function documentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/documents/:id',
    {
      schema: { tags: ['workflow'], summary: '执法文书信息（编号、状态、SHA-256）', params: Type.Object({ id: Uuid }), response: { 200: DocumentView, ...errors() } },
    },
    async (req) => (await visibleDocument(ctx, requireActor(req), req.params.id, 'read')).view,
  );

  app.get(
    '/documents/:id/pdf',
    {
      schema: { tags: ['workflow'], summary: '下载执法文书 PDF', params: Type.Object({ id: Uuid }), response: errors() },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { view, fileId } = await visibleDocument(ctx, actor, req.params.id, 'read');
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
      await visibleDocument(ctx, actor, req.params.id, 'issue');
      return issueDocument(ctx, req.params.id, auditActorOf(actor), originOf(req));
    },
  );
}
