/** The database handle: Kysely over a pg pool, with type parsing in one place. */
import { createHash } from 'node:crypto';
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

/**
 * Named (prepared) statements, planned once per connection: the query builder's SQL text
 * depends on the query's shape only (values are parameters), so a connection sees a bounded
 * set of texts. Statements without parameters, and transaction control, go as they are.
 * Off with SAFELAW_PG_PREPARE=0 (e.g. behind PgBouncer in transaction pooling mode).
 */
const PREPARED_MAX = 500;
function preparedStatements(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown, cb?: unknown) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || typeof values === 'function') return original(text, values, cb);
    let name = names.get(text);
    if (!name) {
      if (names.size >= PREPARED_MAX) return original(text, values, cb);
      name = `s${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
      names.set(text, name);
    }
    return original({ name, text, values }, cb);
  };
}

export function createDatabase(url: string, max = 10, prepare = true): Database {
  // Custom plans always: a generic plan cannot see how selective a search term is, and picks
  // scans that are fast for one term and slow for another. Parsing is still saved.
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'safelaw', options: '-c plan_cache_mode=force_custom_plan' });
  pool.on('error', () => {
    // An idle client lost its connection (e.g. the server restarted); the pool replaces it.
  });
  if (prepare) pool.on('connect', preparedStatements);
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
