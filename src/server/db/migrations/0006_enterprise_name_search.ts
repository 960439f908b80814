import { sql, type Kysely } from 'kysely';

/**
 * Name search that stays fast for two-character Chinese queries (化工, 物流), which pg_trgm
 * cannot serve from an index: every name carries the set of its character bigrams, indexed
 * with GIN; a query's bigrams must all be present (then ILIKE confirms the substring).
 * Longer queries also match fuzzily through the trigram index (word similarity).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION safelaw_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT lower(substr(t, i, 2))), '{}')
      FROM generate_series(1, length(t) - 1) AS i
    $$`.execute(db);
  await sql`ALTER TABLE enterprises ADD COLUMN name_bigrams text[] GENERATED ALWAYS AS (safelaw_bigrams(name)) STORED`.execute(db);
  await sql`CREATE INDEX enterprises_name_bigrams_idx ON enterprises USING gin (name_bigrams)`.execute(db);
}
