/** Shapes of the JSON the API answers (see the API contract of issue #2). */
import type { OrgLevel } from '../../domain/glossary.ts';

export type { AuditActorView, AuditEventView } from '../../domain/views/audit.ts';
export type { Me } from '../../domain/views/auth.ts';
export type { Enterprise, EnterpriseInput, EnterpriseSummary } from '../../domain/views/enterprises.ts';

export interface Industry {
  code: string;
  name: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Org {
  id: string;
  parentId: string | null;
  name: string;
  level: OrgLevel;
}
