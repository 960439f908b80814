/**
 * What the enterprise API answers and takes (/api/enterprises): written once here, built by
 * src/server/enterprises and read by the web UI. Types only.
 */
import type { RiskGrade } from '../glossary.ts';

export interface EnterpriseSummary {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  industry: { code: string; name: string };
  riskGrade: RiskGrade;
  employees: number;
  org: { id: string; name: string };
  district: { id: string; name: string } | null;
}

export interface Enterprise extends EnterpriseSummary {
  legalRepresentative: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Body of POST /api/enterprises; PATCH takes any subset plus `version`. */
export interface EnterpriseInput {
  creditCode: string;
  name: string;
  address: string;
  industryCode: string;
  employees: number;
  riskGrade: RiskGrade;
  orgId: string;
  legalRepresentative?: string;
}
