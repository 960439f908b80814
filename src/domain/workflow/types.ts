/**
 * The shapes shared by the three workflows (inspection, hazard, penalty case).
 *
 * A workflow is a table of transitions (data: event, from-states, to-state, roles, guard
 * ids) plus, per transition, a pure `apply` computing what changes. Guards are named rules
 * with the article they encode, a Chinese message and a pure predicate. The service runs
 * `transition()` on the row it loaded with a lock and writes the result in one transaction.
 */
import type { Deadline, DeadlineKind } from '../calendar/periods.ts';
import type { IsoDate } from '../calendar/calendar.ts';
import type { DocumentKind } from '../documents/kinds.ts';
import type { ErrorCode } from '../errors.ts';
import type { Role } from '../glossary.ts';
import type { LawRef } from '../legal/violation.ts';
import type { WorkflowConfig } from './config.ts';

export type Aggregate = 'inspection' | 'hazard' | 'case';

export interface Actor {
  id: string;
  role: Role;
}

/** Facts a transition is decided on: the aggregate's record, the event's input, the clock, the configuration. */
export interface TransitionContext<R, I> {
  /** Today, from the injected clock (Asia/Shanghai calendar date). */
  today: IsoDate;
  actor: Actor;
  /** The aggregate's facts as loaded (with a lock). */
  record: R;
  /** The event's own input (the request body). Omitted when only listing allowed actions. */
  input?: I;
  /** Local configuration; missing keys take DEFAULT_WORKFLOW_CONFIG. */
  config?: WorkflowConfig;
}

/** What a guard sees: the context with the configuration and input resolved. */
export interface GuardContext<S extends string, R, I> {
  state: S;
  today: IsoDate;
  actor: Actor;
  record: R;
  input: I;
  /** False when allowedActions() runs without an input: guards with usesInput are then skipped. */
  hasInput: boolean;
  config: WorkflowConfig;
}

export interface RuleRef {
  id: string;
  /** Display citation, e.g. 行政处罚法第六十二条; '本局规定' for our own policy. */
  article: string;
  /** Why the action is blocked, in Chinese, for the user. */
  message: string;
}

export interface GuardRule<C> extends RuleRef {
  refs: LawRef[];
  /** Our policy, not a statute (the article then names the statute it leans on, if any). */
  policy: boolean;
  /** Error code the service answers with when the rule blocks. */
  code: ErrorCode;
  /** Reads the event's input: checked on submission, not when listing actions without input. */
  usesInput: boolean;
  /** True when the rule is satisfied. */
  check: (c: C) => boolean;
  /** Facts for the error's details (e.g. which certificates are invalid). */
  details?: (c: C) => Record<string, unknown>;
}

/** An open deadline to mark satisfied or cancel: by kind, and by ref when several of a kind are open. */
export interface DeadlineRef {
  kind: DeadlineKind;
  ref?: string;
}

/** Side effects to run after the transaction commits. */
export type Effect =
  | { type: 'generateDocument'; document: DocumentKind }
  | { type: 'notifyParty'; message: string }
  | { type: 'publishDecision' }
  | { type: 'openPenaltyCase'; source: 'inspection'; basis: LawRef[] }
  | { type: 'transferToJudiciary'; to: string }
  | { type: 'applyCourtEnforcement' };

/** What a transition changes besides the state. */
export interface Outcome<R> {
  /** Fields to write on the aggregate's record (shallow merge). */
  update?: Partial<R>;
  deadlinesToOpen?: Deadline[];
  deadlinesToSatisfy?: DeadlineRef[];
  /** Deadlines that no longer apply (superseded by an extension or an instalment plan, case withdrawn). */
  deadlinesToCancel?: DeadlineRef[];
  effects?: Effect[];
  /** Extra facts for the audit event. */
  audit?: Record<string, unknown>;
}

export interface TransitionDef<S extends string, E extends string, R, I> {
  event: E;
  /** The action's name in Chinese (button label). */
  label: string;
  from: readonly S[];
  /** 'same': the state does not change (a fact is recorded). */
  to: S | 'same';
  roles: readonly Role[];
  /** Input fields the event cannot do without. */
  requires?: readonly (keyof I & string)[];
  /** Guard ids, checked in order; the first that fails blocks. */
  guards: readonly string[];
  /** Checks the shape of the input (amounts, measures): returns the problems, or undefined. */
  validate?: (input: I) => Record<string, unknown> | undefined;
  apply?: (c: GuardContext<S, R, I>) => Outcome<R>;
}

export interface Machine<S extends string, E extends string, R, I> {
  aggregate: Aggregate;
  states: readonly S[];
  stateLabels: Readonly<Record<S, string>>;
  initial: S;
  /** States from which nothing more happens. */
  final: readonly S[];
  events: readonly E[];
  guards: Readonly<Record<string, GuardRule<GuardContext<S, R, I>>>>;
  transitions: readonly TransitionDef<S, E, R, I>[];
}

export interface TransitionSuccess<S extends string, E extends string, R> {
  ok: true;
  aggregate: Aggregate;
  event: E;
  from: S;
  next: S;
  update: Partial<R>;
  effects: Effect[];
  deadlinesToOpen: Deadline[];
  deadlinesToSatisfy: DeadlineRef[];
  deadlinesToCancel: DeadlineRef[];
  /** Matches the audit catalogue's 'workflow.transition' event. */
  audit: {
    type: 'workflow.transition';
    payload: { aggregate: Aggregate; from: S; to: S; event: E; data: Record<string, unknown> };
  };
}

export interface TransitionFailure {
  ok: false;
  code: ErrorCode;
  rule: RuleRef;
  details?: Record<string, unknown>;
}

export type TransitionResult<S extends string, E extends string, R> = TransitionSuccess<S, E, R> | TransitionFailure;

export interface AllowedAction<S extends string, E extends string> {
  event: E;
  label: string;
  to: S;
  allowed: boolean;
  /** The first rule that blocks it (role, or a guard), with its Chinese explanation. */
  blockedBy?: RuleRef & { code: ErrorCode };
  /** Rules that read the event's input, checked only on submission. */
  checkedOnSubmit: RuleRef[];
}
