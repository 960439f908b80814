/**
 * Small factories for workflow tests: officers with certificates, records, contexts, and a
 * `walk` helper that applies successful transitions the way the service does (state + update).
 */
import { expect } from 'vitest';
import type { Role } from '../../src/domain/glossary.ts';
import {
  transition,
  type ContextOf,
  type EventOf,
  type InputOf,
  type RecordOf,
  type StateOf,
  type TransitionSuccess,
} from '../../src/domain/workflow/index.ts';
import type { CaseRecord } from '../../src/domain/workflow/case.ts';
import type { InspectionRecord } from '../../src/domain/workflow/inspection.ts';
import type { HazardRecord } from '../../src/domain/workflow/hazard.ts';
import type { OfficerOnDuty } from '../../src/domain/workflow/officers.ts';
import type { Aggregate } from '../../src/domain/workflow/types.ts';

export const officer = (userId: string, validFrom = '2024-01-01', validTo = '2028-12-31'): OfficerOnDuty => ({
  userId,
  certificate: { number: `渝应执-${userId}`, validFrom, validTo },
});

export const uncertified = (userId: string): OfficerOnDuty => ({ userId, certificate: null });

export const inspectionRecord = (over: Partial<InspectionRecord> = {}): InspectionRecord => ({
  type: 'planned',
  enterpriseId: 'ent-1',
  date: '2026-05-06',
  officers: [officer('zhang'), officer('li')],
  ...over,
});

export const hazardRecord = (over: Partial<HazardRecord> = {}): HazardRecord => ({
  enterpriseId: 'ent-1',
  inspectionId: 'insp-1',
  description: '配电箱前堆放杂物，未设置漏电保护器',
  location: '二号车间',
  violation: { code: 'AQSCF-099-2' },
  majorHazard: false,
  ...over,
});

export const caseRecord = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  partyKind: 'organisation',
  source: 'inspection',
  actEndedOn: '2026-02-20',
  discoveredOn: '2026-03-02',
  investigators: [officer('zhang'), officer('li')],
  ...over,
});

export const actor = (role: Role, id = `${role}-1`) => ({ id, role });

export const ctx = <A extends Aggregate>(
  _aggregate: A,
  today: string,
  role: Role,
  record: RecordOf<A>,
  input?: InputOf<A>,
  actorId?: string,
): ContextOf<A> => ({
  today,
  actor: actor(role, actorId),
  record,
  ...(input === undefined ? {} : { input }),
});

/** Fires one event that must succeed; returns the new state and the record with the update merged. */
export function step<A extends Aggregate>(
  aggregate: A,
  at: { state: StateOf<A>; record: RecordOf<A> },
  event: EventOf<A>,
  today: string,
  role: Role,
  input?: InputOf<A>,
  actorId?: string,
): { state: StateOf<A>; record: RecordOf<A>; result: TransitionSuccess<StateOf<A>, EventOf<A>, RecordOf<A>> } {
  const result = transition(aggregate, at.state, event, ctx(aggregate, today, role, at.record, input, actorId));
  if (!result.ok) {
    expect.fail(`${aggregate}.${String(event)} from ${String(at.state)} blocked: ${result.code} ${result.rule.id} ${result.rule.message}`);
  }
  return { state: result.next, record: { ...at.record, ...result.update }, result };
}
