/**
 * Test helper: the structure of the official law texts in /work/shared/data/laws (articles, their
 * paragraphs 款 and the items 项 under each paragraph), to check that catalogue references point
 * at real provisions. Deliberately small and independent of the application's statute parser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LawRef } from '../../src/domain/legal/violation.ts';

export const LAWS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/laws');

/** Per article: for each paragraph, how many items it has. */
export type ArticleShape = number[];

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百一十四 → 114, 十二 → 12, 一百零三 → 103. */
export function chineseNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in UNITS) {
      total += (digit === 0 ? 1 : digit) * (UNITS[ch] ?? 0);
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${s}`);
  }
  return total + digit;
}

const ARTICLE = /^第([零一二三四五六七八九十百千]+)条[\s\u3000]*(.*)$/;
const HEADING = /^第[零一二三四五六七八九十百千]+[编章节]/;
const ITEM = /^（[一二三四五六七八九十]+）/;

/** Articles of one text: article number → paragraphs with their item counts. */
export function parseShape(text: string): Map<number, ArticleShape> {
  const articles = new Map<number, ArticleShape>();
  let current: ArticleShape | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const a = ARTICLE.exec(line);
    if (a) {
      current = [];
      articles.set(chineseNumber(a[1] ?? ''), current);
      if ((a[2] ?? '').trim() !== '') current.push(0);
      continue;
    }
    if (!current || HEADING.test(line)) continue;
    if (ITEM.test(line)) {
      if (current.length === 0) current.push(0);
      current[current.length - 1] = (current[current.length - 1] ?? 0) + 1;
    } else current.push(0);
  }
  return articles;
}

interface ManifestEntry {
  file: string;
  title: string;
}

let cache: Map<string, Map<number, ArticleShape>> | undefined;

/** Law title → its articles, for every text in the manifest. */
export function lawShapes(): Map<string, Map<number, ArticleShape>> {
  if (cache) return cache;
  const manifest = JSON.parse(readFileSync(join(LAWS_DIR, 'manifest.json'), 'utf8')) as { laws: ManifestEntry[] };
  cache = new Map(
    manifest.laws.map((l) => [l.title, parseShape(readFileSync(join(LAWS_DIR, l.file), 'utf8'))] as const),
  );
  return cache;
}

/** Whether the provision exists: the article; the paragraph if given; the item within it (or within the article). */
export function articleExists(ref: LawRef): boolean {
  const shape = lawShapes().get(ref.law)?.get(ref.article);
  if (!shape) return false;
  if (ref.paragraph !== undefined) {
    const items = shape[ref.paragraph - 1];
    if (items === undefined) return false;
    return ref.item === undefined || ref.item <= items;
  }
  if (ref.item === undefined) return true;
  // An item without a paragraph: the article must have exactly one paragraph with items.
  const withItems = shape.filter((n) => n > 0);
  return withItems.length === 1 && ref.item <= (withItems[0] ?? 0);
}
