/**
 * Effects of a committed transition. Each runs on its own and reports its outcome; none can
 * undo the transition. Documents were recorded as pending in the transition's transaction and
 * are issued here; the other effects are recorded in the record's audit trail.
 */
import type { Actor } from '../../domain/access.ts';
import type { Aggregate, Effect } from '../../domain/workflow/index.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import { issueDocument } from '../documents/issue.service.ts';
import { openCaseFromHazard } from './case.service.ts';

export interface EffectReport {
  type: Effect['type'];
  ok: boolean;
  /** The document issued, the case opened… */
  ref?: string;
  error?: string;
}

interface Subject {
  aggregate: Aggregate;
  id: string;
  enterpriseId: string;
}

async function recordEffect(ctx: AppContext, actor: Actor, subject: Subject, effect: string, data: Record<string, unknown>, origin: AuditOrigin): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await appendAudit(trx, {
      aggregateType: subject.aggregate,
      aggregateId: subject.id,
      type: 'workflow.effect',
      payload: { aggregate: subject.aggregate, effect, data },
      actor: auditActorOf(actor),
      origin,
      at: ctx.now(),
    });
  });
}

/** 公示: the decision is published; the open publication deadline is satisfied in the same transaction. */
async function publishDecision(ctx: AppContext, actor: Actor, subject: Subject, origin: AuditOrigin): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const r = await trx
      .updateTable('deadlines')
      .set({ satisfied_at: now })
      .where('aggregate_type', '=', subject.aggregate)
      .where('aggregate_id', '=', subject.id)
      .where('kind', '=', 'publication')
      .where('satisfied_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .executeTakeFirst();
    await appendAudit(trx, {
      aggregateType: subject.aggregate,
      aggregateId: subject.id,
      type: 'workflow.effect',
      payload: { aggregate: subject.aggregate, effect: 'publishDecision', data: { publishedOn: now.toISOString(), deadlinesSatisfied: Number(r.numUpdatedRows) } },
      actor: auditActorOf(actor),
      origin,
      at: now,
    });
    return Number(r.numUpdatedRows);
  });
}

export async function runEffects(
  ctx: AppContext,
  actor: Actor,
  subject: Subject,
  effects: readonly Effect[],
  documentIds: readonly string[],
  origin: AuditOrigin,
): Promise<EffectReport[]> {
  const reports: EffectReport[] = [];
  const documents = [...documentIds];
  for (const effect of effects) {
    try {
      switch (effect.type) {
        case 'generateDocument': {
          const id = documents.shift();
          if (!id) break;
          const doc = await issueDocument(ctx, id, auditActorOf(actor), origin);
          reports.push({ type: effect.type, ok: doc.status === 'issued', ref: id, ...(doc.error ? { error: doc.error } : {}) });
          break;
        }
        case 'publishDecision':
          await publishDecision(ctx, actor, subject, origin);
          reports.push({ type: effect.type, ok: true });
          break;
        case 'openPenaltyCase': {
          const caseId = await openCaseFromHazard(ctx, actor, subject.id, effect.basis, origin);
          reports.push({ type: effect.type, ok: true, ref: caseId });
          break;
        }
        case 'notifyParty':
          await recordEffect(ctx, actor, subject, effect.type, { message: effect.message }, origin);
          reports.push({ type: effect.type, ok: true });
          break;
        case 'transferToJudiciary':
          await recordEffect(ctx, actor, subject, effect.type, { to: effect.to }, origin);
          reports.push({ type: effect.type, ok: true });
          break;
        case 'applyCourtEnforcement':
          await recordEffect(ctx, actor, subject, effect.type, {}, origin);
          reports.push({ type: effect.type, ok: true });
          break;
      }
    } catch (e) {
      ctx.logger.error({ err: e, effect, subject }, 'workflow effect failed');
      reports.push({ type: effect.type, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return reports;
}
