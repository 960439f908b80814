/**
 * The matcher's second signal: labelled descriptions (officers' wordings, each with the penalty
 * provision a reviewer cited). A query's nearest examples vote for the items their provision names,
 * which carries the vocabulary of the scenes officers meet (烧焊 → 焊工证, 叉车 → 特种设备) beyond
 * the keyword lists. Similarity: cosine over tf-idf weights of the canonical words and the
 * character bigrams, idf taken over the examples. An example counts for the items whose penalty
 * basis is its provision and for their counterparts in the other instrument (危化品条例 ↔
 * 危险化学品安全法), so the date still decides which one is returned.
 */
import type { LawRef, Violation } from '../violation.ts';
import { refMatches } from './evaluate.ts';
import type { Analysis } from './text.ts';

/** A labelled description: text and the penalty provision (see evaluate.ts for the file format). */
export interface Example {
  text: string;
  /** Date of the act (decides which items were in force); default: today. */
  date?: string;
  expect: LawRef;
}

/** The best example found for an item. */
export interface ExampleVote {
  /** Cosine similarity in [0, 1]. */
  similarity: number;
  text: string;
}

export interface ExampleIndex {
  /** For each item (by catalogue position) with a similar example, its most similar one. */
  votes(query: Analysis): Map<number, ExampleVote>;
}

/** A bigram counts this much as a word. */
const BIGRAM_WEIGHT = 0.6;

type Vector = Map<string, number>;

function features(a: Analysis): Map<string, number> {
  const f = new Map<string, number>();
  for (const t of a.terms) f.set(`w:${t}`, 1);
  for (const b of a.bigrams) f.set(`b:${b}`, BIGRAM_WEIGHT);
  return f;
}

export function createExampleIndex(
  examples: readonly Example[],
  catalogue: readonly Violation[],
  analyse: (text: string) => Analysis,
): ExampleIndex {
  const position = new Map(catalogue.map((v, i) => [v.code, i]));
  // The items each example votes for.
  const targets = examples.map(({ expect }) => {
    const out = new Set<number>();
    catalogue.forEach((v, i) => {
      if (!v.penaltyBasis.some((r) => refMatches(expect, r))) return;
      out.add(i);
      for (const c of v.counterparts ?? []) {
        const j = position.get(c);
        if (j !== undefined) out.add(j);
      }
    });
    return [...out];
  });
  const raw = examples.map((e) => features(analyse(e.text)));
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = examples.length;
  const idf = (k: string): number => Math.log(1 + n / (df.get(k) ?? 0.5));
  const weigh = (f: Map<string, number>): { vector: Vector; norm: number } => {
    const vector: Vector = new Map();
    let sum = 0;
    for (const [k, w] of f) {
      const x = w * idf(k);
      vector.set(k, x);
      sum += x * x;
    }
    return { vector, norm: Math.sqrt(sum) || 1 };
  };
  const postings = new Map<string, { example: number; weight: number }[]>();
  raw.forEach((f, example) => {
    const { vector, norm } = weigh(f);
    for (const [k, x] of vector) {
      const list = postings.get(k) ?? [];
      list.push({ example, weight: x / norm });
      postings.set(k, list);
    }
  });

  function votes(query: Analysis): Map<number, ExampleVote> {
    const { vector, norm } = weigh(features(query));
    const dots = new Float64Array(n);
    for (const [k, x] of vector) {
      for (const { example, weight } of postings.get(k) ?? []) dots[example] = (dots[example] ?? 0) + (x / norm) * weight;
    }
    const out = new Map<number, ExampleVote>();
    dots.forEach((similarity, example) => {
      if (similarity <= 0) return;
      for (const doc of targets[example] ?? []) {
        const seen = out.get(doc);
        if (!seen || seen.similarity < similarity) out.set(doc, { similarity, text: examples[example]?.text ?? '' });
      }
    });
    return out;
  }

  return { votes };
}
