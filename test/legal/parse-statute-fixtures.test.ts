/**
 * The parser on small synthetic texts (test/fixtures/statutes, written for these tests, not law):
 * tolerated format variations, and malformed files rejected with the file name and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatute } from '../../src/domain/legal/parse-statute.ts';
import { isDomainError } from '../../src/domain/errors.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/statutes/${name}`, import.meta.url), 'utf8');

function parseError(text: string, fileName: string): { message: string; line: unknown; file: unknown } {
  try {
    parseStatute(text, fileName);
  } catch (e) {
    if (isDomainError(e) && e.code === 'LAW_PARSE_ERROR') return { message: e.message, line: e.details?.['line'], file: e.details?.['file'] };
    throw e;
  }
  throw new Error(`${fileName} parsed without error`);
}

describe('statute parser: tolerated variations', () => {
  it('reads a table of contents, chapters, sections, a multi-line history and a standalone 附则', () => {
    const sut = parseStatute(fixture('ok-toc-sections.txt'), 'ok-toc-sections.txt');
    expect(sut.title).toBe('测试园区安全管理规定');
    expect(sut.history).toBe('2024年1月1日测试委员会通过\n2025年2月1日测试委员会修订');
    expect(sut.chapters.map((c) => [c.number, c.title, c.line])).toEqual([
      [1, '总则', 16],
      [2, '检查', 28],
      [3, '附则', 38],
    ]);
    expect(sut.chapters[1]!.sections.map((s) => [s.number, s.title, s.articles.map((a) => a.number)])).toEqual([
      [1, '一般规定', [3]],
      [2, '现场检查', [4]],
    ]);
    expect(sut.articles.map((a) => [a.number, a.chapter, a.section])).toEqual([
      [1, 1, undefined],
      [2, 1, undefined],
      [3, 2, 1],
      [4, 2, 2],
      [5, 3, undefined],
    ]);
    const art2 = sut.articles[1]!;
    expect(art2.paragraphs.map((p) => [p.number, p.text, p.items.map((i) => i.text)])).toEqual([
      [1, '园区单位有下列情形之一的，应当报告：', ['发现异常气味的；', '设备停止运行的。']],
      [2, '前款规定的报告应当当日作出。', []],
    ]);
    expect(art2.text).toBe('园区单位有下列情形之一的，应当报告：\n（一）发现异常气味的；\n（二）设备停止运行的。\n前款规定的报告应当当日作出。');
  });

  it('parses Windows line endings to the same structure', () => {
    const lf = parseStatute(fixture('ok-toc-sections.txt'), 'ok-toc-sections.txt');
    const crlf = parseStatute(fixture('ok-toc-sections.txt').replace(/\n/gu, '\r\n'), 'ok-toc-sections.txt');
    expect(crlf).toEqual(lf);
  });

  it('accepts a BOM, ASCII spaces and parentheses, no blank lines, a label on its own line and an Arabic number', () => {
    const sut = parseStatute(fixture('ok-loose-format.txt'), 'ok-loose-format.txt');
    expect(sut.source).toBe('synthetic fixture');
    expect(sut.title).toBe('测试仓库管理办法');
    expect(sut.history).toBeUndefined();
    expect(sut.chapters).toEqual([]);
    expect(sut.articles.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(sut.articles[0]!.text).toBe('为了测试宽松格式，制定本办法。');
    expect(sut.articles[1]!.paragraphs[0]!.items.map((i) => [i.number, i.text, i.line])).toEqual([
      [1, '通道畅通;', 5],
      [2, '标志清楚.', 6],
    ]);
    expect(sut.articles[2]!.paragraphs.map((p) => [p.number, p.text, p.line])).toEqual([
      [1, '本条的正文写在下一行。', 8],
      [2, '第二款的正文。', 9],
    ]);
    expect(sut.articles[3]!).toMatchObject({ number: 4, text: '本办法自发布之日起施行。', line: 12 });
  });

  it('takes a line that merely mentions an article (第二十条规定的…) as text, not as a new article', () => {
    const text = '测试办法\n第一条　总则。\n第二十条规定的情形除外。\n第二条　附则。\n';
    const sut = parseStatute(text, 'mention.txt');
    expect(sut.articles).toHaveLength(2);
    expect(sut.articles[0]!.paragraphs[1]!.text).toBe('第二十条规定的情形除外。');
  });
});

describe('statute parser: malformed files are rejected with file and line', () => {
  const cases: Array<[file: string, line: number, message: RegExp]> = [
    ['malformed-empty.txt', 1, /the file is empty/u],
    ['malformed-text-before-title.txt', 3, /expected the statute title/u],
    ['malformed-article-skipped.txt', 9, /第四条 follows 第二条: 第三条 is missing/u],
    ['malformed-article-duplicated.txt', 9, /duplicate 第二条/u],
    ['malformed-article-out-of-order.txt', 11, /第一条 out of sequence after 第三条/u],
    ['malformed-item-outside-article.txt', 7, /item （一） outside an article/u],
    ['malformed-item-out-of-sequence.txt', 9, /item （三） out of sequence in 第一条: expected （二）/u],
    ['malformed-text-outside-article.txt', 7, /text outside an article/u],
    ['malformed-chapter-skipped.txt', 9, /第三章 out of sequence: expected 第二章/u],
    ['malformed-empty-chapter.txt', 5, /第一章 总则 has no articles/u],
    ['malformed-toc-without-body.txt', 10, /目录 \(line 5\) is not followed by the chapters of the body/u],
    ['malformed-inserted-article.txt', 7, /inserted article 第一条之一 is not supported/u],
    ['malformed-empty-article.txt', 7, /第二条 has no text/u],
  ];

  it.each(cases)('%s → LAW_PARSE_ERROR at line %i', (file, line, message) => {
    const sut = parseError(fixture(file), file);
    expect(sut.file).toBe(file);
    expect(sut.line).toBe(line);
    expect(sut.message.startsWith(`${file}:${line}: `)).toBe(true);
    expect(sut.message).toMatch(message);
  });

  it('reports the same line numbers with Windows line endings', () => {
    const sut = parseError(fixture('malformed-article-skipped.txt').replace(/\n/gu, '\r\n'), 'skipped-crlf.txt');
    expect(sut.line).toBe(9);
  });

  it('rejects a history bracket that is never closed', () => {
    const sut = parseError('测试办法\n（2024年通过\n第一条　正文。\n', 'open-history.txt');
    expect(sut.message).toMatch(/^open-history\.txt:\d+: the history in brackets under the title is never closed/u);
  });

  it('rejects a text with a title but no articles', () => {
    expect(parseError('# source: x\n测试办法\n', 'no-articles.txt').message).toMatch(/^no-articles\.txt:\d+: no articles found/u);
  });

  it('rejects an item with no lead-in paragraph', () => {
    const sut = parseError('测试办法\n第一条\n（一）没有引导语的项。\n', 'no-lead-in.txt');
    expect(sut).toMatchObject({ line: 3 });
    expect(sut.message).toMatch(/has no lead-in paragraph/u);
  });

  it('rejects a chapter after articles that stand outside any chapter', () => {
    const sut = parseError('测试办法\n第一条　正文。\n第一章　总则\n第二条　正文。\n', 'late-chapter.txt');
    expect(sut).toMatchObject({ line: 3 });
  });

  it('rejects a section outside any chapter and a section out of sequence', () => {
    expect(parseError('测试办法\n第一节　一般规定\n第一条　正文。\n', 'loose-section.txt')).toMatchObject({ line: 2 });
    const skipped = '测试办法\n第一章　总则\n第一节　甲\n第一条　正文。\n第三节　丙\n第二条　正文。\n';
    expect(parseError(skipped, 'section-skipped.txt').message).toMatch(/^section-skipped\.txt:5: 第三节 out of sequence in 第一章: expected 第二节/u);
  });
});
