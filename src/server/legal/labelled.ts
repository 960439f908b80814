/**
 * The labelled hazard descriptions (test/fixtures/match/*.jsonl: officers' wordings, each with the
 * penalty provision a reviewer cited). They serve twice: the matcher learns officers' vocabulary
 * from them (its nearest-example signal, src/domain/legal/match/examples.ts), and the benchmark
 * and tests measure it on them by cross-validation, never on a line the matcher has learnt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledExample } from '../../domain/legal/match/evaluate.ts';
import { parseLabelledLine } from '../../domain/legal/match/evaluate.ts';

export const LABELLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/match');

/** The lines of one JSON-lines file; BENCHMARK_INVALID naming file:line when one is malformed. */
export function readLabelledFile(path: string, name = path.split('/').pop() ?? path): LabelledExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, source: `${name}:${i + 1}` }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, source }) => parseLabelledLine(line, source));
}

/** Every labelled file of a directory, in file-name order. */
export function loadLabelled(dir = LABELLED_DIR): LabelledExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readLabelledFile(join(dir, f), f));
}
