/**
 * Authorisation, in one place: what each role may do (permissions), and whose records it
 * may see (jurisdiction). Anything out of jurisdiction answers 404, exactly like a missing
 * record, so that existence is not disclosed.
 */
import type { Role } from './glossary.ts';

export const PERMISSIONS = [
  'enterprise:read',
  'enterprise:write',
  'audit:read',
  'user:manage',
  'legal:read',
  'legal:manage',
  'penalty:compute',
  'benchmark:manage',
  'inspection:read',
  'inspection:write',
  'case:read',
  'case:write',
  'case:review',
  'case:approve',
  'hazard:report',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_READ: Permission[] = ['enterprise:read', 'audit:read', 'legal:read', 'penalty:compute', 'inspection:read', 'case:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: [...ALL_READ, 'inspection:write', 'case:write', 'hazard:report'],
  legal_reviewer: [...ALL_READ, 'case:review'],
  leader: [...ALL_READ, 'case:approve'],
  admin: [...ALL_READ, 'enterprise:write', 'user:manage', 'legal:manage', 'benchmark:manage'],
  tech_inspector: ['enterprise:read', 'legal:read', 'inspection:read'],
  social_supervisor: ['legal:read', 'inspection:read', 'case:read'],
  enterprise_user: ['enterprise:read', 'legal:read', 'hazard:report', 'inspection:read', 'case:read'],
};

export const can = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].includes(permission);

/** The scope of records a user may see. */
export type Jurisdiction =
  | { kind: 'org'; path: string } // the user's org unit and everything below it
  | { kind: 'enterprise'; enterpriseId: string }; // an enterprise user sees only its own enterprise

export interface Actor {
  id: string;
  username: string;
  name: string;
  role: Role;
  orgId: string;
  orgName: string;
  orgPath: string;
  enterpriseId: string | null;
}

export function jurisdictionOf(actor: Actor): Jurisdiction {
  if (actor.role === 'enterprise_user' && actor.enterpriseId) return { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  return { kind: 'org', path: actor.orgPath };
}

/** Whether an org path lies within a jurisdiction's org path (itself or below). */
export const orgPathWithin = (path: string, scope: string): boolean => path === scope || path.startsWith(scope + '.');
