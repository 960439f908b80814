/** The database handle: Kysely over a pg pool, with type parsing in one place. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

// bigint / count(*) come back as strings from pg: parse them once, here. Values stay well
// below 2^53 (row counts, ids of the audit table).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// `date` stays an ISO string: no time zone shifts for legal dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Database = Kysely<DB>;

const pools = new WeakMap<Database, pg.Pool>();

export function createDatabase(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'safelaw' });
  pool.on('error', () => {
    // An idle client lost its connection (e.g. the server restarted); the pool replaces it.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/**
 * Waits until no query is running or waiting (twice in a row, 50 ms apart), at most
 * `timeoutMs`: requests whose client went away still finish their work before shutdown.
 */
export async function drainDatabase(db: Database, timeoutMs = 10_000): Promise<void> {
  const pool = pools.get(db);
  if (!pool) return;
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    quiet = pool.waitingCount === 0 && pool.idleCount === pool.totalCount ? quiet + 1 : 0;
  }
}
