/**
 * A real database per test file, cloned from the migrated template, and an AppContext on it.
 * Tests create their own rows through the factories in factories.ts.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { LoginThrottle } from '../../src/server/auth/login-throttle.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createDatabase } from '../../src/server/db/database.ts';

export interface TestContext extends AppContext {
  /** A URL of this test's database, for tests that need a raw connection (e.g. as superuser). */
  readonly url: string;
  /** Moves the injected clock. */
  setNow(d: Date): void;
}

export function databaseUrl(name: string): string {
  const u = new URL(inject('pgServerUrl'));
  u.pathname = '/' + name;
  return u.toString();
}

export async function createTestDatabase(): Promise<string> {
  const name = `safelaw_t_${process.ppid}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
  await admin.connect();
  try {
    // CREATE DATABASE … TEMPLATE needs the template to have no other connections: retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
        break;
      } catch (e) {
        if (attempt > 20) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await admin.end();
  }
  return databaseUrl(name);
}

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const url = await createTestDatabase();
  const db = createDatabase(url, 5);
  let now = new Date('2026-11-25T02:00:00Z');
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' }, overrides);
  return {
    config,
    db,
    url,
    logger: pino({ level: 'silent' }),
    now: () => now,
    setNow: (d) => {
      now = d;
    },
    loginThrottle: new LoginThrottle(),
    database: { kind: 'external', url },
    stop: () => db.destroy(),
  };
}
