/**
 * The structure of one statute text (法律法规文本) as parsed from the plain-text files of the
 * shared law library (see parse-statute.ts): chapters (章) → sections (节) → articles (条) →
 * paragraphs (款) → items (项).
 *
 * Numbers are integers from 1; the Chinese labels come from numerals.ts. Line numbers are
 * 1-based lines of the source file, kept so that errors and reviewers can point at the text.
 */

/** Levels of legal instruments (效力层级). Ranks in LEVEL_RANK (reference.ts). */
export type LawLevel = '法律' | '行政法规' | '地方性法规' | '部门规章' | '规范性文件' | '标准';

export const LAW_LEVELS: readonly LawLevel[] = ['法律', '行政法规', '地方性法规', '部门规章', '规范性文件', '标准'];

/** 项: an enumerated item of a paragraph, （一）…. */
export interface StatuteItem {
  number: number;
  /** Text without the （一） marker. */
  text: string;
  line: number;
}

/** 款: a paragraph of an article. The first paragraph is the text after 第X条. */
export interface StatuteParagraph {
  number: number;
  /** The paragraph's own text (the lead-in before its items), without the items. */
  text: string;
  items: StatuteItem[];
  line: number;
}

/** 条 */
export interface StatuteArticle {
  number: number;
  /** Chapter and section the article stands in, when the statute has them. */
  chapter?: number;
  section?: number;
  /** Full text as printed: paragraphs and items each on its own line, without the 第X条 label. */
  text: string;
  paragraphs: StatuteParagraph[];
  line: number;
}

/** 节: a section inside a chapter. Numbering restarts in each chapter. */
export interface StatuteSection {
  number: number;
  /** E.g. 一般规定 (whitespace inside the title removed). */
  title: string;
  articles: StatuteArticle[];
  line: number;
}

/** 章 */
export interface StatuteChapter {
  number: number;
  /** E.g. 总则, 法律责任, 附则 (whitespace inside the title removed). */
  title: string;
  /** Empty when the chapter has no sections. */
  sections: StatuteSection[];
  /** Every article of the chapter, including those inside its sections, in order. */
  articles: StatuteArticle[];
  line: number;
}

export interface ParsedStatute {
  /** The file name the text was read from (used in every error message). */
  fileName: string;
  /** Value of the `# source:` header line, when present. */
  source?: string;
  /** E.g. 中华人民共和国安全生产法. */
  title: string;
  /** The bracketed adoption/amendment history under the title, without the brackets. */
  history?: string;
  /** Empty when the statute is not divided into chapters (e.g. 安全生产许可证条例). */
  chapters: StatuteChapter[];
  /** Every article in order (the same objects as inside `chapters`). */
  articles: StatuteArticle[];
}

/** One entry of the law library's manifest.json. */
export interface LawManifestEntry {
  file: string;
  title: string;
  short: string;
  level: LawLevel;
  issuer: string;
  version: string;
  adopted: string;
  effective: string;
  status: string;
  articles: number;
  note?: string;
}

export interface LawManifest {
  about?: string;
  laws: LawManifestEntry[];
  missing?: string[];
}
