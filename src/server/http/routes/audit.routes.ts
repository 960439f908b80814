import { Type } from 'typebox';
import { AUDIT_EVENT_LABELS, type AuditEventType } from '../../../domain/audit/events.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { AuditEventView } from '../../../domain/views/audit.ts';
import { findViolation } from '../../../domain/legal/catalogue/index.ts';
import { listAuditEvents } from '../../audit/audit.repository.ts';
import type { AppContext } from '../../context.ts';
import { getEnterprise } from '../../enterprises/enterprise.service.ts';
import { can, type Actor } from '../../../domain/access.ts';
import { loadVisible } from '../../workflow/aggregate-store.ts';
import { requireActor, type App } from '../app.ts';
import { errors, Text } from '../schemas.ts';

/**
 * Who may read a record's timeline: the same people who may read the record. Each aggregate
 * type registers its access check here.
 */
export const AUDIT_ACCESS: Record<string, (ctx: AppContext, actor: Actor, id: string) => Promise<void>> = {
  enterprise: async (ctx, actor, id) => {
    await getEnterprise(ctx, actor, id);
  },
  // Benchmarks are published (行政处罚法 art. 34): their history is open to whoever reads the audit trail.
  benchmark: async (_ctx, _actor, id) => {
    if (!findViolation(id)) throw new DomainError('NOT_FOUND', '记录不存在');
  },
  user: async (_ctx, actor, id) => {
    if (actor.id !== id && actor.role !== 'admin') throw new DomainError('NOT_FOUND', '记录不存在');
  },
  // The workflow records: jurisdiction through the enterprise, and the record's own read permission.
  inspection: (ctx, actor, id) => workflowRecordAccess(ctx, actor, 'inspection', id),
  hazard: (ctx, actor, id) => workflowRecordAccess(ctx, actor, 'hazard', id),
  case: (ctx, actor, id) => workflowRecordAccess(ctx, actor, 'case', id),
};

async function workflowRecordAccess(ctx: AppContext, actor: Actor, aggregate: 'inspection' | 'hazard' | 'case', id: string): Promise<void> {
  if (!can(actor.role, aggregate === 'case' ? 'case:read' : 'inspection:read') || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new DomainError('NOT_FOUND', '记录不存在');
  }
  await loadVisible(ctx.db, actor, aggregate, id);
}

export default async function auditRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/audit/:type/:id',
    {
      schema: {
        tags: ['audit'],
        summary: '记录的审计时间线（全过程记录）',
        params: Type.Object({ type: Text(40, 1), id: Text(100, 1) }),
        response: {
          200: Type.Object({
            events: Type.Array(Type.Object({
              id: Type.Integer(), seq: Type.Integer(), type: Type.String(), label: Type.String(), at: Type.String(),
              actor: Type.Union([Type.Object({ id: Type.Union([Type.String(), Type.Null()]), name: Type.String(), role: Type.String(), orgName: Type.String() }), Type.Null()]),
              payload: Type.Unknown(), ip: Type.Union([Type.String(), Type.Null()]), hash: Type.String(),
            })),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'audit:read');
      const check = AUDIT_ACCESS[req.params.type];
      if (!check) throw new DomainError('NOT_FOUND', '记录不存在');
      await check(ctx, actor, req.params.id);
      const rows = await listAuditEvents(ctx.db, req.params.type, req.params.id);
      return {
        events: rows.map((r): AuditEventView => ({
          id: Number(r.id), seq: r.seq, type: r.type, label: AUDIT_EVENT_LABELS[r.type as AuditEventType] ?? r.type,
          at: new Date(r.at).toISOString(),
          actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role, orgName: r.actor_org_name },
          // appendAudit writes only AuditPayloads, objects all.
          payload: r.payload as Record<string, unknown>, ip: r.ip, hash: r.hash,
        })),
      };
    },
  );
}
