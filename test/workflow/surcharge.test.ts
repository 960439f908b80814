import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { lateSurcharge } from '../../src/domain/workflow/surcharge.ts';

const sut = lateSurcharge;

describe('加处罚款 (行政处罚法 art. 72 para. 1 item 1, art. 73 para. 3)', () => {
  it('adds 3 % of the fine per day after the due date', () => {
    // Due 2026-05-06; paid 2026-05-16: ten days late.
    expect(sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-05-16' })).toMatchObject({
      daysLate: 10,
      countedDays: 10,
      amount: 3_000,
      capped: false,
    });
  });

  it('charges nothing on or before the due date', () => {
    expect(sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-05-06' })).toMatchObject({ daysLate: 0, amount: 0, capped: false });
    expect(sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-05-01' }).amount).toBe(0);
  });

  it('never exceeds the fine itself', () => {
    // 34 days × 3 % = 102 % of the fine.
    expect(sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-06-09' })).toMatchObject({ amount: 10_000, capped: true });
    expect(sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-06-08' })).toMatchObject({ amount: 9_900, capped: false });
  });

  it('does not count the days of administrative review or litigation (art. 73)', () => {
    const result = sut({
      fine: 10_000,
      dueDate: '2026-05-06',
      asOf: '2026-05-26',
      excludedPeriods: [
        { from: '2026-05-01', to: '2026-05-10' }, // only 05-07..05-10 fall after the due date
        { from: '2026-05-20' }, // litigation still running
      ],
    });
    expect(result).toMatchObject({ daysLate: 20, excludedDays: 11, countedDays: 9, amount: 2_700 });
  });

  it('counts overlapping review and litigation days once', () => {
    const result = sut({
      fine: 10_000,
      dueDate: '2026-05-06',
      asOf: '2026-05-16',
      excludedPeriods: [
        { from: '2026-05-08', to: '2026-05-12' },
        { from: '2026-05-10', to: '2026-05-14' },
      ],
    });
    expect(result).toMatchObject({ excludedDays: 7, countedDays: 3 });
  });

  it('applies a lower rate chosen by the authority, to the fen', () => {
    expect(sut({ fine: 1_234.56, dueDate: '2026-05-06', asOf: '2026-05-09', ratePercent: 1.5 }).amount).toBe(55.56);
  });

  it('refuses a rate above 3 % a day, and a zero rate', () => {
    expect(() => sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-05-09', ratePercent: 3.5 })).toThrow(DomainError);
    expect(() => sut({ fine: 10_000, dueDate: '2026-05-06', asOf: '2026-05-09', ratePercent: 0 })).toThrow(DomainError);
  });

  it('cites the articles it applies', () => {
    expect(sut({ fine: 1, dueDate: '2026-05-06', asOf: '2026-05-07' }).refs.map((r) => r.article)).toEqual([72, 73]);
  });
});
