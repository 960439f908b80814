/**
 * Text → terms for legal matching: normalisation, synonym canonicalisation, tokenizing, and
 * character bigrams. Pure; the tokenizer is injected (src/server/text/jieba.ts in production).
 */
import { DomainError } from '../../errors.ts';
import { DOMAIN_WORDS, SINGLE_CHAR_SYNONYMS, STOP_WORDS, SYNONYMS } from './dictionary.ts';

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

/** Replaces synonym variants by their canonical word, longest match first, left to right. */
export function canonicalize(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = Math.min(MAX_VARIANT, text.length - i); len >= 2; len--) {
      const canonical = CANONICAL.get(text.slice(i, i + len));
      if (canonical !== undefined) {
        out += canonical;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** Lexicon words occurring anywhere in the text. */
function scanLexicon(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = 2; len <= Math.min(MAX_LEXICON, text.length - i); len++) {
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

/** The distinct terms of an already canonicalized text. */
export function termsOf(canonicalText: string, tokenizer: Tokenizer): Set<string> {
  const out = new Set<string>();
  for (const token of [...tokenizer(canonicalText), ...scanLexicon(canonicalText)]) {
    const t = term(token);
    if (t !== undefined) out.add(t);
  }
  return out;
}

/** The distinct character bigrams of the Chinese runs of a text. */
export function bigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}
