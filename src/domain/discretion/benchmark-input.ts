/**
 * Parsing of a benchmark version sent by an administrator (API body or stored JSON): the shape
 * only, naming the key path of the first problem (e.g. tiers[2].unit.yuan.max). The legal checks
 * (coverage, statutory limits, articles) are validateBenchmark's, run afterwards.
 *
 * Errors: UNKNOWN_KEY (a key not in the shape), UNKNOWN_VALUE (a value outside a closed list:
 * layer, tier key, trigger, measure, fine kind), INVALID_DATE (effectiveFrom), VALIDATION_FAILED
 * (a wrong type); details.key is the path.
 */
import { isIsoDate } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';
import type { LawRef, Measure, PenaltyTrigger, Violation } from '../legal/violation.ts';
import { MEASURE_LABELS } from '../legal/violation.ts';
import { assertValidBenchmark, TRIGGER_ORDER } from './benchmark.ts';
import type { Band, BenchmarkLayer, BenchmarkTier, BenchmarkVersion, MitigationBand, ScoreBand, TierFine, TierKey } from './types.ts';
import { BENCHMARK_LAYERS, TIER_KEYS } from './types.ts';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(key: string, message: string): never {
  throw new DomainError('VALIDATION_FAILED', `${key}: ${message}`, { key });
}

function object(v: unknown, key: string, allowed: readonly string[]): Obj {
  if (!isObject(v)) fail(key, 'must be an object');
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) {
      const path = key ? `${key}.${k}` : k;
      throw new DomainError('UNKNOWN_KEY', `unknown key "${path}"`, { key: path, allowed });
    }
  }
  return v;
}

function oneOf<T>(v: unknown, key: string, values: readonly T[]): T {
  if (!values.includes(v as T)) {
    throw new DomainError('UNKNOWN_VALUE', `${key}: ${JSON.stringify(v)} is not one of ${values.join(', ')}`, { key, value: v, allowed: values });
  }
  return v as T;
}

function text(v: unknown, key: string): string {
  if (typeof v !== 'string') fail(key, 'must be a string');
  return v;
}

function num(v: unknown, key: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(key, 'must be a number');
  return v;
}

function int(v: unknown, key: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(key, 'must be a whole number');
  return v;
}

function list(v: unknown, key: string): unknown[] {
  if (!Array.isArray(v)) fail(key, 'must be a list');
  return v;
}

function band(v: unknown, key: string): Band {
  const o = object(v, key, ['min', 'max', 'minExclusive']);
  const b: Band = { min: num(o.min, `${key}.min`), max: num(o.max, `${key}.max`) };
  if (o.minExclusive !== undefined) {
    if (typeof o.minExclusive !== 'boolean') fail(`${key}.minExclusive`, 'must be true or false');
    if (o.minExclusive) b.minExclusive = true;
  }
  return b;
}

function tierFine(v: unknown, key: string): TierFine {
  const kind = oneOf(isObject(v) ? v.kind : undefined, `${key}.kind`, ['amount', 'multipleOfIllegalGain', 'percentOfAnnualIncome'] as const);
  switch (kind) {
    case 'amount': {
      const o = object(v, key, ['kind', 'yuan']);
      return { kind, yuan: band(o.yuan, `${key}.yuan`) };
    }
    case 'multipleOfIllegalGain': {
      const o = object(v, key, ['kind', 'times', 'fallback']);
      return { kind, times: band(o.times, `${key}.times`), fallback: band(o.fallback, `${key}.fallback`) };
    }
    case 'percentOfAnnualIncome': {
      const o = object(v, key, ['kind', 'percent']);
      return { kind, percent: band(o.percent, `${key}.percent`) };
    }
  }
}

function lawRef(v: unknown, key: string): LawRef {
  const o = object(v, key, ['law', 'article', 'paragraph', 'item']);
  const ref: LawRef = { law: text(o.law, `${key}.law`), article: int(o.article, `${key}.article`) };
  if (o.paragraph !== undefined) ref.paragraph = int(o.paragraph, `${key}.paragraph`);
  if (o.item !== undefined) ref.item = int(o.item, `${key}.item`);
  return ref;
}

function scoreBound(v: unknown, key: string): number | null {
  return v === null ? null : int(v, key);
}

const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];

function tier(v: unknown, key: string): BenchmarkTier {
  const o = object(v, key, ['key', 'trigger', 'circumstances', 'when', 'unit', 'persons', 'measures', 'basis']);
  const w = object(o.when, `${key}.when`, ['min', 'max']);
  const when: ScoreBand = { min: scoreBound(w.min, `${key}.when.min`), max: scoreBound(w.max, `${key}.when.max`) };
  const t: BenchmarkTier = {
    key: oneOf(o.key, `${key}.key`, TIER_KEYS) as TierKey,
    trigger: oneOf(o.trigger, `${key}.trigger`, TRIGGER_ORDER) as PenaltyTrigger,
    circumstances: text(o.circumstances, `${key}.circumstances`),
    when,
    measures: list(o.measures, `${key}.measures`).map((m, i) => oneOf(m, `${key}.measures[${i}]`, MEASURES)),
    basis: lawRef(o.basis, `${key}.basis`),
  };
  if (o.unit !== undefined) t.unit = tierFine(o.unit, `${key}.unit`);
  if (o.persons !== undefined) t.persons = tierFine(o.persons, `${key}.persons`);
  return t;
}

function mitigationBand(v: unknown, key: string): MitigationBand {
  const o = object(v, key, ['trigger', 'unit', 'persons', 'basis']);
  const m: MitigationBand = { trigger: oneOf(o.trigger, `${key}.trigger`, TRIGGER_ORDER) as PenaltyTrigger, basis: lawRef(o.basis, `${key}.basis`) };
  if (o.unit !== undefined) m.unit = tierFine(o.unit, `${key}.unit`);
  if (o.persons !== undefined) m.persons = tierFine(o.persons, `${key}.persons`);
  return m;
}

/** Parses the shape of a benchmark version; see the module comment for the errors. */
export function parseBenchmarkVersion(json: unknown): BenchmarkVersion {
  const o = object(json, '', ['violation', 'layer', 'effectiveFrom', 'label', 'firstOffenceWaiver', 'tiers', 'mitigation']);
  if (!isIsoDate(o.effectiveFrom)) {
    throw new DomainError('INVALID_DATE', `effectiveFrom must be a real day written YYYY-MM-DD, got ${JSON.stringify(o.effectiveFrom)}`, { key: 'effectiveFrom' });
  }
  if (typeof o.firstOffenceWaiver !== 'boolean') fail('firstOffenceWaiver', 'must be true or false');
  return {
    violation: text(o.violation, 'violation'),
    layer: oneOf(o.layer, 'layer', BENCHMARK_LAYERS) as BenchmarkLayer,
    effectiveFrom: o.effectiveFrom,
    label: text(o.label, 'label'),
    firstOffenceWaiver: o.firstOffenceWaiver,
    tiers: list(o.tiers, 'tiers').map((t, i) => tier(t, `tiers[${i}]`)),
    mitigation: o.mitigation === undefined ? [] : list(o.mitigation, 'mitigation').map((m, i) => mitigationBand(m, `mitigation[${i}]`)),
  };
}

/**
 * An administrator's edit, checked in full: the shape (parseBenchmarkVersion), the item
 * (UNKNOWN_VALUE with key violation), then the legal checks (BENCHMARK_INVALID naming the item).
 */
export function checkBenchmarkEdit(json: unknown, violationOf: (code: string) => Violation | undefined): BenchmarkVersion {
  const version = parseBenchmarkVersion(json);
  const v = violationOf(version.violation);
  if (!v) throw new DomainError('UNKNOWN_VALUE', `violation: no catalogue item "${version.violation}"`, { key: 'violation', value: version.violation });
  assertValidBenchmark(version, v);
  return version;
}
