import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../src/server/legal/labelled.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { crossValidate, parseLabelledLine, refMatches } from '../../src/domain/legal/match/evaluate.ts';
import { createMatcher } from '../../src/domain/legal/match/matcher.ts';
import { createJiebaTokenizer } from '../../src/server/text/jieba.ts';

const AQSCF = '中华人民共和国安全生产法';

describe('the labelled hazard descriptions (test/fixtures/match)', () => {
  const examples = loadLabelled();

  it('hold at least 120 安全生产法 descriptions, each expecting a provision of the catalogue', () => {
    expect(examples.filter((e) => e.source.startsWith('anquan-shengchan-fa.jsonl')).length).toBeGreaterThanOrEqual(120);
    const bases = CATALOGUE.flatMap((v) => v.penaltyBasis);
    expect(examples.filter((e) => !bases.some((r) => refMatches(e.expect, r))).map((e) => e.source)).toEqual([]);
  });

  it('are matched with top-1 accuracy ≥ 0.90 and top-3 ≥ 0.97, each line by a matcher that never learnt it (10-fold)', () => {
    const tokenizer = createJiebaTokenizer();
    const result = crossValidate(examples, examples, 10, (learn) => createMatcher(CATALOGUE, tokenizer, { examples: learn }));
    expect(result.total).toBe(examples.length);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.top3).toBeGreaterThanOrEqual(0.97);
  });

  it('teach the matcher: a wording only an example shares ranks that example\'s provision first', () => {
    const tokenizer = createJiebaTokenizer();
    const text = '调查组几次来要事发当班排班表，企业到现在一页纸没交';
    const expected = { law: '生产安全事故报告和调查处理条例', article: 36, item: 4 };
    const taught = createMatcher(CATALOGUE, tokenizer, {
      examples: [{ text: '调查组来要排班表和维修记录，企业推说找不到，一页纸都不交', expect: expected }],
    });
    const [first] = taught.match({ text, date: '2026-03-01' }).candidates;
    expect(first?.penaltyBasis.some((r) => refMatches(expected, r))).toBe(true);
    expect(first?.why.some((w) => w.startsWith('相似记录'))).toBe(true);
  });
});

describe('labelled lines', () => {
  it('compare paragraph and item only where the expectation gives them', () => {
    const ref = { law: AQSCF, article: 105, item: 2 };
    expect(refMatches({ law: AQSCF, article: 105 }, ref)).toBe(true);
    expect(refMatches({ law: AQSCF, article: 105, paragraph: 1, item: 2 }, ref)).toBe(true);
    expect(refMatches({ law: AQSCF, article: 105, item: 1 }, ref)).toBe(false);
    expect(refMatches({ law: AQSCF, article: 103, paragraph: 2 }, { law: AQSCF, article: 103, paragraph: 1 })).toBe(false);
  });

  it('rejects a line without an expected article, naming where it is', () => {
    expect(() => parseLabelledLine('{"text":"疏散通道堵塞","expect":{"law":"x"}}', 'a.jsonl:3')).toThrowError(
      expect.objectContaining({ code: 'BENCHMARK_INVALID', message: 'a.jsonl:3: expect needs law and article' }),
    );
  });
});
