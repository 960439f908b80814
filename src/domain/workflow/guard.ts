/**
 * The one way the workflow machines declare a guard rule: a statutory rule by default (code
 * RULE_VIOLATION, checked without the event's input), its display citation derived from its refs.
 * A policy rule without a statute to lean on is cited as '本局规定'.
 */
import { formatCitation } from '../calendar/citation.ts';
import type { LawRef } from '../legal/violation.ts';
import type { GuardRule } from './types.ts';

export const defineGuard = <C>(
  id: string,
  refs: LawRef[],
  message: string,
  check: (c: C) => boolean,
  extra: Partial<GuardRule<C>> = {},
): GuardRule<C> => ({
  id,
  refs,
  article: extra.policy && refs.length === 0 ? '本局规定' : formatCitation(refs),
  message,
  policy: false,
  code: 'RULE_VIOLATION',
  usesInput: false,
  check,
  ...extra,
});
