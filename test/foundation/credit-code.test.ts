import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from '../../src/domain/credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the example code used in GB 32100-2015 guidance', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('rejects a code whose check character is wrong', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('rejects letters outside the code set (I, O, Z, S, V) and wrong lengths', () => {
    expect(isValidCreditCode('91350100M00010OY43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('computes the check character modulo 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91350100M000100I4')).toBeUndefined();
  });
});
