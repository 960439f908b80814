/**
 * Parser for the plain-text statute files of the shared law library (data/laws/*.txt).
 *
 * The format, as found in all eight files:
 *
 *   # source: <repository and path it was converted from>     (optional header)
 *   <title>                                                     中华人民共和国安全生产法
 *   （<adoption and amendment history>）                        optional, may span lines
 *   目录 + chapter/section headings                             optional table of contents
 *   第一章 总  则                                                chapters, optional
 *   第一节 一般规定                                             sections inside a chapter, optional
 *   第一条 <text of the first paragraph>                        article
 *   <text of a further paragraph>                                each further line: a new 款
 *   （一）<text of an item>                                      item of the paragraph above
 *
 * (Headings and articles are followed by one or two full-width spaces U+3000 in the real files.)
 *
 * Every non-blank line is one block (heading, paragraph or item); blank lines carry no meaning,
 * so texts with or without blank lines between paragraphs parse the same. The text after a run of
 * items is a new paragraph (the drafting convention: 前款 refers to it as a paragraph of its own).
 *
 * Tolerated variations: Windows or old-Mac line endings, a byte-order mark, one or several
 * full-width or ASCII spaces (or a tab) after 第X条 / 第X章, whitespace inside headings (总  则),
 * ASCII parentheses around item numbers and the history, Arabic article numbers (第99条), a
 * standalone 附则 heading (taken as the next chapter), an article label on a line of its own
 * with its text on the next line.
 *
 * Rejected with LAW_PARSE_ERROR naming the file and line: an empty file, no title or text before
 * the title, text outside an article, an item outside an article or without a lead-in paragraph,
 * articles, chapters, sections or items out of sequence, duplicated or skipped, inserted articles
 * (第X条之一: not supported), empty articles or chapters, a table of contents with no body.
 */
import { isIsoDate } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';
import { LAW_LEVELS } from './statute.ts';
import type {
  LawLevel,
  LawManifest,
  LawManifestEntry,
  ParsedStatute,
  StatuteArticle,
  StatuteChapter,
  StatuteParagraph,
  StatuteSection,
} from './statute.ts';
import { articleCn, chapterCn, CN_NUMERAL_CHARS, itemMarkerCn, readChineseNumeral, sectionCn } from './numerals.ts';

const NUM = `[${CN_NUMERAL_CHARS}0-9０-９]+`;
const ARTICLE_RE = new RegExp(`^第(${NUM})条(?:\\s+(.*))?$`, 'u');
const INSERTED_ARTICLE_RE = new RegExp(`^第(${NUM})条之(${NUM})`, 'u');
const CHAPTER_RE = new RegExp(`^第(${NUM})章(?:\\s+(.*))?$`, 'u');
const SECTION_RE = new RegExp(`^第(${NUM})节(?:\\s+(.*))?$`, 'u');
const ITEM_RE = new RegExp(`^[（(]\\s*(${NUM})\\s*[）)]\\s*(.*)$`, 'u');
const HISTORY_OPEN_RE = /^[（(]/u;
/** A statute title: no sentence punctuation, ends in the name of an instrument type. */
const TITLE_RE =
  /^[^。，；：！？,;:!?\s][^。，；：！？,;:!?]*(法|条例|规定|办法|细则|决定|标准|基准|规则|规程|准则|意见|通知|目录|清单|规范)(（[^）]*）|\([^)]*\))?$/u;

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

class Failure {
  constructor(
    readonly fileName: string,
    readonly lines: readonly string[],
  ) {}

  at(line: number, message: string): DomainError {
    return new DomainError('LAW_PARSE_ERROR', `${this.fileName}:${line}: ${message}`, {
      file: this.fileName,
      line,
      text: this.lines[line - 1]?.trim().slice(0, 40),
    });
  }
}

/** What a non-blank line is, independent of where it stands. */
type Block =
  | { kind: 'header'; value: string }
  | { kind: 'toc' }
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'appendixChapter'; title: string }
  | { kind: 'section'; number: number; title: string }
  | { kind: 'article'; number: number; text: string }
  | { kind: 'item'; number: number; text: string }
  | { kind: 'text'; text: string };

function classify(line: string, lineNo: number, fail: Failure): Block {
  if (line.startsWith('#')) {
    return { kind: 'header', value: line.replace(/^#+\s*(source:\s*)?/u, '').trim() };
  }
  const squeezed = squeeze(line);
  if (squeezed === '目录') return { kind: 'toc' };
  if (squeezed === '附则') return { kind: 'appendixChapter', title: '附则' };
  const number = (raw: string, what: string): number => {
    const n = readChineseNumeral(raw);
    if (n === undefined || n < 1) throw fail.at(lineNo, `cannot read the ${what} number "${raw}"`);
    return n;
  };
  const inserted = INSERTED_ARTICLE_RE.exec(line);
  if (inserted) {
    throw fail.at(lineNo, `inserted article 第${inserted[1]}条之${inserted[2]} is not supported`);
  }
  const article = ARTICLE_RE.exec(line);
  if (article) return { kind: 'article', number: number(article[1]!, 'article'), text: (article[2] ?? '').trim() };
  const chapter = CHAPTER_RE.exec(line);
  if (chapter) return { kind: 'chapter', number: number(chapter[1]!, 'chapter'), title: squeeze(chapter[2] ?? '') };
  const section = SECTION_RE.exec(line);
  if (section) return { kind: 'section', number: number(section[1]!, 'section'), title: squeeze(section[2] ?? '') };
  const item = ITEM_RE.exec(line);
  if (item) return { kind: 'item', number: number(item[1]!, 'item'), text: item[2]!.trim() };
  return { kind: 'text', text: line };
}

interface ArticleDraft {
  article: StatuteArticle;
  lines: string[];
}

/**
 * Parses one statute file. `fileName` is used in error messages and kept on the result.
 * Throws DomainError('LAW_PARSE_ERROR', '<file>:<line>: <what is wrong>', { file, line }).
 */
export function parseStatute(text: string, fileName: string): ParsedStatute {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const fail = new Failure(fileName, lines);
  if (text.trim() === '') throw fail.at(1, 'the file is empty');

  let source: string | undefined;
  let title: string | undefined;
  const history: string[] = [];
  let historyOpen = false;
  let phase: 'head' | 'afterTitle' | 'toc' | 'body' = 'head';
  let tocLastChapter = 0;
  let tocLine = 0;

  const chapters: StatuteChapter[] = [];
  const articles: StatuteArticle[] = [];
  let chapter: StatuteChapter | undefined;
  let section: StatuteSection | undefined;
  let draft: ArticleDraft | undefined;

  const finishArticle = (): void => {
    if (!draft) return;
    if (draft.article.paragraphs.length === 0) {
      throw fail.at(draft.article.line, `${articleCn(draft.article.number)} has no text`);
    }
    draft.article.text = draft.lines.join('\n');
    draft = undefined;
  };
  const finishSection = (): void => {
    if (section && section.articles.length === 0) {
      throw fail.at(section.line, `${sectionCn(section.number)} ${section.title} has no articles`);
    }
  };
  const finishChapter = (): void => {
    finishSection();
    if (chapter && chapter.articles.length === 0) {
      throw fail.at(chapter.line, `${chapterCn(chapter.number)} ${chapter.title} has no articles`);
    }
  };
  const currentParagraph = (): StatuteParagraph | undefined => draft?.article.paragraphs.at(-1);

  const startChapter = (lineNo: number, number: number, chapterTitle: string): void => {
    finishArticle();
    finishChapter();
    if (chapters.length === 0 && articles.length > 0) {
      throw fail.at(lineNo, `${chapterCn(number)} follows articles that stand outside any chapter`);
    }
    const expected = (chapter?.number ?? 0) + 1;
    if (number !== expected) {
      throw fail.at(lineNo, `${chapterCn(number)} out of sequence: expected ${chapterCn(expected)}`);
    }
    chapter = { number, title: chapterTitle, sections: [], articles: [], line: lineNo };
    chapters.push(chapter);
    section = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.trim();
    if (line === '') continue;

    if (historyOpen) {
      history.push(line);
      if (/[）)]$/u.test(line)) historyOpen = false;
      continue;
    }

    const block = classify(line, lineNo, fail);

    if (phase === 'head') {
      if (block.kind === 'header' && source === undefined && title === undefined) {
        source = block.value;
        continue;
      }
      if (block.kind !== 'text' || !TITLE_RE.test(line)) {
        throw fail.at(lineNo, `expected the statute title, found "${line.slice(0, 30)}"`);
      }
      title = squeeze(line);
      phase = 'afterTitle';
      continue;
    }

    if (phase === 'afterTitle') {
      if (block.kind === 'text' && HISTORY_OPEN_RE.test(line)) {
        history.push(line);
        historyOpen = !/[）)]$/u.test(line);
        continue;
      }
      if (block.kind === 'toc') {
        phase = 'toc';
        tocLine = lineNo;
        continue;
      }
      if (block.kind === 'text' || block.kind === 'item' || block.kind === 'header') {
        throw fail.at(lineNo, `unexpected text between the title and the first chapter or article: "${line.slice(0, 30)}"`);
      }
      phase = 'body';
    }

    if (phase === 'toc') {
      // The table of contents lists the headings; the body starts when chapter numbering restarts.
      if (block.kind === 'chapter' && block.number > tocLastChapter) {
        tocLastChapter = block.number;
        continue;
      }
      if (block.kind === 'section' || block.kind === 'appendixChapter' || (block.kind === 'text' && squeeze(line) === '序言')) {
        continue;
      }
      if (block.kind === 'chapter') {
        phase = 'body';
      } else {
        throw fail.at(lineNo, `目录 (line ${tocLine}) is not followed by the chapters of the body: found "${line.slice(0, 30)}"`);
      }
    }

    switch (block.kind) {
      case 'header':
      case 'toc':
        throw fail.at(lineNo, `unexpected "${line.slice(0, 30)}" inside the body`);
      case 'chapter':
        startChapter(lineNo, block.number, block.title);
        break;
      case 'appendixChapter':
        if (chapters.length === 0) throw fail.at(lineNo, '附则 heading in a statute without chapters');
        startChapter(lineNo, chapter!.number + 1, block.title);
        break;
      case 'section': {
        if (!chapter) throw fail.at(lineNo, `${sectionCn(block.number)} outside any chapter`);
        finishArticle();
        finishSection();
        const expected = (section?.number ?? 0) + 1;
        if (block.number !== expected) {
          throw fail.at(lineNo, `${sectionCn(block.number)} out of sequence in ${chapterCn(chapter.number)}: expected ${sectionCn(expected)}`);
        }
        section = { number: block.number, title: block.title, articles: [], line: lineNo };
        chapter.sections.push(section);
        break;
      }
      case 'article': {
        finishArticle();
        const previous = articles.at(-1)?.number ?? 0;
        if (block.number !== previous + 1) {
          const why =
            block.number === previous
              ? `duplicate ${articleCn(block.number)}`
              : block.number < previous
                ? `${articleCn(block.number)} out of sequence after ${articleCn(previous)}`
                : previous === 0
                  ? `the first article is ${articleCn(block.number)}, expected 第一条`
                  : `${articleCn(block.number)} follows ${articleCn(previous)}: ${articleCn(previous + 1)} is missing`;
          throw fail.at(lineNo, why);
        }
        const article: StatuteArticle = { number: block.number, text: '', paragraphs: [], line: lineNo };
        if (chapter) article.chapter = chapter.number;
        if (section) article.section = section.number;
        draft = { article, lines: [] };
        if (block.text !== '') {
          article.paragraphs.push({ number: 1, text: block.text, items: [], line: lineNo });
          draft.lines.push(block.text);
        }
        articles.push(article);
        chapter?.articles.push(article);
        section?.articles.push(article);
        break;
      }
      case 'item': {
        const paragraph = currentParagraph();
        if (!draft) throw fail.at(lineNo, `item ${itemMarkerCn(block.number)} outside an article`);
        if (!paragraph) {
          throw fail.at(lineNo, `item ${itemMarkerCn(block.number)} of ${articleCn(draft.article.number)} has no lead-in paragraph`);
        }
        const expected = paragraph.items.length + 1;
        if (block.number !== expected) {
          throw fail.at(
            lineNo,
            `item ${itemMarkerCn(block.number)} out of sequence in ${articleCn(draft.article.number)}: expected ${itemMarkerCn(expected)}`,
          );
        }
        if (block.text === '') throw fail.at(lineNo, `item ${itemMarkerCn(block.number)} has no text`);
        paragraph.items.push({ number: block.number, text: block.text, line: lineNo });
        draft.lines.push(line);
        break;
      }
      case 'text': {
        if (!draft) {
          throw fail.at(lineNo, `text outside an article: "${line.slice(0, 30)}"`);
        }
        const paragraphs = draft.article.paragraphs;
        paragraphs.push({ number: paragraphs.length + 1, text: line, items: [], line: lineNo });
        draft.lines.push(line);
        break;
      }
    }
  }

  const lastLine = lines.length;
  if (title === undefined) throw fail.at(lastLine, 'no statute title');
  if (historyOpen) throw fail.at(lastLine, 'the history in brackets under the title is never closed');
  if (phase === 'toc') throw fail.at(tocLine, '目录 is not followed by the body');
  finishArticle();
  finishChapter();
  if (articles.length === 0) throw fail.at(lastLine, 'no articles found');

  const parsed: ParsedStatute = { fileName, title, chapters, articles };
  if (source !== undefined) parsed.source = source;
  if (history.length > 0) parsed.history = history.join('\n').replace(/^[（(]|[）)]$/gu, '');
  return parsed;
}

const manifestError = (fileName: string, message: string): DomainError =>
  new DomainError('LAW_PARSE_ERROR', `${fileName}: ${message}`, { file: fileName });

/**
 * Checks a parsed statute against its manifest entry: same article count, same title.
 * Throws LAW_PARSE_ERROR naming the file.
 */
export function checkAgainstManifest(parsed: ParsedStatute, entry: Pick<LawManifestEntry, 'file' | 'title' | 'articles'>): void {
  if (parsed.articles.length !== entry.articles) {
    throw manifestError(
      entry.file,
      `the manifest lists ${entry.articles} articles, the text has ${parsed.articles.length}`,
    );
  }
  if (parsed.title !== entry.title) {
    throw manifestError(entry.file, `the manifest title is ${entry.title}, the text's title is ${parsed.title}`);
  }
}

/**
 * Validates the parsed JSON of manifest.json. Throws LAW_PARSE_ERROR naming `fileName`
 * and the offending entry.
 */
export function parseManifest(json: unknown, fileName = 'manifest.json'): LawManifest {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json) || !Array.isArray(json['laws'])) throw manifestError(fileName, 'expected an object with a "laws" array');
  const seen = new Set<string>();
  const laws = json['laws'].map((raw: unknown, index: number): LawManifestEntry => {
    const where = `laws[${index}]`;
    if (!isObject(raw)) throw manifestError(fileName, `${where} is not an object`);
    const str = (key: string): string => {
      const v = raw[key];
      if (typeof v !== 'string' || v.trim() === '') throw manifestError(fileName, `${where}.${key} must be a non-empty string`);
      return v;
    };
    const date = (key: string): string => {
      const v = str(key);
      if (!isIsoDate(v)) throw manifestError(fileName, `${where}.${key} must be an ISO date, got ${v}`);
      return v;
    };
    const level = str('level');
    if (!(LAW_LEVELS as readonly string[]).includes(level)) throw manifestError(fileName, `${where}.level: unknown level ${level}`);
    const articles = raw['articles'];
    if (typeof articles !== 'number' || !Number.isInteger(articles) || articles < 1) {
      throw manifestError(fileName, `${where}.articles must be a positive integer`);
    }
    const file = str('file');
    if (seen.has(file)) throw manifestError(fileName, `${where}: duplicate file ${file}`);
    seen.add(file);
    const entry: LawManifestEntry = {
      file,
      title: str('title'),
      short: str('short'),
      level: level as LawLevel,
      issuer: str('issuer'),
      version: str('version'),
      adopted: date('adopted'),
      effective: date('effective'),
      status: str('status'),
      articles,
    };
    if (typeof raw['note'] === 'string') entry.note = raw['note'];
    return entry;
  });
  const manifest: LawManifest = { laws };
  if (typeof json['about'] === 'string') manifest.about = json['about'];
  if (Array.isArray(json['missing'])) manifest.missing = json['missing'].filter((m): m is string => typeof m === 'string');
  return manifest;
}
