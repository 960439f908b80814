/**
 * What the feature commands share: progress lines on stderr, option parsers, and a context
 * opened around a command's work (the server modules imported only when a command needs them,
 * so that offline commands start fast).
 */
import readline from 'node:readline';
import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../../domain/calendar/calendar.ts';
import type { AppContext, ContextOptions } from '../../server/context.ts';

/** A progress or status line for the person at the terminal (stderr; stdout carries results). */
export const say = (line: string): void => {
  process.stderr.write(line + '\n');
};

/** A real calendar date written YYYY-MM-DD. */
export const isoDateArg = (v: string): string => {
  if (!isIsoDate(v)) throw new InvalidArgumentError('must be a date YYYY-MM-DD');
  return v;
};

/** Runs `fn` with a CLI context (configuration from the environment), stopped afterwards. */
export async function withCliContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: Partial<ContextOptions> = {}): Promise<T> {
  const [{ pino }, { loadConfig }, { createContext }] = await Promise.all([
    import('pino'),
    import('../../server/config.ts'),
    import('../../server/context.ts'),
  ]);
  const ctx = await createContext(loadConfig(), { role: 'cli', log: say, logger: pino({ level: 'warn' }), ...opts });
  try {
    return await fn(ctx);
  } finally {
    await ctx.stop();
  }
}

/**
 * Batch mode: reads JSON lines from stdin and writes one JSON line per non-blank input line
 * (`answer(raw, lineNo)`, or `{ line, error: errorOf(e) }` when it throws), waiting for stdout
 * to drain; the count of failed lines is said at the end.
 */
export async function jsonLines(answer: (raw: string, lineNo: number) => unknown | Promise<unknown>, errorOf: (e: unknown) => unknown): Promise<void> {
  const write = async (value: unknown): Promise<void> => {
    if (!process.stdout.write(JSON.stringify(value) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  let lineNo = 0;
  let failed = 0;
  for await (const raw of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = await answer(raw, lineNo);
    } catch (e) {
      failed++;
      value = { line: lineNo, error: errorOf(e) };
    }
    await write(value);
  }
  if (failed > 0) say(`${failed} 行有错误 / ${failed} line(s) failed`);
}
