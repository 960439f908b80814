/**
 * The one context factory shared by the server and the CLI: configuration, logger, the
 * database (embedded or external), the clock. Whoever creates a context stops it.
 *
 * The data directory is guarded by a lock file holding the owner's pid and database port:
 * a second server on the same directory stops with a clear message; a CLI command run while
 * the server is up connects to the server's database instead of starting another one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { createDatabase, type Database } from './db/database.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded.ts';
import { migrateToLatest } from './db/migrate.ts';
import { LoginThrottle } from './auth/login-throttle.ts';

export interface AppContext {
  readonly config: Config;
  readonly db: Database;
  readonly logger: Logger;
  /** Injected clock: tests move time instead of sleeping. */
  readonly now: () => Date;
  readonly loginThrottle: LoginThrottle;
  /** Where the database runs, for /api/health and the start banner. */
  readonly database: { kind: 'embedded' | 'external'; url: string };
  stop(): Promise<void>;
}

export class DataDirBusyError extends Error {}

interface LockInfo {
  pid: number;
  port?: number;
  role: 'server' | 'cli';
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function lockPath(config: Config): string {
  return path.join(config.dataDir, 'safelaw.lock');
}

function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/** Takes the data directory lock or reports who holds it. */
function acquireLock(config: Config, role: LockInfo['role']): { release: () => void; setPort: (port: number) => void } | LockInfo {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = lockPath(config);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      const info: LockInfo = { pid: process.pid, role };
      fs.writeSync(fd, JSON.stringify(info));
      fs.closeSync(fd);
      return {
        setPort(port) {
          fs.writeFileSync(file, JSON.stringify({ ...info, port }));
        },
        release() {
          const current = readLock(file);
          if (current?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) return holder;
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirBusyError(`Cannot take the lock ${file}`);
}

export interface ContextOptions {
  role: 'server' | 'cli';
  /** Apply migrations (default true). */
  migrate?: boolean;
  logger?: Logger;
  now?: () => Date;
  /** Progress lines for the console. */
  log?: (line: string) => void;
  poolSize?: number;
}

export async function createContext(config: Config, opts: ContextOptions): Promise<AppContext> {
  const logger = opts.logger ?? pino({ level: config.logLevel });
  const log = opts.log ?? (() => {});
  let embedded: EmbeddedPostgres | undefined;
  let release = (): void => {};
  let url: string;

  if (config.databaseUrl) {
    url = config.databaseUrl;
  } else {
    const lock = acquireLock(config, opts.role);
    if ('pid' in lock) {
      if (opts.role === 'server' || lock.port === undefined) {
        throw new DataDirBusyError(
          `数据目录 ${config.dataDir} 正被另一个 SafeLaw 进程 (pid ${lock.pid}) 使用。` +
            `\nThe data directory ${config.dataDir} is in use by another SafeLaw process (pid ${lock.pid}). ` +
            `Stop it first, or set SAFELAW_DATA_DIR to another directory.`,
        );
      }
      // A running server owns the database: talk to it.
      const password = fs.readFileSync(path.join(config.dataDir, 'pg-password'), 'utf8').trim();
      url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${lock.port}/safelaw`;
    } else {
      try {
        embedded = await startEmbeddedPostgres(config.dataDir, log);
      } catch (e) {
        lock.release();
        throw e;
      }
      lock.setPort(embedded.port);
      release = lock.release;
      url = embedded.url.replace(/\/postgres$/, '/safelaw');
      await ensureDatabase(embedded.url, 'safelaw');
    }
  }

  const db = createDatabase(url, opts.poolSize ?? 10, config.pgPrepare);
  const stop = async (): Promise<void> => {
    await db.destroy().catch(() => undefined);
    await embedded?.stop();
    release();
  };
  try {
    if (opts.migrate !== false) {
      const applied = await migrateToLatest(db);
      if (applied.length) log(`数据库迁移完成 / migrations applied: ${applied.join(', ')}`);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    config,
    db,
    logger,
    now: opts.now ?? (() => new Date()),
    loginThrottle: new LoginThrottle(),
    database: { kind: embedded ? 'embedded' : 'external', url: url.replace(/:[^:@/]*@/, ':***@') },
    stop,
  };
}

/** Creates a database on the server when missing (UTF-8, C.UTF-8 so pg_trgm sees Chinese). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    }
  } finally {
    await client.end();
  }
}
