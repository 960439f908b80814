/**
 * The penalty computation as the API and the CLI answer it: the engine (src/domain/discretion)
 * over the catalogue, with the stored benchmark versions when a source is given, else the
 * generated platform defaults. No database here, so the CLI loads this alone and starts fast.
 */
import { computePenalty, parsePenaltyInput, type PenaltyInput } from '../../domain/discretion/index.ts';
import { findViolation } from '../../domain/legal/catalogue/index.ts';
import type { PenaltyAnswer } from '../../domain/views/benchmarks.ts';
import type { BenchmarkSource } from './benchmark-set.ts';

/** The items whose benchmarks a computation may look up: the provisions and their counterparts (art. 37). */
export function itemsOf(input: PenaltyInput): string[] {
  const codes = new Set<string>();
  for (const code of [input.violation, ...(input.alsoViolates ?? [])]) {
    codes.add(code);
    for (const c of findViolation(code)?.counterparts ?? []) codes.add(c);
  }
  return [...codes];
}

/** Computes a parsed input; `source` undefined → the generated defaults. */
export function computeAnswer(input: PenaltyInput, opts: { source?: BenchmarkSource; today: string }): PenaltyAnswer {
  const result = computePenalty(input, {
    violation: findViolation,
    today: opts.today,
    ...(opts.source ? { benchmark: opts.source.lookup } : {}),
  });
  const b = result.benchmark;
  if (!b) return { ...result, benchmark: null };
  const stored = opts.source?.versionOf(result.violation.code, b.layer, b.effectiveFrom);
  return { ...result, benchmark: { ...b, version: stored?.version ?? null, isDefault: stored ? stored.isDefault : true } };
}

/** Parses (parsePenaltyInput: UNKNOWN_KEY, UNKNOWN_VALUE, INVALID_DATE, VALIDATION_FAILED naming the key) and computes. */
export function computeJson(json: unknown, opts: { source?: BenchmarkSource; today: string }): PenaltyAnswer {
  return computeAnswer(parsePenaltyInput(json), opts);
}
