/**
 * The generic, pure transition engine: event known → allowed from this state → actor's role
 * → required input → guards in order → apply. Returns data; never throws for facts that break
 * a rule (a DomainError from bad input, such as an invalid date, comes back as a failure too).
 */
import { compareDates, isIsoDate } from '../calendar/calendar.ts';
import { isDomainError, type ErrorCode } from '../errors.ts';
import { ROLE_LABELS } from '../glossary.ts';
import { resolveWorkflowConfig } from './config.ts';
import type {
  AllowedAction,
  GuardContext,
  GuardRule,
  Machine,
  RuleRef,
  TransitionContext,
  TransitionDef,
  TransitionFailure,
  TransitionResult,
} from './types.ts';

/** The pseudo-rules the engine itself applies (not legal rules). */
export const ENGINE_RULES = {
  unknownEvent: { id: 'workflow.unknownEvent', article: '', message: '未知的办理操作' },
  wrongState: { id: 'workflow.wrongState', article: '', message: '当前环节不能进行该操作' },
  role: { id: 'workflow.role', article: '本局规定', message: '您的角色无权进行该操作' },
  inputRequired: { id: 'workflow.inputRequired', article: '', message: '缺少必填信息' },
  invalidInput: { id: 'workflow.invalidInput', article: '', message: '填写的信息无效' },
  futureDate: { id: 'workflow.futureDate', article: '', message: '日期不能晚于今天' },
} as const satisfies Record<string, RuleRef>;

const fail = (code: ErrorCode, rule: RuleRef, details?: Record<string, unknown>): TransitionFailure => ({
  ok: false,
  code,
  rule: { id: rule.id, article: rule.article, message: rule.message },
  ...(details === undefined ? {} : { details }),
});

const ruleRef = <C>(g: GuardRule<C>): RuleRef => ({ id: g.id, article: g.article, message: g.message });

type AnyMachine<S extends string, E extends string, R, I> = Machine<S, E, R, I>;

function guardContext<S extends string, R, I>(
  state: S,
  ctx: TransitionContext<R, I>,
  hasInput: boolean,
): GuardContext<S, R, I> {
  return {
    state,
    today: ctx.today,
    actor: ctx.actor,
    record: ctx.record,
    input: (ctx.input ?? {}) as I,
    hasInput,
    config: ctx.config ?? resolveWorkflowConfig(),
  };
}

function guardFailure<S extends string, R, I>(
  machine: AnyMachine<S, string, R, I>,
  def: TransitionDef<S, string, R, I>,
  c: GuardContext<S, R, I>,
  skipInputGuards: boolean,
): { rule: GuardRule<GuardContext<S, R, I>>; details?: Record<string, unknown> } | undefined {
  for (const id of def.guards) {
    const rule = machine.guards[id];
    if (rule === undefined) throw new Error(`workflow ${machine.aggregate}: unknown guard ${id}`);
    if (skipInputGuards && rule.usesInput) continue;
    if (!rule.check(c)) return rule.details ? { rule, details: rule.details(c) } : { rule };
  }
  return undefined;
}

/** Date fields in the input must be ISO dates, and facts cannot be dated in the future. */
function checkInputDates<I>(input: I | undefined, today: string, futureAllowed: readonly string[]): TransitionFailure | undefined {
  if (input === undefined || input === null) return undefined;
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (!/(^date|On|Date)$/.test(key) || value === undefined) continue;
    if (!isIsoDate(value)) return fail('INVALID_DATE', ENGINE_RULES.invalidInput, { field: key, value });
    if (!futureAllowed.includes(key) && compareDates(value, today) > 0) {
      return fail('VALIDATION_FAILED', ENGINE_RULES.futureDate, { field: key, value });
    }
  }
  return undefined;
}

/** Input date fields that name a future date by nature (a due date, a hearing date). */
const FUTURE_DATE_FIELDS = ['dueDate', 'hearingDate', 'deferredUntil'] as const;

export function runTransition<S extends string, E extends string, R, I>(
  machine: AnyMachine<S, E, R, I>,
  state: S,
  event: E,
  ctx: TransitionContext<R, I>,
): TransitionResult<S, E, R> {
  const def = machine.transitions.find((t) => t.event === event);
  if (def === undefined) return fail('UNKNOWN_KEY', ENGINE_RULES.unknownEvent, { aggregate: machine.aggregate, event });
  if (!def.from.includes(state)) {
    return fail('CONFLICT', ENGINE_RULES.wrongState, { state, event, allowedFrom: [...def.from] });
  }
  if (!def.roles.includes(ctx.actor.role)) {
    return fail('FORBIDDEN', ENGINE_RULES.role, { role: ctx.actor.role, roles: [...def.roles] });
  }
  const input = (ctx.input ?? {}) as Record<string, unknown>;
  const missing = (def.requires ?? []).filter((k) => input[k] === undefined || input[k] === null || input[k] === '');
  if (missing.length > 0) return fail('VALIDATION_FAILED', ENGINE_RULES.inputRequired, { missing });
  const badDate = checkInputDates(ctx.input, ctx.today, FUTURE_DATE_FIELDS);
  if (badDate) return badDate;
  const problems = def.validate?.(input as I);
  if (problems) return fail('VALIDATION_FAILED', ENGINE_RULES.invalidInput, problems);
  try {
    const c = guardContext(state, ctx, true);
    const blocked = guardFailure(machine, def, c, false);
    if (blocked) return fail(blocked.rule.code, ruleRef(blocked.rule), blocked.details);
    const outcome = def.apply?.(c) ?? {};
    const next = def.to === 'same' ? state : def.to;
    return {
      ok: true,
      aggregate: machine.aggregate,
      event,
      from: state,
      next,
      update: outcome.update ?? {},
      effects: outcome.effects ?? [],
      deadlinesToOpen: outcome.deadlinesToOpen ?? [],
      deadlinesToSatisfy: outcome.deadlinesToSatisfy ?? [],
      deadlinesToCancel: outcome.deadlinesToCancel ?? [],
      audit: {
        type: 'workflow.transition',
        payload: {
          aggregate: machine.aggregate,
          from: state,
          to: next,
          event,
          data: {
            actor: { id: ctx.actor.id, role: ctx.actor.role },
            ...(ctx.input === undefined ? {} : { input: ctx.input as unknown }),
            ...(outcome.deadlinesToOpen?.length
              ? { deadlines: outcome.deadlinesToOpen.map((d) => ({ kind: d.kind, dueDate: d.dueDate, rule: d.rule.key })) }
              : {}),
            ...outcome.audit,
          },
        },
      },
    };
  } catch (e) {
    if (isDomainError(e)) return fail(e.code, { ...ENGINE_RULES.invalidInput, message: e.message }, e.details);
    throw e;
  }
}

export function listAllowedActions<S extends string, E extends string, R, I>(
  machine: AnyMachine<S, E, R, I>,
  state: S,
  ctx: TransitionContext<R, I>,
  actorRole = ctx.actor.role,
): AllowedAction<S, E>[] {
  const hasInput = ctx.input !== undefined;
  const c = guardContext(state, { ...ctx, actor: { ...ctx.actor, role: actorRole } }, hasInput);
  return machine.transitions
    .filter((def) => def.from.includes(state))
    .map((def) => {
      const checkedOnSubmit = hasInput
        ? []
        : def.guards.map((id) => machine.guards[id]).filter((g) => g?.usesInput).map((g) => ruleRef(g!));
      const base = { event: def.event, label: def.label, to: def.to === 'same' ? state : def.to, checkedOnSubmit };
      if (!def.roles.includes(actorRole)) {
        const roles = def.roles.map((r) => ROLE_LABELS[r]).join('、');
        return {
          ...base,
          allowed: false,
          blockedBy: { ...ENGINE_RULES.role, message: `仅${roles}可以进行该操作`, code: 'FORBIDDEN' as const },
        };
      }
      let blocked: ReturnType<typeof guardFailure<S, R, I>>;
      try {
        blocked = guardFailure(machine, def, c, !hasInput);
      } catch (e) {
        if (!isDomainError(e)) throw e;
        return { ...base, allowed: false, blockedBy: { ...ENGINE_RULES.invalidInput, message: e.message, code: e.code } };
      }
      return blocked
        ? { ...base, allowed: false, blockedBy: { ...ruleRef(blocked.rule), code: blocked.rule.code } }
        : { ...base, allowed: true };
    });
}

/** Consistency checks on a machine (used by the tests): guards known, states known, every event defined once. */
export interface MachineShape {
  aggregate: string;
  states: readonly string[];
  final: readonly string[];
  events: readonly string[];
  guards: Readonly<Record<string, { id: string }>>;
  transitions: readonly { event: string; from: readonly string[]; to: string; roles: readonly string[]; guards: readonly string[] }[];
}

export function machineProblems(machine: MachineShape): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of machine.transitions) {
    if (seen.has(t.event)) problems.push(`event ${t.event} defined twice`);
    seen.add(t.event);
    if (!machine.events.includes(t.event)) problems.push(`event ${t.event} not listed`);
    for (const s of t.from) if (!machine.states.includes(s)) problems.push(`${t.event}: unknown from-state ${s}`);
    if (t.to !== 'same' && !machine.states.includes(t.to)) problems.push(`${t.event}: unknown to-state ${t.to}`);
    for (const s of t.from) if (machine.final.includes(s)) problems.push(`${t.event}: leaves final state ${s}`);
    for (const g of t.guards) if (!machine.guards[g]) problems.push(`${t.event}: unknown guard ${g}`);
    if (t.roles.length === 0) problems.push(`${t.event}: nobody may fire it`);
  }
  for (const e of machine.events) if (!seen.has(e)) problems.push(`event ${e} has no transition`);
  for (const [id, g] of Object.entries(machine.guards)) if (g.id !== id) problems.push(`guard ${id} has id ${g.id}`);
  return problems;
}
