/** Migrations: numbered files, listed here in order, never edited once merged. */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_reference_data.ts';
import * as m0003 from './migrations/0003_laws.ts';
import * as m0004 from './migrations/0004_benchmarks.ts';
import * as m0005 from './migrations/0005_workflow.ts';
import * as m0006 from './migrations/0006_enterprise_name_search.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_reference_data': m0002,
  '0003_laws': m0003,
  '0004_benchmarks': m0004,
  '0005_workflow': m0005,
  '0006_enterprise_name_search': m0006,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(db: Database): Promise<string[]> {
  // Unordered: features developed in parallel land migrations out of number order.
  const migrator = new Migrator({ db, provider: new StaticProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
