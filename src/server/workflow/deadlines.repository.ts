/**
 * Legal deadlines as rows. A transition opens, satisfies and cancels them inside its own
 * transaction: first the satisfied and cancelled ones among the deadlines open BEFORE the
 * transition (matched by kind, and by ref when the transition names one), then the new ones.
 */
import type { Transaction } from 'kysely';
import type { DeadlineKind, Deadline } from '../../domain/calendar/periods.ts';
import { daysBetween } from '../../domain/calendar/calendar.ts';
import type { DeadlineView } from '../../domain/views/workflow.ts';
import type { Aggregate, DeadlineRef } from '../../domain/workflow/index.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  statement: '陈述申辩期限',
  hearingRequest: '听证申请期限',
  hearingNotice: '听证通知期限',
  evidencePreservationDecision: '先行登记保存处理期限',
  decision: '作出处罚决定期限',
  service: '送达期限',
  payment: '缴纳罚款期限',
  publication: '公示期限',
  withdrawal: '撤回公示期限',
  rectification: '整改期限',
  limitation: '追责时效',
};

/**
 * The party's own periods (陈述申辩, 申请听证): when they pass, the authority may go on; nobody is
 * late. They stay open until the decision settles them but are never shown as overdue.
 */
export const PARTY_WINDOWS: readonly DeadlineKind[] = ['statement', 'hearingRequest'];

interface Subject {
  aggregate: Aggregate;
  id: string;
  enterpriseId: string;
}

/** Applies a transition's deadline changes; returns the ids of the rows touched and opened. */
export async function applyDeadlines(
  trx: Transaction<DB>,
  subject: Subject,
  changes: { satisfy: readonly DeadlineRef[]; cancel: readonly DeadlineRef[]; open: readonly Deadline[] },
  at: Date,
  openedBy: string,
): Promise<{ satisfied: number; cancelled: number; opened: string[] }> {
  const close = async (refs: readonly DeadlineRef[], column: 'satisfied_at' | 'cancelled_at'): Promise<number> => {
    let n = 0;
    for (const ref of refs) {
      let q = trx
        .updateTable('deadlines')
        .set({ [column]: at })
        .where('aggregate_type', '=', subject.aggregate)
        .where('aggregate_id', '=', subject.id)
        .where('kind', '=', ref.kind)
        .where('satisfied_at', 'is', null)
        .where('cancelled_at', 'is', null);
      if (ref.ref !== undefined) q = q.where('ref', '=', ref.ref);
      const r = await q.executeTakeFirst();
      n += Number(r.numUpdatedRows);
    }
    return n;
  };
  const satisfied = await close(changes.satisfy, 'satisfied_at');
  const cancelled = await close(changes.cancel, 'cancelled_at');
  const opened: string[] = [];
  for (const d of changes.open) {
    const row = await trx
      .insertInto('deadlines')
      .values({
        aggregate_type: subject.aggregate,
        aggregate_id: subject.id,
        enterprise_id: subject.enterpriseId,
        kind: d.kind,
        ref: d.ref ?? null,
        due_date: d.dueDate,
        provisional: d.provisional,
        from_date: d.from,
        rule_key: d.rule.key,
        rule_article: d.rule.article,
        rule_text: d.rule.text,
        opened_by: openedBy,
        opened_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    opened.push(row.id);
  }
  return { satisfied, cancelled, opened };
}

type DeadlineRow = Awaited<ReturnType<typeof deadlinesOf>>[number];

export function deadlineView(r: DeadlineRow, today: string): DeadlineView {
  const status = r.satisfied_at ? 'satisfied' : r.cancelled_at ? 'cancelled' : 'open';
  const daysLeft = daysBetween(today, r.due_date);
  return {
    id: r.id,
    aggregate: r.aggregate_type,
    aggregateId: r.aggregate_id,
    kind: r.kind,
    kindLabel: DEADLINE_KIND_LABELS[r.kind as DeadlineKind] ?? r.kind,
    ref: r.ref,
    dueDate: r.due_date,
    provisional: r.provisional,
    from: r.from_date,
    rule: { key: r.rule_key, article: r.rule_article, text: r.rule_text },
    status,
    satisfiedAt: r.satisfied_at ? new Date(r.satisfied_at).toISOString() : null,
    cancelledAt: r.cancelled_at ? new Date(r.cancelled_at).toISOString() : null,
    overdue: status === 'open' && daysLeft < 0 && !PARTY_WINDOWS.includes(r.kind as DeadlineKind),
    daysLeft,
  };
}

export function deadlinesOf(db: Database | Transaction<DB>, aggregate: Aggregate, id: string) {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('aggregate_type', '=', aggregate)
    .where('aggregate_id', '=', id)
    .orderBy('opened_at', 'desc')
    .orderBy('due_date', 'desc')
    .execute();
}
