/**
 * Full-text search of article texts (法条检索).
 *
 * A query is cut into words (segment.ts). Articles containing every word come first (mode
 * 'all'); when none does, articles containing any of them, the words plus the two-character
 * words inside longer ones (mode 'any': 安全出口 → 安全, 出口), ranked first by how many they
 * contain. A word counts as contained when it is one of the article's jieba tokens (tsvector) or
 * a substring of its text (pg_trgm); see searchTerms in law.repository.ts for the rank.
 * Queries of one or two characters, or without a meaningful word, are plain substring searches
 * (mode 'phrase'). Each hit carries a snippet of the article with the terms marked.
 */
import { DomainError } from '../../domain/errors.ts';
import { formatRefCn, refId } from '../../domain/legal/reference.ts';
import type { SearchHit, SearchMode, SearchResult } from '../../domain/views/legal.ts';
import type { Database } from '../db/database.ts';
import { lawNames, searchSubstring, searchTerms, type SearchRow } from './law.repository.ts';
import { queryTerms } from './segment.ts';
import { resolveLawName } from './law.service.ts';

export interface SearchInput {
  q: string;
  /** Slug, official title or short title of a law. */
  law?: string;
  /** The day whose versions are searched (ISO). */
  day: string;
  limit?: number;
}

const SNIPPET_LENGTH = 160;
const SNIPPET_BEFORE = 30;

/** Offsets of every occurrence of the terms in `text`, longest terms first, without overlaps. */
function findMarks(text: string, terms: readonly string[]): [number, number][] {
  const taken: [number, number][] = [];
  for (const term of [...terms].filter((t) => t !== '').sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!taken.some(([s, e]) => at < e && s < end)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/** A window of the text around the first mark, with the marks shifted into it. */
function snippetOf(text: string, marks: [number, number][]): { snippet: string; marks: [number, number][] } {
  const flat = text.replace(/\n/g, ' ');
  if (flat.length <= SNIPPET_LENGTH) return { snippet: flat, marks };
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - SNIPPET_BEFORE, flat.length - SNIPPET_LENGTH));
  const end = Math.min(flat.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const snippet = prefix + flat.slice(start, end) + (end < flat.length ? '…' : '');
  const shift = prefix.length - start;
  const inside = marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { snippet, marks: inside };
}

/** The two-character words inside a longer Chinese word: 安全出口 → 安全, 全出, 出口. */
const innerWords = (term: string): string[] => {
  if (term.length <= 2 || !/^[\u3400-\u9fff]+$/u.test(term)) return [];
  return Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
};

function toHit(r: SearchRow, terms: string[]): SearchHit {
  const s = snippetOf(r.text, findMarks(r.text.replace(/\n/g, ' '), terms));
  return {
    id: refId({ law: r.title, article: r.number }, () => r.slug),
    citation: formatRefCn({ law: r.title, article: r.number }),
    law: { slug: r.slug, title: r.title, short: r.short, level: r.level },
    version: r.versionCode,
    article: r.number,
    chapter: r.chapter,
    snippet: s.snippet,
    marks: s.marks,
    rank: Math.round(r.rank * 10000) / 10000,
  };
}

export async function searchLaw(db: Database, input: SearchInput): Promise<SearchResult> {
  const q = input.q.replace(/\s+/gu, ' ').trim();
  if (q === '') throw new DomainError('VALIDATION_FAILED', '请输入检索词', { key: 'q' });
  const limit = input.limit ?? 20;
  let slug: string | undefined;
  if (input.law !== undefined && input.law.trim() !== '') {
    slug = resolveLawName(input.law, await lawNames(db))?.slug;
    if (slug === undefined) throw new DomainError('UNKNOWN_VALUE', `法律法规库中没有“${input.law}”`, { key: 'law' });
  }
  const base = { day: input.day, limit, ...(slug !== undefined ? { slug } : {}) };
  const phrase = q.replace(/ /g, '');
  const terms = queryTerms(q);
  const done = (mode: SearchMode, marked: string[], r: { rows: SearchRow[]; total: number }): SearchResult => ({
    q,
    mode,
    terms: marked,
    total: r.total,
    items: r.rows.map((row) => toHit(row, marked)),
  });

  if (phrase.length <= 2 || terms.length === 0) {
    const exact = await searchSubstring(db, { ...base, phrase });
    return done(exact.total > 0 ? 'phrase' : 'none', [phrase], exact);
  }
  const all = await searchTerms(db, { ...base, terms, phrase, mode: 'all' });
  if (all.total > 0) return done('all', terms, all);
  const wider = [...new Set([...terms, ...terms.flatMap(innerWords)])];
  const any = await searchTerms(db, { ...base, terms: wider, phrase, mode: 'any' });
  return done(any.total > 0 ? 'any' : 'none', wider, any);
}
