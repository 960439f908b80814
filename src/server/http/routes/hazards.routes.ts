import { sql } from 'kysely';
import { Type } from 'typebox';
import { isoDateInChina } from '../../../domain/calendar/calendar.ts';
import type { AppContext } from '../../context.ts';
import { createHazard, getHazard, updateHazard } from '../../workflow/hazard.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Text, Uuid } from '../schemas.ts';
import { DetailBase, HazardInput, ViolationView } from './workflow.schemas.ts';
import { workflowListRoute } from './workflow-list.ts';
import { workflowDetailRoute, workflowTransitionRoute, workflowUpdateRoute, type WorkflowRecord } from './workflow-record.ts';

const HazardDetail = Type.Object({
  ...DetailBase,
  violation: Type.Union([ViolationView, Type.Null()]),
  overdue: Type.Object({ overdue: Type.Boolean(), daysOverdue: Type.Integer(), dueDate: Type.Optional(Type.String()) }),
  inspectionId: Type.Union([Type.String(), Type.Null()]),
  caseId: Type.Union([Type.String(), Type.Null()]),
});

/** PATCH /hazards/:id: what a patch may change besides its version. */
const HazardPatch = {
  description: Type.Optional(Text(2000, 1)),
  location: Type.Optional(Text(200, 1)),
  majorHazard: Type.Optional(Type.Boolean()),
  violationCode: Type.Optional(Type.Union([Text(40, 1), Type.Null()])),
};

const hazardRecord: WorkflowRecord = { aggregate: 'hazard', path: '/hazards', detail: HazardDetail, read: 'inspection:read', get: getHazard };

export default async function hazardRoutes(app: App, ctx: AppContext): Promise<void> {
  workflowListRoute<{ inspectionId?: string; overdue?: boolean }>(app, ctx, {
    aggregate: 'hazard',
    path: '/hazards',
    summary: '事故隐患列表（overdue=true 仅整改逾期的）',
    permission: 'inspection:read',
    query: { inspectionId: Type.Optional(Uuid), overdue: Type.Optional(Type.Boolean()) },
    where: (q) => {
      const where = [
        ...(q.inspectionId ? [sql<boolean>`a.inspection_id = ${q.inspectionId}`] : []),
        ...(q.overdue
          ? [sql<boolean>`a.state IN ('ordered', 'reinspectionFailed') AND EXISTS (SELECT 1 FROM deadlines d WHERE d.aggregate_type = 'hazard' AND d.aggregate_id = a.id
              AND d.kind = 'rectification' AND d.satisfied_at IS NULL AND d.cancelled_at IS NULL AND d.due_date < ${isoDateInChina(ctx.now())})`]
          : []),
      ];
      return where.length ? sql<boolean>`${sql.join(where, sql` AND `)}` : undefined;
    },
  });

  app.post(
    '/hazards',
    {
      schema: {
        tags: ['workflow'],
        summary: '登记事故隐患（违法行为编码由执法人员确认）',
        body: Type.Object(
          {
            enterpriseId: Uuid,
            inspectionId: Type.Optional(Uuid),
            description: Text(2000, 1),
            location: Text(200, 1),
            violationCode: Type.Optional(Text(40, 1)),
            majorHazard: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        response: { 201: HazardDetail, ...errors() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'inspection:write');
      const id = await createHazard(ctx, actor, req.body, originOf(req));
      return reply.code(201).send(await getHazard(ctx, actor, id));
    },
  );

  workflowDetailRoute(app, ctx, hazardRecord, '事故隐患详情（整改期限、是否逾期、可办理的操作）');

  workflowUpdateRoute(app, ctx, hazardRecord, { summary: '修改事故隐患（下达整改指令前）', permission: 'inspection:write', fields: HazardPatch, update: updateHazard });

  workflowTransitionRoute(app, ctx, hazardRecord, { summary: '事故隐患办理操作（下达整改指令、报告整改、复查、销号、逾期立案）', input: HazardInput });
}
