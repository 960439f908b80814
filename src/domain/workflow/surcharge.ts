/**
 * 加处罚款 — the late-payment surcharge (行政处罚法 art. 72 para. 1 item 1): for each day past
 * the due date up to 3 % of the fine, never more than the fine itself, at the authority's
 * discretion (the rate is configuration, at most 3). Days while administrative review or
 * litigation runs are not counted (art. 73 para. 3).
 */
import { compareDates, toDayNumber, type IsoDate } from '../calendar/calendar.ts';
import { xzcf } from '../calendar/citation.ts';
import { DomainError } from '../errors.ts';
import type { LawRef } from '../legal/violation.ts';

export const LATE_SURCHARGE_REFS: LawRef[] = [xzcf(72, 1, 1), xzcf(73, 3)];
/** The statutory ceiling, percent of the fine per day. */
export const MAX_SURCHARGE_RATE_PERCENT = 3;

export interface SurchargeInput {
  /** The fine in yuan (the amount the rate applies to). */
  fine: number;
  /** The last day to pay (payment, instalment or deferral deadline). */
  dueDate: IsoDate;
  /** Count up to and including this day (the payment day, or today). */
  asOf: IsoDate;
  /** Percent per day, 0 < rate ≤ 3; default 3. */
  ratePercent?: number;
  /** Administrative review or litigation periods; an open one (no `to`) runs to `asOf`. */
  excludedPeriods?: { from: IsoDate; to?: IsoDate }[];
}

export interface Surcharge {
  /** Days after the due date up to `asOf`. */
  daysLate: number;
  /** Of those, days under review or litigation (not counted). */
  excludedDays: number;
  countedDays: number;
  ratePercent: number;
  /** Yuan, to the fen. */
  amount: number;
  /** The cap (the fine) was reached. */
  capped: boolean;
  refs: LawRef[];
}

export function lateSurcharge(input: SurchargeInput): Surcharge {
  const ratePercent = input.ratePercent ?? MAX_SURCHARGE_RATE_PERCENT;
  if (!(ratePercent > 0) || ratePercent > MAX_SURCHARGE_RATE_PERCENT) {
    throw new DomainError('VALIDATION_FAILED', `加处罚款比例应大于0且不超过每日百分之三：${ratePercent}`, { ratePercent });
  }
  if (!Number.isFinite(input.fine) || input.fine < 0) {
    throw new DomainError('VALIDATION_FAILED', `罚款数额无效：${input.fine}`, { fine: input.fine });
  }
  const due = toDayNumber(input.dueDate);
  const asOf = toDayNumber(input.asOf);
  const excluded = new Set<number>();
  for (const period of input.excludedPeriods ?? []) {
    const end = period.to === undefined ? asOf : toDayNumber(period.to);
    if (period.to !== undefined && compareDates(period.to, period.from) < 0) {
      throw new DomainError('VALIDATION_FAILED', `期间结束日早于开始日：${period.from}—${period.to}`, { period });
    }
    for (let d = Math.max(toDayNumber(period.from), due + 1); d <= Math.min(end, asOf); d += 1) excluded.add(d);
  }
  const daysLate = Math.max(0, asOf - due);
  const countedDays = daysLate - excluded.size;
  const fineFen = Math.round(input.fine * 100);
  const rawFen = Math.round((fineFen * ratePercent * countedDays) / 100);
  const amountFen = Math.min(rawFen, fineFen);
  return {
    daysLate,
    excludedDays: excluded.size,
    countedDays,
    ratePercent,
    amount: amountFen / 100,
    capped: countedDays > 0 && rawFen >= fineFen,
    refs: LATE_SURCHARGE_REFS,
  };
}
