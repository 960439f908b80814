/**
 * npm run bench:penalty — the pure discretion engine over the whole catalogue: generating and
 * validating every default benchmark, then parsing and computing many inputs (JSON contract) with
 * the benchmarks looked up, as the API and CLI do. BENCH_INPUTS (default 50000).
 */
import {
  computePenalty,
  createBenchmarkLookup,
  defaultBenchmark,
  parsePenaltyInput,
  validateBenchmarks,
} from '../src/domain/discretion/index.ts';
import { CATALOGUE } from '../src/domain/legal/catalogue/index.ts';

const total = Number(process.env.BENCH_INPUTS ?? 50_000);
const byCode = new Map(CATALOGUE.map((v) => [v.code, v]));

let t = performance.now();
const versions = CATALOGUE.map((v) => defaultBenchmark(v));
const problems = validateBenchmarks(versions, CATALOGUE);
const loadMs = performance.now() - t;
if (problems.length > 0) throw new Error(`invalid default benchmarks: ${problems[0]!.message}`);
const ctx = { violation: (code: string) => byCode.get(code), benchmark: createBenchmarkLookup(versions), today: '2026-06-30' };

const FACTS: Record<string, unknown>[] = [
  {},
  { notCorrectedByDeadline: true },
  { harm: 'serious', repeatWithinYear: true },
  { correctedInTime: true, harm: 'none' },
  { mitigating: [1, 3], employees: 12 },
  { aggravating: ['concealEvidence'], employees: 2400 },
];
const GRADES = ['一般', '较大', '重大', '特别重大'] as const;

const inputs: string[] = [];
for (let i = 0; inputs.length < total; i++) {
  const v = CATALOGUE[i % CATALOGUE.length]!;
  const facts: Record<string, unknown> = { ...FACTS[i % FACTS.length], annualIncome: 150_000 };
  if (v.penalties.every((p) => p.trigger.startsWith('accident'))) {
    const grade = GRADES.find((g) => v.penalties.some((p) => p.trigger === `accident:${g}` || p.trigger === 'accidentCaused'));
    facts.accidentGrade = grade;
    if (facts.harm !== undefined) facts.harm = 'serious';
  }
  inputs.push(JSON.stringify({ violation: v.code, actDate: v.validFrom, decisionDate: v.validFrom, facts }));
}

t = performance.now();
let fined = 0;
for (const json of inputs) {
  const r = computePenalty(parsePenaltyInput(JSON.parse(json)), ctx);
  if (r.outcome === '罚款') fined++;
}
const ms = performance.now() - t;
console.log(`catalogue items                      ${CATALOGUE.length}`);
console.log(`default benchmarks + validation      ${loadMs.toFixed(1)} ms`);
console.log(`inputs computed                      ${inputs.length} (${fined} fined)`);
console.log(`throughput                           ${((inputs.length / ms) * 1000).toFixed(0)} inputs/s`);
console.log(`mean time per input                  ${((ms / inputs.length) * 1000).toFixed(1)} µs`);
