/**
 * Shared set-up of the workflow server tests: a test database, the app, a file store in a
 * scratch directory, and the people of 渝北区 (officers with certificates, a leader, a legal
 * reviewer with the legal qualification, an enterprise user).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'light-my-request';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { enterprise, signIn, user } from '../support/factories.ts';

export interface World {
  ctx: TestContext;
  app: App;
  filesDir: string;
  enterpriseId: string;
  ids: { officer1: string; officer2: string; officer3: string; leader: string; reviewer: string; enterpriseUser: string };
  cookies: { officer1: string; officer2: string; officer3: string; leader: string; reviewer: string; enterpriseUser: string };
  /** Moves the injected clock to noon (China) of `iso` and signs everyone in again (sessions last hours). */
  travel(iso: string): Promise<void>;
  stop(): Promise<void>;
}

/** China noon of a calendar day, for ctx.setNow. */
export const day = (iso: string): Date => new Date(`${iso}T04:00:00Z`);

export async function world(opts: { maxUploadMb?: number } = {}): Promise<World> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-files-'));
  const ctx = await createTestContext({
    fileStore: { kind: 'local', dir: filesDir },
    ...(opts.maxUploadMb ? { maxUploadBytes: opts.maxUploadMb * 1024 * 1024 } : {}),
  });
  ctx.setNow(day('2026-11-02'));
  const app = await buildApp(ctx);
  await app.ready();
  const ent = await enterprise(ctx, { orgCode: '500112', name: '重庆渝兴化工有限公司' });
  const officer1 = await user(ctx, 'officer', '500112');
  const officer2 = await user(ctx, 'officer', '500112');
  const officer3 = await user(ctx, 'officer', '500112');
  const leader = await user(ctx, 'leader', '500112');
  const reviewer = await user(ctx, 'legal_reviewer', '500112');
  await ctx.db.updateTable('users').set({ legal_qualification: true }).where('id', '=', reviewer.id).execute();
  const enterpriseUser = await user(ctx, 'enterprise_user', '500112', { enterpriseId: ent.id });
  const people = { officer1, officer2, officer3, leader, reviewer, enterpriseUser };
  const cookies = {} as World['cookies'];
  const signInAll = async (): Promise<void> => {
    for (const [key, u] of Object.entries(people)) cookies[key as keyof World['cookies']] = await signIn(app, u.username);
  };
  await signInAll();
  return {
    ctx,
    app,
    filesDir,
    enterpriseId: ent.id,
    ids: { officer1: officer1.id, officer2: officer2.id, officer3: officer3.id, leader: leader.id, reviewer: reviewer.id, enterpriseUser: enterpriseUser.id },
    cookies,
    travel: async (iso) => {
      ctx.setNow(day(iso));
      await signInAll();
    },
    stop: async () => {
      await app.close();
      await ctx.stop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The parsed JSON answer, loosely typed as `inject().json()` is. */
const parseJson = (res: Response) => res.json();

export interface Api {
  status: number;
  body: ReturnType<typeof parseJson>;
}

export async function call(app: App, cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown): Promise<Api> {
  const res = await app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? parseJson(res) : res.body };
}

/** Applies a case event at the case's current version (read first), as a user who just opened the page. */
export async function actOnCase(app: App, cookie: string, id: string, event: string, input?: object): Promise<Api> {
  const current = await call(app, cookie, 'GET', `/api/cases/${id}`);
  return call(app, cookie, 'POST', `/api/cases/${id}/transitions`, { event, version: current.body.version, ...(input ? { input } : {}) });
}

/** A multipart/form-data body with one part named `file`. */
export function multipart(bytes: Buffer, filename: string, declaredType = 'application/octet-stream', field = 'file'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----safelaw${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${declaredType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The smallest valid PNG (1×1). */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

export async function upload(app: App, cookie: string, url: string, bytes: Buffer, filename: string, declaredType?: string): Promise<Api> {
  const m = multipart(bytes, filename, declaredType);
  const res = await app.inject({ method: 'POST', url, headers: { cookie, ...m.headers }, payload: m.payload });
  return { status: res.statusCode, body: parseJson(res) };
}

/** Files under the store directory (objects and temporaries). */
export function storedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out;
}
