/**
 * Checks on the violation catalogue (违法行为库), run when it is loaded (index.ts) and in tests.
 *
 * `validateCatalogue` lists every problem, each naming the item's code; `assertCatalogueValid`
 * throws DomainError('CATALOGUE_INVALID') naming the first offending item, with all problems in
 * the details. Whether a reference points at a real provision needs the law texts, which the
 * pure domain does not read: pass `articleExists` (the tests build it from the official texts).
 */
import { isIsoDate } from '../../calendar/calendar.ts';
import { DomainError } from '../../errors.ts';
import type { Fine, LawRef, Measure, PenaltyTrigger, StatutoryPenalty, Violation } from '../violation.ts';
import { MEASURE_LABELS } from '../violation.ts';

/** Industry codes a catalogue item may be limited to (the bureau's industry classification). */
export const INDUSTRY_CODES = [
  'hazchem', // 危险化学品
  'fireworks', // 烟花爆竹
  'mining', // 非煤矿山
  'metallurgy', // 冶金
  'nonferrous', // 有色
  'building_materials', // 建材
  'machinery', // 机械
  'light', // 轻工
  'textile', // 纺织
  'tobacco', // 烟草
  'commerce', // 商贸
  'construction', // 建筑施工
  'transport', // 交通运输
  'other',
] as const;

/** Every penalty trigger, from the lightest situation to the heaviest. */
export const PENALTY_TRIGGERS: readonly PenaltyTrigger[] = [
  'base',
  'notCorrectedByDeadline',
  'seriousCircumstances',
  'accidentCaused',
  'accident:一般',
  'accident:较大',
  'accident:重大',
  'accident:特别重大',
  'accident:特别严重',
];

export interface CatalogueProblem {
  code: string;
  problem: string;
}

export interface ValidateOptions {
  /** Whether the provision exists in the law's text (article, and paragraph/item when given). */
  articleExists?: (ref: LawRef) => boolean;
}

/** In force for an act on `date` (ISO): validFrom ≤ date < validTo. */
export function isInForce(v: Pick<Violation, 'validFrom' | 'validTo'>, date: string): boolean {
  return v.validFrom <= date && (v.validTo === undefined || date < v.validTo);
}

export const isAccidentTrigger = (t: PenaltyTrigger): boolean => t === 'accidentCaused' || t.startsWith('accident:');

const isPositiveInt = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 1;

export const formatRef = (r: LawRef): string =>
  `${r.law}第${r.article}条${r.paragraph === undefined ? '' : `第${r.paragraph}款`}${r.item === undefined ? '' : `第${r.item}项`}`;

function refProblems(ref: LawRef, what: string, opts: ValidateOptions): string[] {
  if (typeof ref.law !== 'string' || ref.law.trim() === '') return [`${what}: law title missing`];
  if (!isPositiveInt(ref.article)) return [`${what}: article must be a positive integer`];
  if (ref.paragraph !== undefined && !isPositiveInt(ref.paragraph)) return [`${what}: paragraph must be a positive integer`];
  if (ref.item !== undefined && !isPositiveInt(ref.item)) return [`${what}: item must be a positive integer`];
  if (opts.articleExists && !opts.articleExists(ref)) return [`${what}: ${formatRef(ref)} does not exist`];
  return [];
}

function fineProblems(f: Fine, what: string): string[] {
  const nonNegative = (n: number): boolean => Number.isFinite(n) && n >= 0;
  switch (f.kind) {
    case 'amount':
      if (!nonNegative(f.min) || !nonNegative(f.max)) return [`${what}: amounts must be non-negative numbers`];
      return f.min <= f.max ? [] : [`${what}: min ${f.min} above max ${f.max}`];
    case 'multipleOfIllegalGain': {
      const out: string[] = [];
      if (!(f.minTimes > 0) || f.minTimes > f.maxTimes) out.push(`${what}: multiples ${f.minTimes}–${f.maxTimes} invalid`);
      if (!nonNegative(f.fallback.min) || f.fallback.min > f.fallback.max) {
        out.push(`${what}: fallback ${f.fallback.min}–${f.fallback.max} invalid`);
      }
      if (f.threshold !== undefined && !nonNegative(f.threshold)) out.push(`${what}: threshold must be non-negative`);
      return out;
    }
    case 'percentOfAnnualIncome':
      if (!nonNegative(f.minPercent) || f.minPercent > f.maxPercent || f.maxPercent > 100) {
        return [`${what}: percent ${f.minPercent}–${f.maxPercent} invalid`];
      }
      return [];
  }
}

/** Lower and upper bound of a fine when two fines are comparable (same kind), else undefined. */
function bounds(f: Fine): { kind: Fine['kind']; lo: number; hi: number } {
  switch (f.kind) {
    case 'amount':
      return { kind: f.kind, lo: f.min, hi: f.max };
    case 'multipleOfIllegalGain':
      return { kind: f.kind, lo: f.minTimes, hi: f.maxTimes };
    case 'percentOfAnnualIncome':
      return { kind: f.kind, lo: f.minPercent, hi: f.maxPercent };
  }
}

function escalationProblems(base: StatutoryPenalty, clause: StatutoryPenalty): string[] {
  const out: string[] = [];
  for (const target of ['unit', 'persons'] as const) {
    const b = base[target];
    const c = clause[target];
    if (!b || !c) continue;
    const bb = bounds(b);
    const cb = bounds(c);
    if (bb.kind !== cb.kind) continue;
    if (cb.lo < bb.lo || cb.hi < bb.hi) {
      out.push(`${clause.trigger} ${target} fine ${cb.lo}–${cb.hi} below base ${bb.lo}–${bb.hi}`);
    }
  }
  return out;
}

function itemProblems(v: Violation, opts: ValidateOptions): string[] {
  const out: string[] = [];
  if (!/^[A-Z][A-Z0-9]*(-[0-9A-Za-z]+)+$/.test(v.code)) out.push('code is not of the form PREFIX-NNN[-…]');
  if (v.name.trim() === '') out.push('name missing');
  if (!['unit', 'principal', 'person'].includes(v.party)) out.push(`unknown party ${String(v.party)}`);
  if (v.keywords.length === 0) out.push('no keywords');
  if (v.keywords.some((k) => k.trim() === '')) out.push('empty keyword');
  if (v.violated.length === 0) out.push('no violated provision');
  if (v.penaltyBasis.length === 0) out.push('no penalty basis');
  v.violated.forEach((r, i) => out.push(...refProblems(r, `violated[${i}]`, opts)));
  v.penaltyBasis.forEach((r, i) => out.push(...refProblems(r, `penaltyBasis[${i}]`, opts)));
  for (const ind of v.industries) {
    if (!(INDUSTRY_CODES as readonly string[]).includes(ind)) out.push(`unknown industry ${ind}`);
  }

  if (!isIsoDate(v.validFrom)) out.push(`validFrom ${v.validFrom} is not a date`);
  if (v.validTo !== undefined) {
    if (!isIsoDate(v.validTo)) out.push(`validTo ${v.validTo} is not a date`);
    else if (v.validTo <= v.validFrom) out.push(`validTo ${v.validTo} not after validFrom ${v.validFrom}`);
  }

  if (v.penalties.length === 0) out.push('no penalties');
  const triggers = v.penalties.map((p) => p.trigger);
  for (const t of triggers) {
    if (!PENALTY_TRIGGERS.includes(t)) out.push(`unknown trigger ${String(t)}`);
  }
  const duplicates = triggers.filter((t, i) => triggers.indexOf(t) !== i);
  if (duplicates.length > 0) out.push(`trigger repeated: ${[...new Set(duplicates)].join(', ')}`);
  const bases = v.penalties.filter((p) => p.trigger === 'base');
  const accidentOnly = bases.length === 0 && triggers.some(isAccidentTrigger);
  if (bases.length !== 1 && !accidentOnly) out.push(`expected exactly one base clause, found ${bases.length}`);

  v.penalties.forEach((p, i) => {
    const what = `penalties[${i}] (${p.trigger})`;
    if (p.unit) out.push(...fineProblems(p.unit, `${what} unit`));
    if (p.persons) out.push(...fineProblems(p.persons, `${what} persons`));
    for (const m of p.measures) {
      if (!Object.hasOwn(MEASURE_LABELS, m)) out.push(`${what}: unknown measure ${String(m as Measure)}`);
    }
    if (!p.unit && !p.persons && p.measures.length === 0) out.push(`${what}: neither fine nor measure`);
    if (p.basis) out.push(...refProblems(p.basis, `${what} basis`, opts));
  });
  const base = bases[0];
  if (base) {
    for (const p of v.penalties) {
      if (p.trigger === 'notCorrectedByDeadline' || p.trigger === 'seriousCircumstances') {
        out.push(...escalationProblems(base, p));
      }
    }
  }
  return out;
}

/** Every problem in the catalogue, each naming the item; empty when the catalogue is sound. */
export function validateCatalogue(items: readonly Violation[], opts: ValidateOptions = {}): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const codes = new Map<string, number>();
  for (const v of items) codes.set(v.code, (codes.get(v.code) ?? 0) + 1);
  for (const [code, n] of codes) {
    if (n > 1) problems.push({ code, problem: `code used by ${n} items` });
  }
  for (const v of items) {
    for (const problem of itemProblems(v, opts)) problems.push({ code: v.code, problem });
    for (const c of v.counterparts ?? []) {
      if (c === v.code) problems.push({ code: v.code, problem: 'counterpart is the item itself' });
      else if (!codes.has(c)) problems.push({ code: v.code, problem: `counterpart ${c} not in the catalogue` });
    }
  }
  return problems;
}

/** Throws DomainError('CATALOGUE_INVALID') naming the first offending item when the catalogue has problems. */
export function assertCatalogueValid(items: readonly Violation[], opts: ValidateOptions = {}): void {
  const problems = validateCatalogue(items, opts);
  const first = problems[0];
  if (first) {
    throw new DomainError(
      'CATALOGUE_INVALID',
      `违法行为库 item ${first.code}: ${first.problem}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
      { problems },
    );
  }
}
