import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../bench/match.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { evaluate, parseLabelledLine, refMatches } from '../../src/domain/legal/match/evaluate.ts';
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

  it('are matched with top-1 accuracy ≥ 0.90 and top-3 ≥ 0.97', () => {
    const sut = createMatcher(CATALOGUE, createJiebaTokenizer());
    const result = evaluate(sut, examples);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.top3).toBeGreaterThanOrEqual(0.97);
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
