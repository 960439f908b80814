/**
 * The periods and rates the documents print, each with the provision it comes from.
 * The documents read them from here (or from an override in their input), never from literals;
 * the periods the deadline calendar also counts (hearing request, payment) come from its PERIOD_RULES.
 *
 * 行政处罚法 art. 85: its 五日 and 七日 are working days; its 15 days to pay are calendar days.
 */
import { PERIOD_RULES } from '../calendar/periods.ts';
import { DomainError } from '../errors.ts';
import type { LawRef } from '../legal/violation.ts';

export const LAW_ADMIN_PENALTY = '中华人民共和国行政处罚法';
export const LAW_ADMIN_REVIEW = '中华人民共和国行政复议法';
export const LAW_ADMIN_LITIGATION = '中华人民共和国行政诉讼法';
export const LAW_WORK_SAFETY = '中华人民共和国安全生产法';

export interface LegalPeriod {
  value: number;
  unit: 'workingDays' | 'days' | 'months' | 'percentPerDay';
  basis: LawRef[];
  /** Where the figure is ours (local rules / configuration), not the statute's. */
  configurable?: boolean;
  note?: string;
}

/** A period the deadline calendar also counts (calendar/periods.ts PERIOD_RULES): its days and provisions, read from there. */
function fromRule(key: 'hearingRequest' | 'payment'): LegalPeriod {
  const { count, refs } = PERIOD_RULES[key];
  if (count.unit !== 'workingDays' && count.unit !== 'calendarDays') throw new DomainError('INTERNAL', `period rule ${key} counts no days`);
  return { value: count.days, unit: count.unit === 'workingDays' ? 'workingDays' : 'days', basis: refs };
}

export const LEGAL_PERIODS = {
  /**
   * Statement and defence (陈述、申辩). 行政处罚法 art. 44, 45 give the right but no period;
   * local rules set one. Our default, editable: 5 working days, aligned with the hearing request.
   */
  statement: {
    value: 5,
    unit: 'workingDays',
    basis: PERIOD_RULES.statement.refs,
    configurable: true,
    note: '法律未规定期限，由本机关确定（可配置）',
  },
  /** Request for a hearing: within 5 days of the notice (art. 64 item 1), working days (art. 85). */
  hearingRequest: fromRule('hearingRequest'),
  /** Administrative review: within 60 days of knowing of the act (行政复议法 2023 art. 20 para. 1). */
  administrativeReview: {
    value: 60,
    unit: 'days',
    basis: [{ law: LAW_ADMIN_REVIEW, article: 20, paragraph: 1 }],
  },
  /** Suing directly: within six months of knowing of the act (行政诉讼法 art. 46 para. 1). */
  litigation: {
    value: 6,
    unit: 'months',
    basis: [{ law: LAW_ADMIN_LITIGATION, article: 46, paragraph: 1 }],
  },
  /** Paying a fine: within 15 days of receiving the decision (行政处罚法 art. 67 para. 3). */
  payment: fromRule('payment'),
  /**
   * Late payment: up to 3 % of the fine per day, never more than the fine (行政处罚法 art. 72
   * para. 1 item 1); not counted while review or litigation runs (art. 73 para. 3).
   */
  lateSurcharge: {
    value: 3,
    unit: 'percentPerDay',
    basis: [
      { law: LAW_ADMIN_PENALTY, article: 72, paragraph: 1, item: 1 },
      { law: LAW_ADMIN_PENALTY, article: 73, paragraph: 3 },
    ],
  },
} as const satisfies Record<string, LegalPeriod>;

/** Provisions the documents cite for their own procedure. */
export const PROCEDURE_BASIS = {
  /** The duty to keep a written inspection record signed by inspectors and the unit's head. */
  inspectionRecord: [{ law: LAW_WORK_SAFETY, article: 68 }],
  /** Ordering hazards eliminated at once or by a deadline. */
  rectificationOrder: [{ law: LAW_WORK_SAFETY, article: 65, paragraph: 1, item: 3 }],
  /** Notice before a decision. */
  penaltyNotice: [
    { law: LAW_ADMIN_PENALTY, article: 44 },
    { law: LAW_ADMIN_PENALTY, article: 45 },
  ],
  /** The right to ask for a hearing. */
  hearingNotice: [
    { law: LAW_ADMIN_PENALTY, article: 63 },
    { law: LAW_ADMIN_PENALTY, article: 64 },
  ],
  /** Filing (立案). */
  filing: [{ law: LAW_ADMIN_PENALTY, article: 54 }],
  /** Deferral or instalments for genuine financial difficulty. */
  instalment: [{ law: LAW_ADMIN_PENALTY, article: 66, paragraph: 2 }],
  /** Review or litigation does not suspend execution unless the law provides otherwise. */
  executionNotSuspended: [{ law: LAW_ADMIN_PENALTY, article: 73, paragraph: 1 }],
} as const satisfies Record<string, LawRef[]>;

/** 60 → 六十日, 6 months → 六个月, 5 working days → 五个工作日. */
export function formatPeriodCn(period: Pick<LegalPeriod, 'value' | 'unit'>): string {
  const n = numberCn(period.value);
  switch (period.unit) {
    case 'workingDays':
      return `${n}个工作日`;
    case 'days':
      return `${n}日`;
    case 'months':
      return `${n}个月`;
    case 'percentPerDay':
      return `每日百分之${n}`;
  }
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Small whole numbers in words (0–99), as periods are written in documents. */
export function numberCn(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return SMALL[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : SMALL[tens]}十${ones === 0 ? '' : SMALL[ones]}`;
}
