import { Type } from 'typebox';
import { isoDateInChina } from '../../../domain/calendar/calendar.ts';
import { CASE_SOURCE_LABELS } from '../../../domain/workflow/index.ts';
import type { AppContext } from '../../context.ts';
import { createCase, getCase, penaltySuggestion, updateCase } from '../../workflow/case.service.ts';
import { caseQueueWhere } from '../../workflow/workbench.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, IsoDate, Text, Uuid } from '../schemas.ts';
import { CaseInput, DetailBase, DiscretionBody, Ids, Literals, OfficerView, ViolationView } from './workflow.schemas.ts';
import { workflowListRoute } from './workflow-list.ts';
import { workflowDetailRoute, workflowTransitionRoute, workflowUpdateRoute, type WorkflowRecord } from './workflow-record.ts';

const Flags = Type.Object(
  {
    majorPublicInterest: Type.Optional(Type.Boolean()),
    majorRights: Type.Optional(Type.Boolean()),
    difficultMultipleRelations: Type.Optional(Type.Boolean()),
    reviewRequiredByLaw: Type.Optional(Type.Boolean()),
    complexCircumstances: Type.Optional(Type.Boolean()),
    majorViolation: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const Reason = Type.Object({ article: Type.String(), text: Type.String() });
const CaseDetail = Type.Object({
  ...DetailBase,
  title: Type.String(),
  facts: Type.String(),
  violation: Type.Union([ViolationView, Type.Null()]),
  investigators: Type.Array(OfficerView),
  hazardId: Type.Union([Type.String(), Type.Null()]),
  inspectionId: Type.Union([Type.String(), Type.Null()]),
  decisionDueDate: Type.Union([Type.String(), Type.Null()]),
  discretion: Type.Unknown({ description: 'the last discretion computation (facts, range, recommended), or null' }),
  requirements: Type.Object({
    legalReview: Type.Array(Reason),
    collectiveDeliberation: Type.Array(Reason),
    hearingRights: Type.Array(Reason),
  }),
});

/** PATCH /cases/:id: what a patch may change besides its version. */
const CasePatch = {
  title: Type.Optional(Text(200, 1)),
  facts: Type.Optional(Text(8000)),
  violationCode: Type.Optional(Type.Union([Text(40, 1), Type.Null()])),
  investigatorIds: Type.Optional(Ids(20)),
  flags: Type.Optional(Flags),
  harmToLifeHealthOrFinance: Type.Optional(Type.Boolean()),
  actAlreadyFined: Type.Optional(Type.Boolean()),
};

const caseRecord: WorkflowRecord = { aggregate: 'case', path: '/cases', detail: CaseDetail, read: 'case:read', get: getCase };

export default async function caseRoutes(app: App, ctx: AppContext): Promise<void> {
  workflowListRoute<{ queue?: 'approval' | 'review' }>(app, ctx, {
    aggregate: 'case',
    path: '/cases',
    summary: '行政处罚案件列表（queue=approval 待负责人审批，queue=review 待法制审核）',
    permission: 'case:read',
    query: { queue: Type.Optional(Literals(['approval', 'review'])) },
    where: (q, actor) => (q.queue ? caseQueueWhere(actor, q.queue, isoDateInChina(ctx.now())) : undefined),
  });

  app.post(
    '/cases',
    {
      schema: {
        tags: ['workflow'],
        summary: '新建行政处罚案件（待立案）',
        body: Type.Object(
          {
            enterpriseId: Uuid,
            title: Text(200, 1),
            partyKind: Literals(['organisation', 'citizen']),
            source: Literals(Object.keys(CASE_SOURCE_LABELS)),
            actEndedOn: IsoDate,
            discoveredOn: IsoDate,
            investigatorIds: Ids(20),
            violationCode: Type.Optional(Text(40, 1)),
            hazardId: Type.Optional(Uuid),
            inspectionId: Type.Optional(Uuid),
            facts: Type.Optional(Text(8000)),
            harmToLifeHealthOrFinance: Type.Optional(Type.Boolean()),
            actAlreadyFined: Type.Optional(Type.Boolean()),
            flags: Type.Optional(Flags),
          },
          { additionalProperties: false },
        ),
        response: { 201: CaseDetail, ...errors() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'case:write');
      const id = await createCase(ctx, actor, req.body as Parameters<typeof createCase>[2], originOf(req));
      return reply.code(201).send(await getCase(ctx, actor, id));
    },
  );

  workflowDetailRoute(app, ctx, caseRecord, '行政处罚案件详情（程序要求、期限、可办理的操作及其限制规则）');

  workflowUpdateRoute(app, ctx, caseRecord, { summary: '修改案情（作出决定前）；version 为乐观锁版本号', permission: 'case:write', fields: CasePatch, update: updateCase });

  app.post(
    '/cases/:id/penalty-suggestion',
    {
      schema: {
        tags: ['workflow'],
        summary: '按裁量基准计算建议处罚（不保存）',
        params: Type.Object({ id: Uuid }),
        body: DiscretionBody,
        response: { 200: Type.Object({ result: Type.Unknown(), penalty: Type.Unknown() }), ...errors() },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'case:read');
      requireActor(req, 'penalty:compute');
      return penaltySuggestion(ctx, actor, req.params.id, req.body);
    },
  );

  workflowTransitionRoute(app, ctx, caseRecord, { summary: '行政处罚案件办理操作（立案、告知、法制审核、决定、送达、执行、结案…）', input: CaseInput });
}

