/**
 * 工作台: what needs the caller's attention. Officers (and technical inspectors) see the
 * records they take part in; leaders, reviewers and administrators those of their unit. Open
 * inspections, hazards and cases; deadlines overdue and due within a week; the leader's
 * approval queue and the legal reviewer's review queue.
 */
import { sql } from 'kysely';
import { can, type Actor } from '../../domain/access.ts';
import { addCalendarDays, isoDateInChina } from '../../domain/calendar/calendar.ts';
import type { DeadlineItem, Workbench, WorkflowSummary } from '../../domain/views/workflow.ts';
import type { Aggregate } from '../../domain/workflow/index.ts';
import type { AppContext } from '../context.ts';
import { jurisdictionSql } from './aggregate-store.ts';
import { PARTY_WINDOWS, deadlineView } from './deadlines.repository.ts';
import { listSummaries, titleOf } from './views.ts';

export const DUE_SOON_DAYS = 7;

/**
 * Cases waiting for a leader (立案, 集体讨论, 决定 once the party was heard, 结案) or for a legal
 * review (a reviewer sees those assigned to them). On `a` (cases).
 */
export function caseQueueWhere(actor: Actor, queue: 'approval' | 'review', today = '9999-12-31') {
  if (queue === 'review') {
    return actor.role === 'legal_reviewer'
      ? sql<boolean>`a.state = 'legalReview' AND a.record->'legalReview'->'reviewer'->>'userId' = ${actor.id}`
      : sql<boolean>`a.state = 'legalReview'`;
  }
  return sql<boolean>`(
    a.state IN ('draft', 'reviewed', 'deliberation', 'deliberated', 'heard', 'transferred', 'withdrawn')
    OR (a.state = 'notified' AND (a.record->'waiver'->>'statement' = 'true' OR a.record->'notice'->>'statementDueDate' < ${today}))
    OR (a.state = 'served' AND (a.record->'payment' IS NULL OR a.record->'payment' = 'null'::jsonb
        OR (a.record->'payment'->>'paid')::numeric >= (a.record->'payment'->>'amount')::numeric + coalesce((a.record->'payment'->>'surcharge')::numeric, 0)))
  )`;
}

interface DeadlineRow {
  id: string;
  aggregate_type: Aggregate;
  aggregate_id: string;
  enterprise_id: string;
  kind: string;
  ref: string | null;
  due_date: string;
  provisional: boolean;
  from_date: string;
  rule_key: string;
  rule_article: string;
  rule_text: string;
  opened_by: string;
  opened_at: Date;
  satisfied_at: Date | null;
  cancelled_at: Date | null;
  enterprise_name: string;
  i_type: string | null;
  i_date: string | null;
  h_description: string | null;
  c_title: string | null;
}

async function openDeadlines(ctx: AppContext, actor: Actor, mine: boolean, until: string, today: string): Promise<DeadlineItem[]> {
  const aggregates: Aggregate[] = [
    ...(can(actor.role, 'inspection:read') ? (['inspection', 'hazard'] as const) : []),
    ...(can(actor.role, 'case:read') ? (['case'] as const) : []),
  ];
  if (aggregates.length === 0) return [];
  const r = await sql<DeadlineRow>`
    SELECT d.*, e.name AS enterprise_name, i.type AS i_type, i.date::text AS i_date, h.description AS h_description, c.title AS c_title
    FROM deadlines d
    JOIN enterprises e ON e.id = d.enterprise_id
    JOIN org_units o ON o.id = e.org_id
    LEFT JOIN inspections i ON d.aggregate_type = 'inspection' AND i.id = d.aggregate_id
    LEFT JOIN hazards h ON d.aggregate_type = 'hazard' AND h.id = d.aggregate_id
    LEFT JOIN cases c ON d.aggregate_type = 'case' AND c.id = d.aggregate_id
    WHERE d.satisfied_at IS NULL AND d.cancelled_at IS NULL AND d.due_date <= ${until}
      AND NOT (d.kind IN (${sql.join(PARTY_WINDOWS)}) AND d.due_date < ${today})
      AND d.aggregate_type IN (${sql.join(aggregates)})
      AND ${jurisdictionSql(actor)}
      ${mine
        ? sql`AND (coalesce(i.participant_ids, h.participant_ids, c.participant_ids) @> ARRAY[${actor.id}]::uuid[]
               OR coalesce(i.created_by, h.created_by, c.created_by) = ${actor.id})`
        : sql``}
    ORDER BY d.due_date, d.id
    LIMIT 200`.execute(ctx.db);
  return r.rows.map((d) => ({
    ...deadlineView(d, today),
    subject: {
      aggregate: d.aggregate_type,
      id: d.aggregate_id,
      title: titleOf(d.aggregate_type, {
        ...(d.i_type ? { type: d.i_type } : {}),
        ...(d.i_date ? { date: d.i_date } : {}),
        ...(d.h_description ? { description: d.h_description } : {}),
        ...(d.c_title ? { title: d.c_title } : {}),
      }),
      enterpriseName: d.enterprise_name,
    },
  }));
}

export async function workbench(ctx: AppContext, actor: Actor): Promise<Workbench> {
  const today = isoDateInChina(ctx.now());
  const scope = actor.role === 'officer' || actor.role === 'tech_inspector' ? 'mine' : 'unit';
  const mine = scope === 'mine';
  const none = { items: [] as WorkflowSummary[], total: 0 };
  const inspections = can(actor.role, 'inspection:read');
  const cases = can(actor.role, 'case:read');
  const [i, h, c, deadlines, approval, review] = await Promise.all([
    inspections ? listSummaries(ctx, actor, 'inspection', { excludeStates: ['completed', 'cancelled'], mine, pageSize: 50 }) : none,
    inspections ? listSummaries(ctx, actor, 'hazard', { excludeStates: ['closed'], mine, pageSize: 50 }) : none,
    cases ? listSummaries(ctx, actor, 'case', { excludeStates: ['closed', 'archived', 'notFiled'], mine, pageSize: 50 }) : none,
    openDeadlines(ctx, actor, mine, addCalendarDays(today, DUE_SOON_DAYS).date, today),
    actor.role === 'leader' ? listSummaries(ctx, actor, 'case', { where: caseQueueWhere(actor, 'approval', today), pageSize: 50 }) : none,
    actor.role === 'legal_reviewer' || actor.role === 'leader' ? listSummaries(ctx, actor, 'case', { where: caseQueueWhere(actor, 'review', today), pageSize: 50 }) : none,
  ]);
  return {
    today,
    scope,
    inspections: i.items,
    hazards: h.items,
    cases: c.items,
    deadlines: { overdue: deadlines.filter((d) => d.overdue), dueSoon: deadlines.filter((d) => !d.overdue) },
    queues: { awaitingApproval: approval.items, awaitingReview: review.items },
  };
}
