/**
 * Text → terms for legal matching: normalisation, synonym canonicalisation, tokenizing, and
 * character bigrams. Pure; the tokenizer is injected (src/server/text/jieba.ts in production).
 */
import { DomainError } from '../../errors.ts';
import { DOMAIN_WORDS, PATTERNS, SINGLE_CHAR_SYNONYMS, STOP_WORDS, SYNONYMS } from './dictionary.ts';

/** Splits Chinese text into words. */
export type Tokenizer = (text: string) => string[];

const CJK = /[\u3400-\u9fff]/;
const CJK_RUN = /[\u3400-\u9fff]+/g;

/** Variant (or canonical word) → canonical word, for the multi-character entries of SYNONYMS. */
export const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, ...variants] of SYNONYMS) {
    if (canonical === undefined) continue;
    for (const w of [canonical, ...variants]) {
      const seen = map.get(w);
      if (seen !== undefined && seen !== canonical) {
        throw new DomainError('INTERNAL', `synonym ${w} is in two groups (${seen}, ${canonical})`);
      }
      if (w.length >= 2) map.set(w, canonical);
    }
  }
  return map;
})();

const MAX_VARIANT = Math.max(...[...CANONICAL.keys()].map((w) => w.length));

/** Every word the matcher looks for inside the text, whatever the tokenizer does. */
export const LEXICON: ReadonlySet<string> = new Set([...new Set(CANONICAL.values()), ...DOMAIN_WORDS]);
const MAX_LEXICON = Math.max(...[...LEXICON].map((w) => w.length));

/** Full-width to half-width, lower case, no blanks. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const MAX_VARIANT_TOKENS = 6;

/**
 * The text's tokens with synonym variants replaced by their canonical word. A variant must cover
 * whole tokens (one, or several in a row, longest first), so words are never cut across their
 * boundaries: 去年检查 does not contain the variant 年检.
 */
export function canonicalTokens(text: string, tokenizer: Tokenizer): string[] {
  const tokens = tokenizer(text).filter((t) => t.trim() !== '');
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = Math.min(tokens.length, i + MAX_VARIANT_TOKENS);
    let canonical: string | undefined;
    for (; j > i; j--) {
      const joined = tokens.slice(i, j).join('');
      if (joined.length > MAX_VARIANT) continue;
      canonical = CANONICAL.get(joined);
      if (canonical !== undefined) break;
    }
    if (canonical !== undefined) {
      out.push(canonical);
      i = j;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/** The text with synonym variants replaced by their canonical word (see canonicalTokens). */
export const canonicalize = (text: string, tokenizer: Tokenizer): string => canonicalTokens(text, tokenizer).join('');

/** Lexicon words of three or more characters occurring anywhere in the text. */
function scanLexicon(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = 3; len <= Math.min(MAX_LEXICON, text.length - i); len++) {
      const w = text.slice(i, i + len);
      if (LEXICON.has(w)) found.push(w);
    }
  }
  return found;
}

/** A token worth matching on, in canonical form; undefined for stop words, numbers, punctuation. */
function term(token: string): string | undefined {
  if (token.length === 1) return SINGLE_CHAR_SYNONYMS[token];
  if (!CJK.test(token) || STOP_WORDS.has(token)) return undefined;
  return CANONICAL.get(token) ?? token;
}

export interface Analysis {
  /** The normalised text with synonyms folded. */
  text: string;
  /** Distinct canonical words worth matching on. */
  terms: Set<string>;
  /** Distinct character bigrams of the folded text. */
  bigrams: Set<string>;
}

/** Normalises, tokenizes and folds synonyms. */
export function analyse(raw: string, tokenizer: Tokenizer): Analysis {
  const tokens = canonicalTokens(normalize(raw), tokenizer);
  const text = tokens.join('');
  const terms = new Set<string>();
  for (const token of [...tokens, ...scanLexicon(text)]) {
    const t = term(token);
    if (t !== undefined) terms.add(t);
  }
  for (const [pattern, word] of PATTERNS) if (pattern.test(text)) terms.add(word);
  // A compound the tokenizer kept whole (可燃气体报警器) counts through its parts (可燃气体, 报警器) only.
  for (const t of [...terms]) {
    if (t.length >= 4 && isCompoundOf(t, terms)) terms.delete(t);
  }
  return { text, terms, bigrams: bigramsOf(text) };
}

/** Whether `word` is a concatenation of two or more other members of `parts`. */
function isCompoundOf(word: string, parts: ReadonlySet<string>): boolean {
  const reachable = new Array<number>(word.length + 1).fill(-1); // pieces needed to reach position i
  reachable[0] = 0;
  for (let i = 0; i < word.length; i++) {
    const pieces = reachable[i] ?? -1;
    if (pieces < 0) continue;
    for (let j = i + 2; j <= word.length; j++) {
      if (j - i < word.length && parts.has(word.slice(i, j)) && (reachable[j] ?? -1) < 0) reachable[j] = pieces + 1;
    }
  }
  return (reachable[word.length] ?? -1) >= 2;
}

/** The distinct character bigrams of the Chinese runs of a text. */
export function bigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}
