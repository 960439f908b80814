/**
 * Word segmentation (分词) for the law library's full-text index and its queries.
 *
 * Articles are indexed with jieba's search mode (a compound word and its parts: 建立健全 →
 * 建立/健全/建立健全), queries are cut in the ordinary mode; both drop punctuation. PostgreSQL's
 * own parser keeps a run of Chinese characters as one word, so the index stores the tokens
 * space-joined and lets to_tsvector('simple', …) split on the spaces.
 *
 * HMM (new-word discovery) is off so that the same text always gives the same tokens.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let instance: Jieba | undefined;
const jieba = (): Jieba => (instance ??= Jieba.withDict(dict));

/** Letters, digits or CJK characters: a token without any is punctuation or space. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Function words that carry nothing in a query. */
const STOP_WORDS = new Set(['的', '了', '在', '和', '与', '及', '或', '或者', '等', '是', '有', '被', '把', '对', '于', '其', '之', '也', '都', '而', '并', '上', '中', '时', '将', '为']);

const clean = (tokens: string[]): string[] => tokens.map((t) => t.trim()).filter((t) => t !== '' && WORDLIKE.test(t));

/** The tokens an article is indexed under (search mode), space-joined. */
export function indexTokens(text: string): string {
  return clean(jieba().cutForSearch(text, false)).join(' ');
}

/** The words of a query, in order, without duplicates and stop words. */
export function queryTerms(q: string): string[] {
  const words = clean(jieba().cut(q, false));
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful)];
}
