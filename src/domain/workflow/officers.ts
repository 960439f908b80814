/**
 * Enforcement officers and their certificates (执法证): 行政处罚法 art. 42 requires at least two
 * officers with enforcement qualification; the bureau applies it to every inspection.
 */
import { compareDates, type IsoDate } from '../calendar/calendar.ts';

export interface EnforcementCertificate {
  number: string;
  validFrom: IsoDate;
  /** Last day of validity (inclusive). */
  validTo: IsoDate;
  status?: 'valid' | 'suspended' | 'revoked';
}

export interface OfficerOnDuty {
  userId: string;
  name?: string;
  certificate?: EnforcementCertificate | null;
}

/** The minimum number of certified officers (行政处罚法 art. 42). */
export const MIN_OFFICERS = 2;

export const certificateValidOn = (certificate: EnforcementCertificate | null | undefined, date: IsoDate): boolean =>
  certificate != null &&
  (certificate.status ?? 'valid') === 'valid' &&
  compareDates(certificate.validFrom, date) <= 0 &&
  compareDates(date, certificate.validTo) <= 0;

/** Distinct officers (by user id). */
export const distinctOfficers = (officers: readonly OfficerOnDuty[]): OfficerOnDuty[] => {
  const seen = new Set<string>();
  return officers.filter((o) => (seen.has(o.userId) ? false : (seen.add(o.userId), true)));
};

export const certifiedOn = (officers: readonly OfficerOnDuty[], date: IsoDate): OfficerOnDuty[] =>
  distinctOfficers(officers).filter((o) => certificateValidOn(o.certificate, date));

/** Officers whose certificate is missing, expired, not yet valid, suspended or revoked on `date`. */
export const uncertifiedOn = (officers: readonly OfficerOnDuty[], date: IsoDate): string[] =>
  distinctOfficers(officers)
    .filter((o) => !certificateValidOn(o.certificate, date))
    .map((o) => o.userId);
