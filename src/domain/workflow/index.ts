/**
 * The enforcement workflow (issue #4): transition tables for inspection, hazard and penalty
 * case, and the pure functions the service calls:
 *
 *   load row FOR UPDATE → transition(aggregate, state, event, ctx) → if ok, in one transaction:
 *   write `next` + `update`, the `audit` event, open/satisfy/cancel deadlines → commit → run `effects`.
 *
 * `allowedActions` lists the actions from a state with the rule that blocks each.
 */
import { CASE_MACHINE, type CaseEvent, type CaseInput, type CaseRecord, type CaseState } from './case.ts';
import { listAllowedActions, runTransition } from './engine.ts';
import { HAZARD_MACHINE, type HazardEvent, type HazardInput, type HazardRecord, type HazardState } from './hazard.ts';
import {
  INSPECTION_MACHINE,
  type InspectionEvent,
  type InspectionInput,
  type InspectionRecord,
  type InspectionState,
} from './inspection.ts';
import type { AllowedAction, Aggregate, GuardRule, Machine, TransitionContext, TransitionResult } from './types.ts';

export interface AggregateTypes {
  inspection: { state: InspectionState; event: InspectionEvent; record: InspectionRecord; input: InspectionInput };
  hazard: { state: HazardState; event: HazardEvent; record: HazardRecord; input: HazardInput };
  case: { state: CaseState; event: CaseEvent; record: CaseRecord; input: CaseInput };
}

export type StateOf<A extends Aggregate> = AggregateTypes[A]['state'];
export type EventOf<A extends Aggregate> = AggregateTypes[A]['event'];
export type RecordOf<A extends Aggregate> = AggregateTypes[A]['record'];
export type InputOf<A extends Aggregate> = AggregateTypes[A]['input'];
export type ContextOf<A extends Aggregate> = TransitionContext<RecordOf<A>, InputOf<A>>;

type MachineOf<A extends Aggregate> = Machine<StateOf<A>, EventOf<A>, RecordOf<A>, InputOf<A>>;

export const MACHINES: { [A in Aggregate]: MachineOf<A> } = {
  inspection: INSPECTION_MACHINE,
  hazard: HAZARD_MACHINE,
  case: CASE_MACHINE,
};

export const AGGREGATES: readonly Aggregate[] = ['inspection', 'hazard', 'case'];

export const initialState = <A extends Aggregate>(aggregate: A): StateOf<A> => MACHINES[aggregate].initial;

export function transition<A extends Aggregate>(
  aggregate: A,
  state: StateOf<A>,
  event: EventOf<A>,
  ctx: ContextOf<A>,
): TransitionResult<StateOf<A>, EventOf<A>, RecordOf<A>> {
  const machine = MACHINES[aggregate] as MachineOf<A>;
  return runTransition(machine, state, event, ctx);
}

export function allowedActions<A extends Aggregate>(
  aggregate: A,
  state: StateOf<A>,
  ctx: ContextOf<A>,
  actorRole = ctx.actor.role,
): AllowedAction<StateOf<A>, EventOf<A>>[] {
  const machine = MACHINES[aggregate] as MachineOf<A>;
  return listAllowedActions(machine, state, ctx, actorRole);
}

/** Every guard rule of every workflow, without its predicate: for documentation and the UI. */
export const GUARD_RULES: readonly (Omit<GuardRule<unknown>, 'check' | 'details'> & { aggregate: Aggregate })[] =
  AGGREGATES.flatMap((aggregate) =>
    Object.values(MACHINES[aggregate].guards as Record<string, GuardRule<never>>).map(
      ({ check: _check, details: _details, ...rule }) => ({ ...rule, aggregate }),
    ),
  );

export * from './types.ts';
export * from './config.ts';
export * from './officers.ts';
export * from './penalty-rules.ts';
export * from './surcharge.ts';
export * from './inspection.ts';
export * from './hazard.ts';
export * from './case.ts';
export { ENGINE_RULES, machineProblems } from './engine.ts';
