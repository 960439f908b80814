/**
 * Citations shown to users: LawRef → '行政处罚法第六十四条、第八十五条'.
 */
import type { LawRef } from '../legal/violation.ts';

export const XINGZHENG_CHUFA_FA = '中华人民共和国行政处罚法';
export const ANQUAN_SHENGCHAN_FA = '中华人民共和国安全生产法';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 64 → 六十四, 102 → 一百零二, 118 → 一百一十八. */
export const chineseNumeral = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h > 0 ? `${DIGITS[h]}百` : '';
  if (t > 0) s += h === 0 && t === 1 ? '十' : `${DIGITS[t]}十`;
  else if (h > 0 && u > 0) s += '零';
  if (u > 0) s += DIGITS[u];
  return s;
};

export const shortLawTitle = (law: string): string => law.replace(/^中华人民共和国/, '');

const provision = (ref: LawRef): string =>
  `第${chineseNumeral(ref.article)}条` +
  (ref.paragraph === undefined ? '' : `第${chineseNumeral(ref.paragraph)}款`) +
  (ref.item === undefined ? '' : `第（${chineseNumeral(ref.item)}）项`);

/** Consecutive refs to one law share its title: 行政处罚法第六十四条、第八十五条. */
export const formatCitation = (refs: readonly LawRef[]): string => {
  const parts: string[] = [];
  let previousLaw = '';
  for (const ref of refs) {
    parts.push(ref.law === previousLaw ? provision(ref) : `${shortLawTitle(ref.law)}${provision(ref)}`);
    previousLaw = ref.law;
  }
  return parts.join('、');
};

/** Shorthand for refs to the 行政处罚法. */
export const xzcf = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: XINGZHENG_CHUFA_FA,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

/** Shorthand for refs to the 安全生产法. */
export const aqscf = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: ANQUAN_SHENGCHAN_FA,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});
