/**
 * The people of the workflow: officers and their enforcement certificates, legal reviewers,
 * leaders. Ids coming from a request are checked here: an existing active user of the required
 * role within the caller's jurisdiction (a unit's staff act on its own enterprises).
 */
import { orgPathWithin, type Actor } from '../../domain/access.ts';
import { certificateValidOn, type EnforcementCertificate, type OfficerOnDuty } from '../../domain/workflow/index.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Role } from '../../domain/glossary.ts';
import type { OfficerView } from '../../domain/views/workflow.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { orgPathWithinSql } from '../db/where.ts';
import type { DB } from '../db/schema.ts';

export interface StaffMember {
  id: string;
  name: string;
  role: Role;
  org: { id: string; name: string; path: string };
  legalQualification: boolean;
  certificate: (EnforcementCertificate & { issuer: string | null }) | null;
}

type Db = Database | Transaction<DB>;

/** Whether an id has the shape of a uuid (other strings never reach an `id IN (…)` of a uuid column). */
export const uuidLike = (id: string): boolean => /^[0-9a-f-]{36}$/i.test(id);

const certificateOf = (u: { cert_number: string | null; cert_issuer: string | null; cert_valid_from: string | null; cert_valid_to: string | null }) =>
  u.cert_number && u.cert_valid_from && u.cert_valid_to
    ? { number: u.cert_number, issuer: u.cert_issuer, validFrom: u.cert_valid_from, validTo: u.cert_valid_to }
    : null;

function staffQuery(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.org_id')
    .select([
      'u.id', 'u.name', 'u.role', 'u.legal_qualification', 'u.cert_number', 'u.cert_issuer', 'u.cert_valid_from', 'u.cert_valid_to',
      'u.active', 'o.id as org_id', 'o.name as org_name', 'o.path as org_path',
    ]);
}

type StaffRow = Awaited<ReturnType<ReturnType<typeof staffQuery>['execute']>>[number];

const toMember = (r: StaffRow): StaffMember => ({
  id: r.id,
  name: r.name,
  role: r.role,
  org: { id: r.org_id, name: r.org_name, path: r.org_path },
  legalQualification: r.legal_qualification,
  certificate: certificateOf(r),
});

/** Users by id (any role, active or not), keyed by id. */
export async function staffByIds(db: Db, ids: readonly string[]): Promise<Map<string, StaffMember>> {
  const unique = [...new Set(ids)].filter(uuidLike);
  if (unique.length === 0) return new Map();
  const rows = await staffQuery(db).where('u.id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, toMember(r)]));
}

/**
 * Checks that every id is an active user of one of `roles` in the actor's org unit or below
 * (an enterprise user's own enterprise staff are never officers). Throws VALIDATION_FAILED with `key`.
 */
export async function requireStaff(db: Db, actor: Actor, ids: readonly string[], roles: readonly Role[], key: string): Promise<StaffMember[]> {
  const unique = [...new Set(ids)];
  const wellFormed = unique.filter(uuidLike);
  const rows = wellFormed.length === 0 ? [] : await staffQuery(db).where('u.id', 'in', wellFormed).execute();
  const found = new Map(rows.map((r) => [r.id, r]));
  const scope = actor.role === 'enterprise_user' ? undefined : actor.orgPath;
  const bad = unique.filter((id) => {
    const r = found.get(id);
    return !r || !r.active || !roles.includes(r.role) || (scope !== undefined && !orgPathWithin(r.org_path, scope) && !orgPathWithin(scope, r.org_path));
  });
  if (bad.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `人员无效或不在本单位：${key}`, { key, invalid: bad, roles: [...roles] });
  }
  return unique.map((id) => toMember(found.get(id)!));
}

/** The officers on duty as the workflow sees them (certificate snapshot). */
export const onDuty = (members: readonly StaffMember[]): OfficerOnDuty[] =>
  members.map((m) => ({
    userId: m.id,
    name: m.name,
    certificate: m.certificate ? { number: m.certificate.number, validFrom: m.certificate.validFrom, validTo: m.certificate.validTo } : null,
  }));

/** Refreshes the certificate snapshot of officers from the users table (certificates may change). */
export async function refreshOfficers(db: Db, officers: readonly OfficerOnDuty[]): Promise<OfficerOnDuty[]> {
  const members = await staffByIds(db, officers.map((o) => o.userId));
  return officers.map((o) => {
    const m = members.get(o.userId);
    return m ? onDuty([m])[0]! : { ...o, certificate: null };
  });
}

/** Officers for a response: name and certificate from the users table, validity on `date`. */
export async function officerViews(db: Db, officers: readonly OfficerOnDuty[], date: string): Promise<OfficerView[]> {
  const members = await staffByIds(db, officers.map((o) => o.userId));
  return officers.map((o) => {
    const m = members.get(o.userId);
    const certificate = m?.certificate ?? null;
    return {
      userId: o.userId,
      name: m?.name ?? o.name ?? '',
      certificate: certificate ? { number: certificate.number, issuer: certificate.issuer, validFrom: certificate.validFrom, validTo: certificate.validTo } : null,
      certificateValid: certificateValidOn(o.certificate ?? null, date),
    };
  });
}

/** Active staff of the actor's jurisdiction, by role (for pickers). */
export async function listStaff(db: Database, actor: Actor, role: Role | undefined): Promise<StaffMember[]> {
  let q = staffQuery(db).where('u.active', '=', true).where('u.role', '<>', 'enterprise_user');
  if (role) q = q.where('u.role', '=', role);
  q = q.where(orgPathWithinSql('o.path', actor.orgPath));
  const rows = await q.orderBy('u.name').limit(500).execute();
  return rows.map(toMember);
}
