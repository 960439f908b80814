/**
 * The case's penalty from the discretion engine (#5): the same computation as POST
 * /api/penalty/compute (computeWithStoredBenchmarks: the benchmark version in force that
 * administrators stored, else the platform default) on the case's violation and facts gives the
 * benchmark range, the statutory range of the clause applied and the recommended amount. The
 * server always sets `benchmark`, `statutory` and `basis` itself, so the rules
 * `case.withinStatutoryRange` (行政处罚法第四条、第五条、第三十二条) and `case.deviationJustified`
 * (第三十四条) compare the officer's amount with ranges the client cannot forge.
 */
import type { Transaction } from 'kysely';
import { parsePenaltyInput, type PenaltyFacts, type PenaltyResult } from '../../domain/discretion/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { findViolation } from '../../domain/legal/catalogue/index.ts';
import type { Measure } from '../../domain/legal/violation.ts';
import type { PartyKind, Penalty } from '../../domain/workflow/index.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { computeWithStoredBenchmarks } from '../discretion/benchmark.service.ts';
import type { PenaltyAnswer } from '../../domain/views/benchmarks.ts';
import type { PenaltySuggestion, StoredDiscretion } from '../../domain/views/workflow.ts';

export interface ApiPenalty {
  amount: number;
  measures: Measure[];
  confiscationAmount?: number;
  deviationReason?: string;
}

export interface DiscretionInput {
  facts?: Record<string, unknown>;
  alsoViolates?: string[];
}

interface CaseFacts {
  violationCode: string | null;
  partyKind: PartyKind;
  actEndedOn: string;
}

type Db = Database | Transaction<DB>;

function compute(db: Db, c: CaseFacts, d: DiscretionInput, today: string): Promise<PenaltyAnswer> {
  if (!c.violationCode) throw new DomainError('VALIDATION_FAILED', '案件尚未确定违法行为，无法计算裁量基准', { key: 'violationCode' });
  const input = parsePenaltyInput({
    violation: c.violationCode,
    actDate: c.actEndedOn,
    decisionDate: today < c.actEndedOn ? c.actEndedOn : today,
    facts: d.facts ?? {},
    ...(d.alsoViolates?.length ? { alsoViolates: d.alsoViolates } : {}),
  });
  return computeWithStoredBenchmarks(db, input, today);
}

const amountOf = (result: PenaltyResult, party: PartyKind) => (party === 'organisation' ? (result.unit ?? result.persons) : (result.persons ?? result.unit));

/** The facts kept on the case after a computation. */
function storedDiscretion(result: PenaltyAnswer, d: DiscretionInput, party: PartyKind, today: string): StoredDiscretion {
  const a = amountOf(result, party);
  return {
    facts: (d.facts ?? {}) as Partial<PenaltyFacts>,
    ...(d.alsoViolates?.length ? { alsoViolates: d.alsoViolates } : {}),
    computedOn: today,
    outcome: result.outcome,
    recommended: a?.recommended ?? null,
    range: a ? { min: a.min, max: a.max, tier: a.tier, text: a.text } : null,
    explanation: result.explanation,
    benchmark: result.benchmark,
  };
}

/** The penalty as the engine recommends it (amount = recommended), with its range and basis. */
function penaltyFromResult(result: PenaltyResult, party: PartyKind, given?: ApiPenalty): Penalty {
  const a = amountOf(result, party);
  const statute = result.basis.find((b) => b.rule === 'statute')?.ref ?? findViolation(result.violation.code)?.penaltyBasis[0];
  const measures = given?.measures ?? result.measures.map((m) => m.measure);
  // 减轻 (行政处罚法第三十二条) as the engine cites it: the one ground for an amount under the statutory minimum.
  const reduced = a?.mitigation === '减轻' ? result.basis.find((b) => b.rule === 'belowMinimum')?.ref : undefined;
  return {
    amount: given?.amount ?? a?.recommended ?? 0,
    measures,
    ...(given?.confiscationAmount !== undefined ? { confiscationAmount: given.confiscationAmount } : {}),
    ...(statute ? { basis: statute } : {}),
    benchmark: a ? { min: a.min, max: a.max, tier: a.tier } : { min: 0, max: 0, tier: result.outcome },
    ...(a ? { statutory: { min: a.statutory.min, max: a.statutory.max, basis: a.statutory.basis, ...(reduced ? { reduced } : {}) } } : {}),
    ...(given?.deviationReason?.trim() ? { deviationReason: given.deviationReason.trim() } : {}),
  };
}

/** A suggestion for the UI: the engine's result and the penalty ready for `propose`. */
export async function suggestPenalty(db: Db, c: CaseFacts, d: DiscretionInput, today: string): Promise<PenaltySuggestion> {
  const result = await compute(db, c, d, today);
  return { result, penalty: penaltyFromResult(result, c.partyKind) };
}

/**
 * The officer's penalty with the range computed by the server. Without a violation code no
 * benchmark applies (the amount is taken as given). Facts default to the last computation's.
 */
export async function enrichPenalty(
  db: Db,
  c: CaseFacts,
  given: ApiPenalty,
  discretion: DiscretionInput | undefined,
  stored: StoredDiscretion | null,
  today: string,
): Promise<{ penalty: Penalty; discretion: StoredDiscretion | null }> {
  if (!c.violationCode) {
    return {
      penalty: {
        amount: given.amount,
        measures: given.measures,
        ...(given.confiscationAmount !== undefined ? { confiscationAmount: given.confiscationAmount } : {}),
        ...(given.deviationReason?.trim() ? { deviationReason: given.deviationReason.trim() } : {}),
      },
      discretion: stored,
    };
  }
  const d: DiscretionInput = discretion ?? (stored ? { facts: stored.facts, ...(stored.alsoViolates ? { alsoViolates: stored.alsoViolates } : {}) } : {});
  const result = await compute(db, c, d, today);
  return { penalty: penaltyFromResult(result, c.partyKind, given), discretion: storedDiscretion(result, d, c.partyKind, today) };
}
