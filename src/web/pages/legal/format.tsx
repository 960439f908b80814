/** Display helpers for the law pages: fine ranges in Chinese, marked snippets, provision links. */
import type { ReactNode } from 'react';
import { formatStatutoryFine } from '../../../domain/discretion/format.ts';
import { refId } from '../../../domain/legal/reference.ts';
import type { LawRef } from '../../../domain/legal/violation.ts';

/** 5万元以下; 违法所得2倍以上5倍以下（…）; 上一年年收入30%以上40%以下. */
export const fineCn = formatStatutoryFine;

/** The snippet with its marked ranges in <mark>. */
export function Marked({ text, marks }: { text: string; marks: [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start} style={{ background: '#fde68a', padding: 0 }}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Where a provision is read on the law page: ?law=slug&article=N (undefined for a law not in LAWS_KNOWN). */
export function provisionSearch(ref: LawRef): string | undefined {
  try {
    const [slug] = refId(ref).split('/');
    return `?law=${encodeURIComponent(slug ?? '')}&article=${ref.article}`;
  } catch {
    return undefined;
  }
}
