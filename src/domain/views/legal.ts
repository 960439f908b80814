/**
 * What the law library API answers (GET /api/legal/laws, /laws/:slug, /articles/:ref, /search):
 * written once here, built by src/server/legal and its routes, read by the web UI. Types only.
 * The matching endpoint answers the matcher's MatchResult (src/domain/legal/match/matcher.ts).
 */
import type { LawLevel } from '../legal/statute.ts';
import type { LawRef } from '../legal/violation.ts';

export type LawStatus = '现行有效' | '已修订' | '已废止';

export interface LawMeta {
  slug: string;
  /** Official full title. */
  title: string;
  short: string;
  level: LawLevel;
  issuer: string;
  status: LawStatus;
}

export interface LawVersionMeta {
  code: string;
  /** E.g. 2021年修正, 国务院令第708号. */
  label: string;
  docNumber: string | null;
  adopted: string;
  effective: string;
  expires: string | null;
  status: LawStatus;
  note: string | null;
  sourceFile: string;
  source: string | null;
  history: string | null;
  sha256: string;
  articleCount: number;
  importedAt: string;
}

/** A law with the version shown on a day, and its counts. */
export interface LawSummary extends LawMeta {
  version: LawVersionMeta;
  versionCount: number;
  chapterCount: number;
}

/** An item of GET /api/legal/laws. */
export interface LawListItem extends LawSummary {
  articleCount: number;
}

export interface ParagraphView {
  number: number;
  /** 第一款 */
  label: string;
  text: string;
  items: { number: number; marker: string; text: string }[];
}

export interface ArticleView {
  number: number;
  /** 第九十九条 */
  label: string;
  text: string;
  paragraphs: ParagraphView[];
}

/** A chapter or section with its label (第二章, 第一节). */
export interface HeadingView {
  number: number;
  title: string;
  label: string;
}

/** GET /api/legal/laws/:slug: the law, its versions, and the full text of the version shown. */
export interface LawStructureView extends LawMeta {
  version: LawVersionMeta;
  versions: LawVersionMeta[];
  chapters: (HeadingView & { sections: HeadingView[]; articles: number[] })[];
  articles: (ArticleView & { chapter: number | null; section: number | null })[];
}

export interface ProvisionView {
  /** Normalised provision id, e.g. anquan-shengchan-fa/99/i1. */
  id: string;
  ref: LawRef;
  /** 《中华人民共和国安全生产法》第九十九条第一项 */
  citation: string;
  /** 安全生产法第九十九条第一项 */
  citationShort: string;
  /** The cited text: the item, the paragraph with its items, or the whole article. */
  text: string;
  law: LawMeta;
  version: LawVersionMeta;
  chapter: HeadingView | null;
  section: HeadingView | null;
  article: ArticleView;
}

export type SearchMode = 'all' | 'any' | 'phrase' | 'none';

export interface SearchHit {
  /** Provision id (refId form), e.g. anquan-shengchan-fa/105. */
  id: string;
  /** 《中华人民共和国安全生产法》第一百零五条 */
  citation: string;
  law: { slug: string; title: string; short: string; level: string };
  version: string;
  article: number;
  chapter: number | null;
  /** Part of the article text around the first match ('…' where cut). */
  snippet: string;
  /** [start, end) offsets of the matched terms in `snippet` (UTF-16 code units). */
  marks: [number, number][];
  rank: number;
}

export interface SearchResult {
  q: string;
  mode: SearchMode;
  /** The terms that were looked for (and are marked). */
  terms: string[];
  total: number;
  items: SearchHit[];
}
