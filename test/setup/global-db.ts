/**
 * One PostgreSQL server per test run: the embedded one in a throwaway directory, or the
 * server named by DATABASE_URL (CI runs the suite a second time against Debian's PostgreSQL
 * 15). A template database is migrated once; each test file clones it (milliseconds).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/server/db/database.ts';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}

const dbUrl = (serverUrl: string, name: string): string => {
  const u = new URL(serverUrl);
  u.pathname = '/' + name;
  return u.toString();
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async (): Promise<void> => {};
  let dir: string | undefined;
  if (!serverUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-test-'));
    const pgServer = await startEmbeddedPostgres(dir);
    serverUrl = pgServer.url;
    stop = () => pgServer.stop();
  }
  const template = `safelaw_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const db = createDatabase(dbUrl(serverUrl, template), 2);
  await migrateToLatest(db);
  await db.destroy();

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);
  // For later global setups of the same run (the browser tests' server).
  process.env.SAFELAW_TEST_PG_SERVER = serverUrl;
  process.env.SAFELAW_TEST_PG_TEMPLATE = template;

  return async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    const rows = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'safelaw_t%' AND (datname = $1 OR datname LIKE $2)`, [template, `safelaw_t_${process.pid}_%`]);
    for (const r of rows.rows as { datname: string }[]) {
      await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`).catch(() => undefined);
    }
    await c.end();
    await stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
