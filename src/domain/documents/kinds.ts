/**
 * The enforcement documents (执法文书) the platform issues, and their numbers.
 *
 * A number names the issuing unit, the kind, the year and a sequence per unit, kind and
 * year, e.g. 渝北应急罚〔2026〕12号. The database hands out the sequence without gaps or
 * duplicates; this module only formats it.
 */
import { DomainError } from '../errors.ts';

export type DocumentKind =
  | 'inspectionRecord'
  | 'rectificationOrder'
  | 'reinspectionOpinion'
  | 'filingApproval'
  | 'penaltyNotice'
  | 'hearingNotice'
  | 'penaltyDecision'
  | 'instalmentApproval'
  | 'closingApproval';

export interface DocumentKindInfo {
  key: DocumentKind;
  /** Title printed on the document. */
  title: string;
  /** The character that names the kind in the number (渝北应急罚〔2026〕12号). */
  kindAbbr: string;
  /** Approval forms (审批表) are laid out as a table. */
  approvalForm: boolean;
}

const kind = (key: DocumentKind, title: string, kindAbbr: string, approvalForm = false): DocumentKindInfo => ({
  key,
  title,
  kindAbbr,
  approvalForm,
});

export const DOCUMENT_KINDS: Readonly<Record<DocumentKind, DocumentKindInfo>> = {
  inspectionRecord: kind('inspectionRecord', '现场检查记录', '检'),
  rectificationOrder: kind('rectificationOrder', '责令限期整改指令书', '改'),
  reinspectionOpinion: kind('reinspectionOpinion', '整改复查意见书', '复'),
  filingApproval: kind('filingApproval', '立案审批表', '立', true),
  penaltyNotice: kind('penaltyNotice', '行政处罚告知书', '告'),
  hearingNotice: kind('hearingNotice', '听证告知书', '听'),
  penaltyDecision: kind('penaltyDecision', '行政处罚决定书', '罚'),
  instalmentApproval: kind('instalmentApproval', '分期（延期）缴纳罚款审批表', '分', true),
  closingApproval: kind('closingApproval', '结案审批表', '结', true),
};

export const DOCUMENT_KIND_LIST: readonly DocumentKindInfo[] = Object.values(DOCUMENT_KINDS);

export interface DocumentNumberParts {
  /** The issuing unit's abbreviation, e.g. 渝北应急. */
  unitAbbr: string;
  /** The kind's abbreviation, e.g. 罚 (see DOCUMENT_KINDS). */
  kindAbbr: string;
  year: number;
  /** Sequence within unit, kind and year, from 1. */
  seq: number;
}

/** 渝北应急 + 罚 + 2026 + 12 → 渝北应急罚〔2026〕12号 (六角括号 〔〕 as in official numbering). */
export function formatDocumentNumber({ unitAbbr, kindAbbr, year, seq }: DocumentNumberParts): string {
  const problems: string[] = [];
  if (unitAbbr.trim() === '' || /[\s〔〕]/.test(unitAbbr)) problems.push('unitAbbr');
  if (kindAbbr.trim() === '' || /[\s〔〕]/.test(kindAbbr)) problems.push('kindAbbr');
  if (!Number.isInteger(year) || year < 1000 || year > 9999) problems.push('year');
  if (!Number.isInteger(seq) || seq < 1) problems.push('seq');
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `文书编号要素无效：${problems.join('、')}`, {
      fields: problems,
    });
  }
  return `${unitAbbr}${kindAbbr}〔${year}〕${seq}号`;
}

/** The number of a document of the given kind. */
export function documentNumberFor(key: DocumentKind, unitAbbr: string, year: number, seq: number): string {
  return formatDocumentNumber({ unitAbbr, kindAbbr: DOCUMENT_KINDS[key].kindAbbr, year, seq });
}
