/**
 * Enforcement documents (执法文书): typed input per kind → pdfmake document definition.
 * Pure: rendering to PDF bytes is src/server/documents/render-pdf.ts.
 */
import type { DocDefinition } from './doc-definition.ts';
import type { DocumentKind } from './kinds.ts';
import type { ClosingApprovalInput, FilingApprovalInput, InstalmentApprovalInput } from './approval-forms.ts';
import type { InspectionRecordInput } from './inspection-record.ts';
import type { HearingNoticeInput, PenaltyNoticeInput } from './penalty-notice.ts';
import type { PenaltyDecisionInput } from './penalty-decision.ts';
import type { ReinspectionOpinionInput } from './reinspection-opinion.ts';
import type { RectificationOrderInput } from './rectification-order.ts';
import { closingApproval, filingApproval, instalmentApproval } from './approval-forms.ts';
import { inspectionRecord } from './inspection-record.ts';
import { hearingNotice, penaltyNotice } from './penalty-notice.ts';
import { penaltyDecision } from './penalty-decision.ts';
import { reinspectionOpinion } from './reinspection-opinion.ts';
import { rectificationOrder } from './rectification-order.ts';
import { DomainError } from '../errors.ts';

export interface DocumentInputs {
  inspectionRecord: InspectionRecordInput;
  rectificationOrder: RectificationOrderInput;
  reinspectionOpinion: ReinspectionOpinionInput;
  filingApproval: FilingApprovalInput;
  penaltyNotice: PenaltyNoticeInput;
  hearingNotice: HearingNoticeInput;
  penaltyDecision: PenaltyDecisionInput;
  instalmentApproval: InstalmentApprovalInput;
  closingApproval: ClosingApprovalInput;
}

const BUILDERS: { [K in DocumentKind]: (input: DocumentInputs[K]) => DocDefinition } = {
  inspectionRecord,
  rectificationOrder,
  reinspectionOpinion,
  filingApproval,
  penaltyNotice,
  hearingNotice,
  penaltyDecision,
  instalmentApproval,
  closingApproval,
};

/** The document definition of `kind` for `input`. Throws VALIDATION_FAILED, INVALID_DATE, NOT_ENOUGH_OFFICERS. */
export function buildDocument<K extends DocumentKind>(kind: K, input: DocumentInputs[K]): DocDefinition {
  const build = BUILDERS[kind] as ((input: DocumentInputs[K]) => DocDefinition) | undefined;
  if (!build) throw new DomainError('UNKNOWN_KEY', `未知的文书种类：${String(kind)}`, { kind });
  return build(input);
}

export type { DocDefinition } from './doc-definition.ts';
export type * from './common.ts';
export type { ApprovalOpinions, ClosingApprovalInput, FilingApprovalInput, InstalmentApprovalInput, PaymentArrangement } from './approval-forms.ts';
export type { InspectionFinding, InspectionRecordInput } from './inspection-record.ts';
export type { HearingNoticeInput, PenaltyNoticeInput } from './penalty-notice.ts';
export type { PartyResponse, PenaltyDecisionInput } from './penalty-decision.ts';
export type { ReinspectedItem, ReinspectionOpinionInput } from './reinspection-opinion.ts';
export type { OrderedHazard, RectificationOrderInput } from './rectification-order.ts';
export { DOCUMENT_KINDS, DOCUMENT_KIND_LIST, documentNumberFor, formatDocumentNumber } from './kinds.ts';
export type { DocumentKind, DocumentKindInfo, DocumentNumberParts } from './kinds.ts';
export { formatAmount, formatAmountCapital, formatAmountFigures } from './amount.ts';
export { formatLawRefCn, formatLawRefsCn } from './law-ref-cn.ts';
export { LEGAL_PERIODS, PROCEDURE_BASIS } from './legal-periods.ts';
