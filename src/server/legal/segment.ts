/**
 * Word segmentation (分词) for the law library's full-text index and its queries, with the
 * jieba adapter of legal matching (src/server/text/jieba.ts: jieba's dictionary plus the domain
 * words, so 漏电保护器 or 有限空间 stay whole).
 *
 * PostgreSQL's own parser keeps a run of Chinese characters as one word, so the index stores the
 * tokens space-joined and lets to_tsvector('simple', …) split on the spaces. An article is indexed
 * under its words plus the two-character words inside longer ones (疏散通道 → 疏散, 通道; the
 * way jieba's search mode does it), so a query for a shorter word still finds it. Queries are cut
 * into words without stop words.
 *
 * INDEX_FINGERPRINT changes whenever the segmentation can change (the domain dictionary, or this
 * scheme): the importer then re-segments the stored articles.
 */
import { createHash } from 'node:crypto';
import { DOMAIN_WORDS, SYNONYMS } from '../../domain/legal/match/dictionary.ts';
import type { Tokenizer } from '../../domain/legal/match/text.ts';
import { createJiebaTokenizer } from '../text/jieba.ts';

/** Bump when the index scheme below changes. */
const SCHEME = 'jieba+inner-bigrams/1';

export const INDEX_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify([SCHEME, DOMAIN_WORDS, SYNONYMS]))
  .digest('hex')
  .slice(0, 16);

let tokenizer: Tokenizer | undefined;
const cut = (text: string): string[] => (tokenizer ??= createJiebaTokenizer())(text);

/** Letters, digits or CJK characters: a token without any is punctuation or space. */
const WORDLIKE = /[\p{L}\p{N}]/u;
const CJK_ONLY = /^[\u3400-\u9fff]+$/u;

/** Function words that carry nothing in a query. */
const STOP_WORDS = new Set(['的', '了', '在', '和', '与', '及', '或', '或者', '等', '是', '有', '被', '把', '对', '于', '其', '之', '也', '都', '而', '并', '上', '中', '时', '将', '为']);

const words = (text: string): string[] => cut(text).map((t) => t.trim()).filter((t) => t !== '' && WORDLIKE.test(t));

/** The tokens an article is indexed under, space-joined. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const w of words(text)) {
    out.push(w);
    if (w.length > 2 && CJK_ONLY.test(w)) {
      for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
    }
  }
  return out.join(' ');
}

/** The words of a query, in order, without duplicates and stop words. */
export function queryTerms(q: string): string[] {
  return [...new Set(words(q).filter((w) => !STOP_WORDS.has(w)))];
}
