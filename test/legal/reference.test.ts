import { describe, expect, it } from 'vitest';
import {
  findKnownLaw,
  formatRefCn,
  isHigherRanking,
  LAWS_KNOWN,
  paragraphCountIn,
  parseRefCn,
  parseRefId,
  refId,
  resolveRef,
} from '../../src/domain/legal/reference.ts';
import { parseStatute } from '../../src/domain/legal/parse-statute.ts';
import type { LawRef } from '../../src/domain/legal/violation.ts';
import { codeOf } from '../support/errors.ts';

const AQSCF = '中华人民共和国安全生产法';

describe('formatRefCn: citations as documents print them', () => {
  it('cites an item of 安全生产法 art. 99 with the official title', () => {
    expect(formatRefCn({ law: AQSCF, article: 99, item: 1 })).toBe('《中华人民共和国安全生产法》第九十九条第一项');
  });

  it('cites paragraph and item: 第一百零二条第二款第三项', () => {
    expect(formatRefCn({ law: AQSCF, article: 102, paragraph: 2, item: 3 })).toBe('《中华人民共和国安全生产法》第一百零二条第二款第三项');
  });

  it('omits 第一款 when the article has a single paragraph', () => {
    const ref: LawRef = { law: AQSCF, article: 99, paragraph: 1, item: 1 };
    expect(formatRefCn(ref, { paragraphCount: () => 1 })).toBe('《中华人民共和国安全生产法》第九十九条第一项');
    expect(formatRefCn(ref, { paragraphCount: () => 3 })).toBe('《中华人民共和国安全生产法》第九十九条第一款第一项');
    expect(formatRefCn(ref)).toBe('《中华人民共和国安全生产法》第九十九条第一款第一项');
  });

  it('prints the short title or none on request', () => {
    expect(formatRefCn({ law: '危险化学品安全管理条例', article: 80 }, { title: 'short' })).toBe('《危化品条例》第八十条');
    expect(formatRefCn({ law: AQSCF, article: 110, paragraph: 2 }, { title: 'none' })).toBe('第一百一十条第二款');
  });

  it('knows how many paragraphs an article has from a parsed statute', () => {
    const statute = parseStatute('测试办法\n第一条　有下列情形之一的：\n（一）甲；\n（二）乙。\n第二条　正文。\n前款之外。\n', 'f.txt');
    const count = paragraphCountIn(statute);
    expect(formatRefCn({ law: '测试办法', article: 1, paragraph: 1, item: 2 }, { paragraphCount: count })).toBe('《测试办法》第一条第二项');
    expect(formatRefCn({ law: '测试办法', article: 2, paragraph: 1 }, { paragraphCount: count })).toBe('《测试办法》第二条第一款');
  });
});

describe('parseRefCn: citations typed by officers or found in texts', () => {
  it('reads a short title without brackets', () => {
    expect(parseRefCn('安全生产法第一百零五条第二项')).toEqual({ law: AQSCF, article: 105, item: 2 });
  });

  it('reads the official form', () => {
    expect(parseRefCn('《中华人民共和国安全生产法》第九十九条第一项')).toEqual({ law: AQSCF, article: 99, item: 1 });
  });

  it('reads paragraph and item, a title without 中华人民共和国 in brackets, spaces and （一）-style items', () => {
    expect(parseRefCn('《安全生产法》 第一百零二条 第二款 第三项')).toEqual({ law: AQSCF, article: 102, paragraph: 2, item: 3 });
    expect(parseRefCn('行政处罚法第37条')).toEqual({ law: '中华人民共和国行政处罚法', article: 37 });
    expect(parseRefCn('危化品条例第八十条第一款第（二）项')).toEqual({ law: '危险化学品安全管理条例', article: 80, paragraph: 1, item: 2 });
    expect(parseRefCn('建设工程条例第六十二条（四）')).toEqual({ law: '建设工程安全生产管理条例', article: 62, item: 4 });
  });

  it('reads 本法 with a default law', () => {
    expect(parseRefCn('本法第七十八条', { defaultLaw: AQSCF })).toEqual({ law: AQSCF, article: 78 });
    expect(codeOf(() => parseRefCn('本法第七十八条'))).toBe('VALIDATION_FAILED');
  });

  it('round-trips through formatRefCn', () => {
    const refs: LawRef[] = [
      { law: AQSCF, article: 99, item: 8 },
      { law: '中华人民共和国危险化学品安全法', article: 127 },
      { law: '生产安全事故报告和调查处理条例', article: 36, paragraph: 1, item: 6 },
    ];
    for (const ref of refs) expect(parseRefCn(formatRefCn(ref))).toEqual(ref);
  });

  it('rejects an unknown law with UNKNOWN_VALUE and a malformed citation with VALIDATION_FAILED', () => {
    expect(codeOf(() => parseRefCn('消防法第十六条'))).toBe('UNKNOWN_VALUE');
    expect(codeOf(() => parseRefCn('安全生产法第九十九'))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => parseRefCn('安全生产法第一百五条'))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => parseRefCn('安全生产法第九十九条第一项规定'))).toBe('VALIDATION_FAILED');
  });
});

describe('refId / parseRefId: stable ids for URLs', () => {
  it('builds slug/article/p<paragraph>/i<item>', () => {
    expect(refId({ law: AQSCF, article: 99, item: 1 })).toBe('anquan-shengchan-fa/99/i1');
    expect(refId({ law: AQSCF, article: 102, paragraph: 2, item: 3 })).toBe('anquan-shengchan-fa/102/p2/i3');
    expect(refId({ law: '危险化学品安全管理条例', article: 80 })).toBe('weihua-tiaoli/80');
  });

  it('parses every id it builds back to the same ref', () => {
    for (const law of LAWS_KNOWN) {
      for (const ref of [
        { law: law.title, article: 1 },
        { law: law.title, article: 12, paragraph: 2 },
        { law: law.title, article: 99, item: 3 },
        { law: law.title, article: 110, paragraph: 2, item: 1 },
      ] satisfies LawRef[]) {
        expect(parseRefId(refId(ref))).toEqual(ref);
      }
    }
  });

  it('uses a caller-supplied slug table', () => {
    const slugs: Record<string, string> = { 重庆市安全生产条例: 'cq-anquan-shengchan-tiaoli' };
    const titles = Object.fromEntries(Object.entries(slugs).map(([t, s]) => [s, t]));
    const id = refId({ law: '重庆市安全生产条例', article: 20 }, (t) => slugs[t]);
    expect(id).toBe('cq-anquan-shengchan-tiaoli/20');
    expect(parseRefId(id, (s) => titles[s])).toEqual({ law: '重庆市安全生产条例', article: 20 });
  });

  it('rejects unknown laws and malformed ids', () => {
    expect(codeOf(() => refId({ law: '某某条例', article: 1 }))).toBe('UNKNOWN_VALUE');
    expect(codeOf(() => parseRefId('nonexistent-law/1'))).toBe('UNKNOWN_VALUE');
    for (const bad of ['anquan-shengchan-fa', 'anquan-shengchan-fa/0', 'anquan-shengchan-fa/99/i1/p2', 'anquan-shengchan-fa/99/1/2', '../etc/1']) {
      expect(codeOf(() => parseRefId(bad)), bad).toBe('VALIDATION_FAILED');
    }
  });
});

describe('the known instruments', () => {
  it('finds a law by full title, short title, alias, title without 中华人民共和国 or slug', () => {
    for (const name of ['中华人民共和国危险化学品安全法', '危险化学品安全法', '危化品安全法', '《危险化学品安全法》', 'weihua-anquan-fa']) {
      expect(findKnownLaw(name)?.slug, name).toBe('weihua-anquan-fa');
    }
    expect(findKnownLaw('消防法')).toBeUndefined();
  });

  it('a law ranks above an administrative regulation (危险化学品安全法 over 危化品条例)', () => {
    const law = findKnownLaw('危险化学品安全法')!;
    const regulation = findKnownLaw('危化品条例')!;
    expect(isHigherRanking(law, regulation)).toBe(true);
    expect(isHigherRanking(regulation, law)).toBe(false);
    expect(law.rank).toBeGreaterThan(regulation.rank);
  });

  it('department rules and local regulations are not ordered; standards are never higher', () => {
    expect(isHigherRanking({ level: '部门规章' }, { level: '地方性法规' })).toBe(false);
    expect(isHigherRanking({ level: '地方性法规' }, { level: '部门规章' })).toBe(false);
    expect(isHigherRanking({ level: '标准' }, { level: '规范性文件' })).toBe(false);
    expect(isHigherRanking({ level: '行政法规' }, { level: '地方性法规' })).toBe(true);
  });

  it('slugs are unique and URL-safe', () => {
    const slugs = LAWS_KNOWN.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
  });
});

describe('resolveRef: the text a citation points at', () => {
  const statute = parseStatute(
    '测试办法\n第一条　有下列情形之一的，责令改正：\n（一）甲；\n（二）乙。\n前款之外的情形，依照有关规定处理。\n第二条　有下列情形之一的：\n（一）丙。\n还有下列情形：\n（一）丁。\n',
    'f.txt',
  );

  it('finds an item cited without its paragraph when only one paragraph has items', () => {
    const sut = resolveRef(statute, { law: '测试办法', article: 1, item: 2 });
    expect(sut?.text).toBe('乙。');
    expect(sut?.paragraph?.number).toBe(1);
  });

  it('gives a paragraph with its items, and a whole article', () => {
    expect(resolveRef(statute, { law: '测试办法', article: 1, paragraph: 1 })?.text).toBe('有下列情形之一的，责令改正：\n（一）甲；\n（二）乙。');
    expect(resolveRef(statute, { law: '测试办法', article: 1 })?.text.split('\n')).toHaveLength(4);
  });

  it('does not guess an item when several paragraphs have items, nor resolve missing provisions', () => {
    expect(resolveRef(statute, { law: '测试办法', article: 2, item: 1 })).toBeUndefined();
    expect(resolveRef(statute, { law: '测试办法', article: 2, paragraph: 2, item: 1 })?.text).toBe('丁。');
    expect(resolveRef(statute, { law: '测试办法', article: 3 })).toBeUndefined();
    expect(resolveRef(statute, { law: '测试办法', article: 1, paragraph: 3 })).toBeUndefined();
    expect(resolveRef(statute, { law: '其他办法', article: 1 })).toBeUndefined();
  });
});
