/**
 * What the feature commands share: progress lines on stderr, option parsers, and a context
 * opened around a command's work (the server modules imported only when a command needs them,
 * so that offline commands start fast).
 */
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
