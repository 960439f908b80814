/**
 * The legal matcher of this process (法条自动对应): the repository's violation catalogue, the
 * labelled descriptions it learns officers' wording from, and the jieba tokenizer, indexed and
 * trained once (about 1 s) at server start or on first use. Needs no database: the CLI uses it offline.
 */
import { performance } from 'node:perf_hooks';
import { CATALOGUE } from '../../domain/legal/catalogue/index.ts';
import { createMatcher, type Matcher } from '../../domain/legal/match/matcher.ts';
import type { StartHook } from '../start-hooks.ts';
import { createJiebaTokenizer } from '../text/jieba.ts';
import { loadExamples } from './labelled.ts';

let shared: { matcher: Matcher; examples: number; ms: number } | undefined;

function build(): NonNullable<typeof shared> {
  const started = performance.now();
  const examples = loadExamples();
  const matcher = createMatcher(CATALOGUE, createJiebaTokenizer(), { examples });
  return { matcher, examples: examples.length, ms: performance.now() - started };
}

export function getMatcher(): Matcher {
  shared ??= build();
  return shared.matcher;
}

/** Builds the matcher before the server listens, so the first hazard typed is matched at once. */
export const warmMatcherAtStart: StartHook = async (_ctx, log) => {
  getMatcher();
  log(`法条匹配: ${CATALOGUE.length} 个违法行为, 学习 ${shared?.examples ?? 0} 条标注描述 (${Math.round(shared?.ms ?? 0)} ms)`);
};
