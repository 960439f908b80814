/**
 * 行政处罚裁量计算 on the command line, with the JSON contract of POST /api/penalty/compute:
 *
 *   safelaw penalty compute --json '{"violation":"AQSCF-099-1","actDate":"2026-03-02","facts":{}}'
 *   safelaw penalty compute --jsonl < inputs.jsonl     one JSON line out per input line
 *
 * Without --db the computation runs in process from the built-in catalogue and the generated
 * platform defaults (平台默认裁量基准（非官方文本）): no database, no server. With --db it opens the
 * database (the running server's, or the embedded one) and uses the stored benchmark versions,
 * read once for the whole batch.
 *
 * Errors: --json prints {"error":{"code","message","key"}} and exits 1; --jsonl writes such a
 * line (with "line": the input line number) for a bad line and goes on. Blank lines are skipped.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import type { PenaltyAnswer } from '../../domain/views/benchmarks.ts';
import type { BenchmarkSource } from '../../server/discretion/benchmark-set.ts';
import { jsonLines, withCliContext } from './support.ts';

interface ComputeOptions {
  json?: string;
  jsonl: boolean;
  db: boolean;
  defaults: boolean;
  text: boolean;
}

/** {code, message, key} of any error; key is the input key the engine named, else null. */
function errorBody(e: unknown): { code: string; message: string; key: string | null } {
  const err = e as { code?: unknown; message?: unknown; details?: { key?: unknown } };
  if (e instanceof Error && typeof err.code === 'string' && /^[A-Z_]+$/.test(err.code)) {
    return { code: err.code, message: e.message, key: typeof err.details?.key === 'string' ? err.details.key : null };
  }
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), key: null };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw Object.assign(new Error(`${where}: not JSON: ${(e as Error).message.split('\n')[0]}`), { code: 'VALIDATION_FAILED', details: { key: '' } });
  }
}

/** The stored versions, read once: a context opened and closed around the read. */
async function storedSource(): Promise<BenchmarkSource> {
  const [{ loadAllBenchmarks }, { benchmarkSource }] = await Promise.all([
    import('../../server/discretion/benchmark.service.ts'),
    import('../../server/discretion/benchmark-set.ts'),
  ]);
  return withCliContext(async (ctx) => benchmarkSource(await loadAllBenchmarks(ctx)), { poolSize: 1 });
}

function textOf(r: PenaltyAnswer): string {
  const lines = [`${r.violation.name}（${r.violation.code}）：${r.outcome}${r.tier ? `，${r.tier}档` : ''}`];
  for (const a of [r.unit, r.persons]) {
    if (a) lines.push(`  对${a.payer}：${a.text}，建议 ${a.recommended} 元`);
  }
  if (r.measures.length) lines.push(`  措施：${r.measures.map((m) => m.label).join('、')}`);
  lines.push(`  依据：${r.basis.map((b) => b.citation).join('；')}`);
  lines.push('', ...r.explanation);
  return lines.join('\n');
}

async function computeCommand(o: ComputeOptions): Promise<void> {
  if (o.db && o.defaults) throw new InvalidArgumentError('--db and --defaults exclude each other');
  if ((o.json === undefined) === !o.jsonl) throw new InvalidArgumentError("give the input as --json '{…}', or --jsonl with JSON lines on stdin");
  const { computeJson } = await import('../../server/discretion/penalty-compute.ts');
  const source = o.db ? await storedSource() : undefined;
  const opts = { today: isoDateInChina(new Date()), ...(source ? { source } : {}) };

  if (o.json !== undefined) {
    try {
      const r = computeJson(parseJson(o.json, '--json'), opts);
      console.log(o.text ? textOf(r) : JSON.stringify(r, null, 2));
    } catch (e) {
      console.log(JSON.stringify({ error: errorBody(e) }));
      process.exitCode = 1;
    }
    return;
  }

  await jsonLines((raw, lineNo) => computeJson(parseJson(raw, `line ${lineNo}`), opts), errorBody);
}

export function registerPenaltyCommands(program: Command): void {
  const penalty = program.command('penalty').description('行政处罚裁量 penalty discretion (offline by default)');
  penalty
    .command('compute')
    .description('outcome, tier, ranges in yuan, measures, articles and explanation for the facts of a case')
    .option('--json <input>', 'one input as JSON: {"violation","actDate","decisionDate"?,"facts":{…},"alsoViolates"?,"proposed"?,"continuing"?}')
    .option('--jsonl', 'batch: JSON lines on stdin, one JSON line out per line (a bad line gives {"line","error":{code,message,key}})', false)
    .option('--db', 'use the benchmark versions stored in the database (default: the generated platform defaults)', false)
    .option('--defaults', 'use the generated platform defaults, no database (the default)', false)
    .option('--text', 'with --json: the result in Chinese instead of JSON', false)
    .action(computeCommand);
}
