import { Type } from 'typebox';
import { DEADLINE_KIND_LABELS } from '../../workflow/deadlines.repository.ts';
import { isoDateInChina } from '../../../domain/calendar/calendar.ts';
import { DOCUMENT_KIND_LIST } from '../../../domain/documents/index.ts';
import { DomainError } from '../../../domain/errors.ts';
import { MEASURE_LABELS } from '../../../domain/legal/violation.ts';
import type { Role } from '../../../domain/glossary.ts';
import type { KeyLabel, MachineMeta, StaffMemberView, WorkflowMeta } from '../../../domain/views/workflow.ts';
import {
  CASE_SOURCE_LABELS,
  GUARD_RULES,
  INSPECTION_TYPE_LABELS,
  MACHINES,
  RECTIFICATION_ACTION_LABELS,
  certificateValidOn,
  type Aggregate,
} from '../../../domain/workflow/index.ts';
import type { AppContext } from '../../context.ts';
import { ACCEPTED_TYPES } from '../../files/sniff.ts';
import { requireWorkflowReader } from '../../workflow/aggregate-store.ts';
import { listStaff } from '../../workflow/staff.ts';
import { apiField } from '../../workflow/views.ts';
import { workbench } from '../../workflow/workbench.service.ts';
import { requireActor, type App } from '../app.ts';
import { errors, IsoDate } from '../schemas.ts';
import { DeadlineView, Literals, Summary } from './workflow.schemas.ts';

const KeyLabels = Type.Array(Type.Object({ key: Type.String(), label: Type.String() }));
const labels = (table: Readonly<Record<string, string>>): KeyLabel[] => Object.entries(table).map(([key, label]) => ({ key, label }));
const SERVICE_METHOD_LABELS = { inPerson: '直接送达', onSpot: '当场交付', electronic: '电子送达', mail: '邮寄送达', other: '其他方式' };

const DeadlineItem = Type.Object({
  ...DeadlineView.properties,
  subject: Type.Object({ aggregate: Type.String(), id: Type.String(), title: Type.String(), enterpriseName: Type.String() }),
});

/** A workflow's states and events as the UI reads them. */
function machineMeta(aggregate: Aggregate): MachineMeta {
  const m = MACHINES[aggregate] as unknown as {
    states: readonly string[]; final: readonly string[]; stateLabels: Record<string, string>;
    transitions: readonly { event: string; label: string; from: readonly string[]; to: string; roles: readonly Role[]; requires?: readonly string[] }[];
  };
  return {
    states: m.states.map((s) => ({ key: s, label: m.stateLabels[s] ?? s, final: m.final.includes(s) })),
    events: m.transitions.map((t) => ({
      event: t.event, label: t.label, from: [...t.from], to: t.to, roles: [...t.roles],
      requires: (t.requires ?? []).map(apiField),
    })),
  };
}

/** The workflow's states, events, rules and labels: static for a server, built once when the routes are registered. */
function workflowMeta(ctx: AppContext): WorkflowMeta {
  return {
    machines: { inspection: machineMeta('inspection'), hazard: machineMeta('hazard'), case: machineMeta('case') },
    rules: GUARD_RULES.map((r) => ({ aggregate: r.aggregate, id: r.id, article: r.article, message: r.message, policy: r.policy, code: r.code })),
    inspectionTypes: labels(INSPECTION_TYPE_LABELS),
    rectificationActions: labels(RECTIFICATION_ACTION_LABELS),
    caseSources: labels(CASE_SOURCE_LABELS),
    serviceMethods: labels(SERVICE_METHOD_LABELS),
    measures: labels(MEASURE_LABELS),
    documentKinds: DOCUMENT_KIND_LIST.map((k) => ({ key: k.key, title: k.title, kindAbbr: k.kindAbbr })),
    deadlineKinds: labels(DEADLINE_KIND_LABELS),
    upload: { maxBytes: ctx.config.maxUploadBytes, types: [...ACCEPTED_TYPES] },
  };
}

export default async function workbenchRoutes(app: App, ctx: AppContext): Promise<void> {
  const meta = workflowMeta(ctx);
  app.get(
    '/workbench',
    {
      schema: {
        tags: ['workflow'],
        summary: '工作台：我的（或本单位的）检查、隐患、案件，逾期和即将到期的期限，待审批、待法制审核',
        response: {
          200: Type.Object({
            today: Type.String(),
            scope: Type.String(),
            inspections: Type.Array(Summary),
            hazards: Type.Array(Summary),
            cases: Type.Array(Summary),
            deadlines: Type.Object({ overdue: Type.Array(DeadlineItem), dueSoon: Type.Array(DeadlineItem) }),
            queues: Type.Object({ awaitingApproval: Type.Array(Summary), awaitingReview: Type.Array(Summary) }),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      requireWorkflowReader(actor);
      return workbench(ctx, actor);
    },
  );

  app.get(
    '/workflow/meta',
    {
      schema: {
        tags: ['workflow'],
        summary: '执法流程的环节、操作、规则与标签（供界面使用）',
        response: {
          200: Type.Object({
            machines: Type.Record(Type.String(), Type.Object({
              states: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), final: Type.Boolean() })),
              events: Type.Array(Type.Object({
                event: Type.String(), label: Type.String(), from: Type.Array(Type.String()), to: Type.String(),
                roles: Type.Array(Type.String()), requires: Type.Array(Type.String()),
              })),
            })),
            rules: Type.Array(Type.Object({ aggregate: Type.String(), id: Type.String(), article: Type.String(), message: Type.String(), policy: Type.Boolean(), code: Type.String() })),
            inspectionTypes: KeyLabels,
            rectificationActions: KeyLabels,
            caseSources: KeyLabels,
            serviceMethods: KeyLabels,
            measures: KeyLabels,
            documentKinds: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), kindAbbr: Type.String() })),
            deadlineKinds: KeyLabels,
            upload: Type.Object({ maxBytes: Type.Integer(), types: Type.Array(Type.String()) }),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req);
      return meta;
    },
  );

  app.get(
    '/workflow/staff',
    {
      schema: {
        tags: ['workflow'],
        summary: '本单位人员（执法人员及执法证、法制审核人员、负责人、技术检查员），供选择',
        querystring: Type.Object(
          { role: Type.Optional(Literals(['officer', 'legal_reviewer', 'leader', 'tech_inspector'])), date: Type.Optional(IsoDate) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({
              id: Type.String(), name: Type.String(), role: Type.String(), org: Type.Object({ id: Type.String(), name: Type.String() }),
              legalQualification: Type.Boolean(),
              certificate: Type.Union([Type.Object({ number: Type.String(), issuer: Type.Union([Type.String(), Type.Null()]), validFrom: Type.String(), validTo: Type.String() }), Type.Null()]),
              certificateValid: Type.Boolean(),
            })),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'inspection:read');
      if (actor.role === 'enterprise_user') throw new DomainError('FORBIDDEN', '无权执行此操作');
      const date = req.query.date ?? isoDateInChina(ctx.now());
      const staff = await listStaff(ctx.db, actor, req.query.role);
      return {
        items: staff.map((m): StaffMemberView => ({
          id: m.id, name: m.name, role: m.role, org: { id: m.org.id, name: m.org.name }, legalQualification: m.legalQualification,
          certificate: m.certificate, certificateValid: certificateValidOn(m.certificate, date),
        })),
      };
    },
  );
}
