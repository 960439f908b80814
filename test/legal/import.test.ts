/**
 * Importing the official statute texts into the law library: counts equal to the manifest's,
 * idempotent re-import, all-or-nothing on a malformed file, audit events, and the violation
 * catalogue checked against the imported articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { articleShapes } from '../../src/server/legal/law.repository.ts';
import { articleExistsIn, importLaws, type LawImportReport } from '../../src/server/legal/law-import.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { lawsDir, manifest, scratchCopy } from './import-support.ts';

let ctx: TestContext;
let first: LawImportReport;
const scratch: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  first = await importLaws(ctx, lawsDir());
});
afterAll(async () => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  await ctx.stop();
});

async function tableCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['laws', 'law_versions', 'law_chapters', 'law_sections', 'law_articles', 'law_paragraphs', 'law_items'] as const) {
    const r = await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

async function articlesPerFile(): Promise<Record<string, number>> {
  const rows = await ctx.db
    .selectFrom('law_articles as a')
    .innerJoin('law_versions as v', 'v.id', 'a.version_id')
    .select(['v.source_file', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('v.source_file')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.source_file, Number(r.n)]));
}

function copyWith(file: string, change: (text: string) => string): string {
  const dir = scratchCopy();
  scratch.push(dir);
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
  return dir;
}

async function importError(dir: string): Promise<{ code: string; message: string; details: Record<string, unknown> | undefined }> {
  try {
    await importLaws(ctx, dir);
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error('the import succeeded');
}

describe('laws import', () => {
  it('stores every article of every law, exactly as many as the manifest lists', async () => {
    const expected = Object.fromEntries(manifest().map((l) => [l.file, l.articles]));
    expect(await articlesPerFile()).toEqual(expected);
    expect(first.laws.map((l) => [l.file, l.articles, l.status])).toEqual(manifest().map((l) => [l.file, l.articles, 'created']));
    expect(first.articles).toBe(manifest().reduce((n, l) => n + l.articles, 0));
  });

  it('keeps the metadata and the structure 章/节 → 条 → 款 → 项', async () => {
    const law = await ctx.db.selectFrom('laws').selectAll().where('slug', '=', 'anquan-shengchan-fa').executeTakeFirstOrThrow();
    expect(law).toMatchObject({ title: '中华人民共和国安全生产法', short_title: '安全生产法', level: '法律', issuer: '全国人民代表大会常务委员会', status: '现行有效' });
    const version = await ctx.db.selectFrom('law_versions').selectAll().where('code', '=', 'anquan-shengchan-fa-2021').executeTakeFirstOrThrow();
    expect(version).toMatchObject({ label: '2021年修正', adopted: '2021-06-10', effective: '2021-09-01', article_count: 119 });
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
    const chapters = await ctx.db.selectFrom('law_chapters').select(['number', 'title']).where('version_id', '=', version.id).orderBy('number').execute();
    expect(chapters.map((c) => c.title)).toEqual(['总则', '生产经营单位的安全生产保障', '从业人员的安全生产权利义务', '安全生产的监督管理', '生产安全事故的应急救援与调查处理', '法律责任', '附则']);
    // Art. 105 (6th chapter 法律责任) has one paragraph with two items; item 2 is about evacuation routes.
    const a105 = await ctx.db.selectFrom('law_articles').selectAll().where('version_id', '=', version.id).where('number', '=', 105).executeTakeFirstOrThrow();
    expect(a105.chapter).toBe(6);
    const items = await ctx.db.selectFrom('law_items').selectAll().where('version_id', '=', version.id).where('article', '=', 105).orderBy('number').execute();
    expect(items.map((i) => [i.paragraph, i.number])).toEqual([[1, 1], [1, 2]]);
    expect(items[1]!.text).toContain('疏散通道');
    // 国务院令第708号 is a document number.
    const yingji = await ctx.db.selectFrom('law_versions').select('doc_number').where('code', '=', 'shigu-yingji-tiaoli-2019').executeTakeFirstOrThrow();
    expect(yingji.doc_number).toBe('国务院令第708号');
  });

  it('indexes the jieba tokens of each article', async () => {
    const row = await ctx.db
      .selectFrom('law_articles as a')
      .innerJoin('law_versions as v', 'v.id', 'a.version_id')
      .select('a.search_tokens')
      .where('v.code', '=', 'anquan-shengchan-fa-2021')
      .where('a.number', '=', 105)
      .executeTakeFirstOrThrow();
    expect(row.search_tokens.split(' ')).toEqual(expect.arrayContaining(['疏散', '通道', '安全', '出口']));
  });

  it('writes one laws.imported audit event per law', async () => {
    const events = await ctx.db.selectFrom('audit_events').selectAll().where('aggregate_type', '=', 'law').orderBy('aggregate_id').execute();
    expect(events).toHaveLength(manifest().length);
    const asf = events.find((e) => e.aggregate_id === 'anquan-shengchan-fa')!;
    expect(asf.type).toBe('laws.imported');
    expect(asf.payload).toMatchObject({ law: '中华人民共和国安全生产法', version: '2021年修正', articles: 119 });
  });

  it('re-imports without duplicating anything and reports every law unchanged', async () => {
    const before = await tableCounts();
    const sut = await importLaws(ctx, lawsDir());
    expect(sut.laws.every((l) => l.status === 'unchanged')).toBe(true);
    expect(await tableCounts()).toEqual(before);
    const events = await ctx.db.selectFrom('audit_events').select('id').where('aggregate_type', '=', 'law').execute();
    expect(events).toHaveLength(manifest().length);
  });

  it('updates a changed text in place: same counts, new hash, one more audit event for that law only', async () => {
    const before = await tableCounts();
    const dir = copyWith('shigu-yingji-tiaoli-2019.txt', (t) => t.replace('本条例自2019年4月1日起施行。', '本条例自2019年4月1日起施行（测试修改）。'));
    const sut = await importLaws(ctx, dir);
    expect(sut.laws.filter((l) => l.status !== 'unchanged').map((l) => [l.slug, l.status])).toEqual([['shigu-yingji-tiaoli', 'updated']]);
    expect(await tableCounts()).toEqual(before);
    const a35 = await ctx.db
      .selectFrom('law_articles as a')
      .innerJoin('law_versions as v', 'v.id', 'a.version_id')
      .select('a.text')
      .where('v.code', '=', 'shigu-yingji-tiaoli-2019')
      .where('a.number', '=', 35)
      .executeTakeFirstOrThrow();
    expect(a35.text).toContain('测试修改');
    const events = await ctx.db.selectFrom('audit_events').select(['seq']).where('aggregate_type', '=', 'law').where('aggregate_id', '=', 'shigu-yingji-tiaoli').orderBy('seq').execute();
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    await importLaws(ctx, lawsDir()); // back to the official text
  });

  it('rejects a malformed statute with LAW_PARSE_ERROR naming the file and line, and imports nothing', async () => {
    const before = await tableCounts();
    const shaBefore = await ctx.db.selectFrom('law_versions').select(['code', 'sha256']).orderBy('code').execute();
    // The last file of the manifest gets a duplicated article; the earlier files are valid and changed.
    const last = manifest().at(-1)!.file;
    const dir = copyWith(last, (t) => t.replace(/^(第二条.*)$/mu, '$1\n第二条　重复的条文。'));
    fs.appendFileSync(path.join(dir, 'shigu-yingji-tiaoli-2019.txt'), '\n');
    const err = await importError(dir);
    expect(err.code).toBe('LAW_PARSE_ERROR');
    expect(err.details?.['file']).toBe(last);
    expect(err.details?.['line']).toEqual(expect.any(Number));
    expect(err.message).toMatch(new RegExp(`^${last.replace(/\./g, '\\.')}:\\d+: duplicate 第二条`));
    expect(await tableCounts()).toEqual(before);
    expect(await ctx.db.selectFrom('law_versions').select(['code', 'sha256']).orderBy('code').execute()).toEqual(shaBefore);
  });

  it('rejects a text whose article count differs from the manifest, naming the file', async () => {
    const dir = scratchCopy();
    scratch.push(dir);
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { laws: { file: string; articles: number }[] };
    m.laws[0]!.articles += 1;
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 1));
    const err = await importError(dir);
    expect(err.code).toBe('LAW_PARSE_ERROR');
    expect(err.message).toBe(`${m.laws[0]!.file}: the manifest lists ${m.laws[0]!.articles} articles, the text has ${m.laws[0]!.articles - 1}`);
  });

  it('rejects a manifest that is not JSON, naming manifest.json and the line', async () => {
    const dir = copyWith('manifest.json', (t) => t.replace('"laws": [', '"laws": [,'));
    const err = await importError(dir);
    expect(err.code).toBe('LAW_PARSE_ERROR');
    expect(err.details).toEqual({ file: 'manifest.json', line: 3 });
  });

  it('rejects a manifest naming a file that is not there', async () => {
    const dir = scratchCopy();
    scratch.push(dir);
    fs.rmSync(path.join(dir, 'weihua-tiaoli-2013.txt'));
    const err = await importError(dir);
    expect(err).toMatchObject({ code: 'LAW_PARSE_ERROR', details: { file: 'weihua-tiaoli-2013.txt' } });
  });
});

describe('violation catalogue against the imported library', () => {
  it('finds every provision the catalogue cites among the imported articles', () => {
    expect(first.catalogue.problems).toEqual([]);
    expect(first.catalogue.unchecked).toBe(0);
  });

  it('tells an existing provision from a missing one', async () => {
    const shapes = await articleShapes(ctx.db);
    const law = '中华人民共和国安全生产法';
    // Art. 105 has two items in its one paragraph; art. 99 has a single paragraph.
    expect(articleExistsIn(shapes, { law, article: 105, item: 2 })).toBe(true);
    expect(articleExistsIn(shapes, { law, article: 105, paragraph: 1, item: 2 })).toBe(true);
    expect(articleExistsIn(shapes, { law, article: 105, item: 3 })).toBe(false);
    expect(articleExistsIn(shapes, { law, article: 120 })).toBe(false);
    expect(articleExistsIn(shapes, { law, article: 99, paragraph: 2 })).toBe(false);
    expect(CATALOGUE.length).toBeGreaterThan(0);
  });
});
