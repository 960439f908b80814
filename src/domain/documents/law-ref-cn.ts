/**
 * LawRefs printed the way documents cite them: 《中华人民共和国安全生产法》第九十九条第一项.
 *
 * Local to the documents: no shared formatter (src/domain/legal/reference.ts, formatRefCn)
 * existed when this was written. If one appears, this file can delegate to it.
 */
import type { LawRef } from '../legal/violation.ts';
import { DomainError } from '../errors.ts';

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 19 → 十九, 99 → 九十九, 101 → 一百零一, 110 → 一百一十, 1000 → 一千. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new DomainError('VALIDATION_FAILED', `条款序号无效：${n}`, { number: n });
  }
  const units = ['', '十', '百', '千'] as const;
  const digits = String(n);
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const place = digits.length - 1 - i;
    if (d === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // 十九, not 一十九, when ten is the leading place.
    out += (d === 1 && place === 1 && i === 0 ? '' : NUMERALS[d]!) + units[place]!;
  }
  return out;
}

/** The part after the title: 第九十九条第一项, 第四十一条第二款. */
export function formatArticleCn(ref: LawRef): string {
  let out = `第${chineseNumber(ref.article)}条`;
  if (ref.paragraph !== undefined) out += `第${chineseNumber(ref.paragraph)}款`;
  if (ref.item !== undefined) out += `第${chineseNumber(ref.item)}项`;
  return out;
}

/** 《中华人民共和国安全生产法》第九十九条第一项. */
export function formatLawRefCn(ref: LawRef): string {
  return `《${ref.law}》${formatArticleCn(ref)}`;
}

/**
 * Several references, consecutive ones of the same law sharing the title:
 * 《中华人民共和国安全生产法》第四十一条第二款、第一百零二条和《危险化学品安全管理条例》第二十条.
 * Empty list → empty string.
 */
export function formatLawRefsCn(refs: readonly LawRef[]): string {
  const groups: { law: string; articles: string[] }[] = [];
  for (const ref of refs) {
    const last = groups.at(-1);
    if (last && last.law === ref.law) last.articles.push(formatArticleCn(ref));
    else groups.push({ law: ref.law, articles: [formatArticleCn(ref)] });
  }
  const parts = groups.map((g) => `《${g.law}》${g.articles.join('、')}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('、')}和${parts.at(-1)!}`;
}
