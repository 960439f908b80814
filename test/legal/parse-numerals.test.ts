import { describe, expect, it } from 'vitest';
import {
  articleCn,
  itemCn,
  itemMarkerCn,
  paragraphCn,
  parseChineseNumeral,
  readChineseNumeral,
  toChineseNumeral,
} from '../../src/domain/legal/numerals.ts';
import { isDomainError } from '../../src/domain/errors.ts';

describe('Chinese numerals for statute numbering', () => {
  const pairs: Array<[number, string]> = [
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [127, '一百二十七'],
    [200, '二百'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [9999, '九千九百九十九'],
    [10_000, '一万'],
    [10_010, '一万零一十'],
    [110_000, '十一万'],
  ];

  it.each(pairs)('writes %i as %s', (n, cn) => {
    expect(toChineseNumeral(n)).toBe(cn);
  });

  it.each(pairs)('reads %i back from %s', (n, cn) => {
    expect(parseChineseNumeral(cn)).toBe(n);
  });

  it('round-trips every article number up to 1000', () => {
    for (let n = 0; n <= 1000; n++) expect(readChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('reads the variants found in converted texts and officers’ input', () => {
    expect(readChineseNumeral('一百〇一')).toBe(101);
    expect(readChineseNumeral('两百')).toBe(200);
    expect(readChineseNumeral('一十五')).toBe(15);
    expect(readChineseNumeral('99')).toBe(99);
    expect(readChineseNumeral('１２７')).toBe(127);
    expect(readChineseNumeral('零')).toBe(0);
  });

  it.each(['', '百', '一二', '一百五', '一百零', '零一', '一百零一百', '一千零一百', '二十零五', '十十', '一万万', 'abc'])(
    'rejects the malformed numeral "%s"',
    (s) => {
      expect(readChineseNumeral(s)).toBeUndefined();
    },
  );

  it('throws VALIDATION_FAILED for a malformed numeral or a number it cannot write', () => {
    for (const bad of [() => parseChineseNumeral('一百五'), () => toChineseNumeral(-1), () => toChineseNumeral(1.5)]) {
      try {
        bad();
        expect.unreachable();
      } catch (e) {
        expect(isDomainError(e) && e.code).toBe('VALIDATION_FAILED');
      }
    }
  });

  it('prints provision labels', () => {
    expect(articleCn(127)).toBe('第一百二十七条');
    expect(articleCn(10)).toBe('第十条');
    expect(articleCn(101)).toBe('第一百零一条');
    expect(articleCn(200)).toBe('第二百条');
    expect(paragraphCn(2)).toBe('第二款');
    expect(itemCn(3)).toBe('第三项');
    expect(itemMarkerCn(12)).toBe('（十二）');
  });
});
