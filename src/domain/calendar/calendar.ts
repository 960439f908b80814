/**
 * Working-day calendar (工作日 / 调休) over the official holiday data of `chinese-days`.
 *
 * Dates are ISO strings 'YYYY-MM-DD' and nothing else: a legal period counts days, not
 * instants, so no time zone may creep in. Arithmetic runs on day numbers (days since
 * 1970-01-01, UTC).
 *
 * A working day is a Monday–Friday that is not an official holiday, or a weekend day the
 * State Council made a working day (调休上班). A year is "known" only when the holiday data
 * has entries for it; in an unknown year weekends are the only days off, and every answer
 * that depended on such a day says `provisional: true` (never silently wrong).
 */
import { DomainError } from '../errors.ts';
import { MAKE_UP_WORKDAYS, OFFICIAL_HOLIDAYS } from './holiday-data.ts';

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A date computed by the calendar; provisional when it relied on a year without holiday data. */
export interface CalendarDate {
  date: IsoDate;
  provisional: boolean;
}

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  /** An official holiday (放假日), by name, e.g. '国庆节'. */
  holiday: string | undefined;
  /** A weekend day made a working day (调休上班). */
  makeUpWorkday: boolean;
  /** The year has no holiday data: only weekends were considered. */
  provisional: boolean;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const yearsIn = (keys: string[]): Set<number> => new Set(keys.map((k) => Number(k.slice(0, 4))));

/** Years the holiday data covers (each published year has at least 元旦 and 春节). */
export const KNOWN_YEARS: readonly number[] = [...yearsIn(Object.keys(OFFICIAL_HOLIDAYS))].sort((a, b) => a - b);
const KNOWN = new Set(KNOWN_YEARS);

export const isKnownYear = (year: number): boolean => KNOWN.has(year);

/** Day number of a valid ISO date; throws DomainError('INVALID_DATE') otherwise. */
export const toDayNumber = (date: IsoDate): number => {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!m) {
    throw new DomainError('INVALID_DATE', `日期格式应为 YYYY-MM-DD：${String(date)}`, { value: date });
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new DomainError('INVALID_DATE', `不存在的日期：${date}`, { value: date });
  }
  return ms / DAY_MS;
};

export const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The calendar date in China (UTC+8, no daylight saving) at `instant`: how the service turns
 * its injected clock into `today` for the workflow.
 */
export const isoDateInChina = (instant: Date): IsoDate => {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new DomainError('INVALID_DATE', '无效的时间', { value: String(instant) });
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
};

export const isIsoDate = (date: unknown): date is IsoDate => {
  if (typeof date !== 'string') return false;
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
};

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Calendar days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => toDayNumber(b) - toDayNumber(a);

export const compareDates = (a: IsoDate, b: IsoDate): number => Math.sign(daysBetween(b, a));

export const dayInfo = (date: IsoDate): DayInfo => {
  const dayNumber = toDayNumber(date);
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (0 = Sunday).
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  const weekend = weekday === 0 || weekday === 6;
  const holidayEntry = OFFICIAL_HOLIDAYS[date];
  const makeUpWorkday = MAKE_UP_WORKDAYS[date] !== undefined;
  const workday = makeUpWorkday || (!weekend && holidayEntry === undefined);
  return {
    date,
    workday,
    holiday: holidayEntry === undefined ? undefined : (holidayEntry.split(',')[1] ?? holidayEntry),
    makeUpWorkday,
    provisional: !isKnownYear(yearOf(date)),
  };
};

/** Whether `date` is a working day. In an unknown year: Monday–Friday (see `dayInfo().provisional`). */
export const isWorkday = (date: IsoDate): boolean => dayInfo(date).workday;

const assertInteger = (n: number, what: string): void => {
  if (!Number.isInteger(n)) {
    throw new DomainError('VALIDATION_FAILED', `${what}应为整数：${n}`, { value: n });
  }
};

/**
 * The date `n` working days after `date` (before it when n < 0). The start day is not
 * counted (期间开始之日不计算在内): the first counted day is the next working day. n = 0
 * returns `date` itself.
 */
export const addWorkingDays = (date: IsoDate, n: number): CalendarDate => {
  assertInteger(n, '工作日数');
  let day = toDayNumber(date);
  let provisional = false;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    const info = dayInfo(fromDayNumber(day));
    provisional ||= info.provisional;
    if (info.workday) left -= 1;
  }
  return { date: fromDayNumber(day), provisional };
};

/** The first working day on or after `date`. */
export const nextWorkdayOnOrAfter = (date: IsoDate): CalendarDate => {
  let day = toDayNumber(date);
  let provisional = false;
  for (;;) {
    const info = dayInfo(fromDayNumber(day));
    provisional ||= info.provisional;
    if (info.workday) return { date: fromDayNumber(day), provisional };
    day += 1;
  }
};

export interface CalendarDaysOptions {
  /**
   * When the last day is not a working day (a statutory holiday or a weekend, 法定休假日),
   * the period ends on the next working day (the 期间 rule of the procedure laws, e.g.
   * 行政诉讼法 art. 51, 民事诉讼法 art. 85). Off by default: callers pass their configuration.
   */
  rollToWorkday?: boolean;
}

/**
 * The date `n` calendar days after `date` (start day not counted). Provisional only when
 * rolling to a working day had to look at a year without holiday data.
 */
export const addCalendarDays = (date: IsoDate, n: number, options: CalendarDaysOptions = {}): CalendarDate => {
  assertInteger(n, '天数');
  const end = fromDayNumber(toDayNumber(date) + n);
  return options.rollToWorkday ? nextWorkdayOnOrAfter(end) : { date: end, provisional: false };
};

/**
 * The same day `n` years later (期间以年计算: the corresponding day; 29 February → 28 February
 * when the target year has none).
 */
export const addYears = (date: IsoDate, n: number): IsoDate => {
  toDayNumber(date);
  assertInteger(n, '年数');
  const y = yearOf(date) + n;
  const [mo, d] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
};

/** Working days in (from, to]: how many working days have passed since `from` by `to`. */
export const workingDaysBetween = (from: IsoDate, to: IsoDate): { days: number; provisional: boolean } => {
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  let days = 0;
  let provisional = false;
  for (let day = a + 1; day <= b; day += 1) {
    const info = dayInfo(fromDayNumber(day));
    provisional ||= info.provisional;
    if (info.workday) days += 1;
  }
  return { days, provisional };
};
