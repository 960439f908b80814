/**
 * The signed-in user as the API answers it (GET /api/me, POST /api/auth/login): written once
 * here, built by src/server/auth and its routes, read by the web UI. Types only.
 */
import type { Permission } from '../access.ts';
import type { OrgLevel, Role } from '../glossary.ts';

/** The user's enforcement certificate (执法证), with its validity today. */
export interface MeCertificate {
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
  /** The enterprise an enterprise user belongs to; null for staff. */
  enterpriseId: string | null;
  certificate: MeCertificate | null;
  /** Qualified for legal review (法制审核). */
  legalQualification: boolean;
  /** What the role may do (src/domain/access.ts). */
  permissions: Permission[];
}
