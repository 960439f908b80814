/**
 * GET /…/:id, PATCH /…/:id and POST /…/:id/transitions of a workflow record (inspection, hazard,
 * case). What the three kinds share lives here: the :id param, the answer (the record's detail,
 * read again after a change), the read permission of the record also guarding its transitions, the
 * version field of a patch, and the transition body. A route adds only its summary, its own patch
 * fields, its write permission and its service calls.
 */
import { Type, type TObject, type TProperties, type TSchema } from 'typebox';
import type { Actor, Permission } from '../../../domain/access.ts';
import type { Aggregate } from '../../../domain/workflow/index.ts';
import type { AuditOrigin } from '../../audit/audit.repository.ts';
import type { AppContext } from '../../context.ts';
import { applyTransition } from '../../workflow/transition.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Uuid } from '../schemas.ts';
import { TransitionBody, Version } from './workflow.schemas.ts';

/** One kind of workflow record, as its :id routes see it. */
export interface WorkflowRecord {
  aggregate: Aggregate;
  /** The list path, e.g. '/inspections'; the routes here are below it at '/:id'. */
  path: string;
  /** The answer of every route here: the record's detail. */
  detail: TSchema;
  /** Reading the record, and proposing its transitions (the transition rules check the rest). */
  read: Permission;
  get: (ctx: AppContext, actor: Actor, id: string) => Promise<unknown>;
}

const IdParams = () => Type.Object({ id: Uuid });

export function workflowDetailRoute(app: App, ctx: AppContext, record: WorkflowRecord, summary: string): void {
  app.get(
    `${record.path}/:id`,
    {
      schema: {
        tags: ['workflow'],
        summary,
        params: IdParams(),
        response: { 200: record.detail, ...errors() },
      },
    },
    async (req) => record.get(ctx, requireActor(req, record.read), req.params.id),
  );
}

export interface WorkflowUpdateRoute<P> {
  summary: string;
  permission: Permission;
  /** The fields a patch may change, besides its version (the optimistic lock). */
  fields: TProperties;
  update: (ctx: AppContext, actor: Actor, id: string, patch: P, origin: AuditOrigin) => Promise<void>;
}

export function workflowUpdateRoute<P>(app: App, ctx: AppContext, record: WorkflowRecord, route: WorkflowUpdateRoute<P>): void {
  app.patch(
    `${record.path}/:id`,
    {
      schema: {
        tags: ['workflow'],
        summary: route.summary,
        params: IdParams(),
        body: Type.Object({ version: Version, ...route.fields }, { additionalProperties: false }),
        response: { 200: record.detail, ...errors() },
      },
    },
    async (req) => {
      const actor = requireActor(req, route.permission);
      await route.update(ctx, actor, req.params.id, req.body as P, originOf(req));
      return record.get(ctx, actor, req.params.id);
    },
  );
}

export function workflowTransitionRoute(app: App, ctx: AppContext, record: WorkflowRecord, route: { summary: string; input: TObject }): void {
  app.post(
    `${record.path}/:id/transitions`,
    {
      schema: {
        tags: ['workflow'],
        summary: route.summary,
        params: IdParams(),
        body: TransitionBody(record.aggregate, route.input),
        response: { 200: record.detail, ...errors(422) },
      },
    },
    async (req) => {
      const actor = requireActor(req, record.read);
      await applyTransition(ctx, actor, record.aggregate, req.params.id, req.body, originOf(req));
      return record.get(ctx, actor, req.params.id);
    },
  );
}
