/**
 * The law library and legal matching over HTTP: laws, structure, a provision by its id,
 * full-text search with marked terms, and 法条自动对应.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { importLaws } from '../../src/server/legal/law-import.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { enterprise, signIn, user } from '../support/factories.ts';
import { lawsDir, manifest } from './import-support.ts';

let ctx: TestContext;
let app: App;
let officer: string;
let enterpriseUser: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await importLaws(ctx, lawsDir());
  app = await buildApp(ctx);
  officer = await signIn(app, (await user(ctx, 'officer', '500112')).username);
  const ent = await enterprise(ctx);
  enterpriseUser = await signIn(app, (await user(ctx, 'enterprise_user', '500112', { enterpriseId: ent.id })).username);
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
});

const get = (url: string, cookie = officer) => app.inject({ method: 'GET', url, headers: { cookie } });
const article = (id: string, query = '') => get(`/api/legal/articles/${encodeURIComponent(id)}${query}`);
const match = (payload: object, cookie = officer) => app.inject({ method: 'POST', url: '/api/legal/match', headers: { cookie }, payload });

describe('GET /api/legal/laws', () => {
  it('lists every imported law with its metadata, current version and article count', async () => {
    const res = await get('/api/legal/laws');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { title: string; articleCount: number; level: string; version: { label: string; effective: string } }[];
    expect(items.map((l) => [l.title, l.articleCount])).toEqual(manifest().map((m) => [m.title, m.articles]));
    expect(items[0]).toMatchObject({ slug: 'anquan-shengchan-fa', short: '安全生产法', level: '法律', status: '现行有效', chapterCount: 7, version: { label: '2021年修正', effective: '2021-09-01' } });
  });

  it('needs a signed-in user', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/legal/laws' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /api/legal/laws/:slug', () => {
  it('returns the structure: chapters with their article numbers, sections, and every article', async () => {
    const res = await get('/api/legal/laws/anquan-shengchan-fa');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.chapters).toHaveLength(7);
    expect(body.chapters[5]).toMatchObject({ number: 6, label: '第六章', title: '法律责任' });
    expect(body.chapters[5].articles).toContain(105);
    expect(body.articles).toHaveLength(119);
    expect(body.articles[104]).toMatchObject({ number: 105, label: '第一百零五条', chapter: 6 });
    expect(body.articles[104].paragraphs[0].items.map((i: { marker: string }) => i.marker)).toEqual(['（一）', '（二）']);
  });

  it('answers 404 for a law that is not in the library', async () => {
    const res = await get('/api/legal/laws/no-such-law');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});

describe('GET /api/legal/articles/:ref', () => {
  it('returns an item with its citation in Chinese form, the whole article, the law and the version', async () => {
    const res = await article('anquan-shengchan-fa/99/i1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.id).toBe('anquan-shengchan-fa/99/i1');
    expect(body.citation).toBe('《中华人民共和国安全生产法》第九十九条第一项');
    expect(body.citationShort).toBe('安全生产法第九十九条第一项');
    expect(body.text).toBe('未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志的；');
    expect(body.article.paragraphs).toHaveLength(1);
    expect(body.article.paragraphs[0].items).toHaveLength(8);
    expect(body.chapter).toEqual({ number: 6, title: '法律责任', label: '第六章' });
    expect(body.law).toMatchObject({ title: '中华人民共和国安全生产法', level: '法律', issuer: '全国人民代表大会常务委员会' });
    expect(body.version).toMatchObject({ code: 'anquan-shengchan-fa-2021', label: '2021年修正', articleCount: 119 });
  });

  it('cites a paragraph of a multi-paragraph article with 第X款', async () => {
    // 行政处罚法 art. 33 para. 2: no penalty where the party proves no subjective fault.
    const body = (await article('xingzheng-chufa-fa/33/p2')).json();
    expect(body.citation).toBe('《中华人民共和国行政处罚法》第三十三条第二款');
    expect(body.text).toContain('主观过错');
  });

  it('answers 404 NOT_FOUND for a provision that does not exist', async () => {
    for (const id of ['anquan-shengchan-fa/120', 'anquan-shengchan-fa/99/i9', 'anquan-shengchan-fa/102/p2/i3', 'no-such-law/1']) {
      const res = await article(id);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().code, id).toBe('NOT_FOUND');
    }
  });

  it('answers 400 for a malformed id', async () => {
    const res = await article('第九十九条');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/legal/search', () => {
  it('finds 疏散通道 in 安全生产法, best match first, with the terms marked in the snippet', async () => {
    const res = await get(`/api/legal/search?q=${encodeURIComponent('疏散通道')}&law=${encodeURIComponent('安全生产法')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    const articles = body.items.map((h: { article: number }) => h.article);
    expect(articles).toContain(105);
    expect(articles).toContain(42); // 第四十二条: exits and evacuation routes of workplaces and dormitories
    expect(body.items.every((h: { law: { slug: string } }) => h.law.slug === 'anquan-shengchan-fa')).toBe(true);
    const ranks = body.items.map((h: { rank: number }) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const hit = body.items.find((h: { article: number }) => h.article === 105);
    expect(hit.citation).toBe('《中华人民共和国安全生产法》第一百零五条');
    const marked = hit.marks.map(([s, e]: [number, number]) => hit.snippet.slice(s, e));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m: string) => body.terms.includes(m))).toBe(true);
    expect(marked.join('')).toContain('疏散');
  });

  it('finds a word inside a longer one: 安全生产责任制 in 全员安全生产责任制 (安全生产法 art. 4)', async () => {
    const body = (await get(`/api/legal/search?q=${encodeURIComponent('安全生产责任制')}&law=anquan-shengchan-fa`)).json();
    expect(body.mode).toBe('all');
    expect(body.items.map((h: { article: number }) => h.article)).toContain(4);
  });

  it('falls back to articles containing some of the words, those with more words first', async () => {
    const body = (await get(`/api/legal/search?q=${encodeURIComponent('厂房东侧疏散通道上堆满了货物')}`)).json();
    expect(body.mode).toBe('any');
    expect(body.items.slice(0, 2).map((h: { id: string }) => h.id).sort()).toEqual(['anquan-shengchan-fa/105', 'anquan-shengchan-fa/42']);
  });

  it('searches every law when none is given, and finds short words by substring', async () => {
    const body = (await get(`/api/legal/search?q=${encodeURIComponent('罚款')}`)).json();
    expect(body.mode).toBe('phrase');
    expect(new Set(body.items.map((h: { law: { slug: string } }) => h.law.slug)).size).toBeGreaterThan(1);
    expect(body.total).toBeGreaterThan(body.items.length);
  });

  it('rejects an unknown law filter', async () => {
    const res = await get(`/api/legal/search?q=${encodeURIComponent('罚款')}&law=${encodeURIComponent('不存在法')}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('UNKNOWN_VALUE');
  });

  it('is open to an enterprise user (legal:read)', async () => {
    expect((await get(`/api/legal/search?q=${encodeURIComponent('安全出口')}`, enterpriseUser)).statusCode).toBe(200);
  });
});

describe('POST /api/legal/match', () => {
  it('matches blocked evacuation routes to 安全生产法 art. 105 item 2, at most ten candidates, best first', async () => {
    const res = await match({ text: '厂房东侧疏散通道上堆满了货物', date: '2026-06-01' });
    expect(res.statusCode).toBe(200);
    const { candidates } = res.json();
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates[0].penaltyBasis).toContainEqual({ law: '中华人民共和国安全生产法', article: 105, item: 2 });
    expect(candidates[0].range.unit).toEqual({ kind: 'amount', min: 0, max: 50000 });
    expect(candidates[0].why.length).toBeGreaterThan(0);
    const scores = candidates.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('judges the same hazardous-chemical conduct under the 条例 the day before 2026-05-01 and under the 法 from that day', async () => {
    const text = '危化品仓库超量储存，禁忌物料混放';
    const before = (await match({ text, date: '2026-04-30' })).json().candidates[0];
    const after = (await match({ text, date: '2026-05-01' })).json().candidates[0];
    expect(before.penaltyBasis[0].law).toBe('危险化学品安全管理条例');
    expect(after.penaltyBasis[0].law).toBe('中华人民共和国危险化学品安全法');
  });

  it('rejects a bad date, an unknown industry and an empty text', async () => {
    expect((await match({ text: '疏散通道堵塞', date: '2026-02-30' })).json().code).toBe('INVALID_DATE');
    expect((await match({ text: '疏散通道堵塞', industry: 'spaceflight' })).json().code).toBe('UNKNOWN_VALUE');
    const empty = await match({ text: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('VALIDATION_FAILED');
  });
});
