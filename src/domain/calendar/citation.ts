/**
 * Citations shown to users: LawRef → '行政处罚法第六十四条、第八十五条'.
 */
import { articleCn, itemMarkerCn, paragraphCn } from '../legal/numerals.ts';
import type { LawRef } from '../legal/violation.ts';

export const XINGZHENG_CHUFA_FA = '中华人民共和国行政处罚法';
export const ANQUAN_SHENGCHAN_FA = '中华人民共和国安全生产法';

export const shortLawTitle = (law: string): string => law.replace(/^中华人民共和国/, '');

/** 第六十四条第一款第（一）项: the item with its marker, as officers cite it. */
const provision = (ref: LawRef): string =>
  articleCn(ref.article) +
  (ref.paragraph === undefined ? '' : paragraphCn(ref.paragraph)) +
  (ref.item === undefined ? '' : `第${itemMarkerCn(ref.item)}项`);

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
