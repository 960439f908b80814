/**
 * The labelled hazard descriptions (officers' wordings, each with the penalty provision a reviewer
 * cited; format and conventions in test/fixtures/match/README.md):
 * - the labelled set, test/fixtures/match/*.jsonl: the first set and the fresh batches, written as
 *   officers write; the accuracy targets are measured on it;
 * - the training descriptions, test/fixtures/match/training/*.jsonl: every catalogue item in many
 *   wordings, with extra rounds on the provisions most often confused.
 * The matcher learns from both (its nearest-example signal and classifier,
 * src/domain/legal/match/examples.ts and learned.ts); the benchmark and tests measure it by
 * cross-validation, never on a line the matcher has learnt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledExample } from '../../domain/legal/match/evaluate.ts';
import { parseLabelledLine } from '../../domain/legal/match/evaluate.ts';

export const LABELLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/match');
export const TRAINING_DIR = join(LABELLED_DIR, 'training');

/** The lines of one JSON-lines file; BENCHMARK_INVALID naming file:line when one is malformed. */
export function readLabelledFile(path: string, name = path.split('/').pop() ?? path): LabelledExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, source: `${name}:${i + 1}` }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, source }) => parseLabelledLine(line, source));
}

/** Every .jsonl file of a directory, in file-name order; sources are prefixed with `prefix`. */
export function loadLabelled(dir = LABELLED_DIR, prefix = ''): LabelledExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readLabelledFile(join(dir, f), `${prefix}${f}`));
}

/** What the matcher learns from: the labelled set and the training descriptions. */
export const loadExamples = (): LabelledExample[] => [...loadLabelled(), ...loadLabelled(TRAINING_DIR, 'training/')];
