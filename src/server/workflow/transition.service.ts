/**
 * The one service path of the enforcement workflow. For inspections, hazards and cases alike:
 *
 *   BEGIN
 *     SELECT the row FOR UPDATE (jurisdiction checked: 404 outside)
 *     the caller's version must be the row's (409 CONFLICT otherwise)
 *     request → domain input (inputs.ts); transition(aggregate, state, event, ctx)
 *     refused → DomainError with the rule (422 / 409 / 403)
 *     write state + merged record + version+1, satisfy/cancel the deadlines open before, open
 *     the new ones, a pending row per document to generate, audit 'workflow.transition'
 *   COMMIT
 *   run the effects (documents, publication, opening a case …): their failure never undoes the
 *   transition (a document stays `failed` and can be issued again).
 *
 * Two concurrent transitions on one record: the row lock serialises them; the second sees the
 * bumped version and gets 409 CONFLICT.
 */
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { transition, type Aggregate, type ContextOf, type Effect, type EventOf, type StateOf } from '../../domain/workflow/index.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import { createPendingDocument } from '../documents/issue.service.ts';
import { checkVersion, lockVisible, mergeRecord, writeRow } from './aggregate-store.ts';
import { applyDeadlines } from './deadlines.repository.ts';
import { runEffects, type EffectReport } from './effects.ts';
import { mirrorColumns, prepareInput } from './inputs.ts';
import { workflowConfigOf } from './workflow-config.ts';

export interface TransitionRequest {
  event: string;
  version: number;
  input?: Record<string, unknown>;
}

export interface TransitionOutcome {
  aggregate: Aggregate;
  id: string;
  from: string;
  to: string;
  version: number;
  effects: EffectReport[];
  /** Milliseconds inside the transaction, and for the effects after it. */
  timing: { transaction: number; effects: number };
}

export async function applyTransition(
  ctx: AppContext,
  actor: Actor,
  aggregate: Aggregate,
  id: string,
  request: TransitionRequest,
  origin: AuditOrigin,
): Promise<TransitionOutcome> {
  const config = workflowConfigOf(ctx.config);
  const t0 = performance.now();
  const committed = await ctx.db.transaction().execute(async (trx) => {
    const row = await lockVisible(trx, actor, aggregate, id);
    checkVersion(row, request.version);
    const now = ctx.now();
    const today = isoDateInChina(now);
    const prepared = await prepareInput(trx, actor, aggregate, row, request.event, request.input ?? {}, today);
    const context = {
      today,
      actor: { id: actor.id, role: actor.role },
      record: prepared.record,
      input: prepared.input,
      config,
    } as unknown as ContextOf<typeof aggregate>;
    const result = transition(aggregate, row.state as StateOf<typeof aggregate>, request.event as EventOf<typeof aggregate>, context);
    if (!result.ok) {
      throw new DomainError(result.code, result.rule.message, { rule: result.rule, ...result.details });
    }
    const record = mergeRecord(prepared.record, result.update as Record<string, unknown>);
    const version = await writeRow(trx, aggregate, row, {
      state: result.next,
      record,
      columns: { ...prepared.columns, ...mirrorColumns(aggregate, request.event, record, now) },
      now,
    });
    const deadlines = await applyDeadlines(
      trx,
      { aggregate, id, enterpriseId: row.enterprise_id },
      { satisfy: result.deadlinesToSatisfy, cancel: result.deadlinesToCancel, open: result.deadlinesToOpen },
      now,
      request.event,
    );
    const documents: string[] = [];
    for (const effect of result.effects) {
      if (effect.type !== 'generateDocument') continue;
      documents.push(
        await createPendingDocument(trx, { aggregate, aggregateId: id, enterpriseId: row.enterprise_id, kind: effect.document, createdBy: actor.id, at: now }),
      );
    }
    await appendAudit(trx, {
      aggregateType: aggregate,
      aggregateId: id,
      type: 'workflow.transition',
      payload: {
        ...result.audit.payload,
        data: {
          ...result.audit.payload.data,
          version,
          deadlinesSatisfied: deadlines.satisfied,
          deadlinesCancelled: deadlines.cancelled,
          ...(documents.length ? { documents } : {}),
        },
      },
      actor: auditActorOf(actor),
      origin,
      at: now,
    });
    return { from: result.from as string, to: result.next as string, version, effects: result.effects as Effect[], documents, enterpriseId: row.enterprise_id };
  });
  const t1 = performance.now();
  const effects = await runEffects(ctx, actor, { aggregate, id, enterpriseId: committed.enterpriseId }, committed.effects, committed.documents, origin);
  const t2 = performance.now();
  return {
    aggregate,
    id,
    from: committed.from,
    to: committed.to,
    version: committed.version,
    effects,
    timing: { transaction: t1 - t0, effects: t2 - t1 },
  };
}
