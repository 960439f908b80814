/**
 * The jieba tokenizer for legal matching: the only module that imports @node-rs/jieba.
 * Loads jieba's default dictionary plus our domain words and every synonym of the matcher's
 * dictionary, so words such as 漏电保护器, 私拉乱接, 有限空间 come out whole. Uses search mode,
 * which also returns the shorter words inside long ones (疏散通道 → 疏散, 通道, 疏散通道).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_WORDS, SYNONYMS } from '../../domain/legal/match/dictionary.ts';
import type { Tokenizer } from '../../domain/legal/match/text.ts';

/** High enough that jieba prefers our words to its own splits. */
const DOMAIN_FREQUENCY = 100_000;

let shared: Jieba | undefined;

function jieba(): Jieba {
  if (!shared) {
    shared = Jieba.withDict(dict);
    const words = new Set([...DOMAIN_WORDS, ...SYNONYMS.flat()].filter((w) => w.length >= 2));
    shared.loadDict(new TextEncoder().encode([...words].map((w) => `${w} ${DOMAIN_FREQUENCY}`).join('\n')));
  }
  return shared;
}

/** A Tokenizer backed by jieba with the domain dictionary (built once per process). */
export function createJiebaTokenizer(): Tokenizer {
  const j = jieba();
  return (text: string) => j.cut(text, true);
}
