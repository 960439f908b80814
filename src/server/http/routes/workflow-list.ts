/**
 * GET /inspections, /hazards, /cases: the list route of a workflow. What the three share lives
 * here: the query (state, enterpriseId, mine, page, pageSize), the caller's jurisdiction, the
 * order and the page answered (listSummaries). A route adds only its own query fields and the
 * SQL condition they make.
 */
import type { TSchema } from 'typebox';
import type { Actor, Permission } from '../../../domain/access.ts';
import type { Aggregate } from '../../../domain/workflow/index.ts';
import type { AppContext } from '../../context.ts';
import { listSummaries, type ListFilter } from '../../workflow/views.ts';
import { requireActor, type App } from '../app.ts';
import { errors } from '../schemas.ts';
import { ListQuery, SummaryPage, type ListQueryValue } from './workflow.schemas.ts';

export interface WorkflowListRoute<Q> {
  aggregate: Aggregate;
  path: string;
  summary: string;
  permission: Permission;
  /** The query fields of this list besides the common ones. */
  query?: Record<string, TSchema>;
  /** The condition on `a` (the aggregate's row) that this list's own fields make; undefined: none. */
  where?: (query: ListQueryValue & Q, actor: Actor) => ListFilter['where'];
}

export function workflowListRoute<Q = object>(app: App, ctx: AppContext, route: WorkflowListRoute<Q>): void {
  app.get(
    route.path,
    {
      schema: {
        tags: ['workflow'],
        summary: route.summary,
        querystring: ListQuery(route.aggregate, route.query),
        response: { 200: SummaryPage, ...errors() },
      },
    },
    async (req) => {
      const actor = requireActor(req, route.permission);
      const q = req.query as ListQueryValue & Q;
      const where = route.where?.(q, actor);
      const { items, total } = await listSummaries(ctx, actor, route.aggregate, {
        ...(q.state ? { states: [q.state] } : {}),
        ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
        mine: q.mine === true,
        ...(where ? { where } : {}),
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );
}
