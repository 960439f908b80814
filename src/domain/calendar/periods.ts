/**
 * Rules of time as data: each legal period, how it is counted, and the article it comes from.
 *
 * 行政处罚法 art. 85: in that law 二日、三日、五日、七日 are working days. Its other periods
 * (15 days to pay, 90 days to decide) are calendar days; when such a period's last day is a
 * day off it ends on the next working day (configurable per call). Other texts say 工作日
 * where they mean it (安全生产法 art. 78). Periods start the day after the event (期间开始
 * 之日不计算在内).
 */
import { DomainError } from '../errors.ts';
import type { LawRef } from '../legal/violation.ts';
import { addCalendarDays, addWorkingDays, addYears, compareDates, toDayNumber, type IsoDate } from './calendar.ts';
import { aqscf, formatCitation, xzcf } from './citation.ts';

/** What a deadline is for; one open deadline of a kind per aggregate unless `ref` tells them apart. */
export type DeadlineKind =
  | 'statement' // 陈述申辩期限
  | 'hearingRequest' // 听证申请期限
  | 'hearingNotice' // 听证通知最迟日期
  | 'evidencePreservationDecision' // 先行登记保存处理决定
  | 'decision' // 作出处罚决定
  | 'service' // 送达
  | 'payment' // 缴纳罚款 (incl. instalments and deferral)
  | 'publication' // 公示
  | 'withdrawal' // 撤回公开信息
  | 'rectification' // 整改期限
  | 'limitation'; // 追责时效

export type PeriodRuleKey =
  | 'statement'
  | 'hearingRequest'
  | 'hearingNotice'
  | 'evidencePreservationDecision'
  | 'decision'
  | 'decisionExtended'
  | 'service'
  | 'payment'
  | 'instalment'
  | 'deferral'
  | 'publication'
  | 'withdrawal'
  | 'rectification'
  | 'limitation'
  | 'limitationExtended';

export type PeriodCount =
  | { unit: 'workingDays'; days: number }
  /** rollToWorkday is the default; a call may override it from configuration. */
  | { unit: 'calendarDays'; days: number; rollToWorkday: boolean }
  | { unit: 'years'; years: number }
  /** Set by local configuration (the law sets no period): days and unit come with the call. */
  | { unit: 'configured' }
  /** Set by a decision (the officer's order, an approval): the due date comes with the call. */
  | { unit: 'set' };

export interface PeriodRule {
  key: PeriodRuleKey;
  kind: DeadlineKind;
  count: PeriodCount;
  /** 'before': the due date lies before the reference date (hearing notice 7 days before the hearing). */
  direction: 'after' | 'before';
  refs: LawRef[];
  /** Display citation, e.g. 行政处罚法第六十四条、第八十五条. */
  article: string;
  /** The rule in one Chinese sentence. */
  text: string;
  /** Words of the first cited article, checked against the official text by the tests. */
  quote: string;
}

type RuleSpec = Omit<PeriodRule, 'key' | 'article'>;

const rule = (key: PeriodRuleKey, spec: RuleSpec): PeriodRule => ({ key, article: formatCitation(spec.refs), ...spec });

export const PERIOD_RULES: Readonly<Record<PeriodRuleKey, PeriodRule>> = Object.freeze({
  statement: rule('statement', {
    kind: 'statement',
    count: { unit: 'configured' },
    direction: 'after',
    refs: [xzcf(44), xzcf(45)],
    text: '当事人自收到行政处罚告知书之日起在本地规定的期限内陈述、申辩（法律未规定期限，按本地配置）',
    quote: '陈述、申辩',
  }),
  hearingRequest: rule('hearingRequest', {
    kind: 'hearingRequest',
    count: { unit: 'workingDays', days: 5 },
    direction: 'after',
    refs: [xzcf(64, undefined, 1), xzcf(85)],
    text: '当事人要求听证的，应当在行政机关告知后五个工作日内提出',
    quote: '应当在行政机关告知后五日内提出',
  }),
  hearingNotice: rule('hearingNotice', {
    kind: 'hearingNotice',
    count: { unit: 'workingDays', days: 7 },
    direction: 'before',
    refs: [xzcf(64, undefined, 2), xzcf(85)],
    text: '行政机关应当在举行听证的七个工作日前通知当事人及有关人员听证的时间、地点',
    quote: '应当在举行听证的七日前',
  }),
  evidencePreservationDecision: rule('evidencePreservationDecision', {
    kind: 'evidencePreservationDecision',
    count: { unit: 'workingDays', days: 7 },
    direction: 'after',
    refs: [xzcf(56), xzcf(85)],
    text: '证据先行登记保存的，应当在七个工作日内作出处理决定',
    quote: '应当在七日内及时作出处理决定',
  }),
  decision: rule('decision', {
    kind: 'decision',
    count: { unit: 'calendarDays', days: 90, rollToWorkday: true },
    direction: 'after',
    refs: [xzcf(60)],
    text: '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定',
    quote: '自行政处罚案件立案之日起九十日内作出行政处罚决定',
  }),
  decisionExtended: rule('decisionExtended', {
    kind: 'decision',
    count: { unit: 'set' },
    direction: 'after',
    refs: [xzcf(60)],
    text: '法律、法规、规章另有规定的，按其规定并经批准延长作出决定的期限',
    quote: '法律、法规、规章另有规定的，从其规定',
  }),
  service: rule('service', {
    kind: 'service',
    count: { unit: 'workingDays', days: 7 },
    direction: 'after',
    refs: [xzcf(61), xzcf(85)],
    text: '当事人不在场的，行政机关应当在七个工作日内将行政处罚决定书送达当事人',
    quote: '应当在七日内依照',
  }),
  payment: rule('payment', {
    kind: 'payment',
    count: { unit: 'calendarDays', days: 15, rollToWorkday: true },
    direction: 'after',
    refs: [xzcf(67, 3)],
    text: '当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款',
    quote: '自收到行政处罚决定书之日起十五日内',
  }),
  instalment: rule('instalment', {
    kind: 'payment',
    count: { unit: 'set' },
    direction: 'after',
    refs: [xzcf(66, 2)],
    text: '当事人确有经济困难，经申请和批准，分期缴纳罚款，按批准的各期期限缴纳',
    quote: '可以暂缓或者分期缴纳',
  }),
  deferral: rule('deferral', {
    kind: 'payment',
    count: { unit: 'set' },
    direction: 'after',
    refs: [xzcf(66, 2)],
    text: '当事人确有经济困难，经申请和批准，暂缓缴纳罚款至批准的日期',
    quote: '可以暂缓或者分期缴纳',
  }),
  publication: rule('publication', {
    kind: 'publication',
    count: { unit: 'workingDays', days: 7 },
    direction: 'after',
    refs: [aqscf(78, 2)],
    text: '作出处罚决定后七个工作日内在监督管理部门公示系统予以公开',
    quote: '作出处罚决定后七个工作日内',
  }),
  withdrawal: rule('withdrawal', {
    kind: 'withdrawal',
    count: { unit: 'workingDays', days: 3 },
    direction: 'after',
    refs: [xzcf(48, 2), xzcf(85)],
    text: '公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，应当在三个工作日内撤回并公开说明理由',
    quote: '应当在三日内撤回行政处罚决定信息',
  }),
  rectification: rule('rectification', {
    kind: 'rectification',
    count: { unit: 'set' },
    direction: 'after',
    refs: [aqscf(65, 1, 3), aqscf(102)],
    text: '对检查中发现的事故隐患，责令立即排除或者在执法人员确定的期限内消除',
    quote: '应当责令立即排除',
  }),
  limitation: rule('limitation', {
    kind: 'limitation',
    count: { unit: 'years', years: 2 },
    direction: 'after',
    refs: [xzcf(36)],
    text: '违法行为在二年内未被发现的，不再给予行政处罚（有连续或者继续状态的，从行为终了之日起计算）',
    quote: '违法行为在二年内未被发现的',
  }),
  limitationExtended: rule('limitationExtended', {
    kind: 'limitation',
    count: { unit: 'years', years: 5 },
    direction: 'after',
    refs: [xzcf(36)],
    text: '涉及公民生命健康安全、金融安全且有危害后果的，追责期限延长至五年',
    quote: '上述期限延长至五年',
  }),
});

export const PERIOD_RULE_KEYS = Object.keys(PERIOD_RULES) as PeriodRuleKey[];

/** A deadline as data: what is due, when, and the rule that produced it. */
export interface Deadline {
  kind: DeadlineKind;
  dueDate: IsoDate;
  /** Computed over a year without holiday data (weekends only): recompute when the calendar is published. */
  provisional: boolean;
  /** The date counted from (or, for 'before' rules, counted back from). */
  from: IsoDate;
  /** Tells apart several open deadlines of one kind (instalments: 'instalment-1', …). */
  ref?: string;
  rule: { key: PeriodRuleKey; article: string; text: string; refs: LawRef[] };
}

export interface DeadlineOptions {
  /** Calendar-day rules: override the rule's default end-on-a-working-day behaviour (configuration). */
  rollToWorkday?: boolean;
  /** 'set' rules: the due date decided by the officer or approved. */
  dueDate?: IsoDate;
  /** 'configured' rules: the local period. */
  days?: number;
  unit?: 'workingDays' | 'calendarDays';
  ref?: string;
}

const invalid = (message: string, details: Record<string, unknown>): DomainError =>
  new DomainError('VALIDATION_FAILED', message, details);

/** The deadline `ruleKey` produces when counted from `from`. */
export const computeDeadline = (ruleKey: PeriodRuleKey, from: IsoDate, options: DeadlineOptions = {}): Deadline => {
  const r = PERIOD_RULES[ruleKey];
  if (r === undefined) throw new DomainError('UNKNOWN_KEY', `未知的期限规则：${String(ruleKey)}`, { ruleKey });
  toDayNumber(from);
  const sign = r.direction === 'before' ? -1 : 1;
  let due: { date: IsoDate; provisional: boolean };
  switch (r.count.unit) {
    case 'workingDays':
      due = addWorkingDays(from, sign * r.count.days);
      break;
    case 'calendarDays':
      due = addCalendarDays(from, sign * r.count.days, {
        rollToWorkday: options.rollToWorkday ?? r.count.rollToWorkday,
      });
      break;
    case 'years':
      due = { date: addYears(from, sign * r.count.years), provisional: false };
      break;
    case 'configured': {
      const { days, unit } = options;
      if (days === undefined || !Number.isInteger(days) || days < 0 || unit === undefined) {
        throw invalid(`期限规则 ${ruleKey} 需要本地配置的天数和计算方式`, { ruleKey, days, unit });
      }
      due =
        unit === 'workingDays'
          ? addWorkingDays(from, sign * days)
          : addCalendarDays(from, sign * days, { rollToWorkday: options.rollToWorkday ?? true });
      break;
    }
    case 'set': {
      const dueDate = options.dueDate;
      if (dueDate === undefined) throw invalid(`期限规则 ${ruleKey} 需要确定的到期日`, { ruleKey });
      if (compareDates(dueDate, from) < 0) {
        throw invalid(`到期日 ${dueDate} 早于起算日 ${from}`, { ruleKey, dueDate, from });
      }
      due = { date: dueDate, provisional: false };
      break;
    }
  }
  return {
    kind: r.kind,
    dueDate: due.date,
    provisional: due.provisional,
    from,
    ...(options.ref === undefined ? {} : { ref: options.ref }),
    rule: { key: r.key, article: r.article, text: r.text, refs: r.refs },
  };
};
