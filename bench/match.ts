/**
 * Legal matching benchmark (npm run bench:match): runs every labelled hazard description in
 * test/fixtures/match/*.jsonl through the matcher with the full catalogue, in process, and prints
 * top-1 / top-3 accuracy, per-query latency (p50 / p95) and the misses.
 * Targets: top-1 ≥ 0.90, top-3 ≥ 0.97, p95 ≤ 10 ms. Exit code 1 when a target is missed.
 * Options: --holdout (only lines whose index % 4 === 3), --dev (the other lines), --quiet.
 * BENCH_MATCH_FILES=holdout-2,weihua limits the run to the fixture files whose names contain one of the words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../src/domain/legal/catalogue/index.ts';
import type { LabelledExample } from '../src/domain/legal/match/evaluate.ts';
import { evaluate, parseLabelledLine } from '../src/domain/legal/match/evaluate.ts';
import { createMatcher } from '../src/domain/legal/match/matcher.ts';
import { formatRef } from '../src/domain/legal/catalogue/validate.ts';
import { createJiebaTokenizer } from '../src/server/text/jieba.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/match');

export function loadLabelled(dir = FIXTURES): LabelledExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, source: `${f}:${i + 1}` }))
        .filter(({ line }) => line.trim() !== '')
        .map(({ line, source }) => parseLabelledLine(line, source)),
    );
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function main(): void {
  const args = new Set(process.argv.slice(2));
  let examples = loadLabelled();
  const only = (process.env['BENCH_MATCH_FILES'] ?? '').split(',').filter((w) => w !== '');
  if (only.length > 0) examples = examples.filter((e) => only.some((w) => e.source.includes(w)));
  if (args.has('--holdout')) examples = examples.filter((_, i) => i % 4 === 3);
  if (args.has('--dev')) examples = examples.filter((_, i) => i % 4 !== 3);

  const built = performance.now();
  const matcher = createMatcher(CATALOGUE, createJiebaTokenizer());
  const buildMs = performance.now() - built;
  // Warm up jieba and the JIT on a few queries, then measure.
  for (const e of examples.slice(0, 20)) matcher.match({ text: e.text });
  const result = evaluate(matcher, examples, () => performance.now());

  const latencies = result.results.map((r) => r.ms ?? 0).sort((a, b) => a - b);
  const p50 = quantile(latencies, 0.5);
  const p95 = quantile(latencies, 0.95);

  if (!args.has('--quiet')) {
    for (const r of result.results.filter((x) => x.rank !== 1)) {
      const got = r.top.map((c) => `${c.violation}(${c.score})`).join(' ');
      console.log(`${r.rank === undefined ? 'MISS' : `rank ${r.rank}`}  ${r.example.source}  ${r.example.text}`);
      console.log(`      expected ${formatRef(r.example.expect)}  got ${got}`);
    }
  }
  const byFile = new Map<string, { n: number; top1: number; top3: number }>();
  for (const r of result.results) {
    const f = r.example.source.split(':')[0] ?? '';
    const s = byFile.get(f) ?? { n: 0, top1: 0, top3: 0 };
    s.n += 1;
    if (r.rank === 1) s.top1 += 1;
    if (r.rank !== undefined && r.rank <= 3) s.top3 += 1;
    byFile.set(f, s);
  }
  console.log('');
  for (const [f, s] of byFile) console.log(`${f.padEnd(28)} n=${String(s.n).padStart(3)}  top-1 ${(s.top1 / s.n).toFixed(3)}  top-3 ${(s.top3 / s.n).toFixed(3)}`);
  console.log(
    `\ncatalogue ${CATALOGUE.length} items, index built in ${buildMs.toFixed(0)} ms; ${result.total} queries` +
      `\ntop-1 ${result.top1.toFixed(3)} (target 0.90)  top-3 ${result.top3.toFixed(3)} (target 0.97)` +
      `\nlatency p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms (target 10 ms)`,
  );
  if (result.top1 < 0.9 || result.top3 < 0.97 || p95 > 10) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
