/** Shapes of the JSON the law library and matching endpoints answer (src/server/http/routes/legal.routes.ts). */
import type { MatchResult } from '../../../domain/legal/match/matcher.ts';
import type { LawRef } from '../../../domain/legal/violation.ts';

export type { MatchCandidate, MatchResult } from '../../../domain/legal/match/matcher.ts';

export interface LawVersion {
  code: string;
  label: string;
  docNumber: string | null;
  adopted: string;
  effective: string;
  expires: string | null;
  status: string;
  note: string | null;
  sourceFile: string;
  source: string | null;
  history: string | null;
  sha256: string;
  articleCount: number;
  importedAt: string;
}

export interface LawMeta {
  slug: string;
  title: string;
  short: string;
  level: string;
  issuer: string;
  status: string;
}

export interface LawListItem extends LawMeta {
  version: LawVersion;
  versionCount: number;
  chapterCount: number;
  articleCount: number;
}

export interface ArticleItem {
  number: number;
  marker: string;
  text: string;
}

export interface ArticleParagraph {
  number: number;
  label: string;
  text: string;
  items: ArticleItem[];
}

export interface Article {
  number: number;
  label: string;
  text: string;
  paragraphs: ArticleParagraph[];
}

export interface Heading {
  number: number;
  title: string;
  label: string;
}

export interface LawStructure extends LawMeta {
  version: LawVersion;
  versions: LawVersion[];
  chapters: (Heading & { sections: Heading[]; articles: number[] })[];
  articles: (Article & { chapter: number | null; section: number | null })[];
}

export interface Provision {
  id: string;
  ref: LawRef;
  citation: string;
  citationShort: string;
  text: string;
  law: LawMeta;
  version: LawVersion;
  chapter: Heading | null;
  section: Heading | null;
  article: Article;
}

export interface SearchHit {
  id: string;
  citation: string;
  law: { slug: string; title: string; short: string; level: string };
  version: string;
  article: number;
  chapter: number | null;
  snippet: string;
  marks: [number, number][];
  rank: number;
}

export interface SearchResult {
  q: string;
  mode: 'all' | 'any' | 'phrase' | 'none';
  terms: string[];
  total: number;
  items: SearchHit[];
}

export type MatchResponse = MatchResult;
