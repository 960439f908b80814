/**
 * The start hook of `serve`: imports the law library from SAFELAW_LAWS_DIR when the library is
 * empty or the files changed (sha256 per file), and does nothing otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_HOOKS } from '../../src/server/start-hooks.ts';
import { importLawsAtStart } from '../../src/server/legal/law-import.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { manifest, scratchCopy } from './import-support.ts';

let dir: string;
let ctx: TestContext;
let withoutDir: TestContext;

beforeAll(async () => {
  dir = scratchCopy();
  ctx = await createTestContext({ lawsDir: dir });
  withoutDir = await createTestContext({ lawsDir: undefined });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await ctx.stop();
  await withoutDir.stop();
});

const lawEvents = async (c: TestContext) =>
  Number((await c.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('aggregate_type', '=', 'law').executeTakeFirstOrThrow()).n);
const articleCount = async (c: TestContext) =>
  Number((await c.db.selectFrom('law_articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function runHook(c: TestContext): Promise<string[]> {
  const lines: string[] = [];
  await importLawsAtStart(c, (l) => lines.push(l));
  return lines;
}

describe('law library at start', () => {
  it('is one of the start hooks', () => {
    expect(START_HOOKS).toContain(importLawsAtStart);
  });

  it('without SAFELAW_LAWS_DIR says the library is empty and imports nothing', async () => {
    const lines = await runHook(withoutDir);
    expect(lines.join('\n')).toContain('SAFELAW_LAWS_DIR');
    expect(await articleCount(withoutDir)).toBe(0);
  });

  it('imports an empty library', async () => {
    await runHook(ctx);
    expect(await articleCount(ctx)).toBe(manifest().reduce((n, l) => n + l.articles, 0));
    expect(await lawEvents(ctx)).toBe(manifest().length);
  });

  it('does nothing when the files are unchanged', async () => {
    const lines = await runHook(ctx);
    expect(lines).toEqual([`法律法规库已是最新 / law library up to date (${dir})`]);
    expect(await lawEvents(ctx)).toBe(manifest().length);
  });

  it('re-imports the law whose file changed', async () => {
    const file = path.join(dir, 'anquan-xukezheng-tiaoli-2013.txt');
    fs.appendFileSync(file, '\n'); // same text, other bytes
    const lines = await runHook(ctx);
    expect(lines.at(-1)).toMatch(/1 部有变化/);
    expect(await lawEvents(ctx)).toBe(manifest().length + 1);
    expect((await runHook(ctx))[0]).toMatch(/已是最新/);
  });

  it('re-imports when the manifest changed', async () => {
    const file = path.join(dir, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { laws: { file: string; note?: string }[] };
    m.laws.find((l) => l.file === 'jianshe-gongcheng-anquan-tiaoli-2003.txt')!.note = '测试备注';
    fs.writeFileSync(file, JSON.stringify(m, null, 1));
    await runHook(ctx);
    const v = await ctx.db.selectFrom('law_versions').select('note').where('code', '=', 'jianshe-gongcheng-anquan-tiaoli-2003').executeTakeFirstOrThrow();
    expect(v.note).toBe('测试备注');
  });

  it('re-segments the stored articles when the segmentation changed', async () => {
    await ctx.db.updateTable('app_meta').set({ value: JSON.stringify({ fingerprint: 'an-older-dictionary' }) }).where('key', '=', 'laws.search_index').execute();
    await ctx.db.updateTable('law_articles').set({ search_tokens: '' }).execute();
    await runHook(ctx);
    const empty = await ctx.db.selectFrom('law_articles').select('number').where('search_tokens', '=', '').execute();
    expect(empty).toEqual([]);
  });
});
