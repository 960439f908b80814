import { describe, expect, it } from 'vitest';
import { PERIOD_RULES, PERIOD_RULE_KEYS, computeDeadline } from '../../src/domain/calendar/periods.ts';
import { articlesOf } from './law-text.ts';
import { codeOf } from '../support/errors.ts';

const sut = computeDeadline;

describe('legal periods as data', () => {
  it('gives the party 5 working days from the notice to request a hearing (行政处罚法 art. 64, 85)', () => {
    const deadline = sut('hearingRequest', '2026-09-30');
    expect(deadline).toMatchObject({ kind: 'hearingRequest', dueDate: '2026-10-13', provisional: false, from: '2026-09-30' });
    expect(deadline.rule).toMatchObject({ key: 'hearingRequest', article: '行政处罚法第六十四条第（一）项、第八十五条' });
  });

  it('serves the decision within 7 working days (行政处罚法 art. 61, 85)', () => {
    expect(sut('service', '2026-09-28').dueDate).toBe('2026-10-13');
  });

  it('decides on preserved evidence within 7 working days (行政处罚法 art. 56, 85)', () => {
    // 02-13, 02-14 (make-up Saturday), 02-15..23 off, 02-24..27, 02-28 (make-up Saturday)
    expect(sut('evidencePreservationDecision', '2026-02-12').dueDate).toBe('2026-02-28');
  });

  it('withdraws changed published information within 3 working days (行政处罚法 art. 48, 85)', () => {
    expect(sut('withdrawal', '2026-04-30').dueDate).toBe('2026-05-08'); // 05-01..05 off, 05-06, 07, 08
  });

  it('publishes the decision within 7 working days (安全生产法 art. 78)', () => {
    expect(sut('publication', '2026-09-28').dueDate).toBe('2026-10-13');
  });

  it('gives 15 calendar days to pay, ending on the next working day when the last day is a holiday (art. 67)', () => {
    const deadline = sut('payment', '2026-09-16');
    expect(deadline).toMatchObject({ kind: 'payment', dueDate: '2026-10-08', provisional: false });
    expect(deadline.rule.article).toBe('行政处罚法第六十七条第三款');
  });

  it('lets configuration keep the last day of a calendar period as it falls', () => {
    expect(sut('payment', '2026-09-16', { rollToWorkday: false }).dueDate).toBe('2026-10-01');
  });

  it('gives 90 calendar days from filing to decide, a Sunday end moving to Monday (art. 60)', () => {
    expect(sut('decision', '2026-03-02').dueDate).toBe('2026-06-01');
  });

  it('flags a decision period ending in 2027 as provisional', () => {
    expect(sut('decision', '2026-11-20')).toMatchObject({ dueDate: '2027-02-18', provisional: true });
  });

  it('counts the hearing notice back 7 working days from the hearing date (art. 64, 85)', () => {
    expect(sut('hearingNotice', '2026-04-10').dueDate).toBe('2026-03-31');
  });

  it('counts the statement period as configured locally', () => {
    expect(sut('statement', '2026-09-30', { days: 3, unit: 'workingDays' }).dueDate).toBe('2026-10-10'); // make-up Saturday
    expect(sut('statement', '2026-09-30', { days: 3, unit: 'calendarDays' }).dueDate).toBe('2026-10-08');
    expect(codeOf(() => sut('statement', '2026-09-30'))).toBe('VALIDATION_FAILED');
  });

  it('bars penalties 2 years after the act ended, 5 where life or health is at stake with harm (art. 36)', () => {
    expect(sut('limitation', '2024-03-01').dueDate).toBe('2026-03-01');
    expect(sut('limitationExtended', '2024-03-01').dueDate).toBe('2029-03-01');
  });

  it('takes a rectification deadline set by the officer, never before the order', () => {
    expect(sut('rectification', '2026-05-06', { dueDate: '2026-05-20' })).toMatchObject({
      kind: 'rectification',
      dueDate: '2026-05-20',
      rule: { key: 'rectification' },
    });
    expect(codeOf(() => sut('rectification', '2026-05-06', { dueDate: '2026-05-01' }))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => sut('rectification', '2026-05-06'))).toBe('VALIDATION_FAILED');
  });

  it('tells instalments apart by ref', () => {
    expect(sut('instalment', '2026-05-06', { dueDate: '2026-06-30', ref: 'instalment-2' })).toMatchObject({
      kind: 'payment',
      ref: 'instalment-2',
    });
  });

  it('rejects an unknown rule and an invalid start date', () => {
    expect(codeOf(() => sut('nonsense' as 'payment', '2026-05-06'))).toBe('UNKNOWN_KEY');
    expect(codeOf(() => sut('payment', '2026-13-01'))).toBe('INVALID_DATE');
  });
});

describe('every period rule cites the article that says it', () => {
  it.each(PERIOD_RULE_KEYS)('%s', (key) => {
    const rule = PERIOD_RULES[key];
    expect(rule.refs.length).toBeGreaterThan(0);
    for (const ref of rule.refs) {
      expect(articlesOf(ref.law).has(ref.article), `${ref.law} art. ${ref.article}`).toBe(true);
    }
    const first = rule.refs[0];
    expect(first && articlesOf(first.law).get(first.article)).toContain(rule.quote);
  });

  it('art. 85 makes the short periods of the 行政处罚法 working days', () => {
    expect(articlesOf('中华人民共和国行政处罚法').get(85)).toContain('“二日”“三日”“五日”“七日”的规定是指工作日');
  });
});
