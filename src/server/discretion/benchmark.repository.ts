/** Queries on benchmark_versions (裁量基准 versions). Rows are inserted, never updated. */
import { sql, type Transaction } from 'kysely';
import type { BenchmarkLayer, BenchmarkVersion } from '../../domain/discretion/index.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { VersionMeta } from './benchmark-set.ts';

/** A stored version without its tiers. */
export interface StoredVersionMeta extends VersionMeta {
  id: string;
  label: string;
  note: string | null;
  createdBy: { id: string | null; name: string };
  createdAt: string;
}

/** A stored version with the raw JSON of its benchmark (parsed and checked by the service). */
export interface StoredVersion extends StoredVersionMeta {
  raw: {
    violation: string;
    layer: BenchmarkLayer;
    effectiveFrom: string;
    label: string;
    firstOffenceWaiver: boolean;
    tiers: unknown;
    mitigation: unknown;
  };
}

const META_COLUMNS = ['id', 'violation', 'version', 'layer', 'effective_from', 'label', 'is_default', 'note', 'created_by', 'created_by_name', 'created_at'] as const;

type MetaRow = {
  id: string;
  violation: string;
  version: number;
  layer: BenchmarkLayer;
  effective_from: string;
  label: string;
  is_default: boolean;
  note: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Date;
};

const toMeta = (r: MetaRow): StoredVersionMeta => ({
  id: r.id,
  violation: r.violation,
  version: r.version,
  layer: r.layer,
  effectiveFrom: r.effective_from,
  label: r.label,
  isDefault: r.is_default,
  note: r.note,
  createdBy: { id: r.created_by, name: r.created_by_name },
  createdAt: new Date(r.created_at).toISOString(),
});

/** Version metadata of the given items (all items when `codes` is undefined), by item and version. */
export async function listVersionMetas(db: Database, codes?: readonly string[]): Promise<StoredVersionMeta[]> {
  if (codes && codes.length === 0) return [];
  let q = db.selectFrom('benchmark_versions').select(META_COLUMNS);
  if (codes) q = q.where('violation', 'in', [...codes]);
  const rows = await q.orderBy('violation').orderBy('version').execute();
  return rows.map(toMeta);
}

/** Full versions of the given items (all items when `codes` is undefined). */
export async function listVersions(db: Database | Transaction<DB>, codes?: readonly string[]): Promise<StoredVersion[]> {
  if (codes && codes.length === 0) return [];
  let q = db.selectFrom('benchmark_versions').select([...META_COLUMNS, 'first_offence_waiver', 'tiers', 'mitigation']);
  if (codes) q = q.where('violation', 'in', [...codes]);
  const rows = await q.orderBy('violation').orderBy('version').execute();
  return rows.map((r) => ({
    ...toMeta(r),
    raw: {
      violation: r.violation,
      layer: r.layer,
      effectiveFrom: r.effective_from,
      label: r.label,
      firstOffenceWaiver: r.first_offence_waiver,
      tiers: r.tiers,
      mitigation: r.mitigation,
    },
  }));
}

/** The highest version number of an item (0 when none is stored). */
export async function latestVersionNumber(trx: Transaction<DB>, code: string): Promise<number> {
  const row = await trx
    .selectFrom('benchmark_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('violation', '=', code)
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/** Serialises writers of one item's versions (the same key as its audit chain). */
export async function lockItem(trx: Transaction<DB>, code: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'benchmark:' + code}, 0))`.execute(trx);
}

export interface NewVersion {
  benchmark: BenchmarkVersion;
  version: number;
  isDefault: boolean;
  note: string | null;
  createdBy: { id: string | null; name: string };
  at: Date;
}

const values = (v: NewVersion) => ({
  violation: v.benchmark.violation,
  version: v.version,
  layer: v.benchmark.layer,
  effective_from: v.benchmark.effectiveFrom,
  label: v.benchmark.label,
  first_offence_waiver: v.benchmark.firstOffenceWaiver,
  tiers: JSON.stringify(v.benchmark.tiers),
  mitigation: JSON.stringify(v.benchmark.mitigation),
  is_default: v.isDefault,
  note: v.note,
  created_by: v.createdBy.id,
  created_by_name: v.createdBy.name,
  created_at: v.at,
});

export async function insertVersion(trx: Transaction<DB>, v: NewVersion): Promise<void> {
  await trx.insertInto('benchmark_versions').values(values(v)).execute();
}

/** Inserts versions unless their (item, version) exists; returns how many were inserted. */
export async function insertVersionsIfAbsent(db: Database | Transaction<DB>, versions: readonly NewVersion[]): Promise<string[]> {
  const inserted: string[] = [];
  // A few hundred rows of a few kilobytes each: batches keep statements small.
  for (let i = 0; i < versions.length; i += 100) {
    const batch = versions.slice(i, i + 100);
    const rows = await db
      .insertInto('benchmark_versions')
      .values(batch.map(values))
      .onConflict((oc) => oc.columns(['violation', 'version']).doNothing())
      .returning('violation')
      .execute();
    inserted.push(...rows.map((r) => r.violation));
  }
  return inserted;
}

/** The items that have at least one stored version. */
export async function itemsWithVersions(db: Database | Transaction<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('benchmark_versions').select('violation').distinct().execute();
  return new Set(rows.map((r) => r.violation));
}
