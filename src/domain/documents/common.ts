/**
 * Input types shared by the document kinds, and their printed forms.
 */
import type { LawRef, Measure } from '../legal/violation.ts';
import { MEASURE_LABELS } from '../legal/violation.ts';
import { DomainError } from '../errors.ts';
import { formatAmount } from './amount.ts';

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** A local date and time, YYYY-MM-DDTHH:mm. */
export type IsoDateTime = string;

/** The authority that issues the document (行政机关). */
export interface Issuer {
  /** Full name, e.g. 重庆市渝北区应急管理局. */
  authorityName: string;
  /** Address, contact person and phone printed where the party is told to come or call. */
  address?: string;
  contactPerson?: string;
  phone?: string;
}

/** The party (当事人): an enterprise or a natural person. */
export interface Party {
  kind: 'unit' | 'person';
  /** Enterprise name or person's name. */
  name: string;
  /** 统一社会信用代码 (units). */
  creditCode?: string;
  /** 身份证件号码 (persons). */
  idNumber?: string;
  /** 住所/地址. */
  address: string;
  /** 法定代表人（负责人） (units). */
  legalRepresentative?: string;
  /** Their post, e.g. 总经理. */
  legalRepresentativeTitle?: string;
  phone?: string;
}

/** An enforcement officer and his certificate (执法证) number. */
export interface Officer {
  name: string;
  certificateNo: string;
}

/** One item of evidence, e.g. { name: '现场检查记录', detail: '渝北应急检〔2026〕5号' }. */
export interface Evidence {
  name: string;
  detail?: string;
}

/** One penalty imposed or proposed. */
export type PenaltyItem =
  | { kind: 'fine'; amount: number }
  | { kind: 'measure'; measure: Measure; detail?: string };

/** An opinion box of an approval form; absent parts print as blanks to fill by hand. */
export interface ApprovalOpinion {
  opinion?: string;
  signer?: string;
  date?: IsoDate;
}

/** Where the party may seek review or sue (行政复议机关, 人民法院). */
export interface Remedies {
  /** e.g. 重庆市渝北区人民政府. */
  reviewBody: string;
  /** e.g. 重庆市渝北区人民法院. */
  court: string;
}

/** Where and how to pay a fine. */
export interface PaymentInstructions {
  /** e.g. 中国工商银行重庆渝北支行. */
  bank?: string;
  accountName?: string;
  accountNo?: string;
  /** Electronic payment channel, e.g. 通过“渝快办”非税收入电子缴款系统缴纳. */
  electronic?: string;
}

/** Fields every document has. */
export interface DocumentBase {
  issuer: Issuer;
  /** The formatted number (formatDocumentNumber), e.g. 渝北应急罚〔2026〕12号. */
  number: string;
}

/** What the penalty notice and the decision both state: the party, the facts found with their evidence, the provisions broken and the penalty provisions (行政处罚法 art. 44, 59). */
export interface PenaltyFindings {
  party: Party;
  /** The facts found, after 经查，(art. 59 item 2). */
  facts: string;
  evidence: Evidence[];
  /** The provisions broken (违法条款). */
  violated: LawRef[];
  /** The penalty provisions (处罚依据). */
  penaltyBasis: LawRef[];
  /** Why this amount: the benchmark tier and circumstances (裁量理由), optional. */
  discretionReason?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function checkDate(value: string, y: number, m: number, d: number): void {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new DomainError('INVALID_DATE', `日期无效：${value}`, { value });
  }
}

/** 2026-03-12 → 2026年3月12日 (Arabic figures, as GB/T 9704-2012 writes dates). */
export function formatDateCn(value: IsoDate): string {
  const m = DATE.exec(value);
  if (!m) throw new DomainError('INVALID_DATE', `日期格式应为YYYY-MM-DD：${value}`, { value });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkDate(value, y, mo, d);
  return `${y}年${mo}月${d}日`;
}

/** 2026-03-12T09:30 → 2026年3月12日9时30分. */
export function formatDateTimeCn(value: IsoDateTime): string {
  const m = DATE_TIME.exec(value);
  if (!m) throw new DomainError('INVALID_DATE', `时间格式应为YYYY-MM-DDTHH:mm：${value}`, { value });
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  checkDate(value, y, mo, d);
  if (h > 23 || mi > 59) throw new DomainError('INVALID_DATE', `时间无效：${value}`, { value });
  return `${y}年${mo}月${d}日${h}时${String(mi).padStart(2, '0')}分`;
}

/** 罚款人民币伍万元整（¥50,000.00） / 警告 / 责令停产停业整顿（三个月）. */
export function formatPenaltyItem(item: PenaltyItem): string {
  if (item.kind === 'fine') return `罚款${formatAmount(item.amount)}`;
  const label = MEASURE_LABELS[item.measure];
  return item.detail ? `${label}（${item.detail}）` : label;
}

/** Penalties joined as in a sentence: 警告，并处罚款人民币伍万元整（¥50,000.00）. */
export function formatPenalties(items: readonly PenaltyItem[]): string {
  const texts = items.map(formatPenaltyItem);
  if (texts.length <= 1) return texts.join('');
  return `${texts[0]!}，并处${texts.slice(1).join('、')}`;
}

/** The total of the fines among the penalties, in yuan. */
export function totalFine(items: readonly PenaltyItem[]): number {
  const fen = items.reduce((sum, i) => (i.kind === 'fine' ? sum + Math.round(i.amount * 100) : sum), 0);
  return fen / 100;
}

/** 张三（执法证号：50010020260001）、李四（执法证号：…）. */
export function formatOfficers(officers: readonly Officer[]): string {
  return officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、');
}

/** 现场检查记录（渝北应急检〔2026〕5号）. */
export function formatEvidence(e: Evidence): string {
  return e.detail ? `${e.name}（${e.detail}）` : e.name;
}

/** How a party is addressed: 你单位 / 你. */
export function you(party: Party): string {
  return party.kind === 'unit' ? '你单位' : '你';
}

/**
 * Collects missing required fields; throws VALIDATION_FAILED naming them (and the provision
 * that requires them, when given) if any is missing.
 */
export class Requirements {
  private readonly missing: { field: string; basis?: string }[] = [];

  constructor(private readonly documentTitle: string) {}

  text(field: string, value: string | undefined, basis?: string): this {
    if (value === undefined || value.trim() === '') this.missing.push(basis ? { field, basis } : { field });
    return this;
  }

  list(field: string, value: readonly unknown[] | undefined, basis?: string): this {
    if (value === undefined || value.length === 0) this.missing.push(basis ? { field, basis } : { field });
    return this;
  }

  check(field: string, ok: boolean, basis?: string): this {
    if (!ok) this.missing.push(basis ? { field, basis } : { field });
    return this;
  }

  done(): void {
    if (this.missing.length === 0) return;
    const names = this.missing.map((m) => (m.basis ? `${m.field}（${m.basis}）` : m.field)).join('、');
    throw new DomainError('VALIDATION_FAILED', `${this.documentTitle}缺少或不符合：${names}`, {
      missing: this.missing,
    });
  }
}

/** Officers on an enforcement document: at least two (行政处罚法 art. 42). */
export const MIN_OFFICERS = 2;

/** Throws NOT_ENOUGH_OFFICERS when fewer than two officers are named (行政处罚法 art. 42). */
export function requireOfficers(documentTitle: string, officers: readonly Officer[]): void {
  const certified = officers.filter((o) => o.name.trim() !== '' && o.certificateNo.trim() !== '');
  if (certified.length < MIN_OFFICERS) {
    throw new DomainError(
      'NOT_ENOUGH_OFFICERS',
      `${documentTitle}应当载明至少${MIN_OFFICERS}名持执法证的执法人员（《中华人民共和国行政处罚法》第四十二条）`,
      { officers: certified.length },
    );
  }
}

/** Whether `date` is on or after `reference`; both are checked as dates (INVALID_DATE). */
export function notBefore(date: IsoDate, reference: IsoDate): boolean {
  formatDateCn(date);
  formatDateCn(reference);
  return date >= reference;
}
