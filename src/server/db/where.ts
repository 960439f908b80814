/**
 * SQL conditions the repositories share: LIKE patterns, and the org tree and jurisdictions. An
 * org unit's path is its ancestors' codes joined by dots (500000.500112.500112001), so "within"
 * is the path itself or a path below it; the in-memory form is orgPathWithin (src/domain/access.ts).
 */
import { sql } from 'kysely';
import type { Jurisdiction } from '../../domain/access.ts';

/** `s` as a literal inside a LIKE pattern (backslash, % and _ escaped). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** The org path in `column` is `path` or lies below it. */
export const orgPathWithinSql = (column: string, path: string) =>
  sql<boolean>`(${sql.ref(column)} = ${path} OR ${sql.ref(column)} LIKE ${escapeLike(path) + '.%'})`;

/** Rows of enterprise `e` (joined to its org unit `o`) within the jurisdiction. */
export const jurisdictionWhere = (j: Jurisdiction) =>
  j.kind === 'enterprise' ? sql<boolean>`e.id = ${j.enterpriseId}` : orgPathWithinSql('o.path', j.path);
