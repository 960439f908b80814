/**
 * Parses the real law library (../shared/data/laws relative to the repo root, or
 * SAFELAW_LAWS_DIR). Fails with a clear message when the library is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAgainstManifest, parseManifest, parseStatute } from '../../src/domain/legal/parse-statute.ts';
import type { LawManifest, ParsedStatute } from '../../src/domain/legal/statute.ts';
import { LAWS_KNOWN, parseRefCn, resolveRef } from '../../src/domain/legal/reference.ts';
import { isDomainError } from '../../src/domain/errors.ts';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const lawsDir = process.env['SAFELAW_LAWS_DIR'] ?? path.resolve(repoRoot, '../shared/data/laws');

function loadManifest(): LawManifest {
  const manifestPath = path.join(lawsDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `Law library not found: ${manifestPath} does not exist. The statute tests read the shared law texts ` +
        `from ../shared/data/laws beside the repository; set SAFELAW_LAWS_DIR to their folder.`,
    );
  }
  return parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
}

const manifest = loadManifest();
const readLaw = (file: string): string => readFileSync(path.join(lawsDir, file), 'utf8');
const parsed = new Map<string, ParsedStatute>(manifest.laws.map((e) => [e.title, parseStatute(readLaw(e.file), e.file)]));
const law = (title: string): ParsedStatute => {
  const p = parsed.get(title);
  if (!p) throw new Error(`${title} is not in the manifest`);
  return p;
};

describe('parsing the law library', () => {
  const expectedCounts: Record<string, number> = {
    中华人民共和国安全生产法: 119,
    中华人民共和国行政处罚法: 86,
    中华人民共和国危险化学品安全法: 127,
    危险化学品安全管理条例: 102,
    生产安全事故应急条例: 35,
    生产安全事故报告和调查处理条例: 46,
    安全生产许可证条例: 24,
    建设工程安全生产管理条例: 71,
  };

  it('lists the eight instruments the platform relies on', () => {
    expect(manifest.laws.map((e) => e.title).sort()).toEqual(Object.keys(expectedCounts).sort());
  });

  it.each(manifest.laws.map((e) => [e.file, e] as const))('%s parses to the manifest’s article count and title', (_file, entry) => {
    const sut = law(entry.title);
    expect(sut.articles).toHaveLength(expectedCounts[entry.title]!);
    expect(() => checkAgainstManifest(sut, entry)).not.toThrow();
    expect(sut.articles.map((a) => a.number)).toEqual(sut.articles.map((_, i) => i + 1));
    expect(sut.source).toMatch(/\S/u);
    expect(sut.history).toMatch(/^\d{4}年/u);
  });

  it.each(manifest.laws.map((e) => [e.file, e] as const))('%s: every item and article line of the file is accounted for', (file, entry) => {
    // Independent count over the raw text: lines that open with 第X条 or an item marker.
    const raw = readLaw(file).split('\n');
    const itemLines = raw.filter((l) => /^[（(][一二三四五六七八九十]+[）)]/u.test(l)).length;
    const articleLines = raw.filter((l) => /^第[一二三四五六七八九十百零]+条/u.test(l)).length;
    const sut = law(entry.title);
    expect(sut.articles).toHaveLength(articleLines);
    expect(sut.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.items))).toHaveLength(itemLines);
    for (const a of sut.articles) {
      expect(a.paragraphs.length).toBeGreaterThan(0);
      expect(a.text.startsWith(a.paragraphs[0]!.text)).toBe(true);
    }
  });

  it('安全生产法: seven chapters from 总则 to 附则; art. 99 is in 第六章 法律责任 with eight items', () => {
    const sut = law('中华人民共和国安全生产法');
    expect(sut.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sut.chapters[0]!.title).toBe('总则');
    expect(sut.chapters[5]!.title).toBe('法律责任');
    expect(sut.chapters[6]!.title).toBe('附则');
    const art99 = sut.articles[98]!;
    expect(art99.number).toBe(99);
    expect(art99.chapter).toBe(6);
    expect(art99.paragraphs).toHaveLength(1);
    expect(art99.paragraphs[0]!.text).toContain('五万元以下的罚款');
    expect(art99.paragraphs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(art99.paragraphs[0]!.items[0]!.text).toContain('安全警示标志');
    expect(art99.paragraphs[0]!.items[0]!.text.startsWith('（')).toBe(false);
    expect(art99.text.split('\n')).toHaveLength(9);
  });

  it('安全生产法 art. 105 item 2 is about blocked exits and evacuation routes', () => {
    const item2 = law('中华人民共和国安全生产法').articles[104]!.paragraphs[0]!.items[1]!;
    expect(item2.number).toBe(2);
    expect(item2.text).toContain('疏散通道');
    expect(item2.text).toContain('出口');
  });

  it('安全生产法 art. 103 has three paragraphs and art. 110 two (前款)', () => {
    const sut = law('中华人民共和国安全生产法');
    expect(sut.articles[102]!.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(sut.articles[109]!.paragraphs).toHaveLength(2);
    expect(sut.articles[109]!.paragraphs[1]!.text).toContain('依照前款规定处罚');
  });

  it('text after a run of items is a new paragraph (安全生产法 art. 114 para. 2)', () => {
    const art114 = law('中华人民共和国安全生产法').articles[113]!;
    expect(art114.paragraphs).toHaveLength(2);
    expect(art114.paragraphs[0]!.items).toHaveLength(4);
    expect(art114.paragraphs[1]!.items).toHaveLength(0);
    expect(art114.paragraphs[1]!.text).toContain('前款罚款数额');
  });

  it('行政处罚法 art. 85 defines the short periods as working days', () => {
    const art85 = law('中华人民共和国行政处罚法').articles[84]!;
    expect(art85.number).toBe(85);
    expect(art85.text.startsWith('本法中')).toBe(true);
    expect(art85.text).toContain('工作日');
    expect(art85.text).toContain('不含法定节假日');
    expect(art85.chapter).toBe(8);
  });

  it('行政处罚法 chapter 5 has four sections; art. 51 (简易程序) is in its second section', () => {
    const sut = law('中华人民共和国行政处罚法');
    const ch5 = sut.chapters[4]!;
    expect(ch5.title).toBe('行政处罚的决定');
    expect(ch5.sections.map((s) => s.title)).toEqual(['一般规定', '简易程序', '普通程序', '听证程序']);
    expect(ch5.articles.length).toBe(ch5.sections.reduce((n, s) => n + s.articles.length, 0));
    expect(sut.articles[50]!).toMatchObject({ number: 51, chapter: 5, section: 2 });
    expect(sut.articles[36]!.section).toBeUndefined();
  });

  it('安全生产许可证条例 has no chapters', () => {
    const sut = law('安全生产许可证条例');
    expect(sut.chapters).toEqual([]);
    expect(sut.articles[0]!.chapter).toBeUndefined();
  });

  it('危险化学品安全法 runs to 第一百二十七条, its commencement article', () => {
    const sut = law('中华人民共和国危险化学品安全法');
    expect(sut.articles.at(-1)!.number).toBe(127);
    expect(sut.articles.at(-1)!.text).toContain('2026年5月1日');
    expect(sut.chapters.at(-1)!.title).toBe('附则');
  });

  it('citations resolve to the provisions in the real texts', () => {
    const exits = resolveRef(law('中华人民共和国安全生产法'), parseRefCn('安全生产法第一百零五条第二项'));
    expect(exits?.text).toContain('疏散通道');
    const art37 = resolveRef(law('中华人民共和国行政处罚法'), parseRefCn('《中华人民共和国行政处罚法》第三十七条'));
    expect(art37?.text).toContain('违法行为发生时');
    expect(resolveRef(law('中华人民共和国安全生产法'), parseRefCn('安全生产法第九十九条第九项'))).toBeUndefined();
  });

  it('LAWS_KNOWN matches the manifest: title, short title, level, slug = file name without the year', () => {
    for (const entry of manifest.laws) {
      const known = LAWS_KNOWN.find((l) => l.title === entry.title);
      expect(known, entry.title).toBeDefined();
      expect(known).toMatchObject({ short: entry.short, level: entry.level, slug: entry.file.replace(/-\d{4}\.txt$/u, '') });
    }
  });

  it('rejects a manifest whose article count disagrees with the text, naming the file', () => {
    const entry = manifest.laws.find((e) => e.short === '安全生产法')!;
    const sut = () => checkAgainstManifest(law(entry.title), { ...entry, articles: 118 });
    expect(sut).toThrow(/anquan-shengchan-fa-2021\.txt: the manifest lists 118 articles, the text has 119/u);
    try {
      sut();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('LAW_PARSE_ERROR');
      expect(isDomainError(e) && e.details?.['file']).toBe('anquan-shengchan-fa-2021.txt');
    }
  });

  it('rejects a manifest entry without an article count', () => {
    const broken = { laws: [{ ...manifest.laws[0], articles: undefined }] };
    expect(() => parseManifest(broken)).toThrow(/manifest\.json: laws\[0\]\.articles must be a positive integer/u);
  });
});
