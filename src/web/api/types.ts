/** Shapes of the JSON the API answers (see the API contract of issue #2). */
import type { OrgLevel, Role } from '../../domain/glossary.ts';

export type { Enterprise, EnterpriseInput, EnterpriseSummary } from '../../domain/views/enterprises.ts';

export interface Certificate {
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  valid: boolean;
}

export interface Me {
  id: string;
  username: string;
  name: string;
  role: Role;
  org: { id: string; name: string; level: OrgLevel };
  certificate: Certificate | null;
  permissions: string[];
}

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

export interface AuditActor {
  /** Null for the system (imports, demo seeding). */
  id: string | null;
  name: string;
  /** A Role, or 'system'. */
  role: Role | string;
  orgName: string;
}

export interface AuditEvent {
  id: string;
  seq: number;
  type: string;
  label: string;
  at: string;
  actor: AuditActor | null;
  payload: Record<string, unknown>;
  ip: string | null;
  /** Link of the hash chain that makes the record tamper-evident. */
  hash?: string;
}
