import { describe, expect, it } from 'vitest';
import { formatAmount, formatAmountCapital as sut, formatAmountFigures } from '../../src/domain/documents/amount.ts';
import { isDomainError } from '../../src/domain/errors.ts';

describe('amounts in Chinese capital numerals (大写)', () => {
  it.each([
    // Fines as printed in decisions (安全生产法 art. 99: 五万元以下 / 五万元以上二十万元以下).
    [50000, '伍万元整'],
    [200000, '贰拾万元整'],
    [1234.5, '壹仟贰佰叁拾肆元伍角'],
    // A leading 1 in the tens place keeps 壹.
    [100000, '壹拾万元整'],
    [16.15, '壹拾陆元壹角伍分'],
    [10, '壹拾元整'],
    // One 零 for a run of zeros inside the number.
    [1409.5, '壹仟肆佰零玖元伍角'],
    [6007.14, '陆仟零柒元壹角肆分'],
    [100500, '壹拾万零伍佰元整'],
    [107000.53, '壹拾万零柒仟元伍角叁分'],
    [100005000, '壹亿零伍仟元整'],
    [100050000, '壹亿零伍万元整'],
    [1000000, '壹佰万元整'],
    // No 零 before 角 when only the 元 digit is zero; 零 before 分 when 角 is zero.
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [325.04, '叁佰贰拾伍元零肆分'],
    // Below one yuan.
    [0.5, '伍角'],
    [0.05, '伍分'],
    [0, '零元整'],
  ])('%d yuan → %s', (yuan, expected) => {
    expect(sut(yuan)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [1.234], [1e12]])('rejects %d', (yuan) => {
    let error: unknown;
    try {
      sut(yuan);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('VALIDATION_FAILED');
  });

  it('prints figures with thousands separators and two decimals', () => {
    expect(formatAmountFigures(50000)).toBe('¥50,000.00');
    expect(formatAmountFigures(1234.5)).toBe('¥1,234.50');
    expect(formatAmountFigures(999)).toBe('¥999.00');
  });

  it('prints both forms as a decision does', () => {
    expect(formatAmount(50000)).toBe('人民币伍万元整（¥50,000.00）');
  });
});
