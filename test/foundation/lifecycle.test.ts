/**
 * The platform as an operator meets it: real processes on an embedded database.
 * - every acknowledged write survives a kill -9 of the server in the middle of the load;
 * - a second server on the same data directory, or on a port already in use, stops with a clear message;
 * - SIGTERM stops the HTTP server and the database cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/server/db/embedded.ts';
import { creditCode } from '../support/factories.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/safelaw.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function env(dataDir: string, port: number): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, SAFELAW_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  delete e.DATABASE_URL; // these tests are about the embedded database
  delete e.SAFELAW_LAWS_DIR;
  return e;
}

function start(dataDir: string, port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env: env(dataDir, port), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function healthy(port: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on port ${port} did not become healthy`);
}

async function signIn(port: number, username: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-life-'));
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) {
    // stop any database left running by a killed server
    spawnSync(process.execPath, [BIN, 'db', 'migrate'], { cwd: ROOT, env: env(d, 0) });
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('operating the platform', () => {
  it('keeps every acknowledged write after kill -9 mid-load, restarts on the same data, and stops cleanly on SIGTERM', async () => {
    const dataDir = tmpDir();
    const add = spawnSync(process.execPath, [BIN, 'user', 'add', '--username', 'ops.admin', '--name', '运维管理员', '--role', 'admin', '--org', '500000', '--password', 'ops-password-1'], { cwd: ROOT, env: env(dataDir, 0), encoding: 'utf8' });
    expect(add.status, add.stderr).toBe(0);

    const port = await freePort();
    const first = start(dataDir, port);
    await healthy(port);
    const cookie = await signIn(port, 'ops.admin', 'ops-password-1');
    const orgs = (await (await fetch(`http://127.0.0.1:${port}/api/orgs`, { headers: { cookie } })).json()) as { items: { id: string; code: string }[] };
    const orgId = orgs.items.find((o) => o.code === '500112')!.id;

    const acknowledged: string[] = [];
    const state = { stop: false };
    const writer = async (): Promise<void> => {
      while (!state.stop) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/enterprises`, {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/json' },
            body: JSON.stringify({ creditCode: creditCode(), name: `重庆可靠性测试${acknowledged.length}有限公司`, address: '重庆市渝北区', industryCode: 'other', employees: 3, riskGrade: 'D', orgId }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone: this write was never acknowledged
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await first.exited;
    state.stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = start(dataDir, port);
    await healthy(port);
    const cookie2 = await signIn(port, 'ops.admin', 'ops-password-1');
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await fetch(`http://127.0.0.1:${port}/api/enterprises/${id}`, { headers: { cookie: cookie2 } });
      if (res.status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);

    // The audit trail is intact: the CLI talks to the running server's database.
    const verify = spawnSync(process.execPath, [BIN, 'audit', 'verify'], { cwd: ROOT, env: env(dataDir, 0), encoding: 'utf8' });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/intact/);

    // A second server on the same data directory refuses to start.
    const dup = start(dataDir, await freePort());
    expect(await dup.exited).toBe(1);
    expect(dup.output()).toMatch(/in use by another SafeLaw process/);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toMatch(/stopped/);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'safelaw.lock'))).toBe(false);
  });

  it('stops with a clear message when the port is already in use', async () => {
    const port = await freePort();
    const net = await import('node:net');
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const s = start(tmpDir(), port);
      expect(await s.exited).toBe(1);
      expect(s.output()).toMatch(/already in use/);
    } finally {
      blocker.close();
    }
  });
});
