/**
 * References to provisions (LawRef): the known instruments, Chinese citation form
 * (《中华人民共和国安全生产法》第九十九条第一项), and a stable id for URLs
 * (anquan-shengchan-fa/99/p1/i2).
 */
import { DomainError } from '../errors.ts';
import type { LawLevel, ParsedStatute, StatuteArticle, StatuteItem, StatuteParagraph } from './statute.ts';
import type { LawRef } from './violation.ts';
import { articleCn, CN_NUMERAL_CHARS, itemCn, itemMarkerCn, paragraphCn, readChineseNumeral } from './numerals.ts';

/**
 * Rank of each level for "higher-ranking" comparisons (上位法优于下位法): larger is higher.
 * 立法法 (2023): laws rank above administrative regulations, which rank above local regulations
 * and rules (art. 99); local regulations rank above local government rules (art. 100);
 * department rules and local regulations are not ordered (conflicts go to the State Council,
 * art. 106), so they share a rank and neither counts as higher. Normative documents rank below
 * rules. Standards are technical norms outside the hierarchy: lowest, never "higher".
 * (立法法 is not in the law library: article numbers of its 2023 revision, cited from memory.)
 */
export const LEVEL_RANK: Readonly<Record<LawLevel, number>> = {
  法律: 50,
  行政法规: 40,
  地方性法规: 30,
  部门规章: 30,
  规范性文件: 10,
  标准: 0,
};

export interface KnownLaw {
  /** URL-safe id: the law library file name without the year suffix. */
  slug: string;
  /** Official full title. */
  title: string;
  /** The short title officers use (as in manifest.json). */
  short: string;
  /** Further names accepted when parsing citations. */
  aliases: readonly string[];
  level: LawLevel;
  /** LEVEL_RANK[level]. */
  rank: number;
}

const known = (slug: string, title: string, short: string, level: LawLevel, aliases: string[] = []): KnownLaw =>
  Object.freeze({ slug, title, short, aliases: Object.freeze(aliases), level, rank: LEVEL_RANK[level] });

/**
 * The instruments of the law library (data/laws/manifest.json): slug = file name minus the year.
 * A test checks this table against the manifest.
 */
export const LAWS_KNOWN: readonly KnownLaw[] = Object.freeze([
  known('anquan-shengchan-fa', '中华人民共和国安全生产法', '安全生产法', '法律'),
  known('xingzheng-chufa-fa', '中华人民共和国行政处罚法', '行政处罚法', '法律'),
  known('weihua-anquan-fa', '中华人民共和国危险化学品安全法', '危险化学品安全法', '法律', ['危化品安全法']),
  known('weihua-tiaoli', '危险化学品安全管理条例', '危化品条例', '行政法规', ['危险化学品条例']),
  known('shigu-yingji-tiaoli', '生产安全事故应急条例', '应急条例', '行政法规'),
  known('shigu-baogao-tiaoli', '生产安全事故报告和调查处理条例', '事故报告条例', '行政法规'),
  known('anquan-xukezheng-tiaoli', '安全生产许可证条例', '许可证条例', '行政法规'),
  known('jianshe-gongcheng-anquan-tiaoli', '建设工程安全生产管理条例', '建设工程条例', '行政法规'),
]);

const PRC_PREFIX = '中华人民共和国';

/** The known law with this full title, short title, alias, title without 中华人民共和国, or slug. */
export function findKnownLaw(name: string, laws: readonly KnownLaw[] = LAWS_KNOWN): KnownLaw | undefined {
  const n = name.replace(/[《》\s]/gu, '');
  return laws.find(
    (l) =>
      l.title === n ||
      l.short === n ||
      l.slug === n ||
      l.aliases.includes(n) ||
      (l.title.startsWith(PRC_PREFIX) && l.title.slice(PRC_PREFIX.length) === n),
  );
}

/** Slug of a law by its full title (default lookup for refId). */
export const slugOfLaw = (title: string): string | undefined => findKnownLaw(title)?.slug;
/** Full title of a law by its slug (default lookup for parseRefId). */
export const lawOfSlug = (slug: string): string | undefined => LAWS_KNOWN.find((l) => l.slug === slug)?.title;

/** Whether instrument `a` ranks strictly higher than `b` (上位法). */
export const isHigherRanking = (a: { level: LawLevel }, b: { level: LawLevel }): boolean =>
  LEVEL_RANK[a.level] > LEVEL_RANK[b.level];

export interface FormatRefOptions {
  /** How to name the law: official title (default), short title, or not at all. */
  title?: 'full' | 'short' | 'none';
  /**
   * Number of paragraphs of the cited article, when known. Chinese convention: an article with a
   * single paragraph is cited without 第一款 (第九十九条第一项), so a ref to paragraph 1 of a
   * one-paragraph article prints without it. Without this, the ref's paragraph is printed as is.
   */
  paragraphCount?: (ref: LawRef) => number | undefined;
}

/**
 * 《中华人民共和国安全生产法》第九十九条第一项; with a paragraph: 第一百零二条第二款第三项.
 */
export function formatRefCn(ref: LawRef, options: FormatRefOptions = {}): string {
  const style = options.title ?? 'full';
  const name = style === 'short' ? (findKnownLaw(ref.law)?.short ?? ref.law) : ref.law;
  let s = style === 'none' ? '' : `《${name}》`;
  s += articleCn(ref.article);
  const single = ref.paragraph === 1 && options.paragraphCount?.(ref) === 1;
  if (ref.paragraph !== undefined && !single) s += paragraphCn(ref.paragraph);
  if (ref.item !== undefined) s += itemCn(ref.item);
  return s;
}

/** A paragraphCount lookup for formatRefCn backed by a parsed statute. */
export const paragraphCountIn =
  (statute: ParsedStatute) =>
  (ref: LawRef): number | undefined =>
    ref.law === statute.title ? statute.articles[ref.article - 1]?.paragraphs.length : undefined;

const NUM = `[${CN_NUMERAL_CHARS}0-9０-９]+`;
const REF_CN_RE = new RegExp(
  `^(?:《([^《》]+)》|([^《》]*?))第(${NUM})条(?:第(${NUM})款)?(?:第[（(]?(${NUM})[）)]?项|[（(](${NUM})[）)])?$`,
  'u',
);

export interface ParseRefOptions {
  /** The law meant by 本法 / 本条例 / a citation without a title. */
  defaultLaw?: string;
  laws?: readonly KnownLaw[];
}

/**
 * Parses a Chinese citation into a LawRef with the official full title:
 * `安全生产法第一百零五条第二项`, `《中华人民共和国安全生产法》第九十九条第一项`,
 * `《安全生产法》第一百零二条第二款第三项`, `第99条第（一）项`. Short titles and aliases from
 * LAWS_KNOWN are accepted; whitespace is ignored.
 * Throws VALIDATION_FAILED when malformed, UNKNOWN_VALUE when the law is not known.
 */
export function parseRefCn(citation: string, options: ParseRefOptions = {}): LawRef {
  const s = citation.replace(/\s+/gu, '');
  const m = REF_CN_RE.exec(s);
  if (!m) throw new DomainError('VALIDATION_FAILED', `not a citation of the form 《法》第X条[第X款][第X项]: "${citation}"`, { citation });
  const rawTitle = m[1] ?? m[2] ?? '';
  let law: string | undefined;
  if (rawTitle === '' || rawTitle === '本法' || rawTitle === '本条例') {
    law = options.defaultLaw;
    if (law === undefined) throw new DomainError('VALIDATION_FAILED', `the citation names no law: "${citation}"`, { citation });
  } else {
    law = findKnownLaw(rawTitle, options.laws)?.title;
    if (law === undefined) throw new DomainError('UNKNOWN_VALUE', `unknown law "${rawTitle}" in "${citation}"`, { citation, law: rawTitle });
  }
  const num = (raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const n = readChineseNumeral(raw);
    if (n === undefined || n < 1) throw new DomainError('VALIDATION_FAILED', `bad number "${raw}" in "${citation}"`, { citation });
    return n;
  };
  const ref: LawRef = { law, article: num(m[3])! };
  const paragraph = num(m[4]);
  const item = num(m[5] ?? m[6]);
  if (paragraph !== undefined) ref.paragraph = paragraph;
  if (item !== undefined) ref.item = item;
  return ref;
}

/**
 * Stable id for URLs: `<slug>/<article>[/p<paragraph>][/i<item>]`, e.g.
 * anquan-shengchan-fa/99/i1, anquan-shengchan-fa/102/p2/i3. Throws UNKNOWN_VALUE for a law
 * without a slug.
 */
export function refId(ref: LawRef, slugOf: (title: string) => string | undefined = slugOfLaw): string {
  const slug = slugOf(ref.law);
  if (slug === undefined) throw new DomainError('UNKNOWN_VALUE', `no slug for law ${ref.law}`, { law: ref.law });
  let id = `${slug}/${ref.article}`;
  if (ref.paragraph !== undefined) id += `/p${ref.paragraph}`;
  if (ref.item !== undefined) id += `/i${ref.item}`;
  return id;
}

const REF_ID_RE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([1-9][0-9]*)(?:\/p([1-9][0-9]*))?(?:\/i([1-9][0-9]*))?$/u;

/** Inverse of refId. Throws VALIDATION_FAILED when malformed, UNKNOWN_VALUE for an unknown slug. */
export function parseRefId(id: string, titleOf: (slug: string) => string | undefined = lawOfSlug): LawRef {
  const m = REF_ID_RE.exec(id);
  if (!m) throw new DomainError('VALIDATION_FAILED', `not a provision id: "${id}"`, { id });
  const law = titleOf(m[1]!);
  if (law === undefined) throw new DomainError('UNKNOWN_VALUE', `unknown law slug "${m[1]}"`, { id });
  const ref: LawRef = { law, article: Number(m[2]) };
  if (m[3] !== undefined) ref.paragraph = Number(m[3]);
  if (m[4] !== undefined) ref.item = Number(m[4]);
  return ref;
}

export interface ResolvedProvision {
  article: StatuteArticle;
  paragraph?: StatuteParagraph;
  item?: StatuteItem;
  /** The cited text: the item, else the paragraph with its items, else the whole article. */
  text: string;
}

/**
 * Finds the provision a ref points at in a parsed statute, or undefined when it does not exist.
 * An item cited without a paragraph (第九十九条第一项) is looked up in the only paragraph that
 * has items; when several paragraphs have items the ref is ambiguous and resolves to undefined.
 */
export function resolveRef(statute: ParsedStatute, ref: LawRef): ResolvedProvision | undefined {
  if (ref.law !== statute.title) return undefined;
  const article = statute.articles[ref.article - 1];
  if (!article) return undefined;
  let paragraph: StatuteParagraph | undefined;
  if (ref.paragraph !== undefined) {
    paragraph = article.paragraphs[ref.paragraph - 1];
    if (!paragraph) return undefined;
  } else if (ref.item !== undefined) {
    const withItems = article.paragraphs.filter((p) => p.items.length > 0);
    if (withItems.length !== 1) return undefined;
    paragraph = withItems[0];
  }
  if (ref.item !== undefined) {
    const item = paragraph?.items[ref.item - 1];
    if (!paragraph || !item) return undefined;
    return { article, paragraph, item, text: item.text };
  }
  if (paragraph) {
    const text = [paragraph.text, ...paragraph.items.map((i, n) => `${itemMarkerCn(n + 1)}${i.text}`)].join('\n');
    return { article, paragraph, text };
  }
  return { article, text: article.text };
}
