/**
 * What the API shows of a workflow record: the common part of every detail (state and its
 * label, version, enterprise, record, the caller's allowed actions with the rule that blocks
 * each, deadlines, documents, files) and list summaries.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import type { DeadlineKind } from '../../domain/calendar/periods.ts';
import {
  INSPECTION_TYPE_LABELS,
  MACHINES,
  allowedActions,
  type Aggregate,
  type ContextOf,
  type InspectionType,
  type StateOf,
} from '../../domain/workflow/index.ts';
import type { AllowedActionView, WorkflowDetail, WorkflowSummary } from '../../domain/views/workflow.ts';
import type { AppContext } from '../context.ts';
import { documentsOf } from '../documents/issue.service.ts';
import { filesOf } from '../files/file.service.ts';
import { TABLE_OF, jurisdictionSql, type AggregateRow } from './aggregate-store.ts';
import { DEADLINE_KIND_LABELS, PARTY_WINDOWS, deadlineView, deadlinesOf } from './deadlines.repository.ts';
import { workflowConfigOf } from './workflow-config.ts';

/** Input fields as the API names them (the server turns reviewerId into the domain's reviewer). */
const API_FIELD: Record<string, string> = { reviewer: 'reviewerId' };
export const apiField = (key: string): string => API_FIELD[key] ?? key;

function actionsFor(ctx: AppContext, actor: Actor, aggregate: Aggregate, state: string, record: unknown): AllowedActionView[] {
  const machine = MACHINES[aggregate];
  const context = {
    today: isoDateInChina(ctx.now()),
    actor: { id: actor.id, role: actor.role },
    record,
    config: workflowConfigOf(ctx.config),
  } as unknown as ContextOf<typeof aggregate>;
  const labels = machine.stateLabels as Record<string, string>;
  return allowedActions(aggregate, state as StateOf<typeof aggregate>, context).map((a) => {
    const def = (machine.transitions as readonly { event: string; requires?: readonly string[] }[]).find((t) => t.event === a.event);
    return {
      event: a.event,
      label: a.label,
      to: a.to,
      toLabel: labels[a.to] ?? a.to,
      allowed: a.allowed,
      ...(a.blockedBy ? { blockedBy: { id: a.blockedBy.id, article: a.blockedBy.article, message: a.blockedBy.message, code: a.blockedBy.code } } : {}),
      checkedOnSubmit: a.checkedOnSubmit.map((r) => ({ id: r.id, article: r.article, message: r.message })),
      requires: (def?.requires ?? []).map(apiField),
    };
  });
}

export async function detailBase(ctx: AppContext, actor: Actor, aggregate: Aggregate, row: AggregateRow): Promise<WorkflowDetail> {
  const machine = MACHINES[aggregate];
  const today = isoDateInChina(ctx.now());
  const [enterprise, creator, deadlines, documents, files] = await Promise.all([
    ctx.db
      .selectFrom('enterprises as e')
      .innerJoin('org_units as o', 'o.id', 'e.org_id')
      .select(['e.id', 'e.name', 'e.credit_code', 'e.address', 'o.id as org_id', 'o.name as org_name'])
      .where('e.id', '=', row.enterprise_id)
      .executeTakeFirstOrThrow(),
    row.created_by ? ctx.db.selectFrom('users').select(['id', 'name']).where('id', '=', row.created_by).executeTakeFirst() : undefined,
    deadlinesOf(ctx.db, aggregate, row.id),
    documentsOf(ctx.db, aggregate, row.id),
    filesOf(ctx.db, aggregate, row.id),
  ]);
  return {
    id: row.id,
    aggregate,
    state: row.state,
    stateLabel: (machine.stateLabels as Record<string, string>)[row.state] ?? row.state,
    final: (machine.final as readonly string[]).includes(row.state),
    version: row.version,
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      creditCode: enterprise.credit_code,
      address: enterprise.address,
      org: { id: enterprise.org_id, name: enterprise.org_name },
    },
    record: row.record,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    createdBy: creator ? { id: creator.id, name: creator.name } : null,
    allowedActions: actionsFor(ctx, actor, aggregate, row.state, row.record),
    deadlines: deadlines.map((d) => deadlineView(d, today)),
    documents,
    files,
  };
}

interface SummaryRow {
  id: string;
  state: string;
  updated_at: Date;
  enterprise_id: string;
  enterprise_name: string;
  type?: string;
  date?: string;
  description?: string;
  title?: string;
  next_kind: string | null;
  next_due: string | null;
  total: number;
}

export function titleOf(aggregate: Aggregate, r: { type?: string; date?: string; description?: string; title?: string }): string {
  if (aggregate === 'inspection') return `${INSPECTION_TYPE_LABELS[r.type as InspectionType] ?? r.type} ${r.date ?? ''}`.trim();
  if (aggregate === 'hazard') return (r.description ?? '').slice(0, 80);
  return r.title ?? '';
}

const summary = (aggregate: Aggregate, r: SummaryRow, today: string): WorkflowSummary => ({
  id: r.id,
  aggregate,
  title: titleOf(aggregate, r),
  state: r.state,
  stateLabel: (MACHINES[aggregate].stateLabels as Record<string, string>)[r.state] ?? r.state,
  enterprise: { id: r.enterprise_id, name: r.enterprise_name },
  updatedAt: new Date(r.updated_at).toISOString(),
  nextDeadline:
    r.next_kind && r.next_due
      ? { kind: r.next_kind, kindLabel: DEADLINE_KIND_LABELS[r.next_kind as DeadlineKind] ?? r.next_kind, dueDate: r.next_due, overdue: r.next_due < today }
      : null,
});

export interface ListFilter {
  states?: readonly string[];
  excludeStates?: readonly string[];
  enterpriseId?: string;
  /** Only records the actor takes part in (officers, investigators, creator). */
  mine?: boolean;
  /** Extra SQL condition on `a`. */
  where?: ReturnType<typeof sql<boolean>>;
  page?: number;
  pageSize?: number;
}

export async function listSummaries(ctx: AppContext, actor: Actor, aggregate: Aggregate, f: ListFilter): Promise<{ items: WorkflowSummary[]; total: number }> {
  const pageSize = f.pageSize ?? 20;
  const offset = ((f.page ?? 1) - 1) * pageSize;
  const conditions = [
    jurisdictionSql(actor),
    ...(f.states ? [f.states.length ? sql<boolean>`a.state IN (${sql.join(f.states)})` : sql<boolean>`false`] : []),
    ...(f.excludeStates?.length ? [sql<boolean>`a.state NOT IN (${sql.join(f.excludeStates)})`] : []),
    ...(f.enterpriseId ? [sql<boolean>`a.enterprise_id = ${f.enterpriseId}`] : []),
    ...(f.mine ? [sql<boolean>`(a.participant_ids @> ARRAY[${actor.id}]::uuid[] OR a.created_by = ${actor.id})`] : []),
    ...(f.where ? [f.where] : []),
  ];
  const today = isoDateInChina(ctx.now());
  const r = await sql<SummaryRow>`
    SELECT a.*, e.name AS enterprise_name, nd.kind AS next_kind, nd.due_date AS next_due, count(*) OVER () AS total
    FROM ${sql.table(TABLE_OF[aggregate])} a
    JOIN enterprises e ON e.id = a.enterprise_id
    JOIN org_units o ON o.id = e.org_id
    LEFT JOIN LATERAL (
      SELECT d.kind, d.due_date FROM deadlines d
      WHERE d.aggregate_type = ${aggregate} AND d.aggregate_id = a.id AND d.satisfied_at IS NULL AND d.cancelled_at IS NULL
        AND NOT (d.kind IN (${sql.join(PARTY_WINDOWS)}) AND d.due_date < ${today})
      ORDER BY d.due_date LIMIT 1
    ) nd ON true
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY a.updated_at DESC, a.id
    LIMIT ${pageSize} OFFSET ${offset}`.execute(ctx.db);
  return { items: r.rows.map((row) => summary(aggregate, row, today)), total: r.rows[0]?.total ?? 0 };
}
