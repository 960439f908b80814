import { Type } from 'typebox';
import { INSPECTION_TYPE_LABELS } from '../../../domain/workflow/index.ts';
import type { AppContext } from '../../context.ts';
import { createInspection, getInspection, updateInspection } from '../../workflow/inspection.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, IsoDate, Text, Uuid } from '../schemas.ts';
import { DetailBase, Ids, InspectionInput, Literals, OfficerView } from './workflow.schemas.ts';
import { workflowListRoute } from './workflow-list.ts';
import { workflowDetailRoute, workflowTransitionRoute, workflowUpdateRoute, type WorkflowRecord } from './workflow-record.ts';

const InspectionType = Literals(Object.keys(INSPECTION_TYPE_LABELS));
const Checklist = Type.Array(
  Type.Object({ item: Text(200, 1), result: Literals(['ok', 'finding', 'notApplicable']) }, { additionalProperties: false }),
  { maxItems: 200 },
);
const InspectionDetail = Type.Object({
  ...DetailBase,
  type: Type.String(),
  typeLabel: Type.String(),
  date: Type.String(),
  officers: Type.Array(OfficerView),
  techInspectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

/** PATCH /inspections/:id: what a patch may change besides its version. */
const InspectionPatch = {
  checklist: Type.Optional(Checklist),
  findings: Type.Optional(Type.Array(Type.Object({ id: Text(40, 1), description: Text(2000, 1) }, { additionalProperties: false }), { maxItems: 200 })),
  officerSignatures: Type.Optional(Ids(20)),
  enterpriseSignature: Type.Optional(Type.Union([Type.Object({ signedBy: Text(100, 1), signedOn: IsoDate }, { additionalProperties: false }), Type.Null()])),
  enterpriseRefusal: Type.Optional(Type.Union([Type.Object({ note: Text(2000, 1), notedOn: IsoDate }, { additionalProperties: false }), Type.Null()])),
  evidenceIds: Type.Optional(Ids(200)),
  techInspectorIds: Type.Optional(Ids(20)),
};

const inspectionRecord: WorkflowRecord = { aggregate: 'inspection', path: '/inspections', detail: InspectionDetail, read: 'inspection:read', get: getInspection };

export default async function inspectionRoutes(app: App, ctx: AppContext): Promise<void> {
  workflowListRoute(app, ctx, {
    aggregate: 'inspection',
    path: '/inspections',
    summary: '监督检查列表（辖区内；mine=true 仅本人参与的）',
    permission: 'inspection:read',
  });

  app.post(
    '/inspections',
    {
      schema: {
        tags: ['workflow'],
        summary: '新建监督检查（至少两名检查当日持有效执法证的执法人员）',
        body: Type.Object(
          {
            enterpriseId: Uuid,
            type: InspectionType,
            date: IsoDate,
            officerIds: Ids(20),
            techInspectorIds: Type.Optional(Ids(20)),
            checklist: Type.Optional(Checklist),
          },
          { additionalProperties: false },
        ),
        response: { 201: InspectionDetail, ...errors(422) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'inspection:write');
      const body = req.body as Parameters<typeof createInspection>[2];
      const id = await createInspection(ctx, actor, body, originOf(req));
      return reply.code(201).send(await getInspection(ctx, actor, id));
    },
  );

  workflowDetailRoute(app, ctx, inspectionRecord, '监督检查详情（可办理的操作及其限制规则、期限、文书、证据）');

  workflowUpdateRoute(app, ctx, inspectionRecord, {
    summary: '记录检查情况（发现问题、签字、拒绝签字情况、证据）；version 为乐观锁版本号',
    permission: 'inspection:write',
    fields: InspectionPatch,
    update: updateInspection,
  });

  workflowTransitionRoute(app, ctx, inspectionRecord, { summary: '监督检查办理操作（start 开始检查 / finish 完成检查 / cancel 取消）', input: InspectionInput });
}
