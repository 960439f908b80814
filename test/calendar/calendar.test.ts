import { describe, expect, it } from 'vitest';
import {
  KNOWN_YEARS,
  addCalendarDays,
  addWorkingDays,
  addYears,
  dayInfo,
  isKnownYear,
  isWorkday,
  workingDaysBetween,
  isoDateInChina,
} from '../../src/domain/calendar/calendar.ts';
import { codeOf } from '../support/errors.ts';

describe('working days (工作日, 行政处罚法 art. 85)', () => {
  it('counts 7 working days from 2026-09-28 to 2026-10-13 across the National Day holiday and the make-up Saturday', () => {
    const sut = addWorkingDays;
    expect(sut('2026-09-28', 7)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('treats the make-up Saturdays 2026-10-10 and 2026-02-14 as working days', () => {
    expect(isWorkday('2026-10-10')).toBe(true);
    expect(isWorkday('2026-02-14')).toBe(true);
    expect(dayInfo('2026-10-10').makeUpWorkday).toBe(true);
  });

  it('treats official holidays and ordinary weekends as days off', () => {
    expect(dayInfo('2026-10-01')).toMatchObject({ workday: false, holiday: '国庆节', provisional: false });
    expect(dayInfo('2026-02-17')).toMatchObject({ workday: false, holiday: '春节' });
    expect(isWorkday('2026-10-11')).toBe(false); // Sunday
    expect(isWorkday('2026-10-12')).toBe(true); // Monday
  });

  it('does not count the start day: one working day after a Friday is the Monday', () => {
    expect(addWorkingDays('2026-03-06', 1).date).toBe('2026-03-09');
  });

  it('counts backwards for periods that end before an event (hearing notice 7 working days before the hearing)', () => {
    // 清明 2026-04-04..06 are days off.
    expect(addWorkingDays('2026-04-10', -7)).toEqual({ date: '2026-03-31', provisional: false });
  });

  it('returns the day itself for zero working days', () => {
    expect(addWorkingDays('2026-10-03', 0)).toEqual({ date: '2026-10-03', provisional: false });
  });

  it('counts the working days that have passed between two dates', () => {
    expect(workingDaysBetween('2026-09-28', '2026-10-13')).toEqual({ days: 7, provisional: false });
  });
});

describe('years without published holidays', () => {
  it('knows 2026 and not 2027', () => {
    expect(isKnownYear(2026)).toBe(true);
    expect(isKnownYear(2027)).toBe(false);
    expect(KNOWN_YEARS[0]).toBe(2004);
    expect(KNOWN_YEARS.at(-1)).toBe(2026);
  });

  it('flags a working-day period that ends in 2027 as provisional, counting weekends only', () => {
    // 2026-12-29, 30, 31, then 2027-01-01 (Friday; no data), 01-04, 01-05, 01-06.
    expect(addWorkingDays('2026-12-28', 7)).toEqual({ date: '2027-01-06', provisional: true });
  });

  it('flags any day of 2027 as provisional', () => {
    expect(dayInfo('2027-01-01')).toMatchObject({ workday: true, provisional: true });
    expect(dayInfo('2027-01-02')).toMatchObject({ workday: false, provisional: true });
  });
});

describe('calendar days (行政处罚法 art. 67 payment, art. 60 decision)', () => {
  it('ends a 15-day period falling on a holiday on the next working day when rolling is on', () => {
    expect(addCalendarDays('2026-09-16', 15, { rollToWorkday: true })).toEqual({ date: '2026-10-08', provisional: false });
  });

  it('keeps the last day when rolling is off (configuration)', () => {
    expect(addCalendarDays('2026-09-16', 15, { rollToWorkday: false })).toEqual({ date: '2026-10-01', provisional: false });
  });

  it('keeps a last day that is a make-up working Saturday', () => {
    expect(addCalendarDays('2026-09-25', 15, { rollToWorkday: true }).date).toBe('2026-10-10');
  });

  it('is exact without rolling even in a year without data, provisional when rolling into it', () => {
    expect(addCalendarDays('2026-11-20', 90)).toEqual({ date: '2027-02-18', provisional: false });
    expect(addCalendarDays('2026-11-20', 90, { rollToWorkday: true }).provisional).toBe(true);
  });

  it('adds years to the corresponding day, 29 February becoming 28 February', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2021-07-15', 5)).toBe('2026-07-15');
  });
});

describe('date validation', () => {
  it.each(['2026-02-30', '2026/10/01', '20261001', '2026-1-5', '', '2026-10-01T00:00:00Z'])(
    'rejects %j with INVALID_DATE',
    (value) => {
      expect(codeOf(() => isWorkday(value))).toBe('INVALID_DATE');
      expect(codeOf(() => addWorkingDays(value, 1))).toBe('INVALID_DATE');
    },
  );

  it('rejects a fractional number of days', () => {
    expect(codeOf(() => addWorkingDays('2026-10-01', 1.5))).toBe('VALIDATION_FAILED');
  });
});

describe('today from an injected clock', () => {
  it('takes the calendar date in China (UTC+8)', () => {
    expect(isoDateInChina(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(isoDateInChina(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });
});
