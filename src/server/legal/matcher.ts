/**
 * The legal matcher of this process (法条自动对应): the repository's violation catalogue, the
 * labelled descriptions it learns officers' wording from, and the jieba tokenizer, indexed once on
 * first use. Needs no database: the CLI uses it offline.
 */
import { CATALOGUE } from '../../domain/legal/catalogue/index.ts';
import { createMatcher, type Matcher } from '../../domain/legal/match/matcher.ts';
import { createJiebaTokenizer } from '../text/jieba.ts';
import { loadLabelled } from './labelled.ts';

let shared: Matcher | undefined;

export function getMatcher(): Matcher {
  shared ??= createMatcher(CATALOGUE, createJiebaTokenizer(), { examples: loadLabelled() });
  return shared;
}
