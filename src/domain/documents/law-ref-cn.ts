/**
 * LawRefs printed the way documents cite them. One reference is formatted by the law library
 * (src/domain/legal/reference.ts, formatRefCn: 《中华人民共和国安全生产法》第九十九条第一项); this
 * module adds the list form documents use, where consecutive references to one law share its title.
 */
import type { LawRef } from '../legal/violation.ts';
import { formatRefCn } from '../legal/reference.ts';

/** 《中华人民共和国安全生产法》第九十九条第一项. */
export function formatLawRefCn(ref: LawRef): string {
  return formatRefCn(ref);
}

/**
 * Several references, consecutive ones of the same law sharing the title:
 * 《中华人民共和国安全生产法》第四十一条第二款、第一百零二条和《危险化学品安全管理条例》第二十条.
 * Empty list → empty string.
 */
export function formatLawRefsCn(refs: readonly LawRef[]): string {
  const groups: { law: string; articles: string[] }[] = [];
  for (const ref of refs) {
    const article = formatRefCn(ref, { title: 'none' });
    const last = groups.at(-1);
    if (last && last.law === ref.law) last.articles.push(article);
    else groups.push({ law: ref.law, articles: [article] });
  }
  const parts = groups.map((g) => `《${g.law}》${g.articles.join('、')}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('、')}和${parts.at(-1)!}`;
}
