/**
 * The official law texts (shared data, never copied into the repo), split into articles, so
 * tests can check that every rule cites an article that exists and says what the rule claims.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAWS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/laws');

interface ManifestEntry {
  file: string;
  title: string;
}

const NUMERALS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 六十四 → 64, 十五 → 15, 一百零二 → 102, 一百一十八 → 118. */
export const parseChineseNumeral = (s: string): number => {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += digit * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit === 0 ? 1 : digit) * 10;
      digit = 0;
    } else {
      const d = NUMERALS[ch];
      if (d === undefined) throw new Error(`not a numeral: ${s}`);
      digit = d;
    }
  }
  return total + digit;
};

const cache = new Map<string, Map<number, string>>();

/** Article number → full text of the article, for the law with this official title. */
export const articlesOf = (title: string): Map<number, string> => {
  const cached = cache.get(title);
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(resolve(LAWS_DIR, 'manifest.json'), 'utf8')) as { laws: ManifestEntry[] };
  const entry = manifest.laws.find((l) => l.title === title);
  if (!entry) throw new Error(`no law titled ${title} in ${LAWS_DIR}/manifest.json`);
  const articles = new Map<number, string>();
  let current: number | undefined;
  for (const line of readFileSync(resolve(LAWS_DIR, entry.file), 'utf8').split('\n')) {
    const heading = /^第([零一二三四五六七八九十百]+)条/.exec(line);
    if (heading?.[1]) {
      current = parseChineseNumeral(heading[1]);
      articles.set(current, line);
    } else if (/^第[零一二三四五六七八九十百]+[章节]/.test(line)) {
      current = undefined;
    } else if (current !== undefined && line.trim() !== '') {
      articles.set(current, `${articles.get(current) ?? ''}\n${line}`);
    }
  }
  cache.set(title, articles);
  return articles;
};
