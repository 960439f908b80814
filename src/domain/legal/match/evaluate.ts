/**
 * Scoring the matcher against labelled hazard descriptions (test/fixtures/match/*.jsonl), for the
 * benchmark (bench/match.ts) and the accuracy test. One JSON object a line:
 *   {"text": "...", "date"?: "YYYY-MM-DD", "industry"?: "hazchem",
 *    "expect": {"law": "中华人民共和国安全生产法", "article": 105, "paragraph"?: 1, "item"?: 2}}
 * `expect` names the penalty provision. A candidate hits when one of its penalty-basis references
 * is that provision: same law and article, and the same paragraph and item where `expect` gives
 * them (a reference without a paragraph is paragraph 1 of an article that has only one).
 */
import { DomainError } from '../../errors.ts';
import type { LawRef } from '../violation.ts';
import type { MatchCandidate, Matcher } from './matcher.ts';

export interface LabelledExample {
  text: string;
  date?: string;
  industry?: string;
  expect: LawRef;
  /** Where the example comes from, e.g. anquan-shengchan-fa.jsonl:12. */
  source: string;
}

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** Parses one line; throws BENCHMARK_INVALID naming the source when malformed. */
export function parseLabelledLine(line: string, source: string): LabelledExample {
  const fail = (why: string): never => {
    throw new DomainError('BENCHMARK_INVALID', `${source}: ${why}`, { source });
  };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return fail('not JSON');
  }
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const o = raw as Record<string, unknown>;
  const e = o['expect'] as Record<string, unknown> | undefined;
  if (typeof o['text'] !== 'string' || o['text'].trim() === '') return fail('text missing');
  if (o['date'] !== undefined && typeof o['date'] !== 'string') return fail('date must be a string');
  if (o['industry'] !== undefined && typeof o['industry'] !== 'string') return fail('industry must be a string');
  if (typeof e !== 'object' || e === null || typeof e['law'] !== 'string' || !isPositiveInt(e['article'])) {
    return fail('expect needs law and article');
  }
  if (e['paragraph'] !== undefined && !isPositiveInt(e['paragraph'])) return fail('paragraph must be a positive integer');
  if (e['item'] !== undefined && !isPositiveInt(e['item'])) return fail('item must be a positive integer');
  return {
    text: o['text'],
    ...(typeof o['date'] === 'string' ? { date: o['date'] } : {}),
    ...(typeof o['industry'] === 'string' ? { industry: o['industry'] } : {}),
    expect: {
      law: e['law'],
      article: e['article'],
      ...(isPositiveInt(e['paragraph']) ? { paragraph: e['paragraph'] } : {}),
      ...(isPositiveInt(e['item']) ? { item: e['item'] } : {}),
    },
    source,
  };
}

/** Whether a reference is (or lies within) the expected provision. */
export function refMatches(expected: LawRef, ref: LawRef): boolean {
  return (
    ref.law === expected.law &&
    ref.article === expected.article &&
    (expected.paragraph === undefined || (ref.paragraph ?? 1) === expected.paragraph) &&
    (expected.item === undefined || ref.item === expected.item)
  );
}

export const candidateHits = (expected: LawRef, c: MatchCandidate): boolean =>
  c.penaltyBasis.some((r) => refMatches(expected, r));

export interface EvaluatedExample {
  example: LabelledExample;
  /** 1-based rank of the first hit, or undefined when no candidate hits. */
  rank: number | undefined;
  top: MatchCandidate[];
  /** Milliseconds, when a clock was given. */
  ms?: number;
}

export interface Evaluation {
  total: number;
  top1: number;
  top3: number;
  results: EvaluatedExample[];
}

/** Runs every example through the matcher; `clock` (milliseconds) times each match when given. */
export function evaluate(matcher: Matcher, examples: readonly LabelledExample[], clock?: () => number): Evaluation {
  const results = examples.map((example): EvaluatedExample => {
    const started = clock?.();
    const { candidates } = matcher.match({
      text: example.text,
      ...(example.date ? { date: example.date } : {}),
      ...(example.industry ? { industry: example.industry } : {}),
    });
    const ms = clock && started !== undefined ? clock() - started : undefined;
    const index = candidates.findIndex((c) => candidateHits(example.expect, c));
    return { example, rank: index < 0 ? undefined : index + 1, top: candidates.slice(0, 3), ...(ms === undefined ? {} : { ms }) };
  });
  return summarise(results);
}

/** Top-1 / top-3 accuracy of evaluated examples. */
export function summarise(results: EvaluatedExample[]): Evaluation {
  const total = results.length;
  const within = (n: number) => results.filter((r) => r.rank !== undefined && r.rank <= n).length / Math.max(1, total);
  return { total, top1: within(1), top3: within(3), results };
}

/** The fold of a text in a cross-validation: a hash of the text, so a line keeps its fold when files change. */
export function foldOf(text: string, folds: number): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % folds;
}

/**
 * K-fold cross-validation for a matcher that learns from labelled examples (examples.ts): each
 * fold is matched by a matcher built from the other folds only, so no line is scored by a matcher
 * that has seen it. `learnFrom` may hold more lines than `examples` (other files to learn from).
 */
export function crossValidate(
  examples: readonly LabelledExample[],
  learnFrom: readonly LabelledExample[],
  folds: number,
  build: (learn: readonly LabelledExample[]) => Matcher,
  clock?: () => number,
): Evaluation {
  const results: EvaluatedExample[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = examples.filter((e) => foldOf(e.text, folds) === fold);
    if (test.length === 0) continue;
    const matcher = build(learnFrom.filter((e) => foldOf(e.text, folds) !== fold));
    results.push(...evaluate(matcher, test, clock).results);
  }
  return summarise(results);
}
