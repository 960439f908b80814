/**
 * For the browser journeys: a real SafeLaw server (the built web UI and the API) on a
 * database cloned from the test template and seeded with the demo data, listening on a free
 * port. Its URL reaches the tests as SAFELAW_TEST_URL, the database's as SAFELAW_TEST_DATABASE_URL
 * (for checks after a journey, such as the audit chain). Chromium must be Debian's.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { createContext } from '../../src/server/context.ts';
import { freePort } from '../../src/server/db/embedded.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { listen } from '../../src/server/server.ts';
import { START_HOOKS } from '../../src/server/start-hooks.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testUrl: string;
    testDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error('Browser tests need Debian chromium and CJK fonts: apt-get install chromium fonts-noto-cjk');
  }
  const webDir = path.resolve('dist/web');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    throw new Error('The web UI is not built: run `npm run build:web` first (npm run test:browser does).');
  }
  const server = process.env.SAFELAW_TEST_PG_SERVER!;
  const name = `safelaw_t_browser_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.SAFELAW_TEST_PG_TEMPLATE}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = '/' + name;

  const config = loadConfig({ ...process.env, DATABASE_URL: url.toString(), PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const ctx = await createContext(config, { role: 'server', logger: pino({ level: 'warn' }) });
  await seedDemo(ctx, { enterprises: 1500 });
  for (const hook of START_HOOKS) await hook(ctx, () => {});
  const running = await listen(ctx);
  const testUrl = `http://127.0.0.1:${config.port}`;
  process.env.SAFELAW_TEST_URL = testUrl;
  process.env.SAFELAW_TEST_DATABASE_URL = url.toString();
  project.provide('testUrl', testUrl);
  project.provide('testDatabaseUrl', url.toString());
  return async () => {
    await running.close();
    await ctx.stop();
  };
}
