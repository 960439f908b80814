/**
 * What the workflow API answers (inspections, hazards, cases, the workbench; contract:
 * docs/api-workflow.md): written once here, built by src/server/workflow and read by the web UI.
 * Types only.
 */
import type { PenaltyFacts } from '../discretion/index.ts';
import type { DocumentKind } from '../documents/index.ts';
import type { ErrorCode } from '../errors.ts';
import type { Role } from '../glossary.ts';
import type {
  Aggregate,
  CaseRecord,
  HazardRecord,
  InspectionRecord,
  InspectionType,
  Penalty,
} from '../workflow/index.ts';
import type { PenaltyAnswer } from './benchmarks.ts';
import type { DocumentView } from './documents.ts';
import type { FileView } from './files.ts';

export interface UserRef {
  id: string;
  name: string;
}

export interface DeadlineView {
  id: string;
  aggregate: Aggregate;
  aggregateId: string;
  kind: string;
  kindLabel: string;
  ref: string | null;
  dueDate: string;
  provisional: boolean;
  from: string;
  rule: { key: string; article: string; text: string };
  status: 'open' | 'satisfied' | 'cancelled';
  satisfiedAt: string | null;
  cancelledAt: string | null;
  overdue: boolean;
  daysLeft: number;
}

/** A deadline on the workbench, with the record it belongs to. */
export type DeadlineItem = DeadlineView & { subject: { aggregate: Aggregate; id: string; title: string; enterpriseName: string } };

/** A guard rule as the API names it. */
export interface RuleRef {
  id: string;
  article: string;
  message: string;
}

export interface AllowedActionView {
  event: string;
  label: string;
  to: string;
  toLabel: string;
  allowed: boolean;
  blockedBy?: RuleRef & { code: string };
  checkedOnSubmit: RuleRef[];
  requires: string[];
}

export interface EnterpriseRef {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  org: { id: string; name: string };
}

/** The common part of every detail; `record` is the domain record of the aggregate. */
export interface WorkflowDetail<R = unknown> {
  id: string;
  aggregate: Aggregate;
  state: string;
  stateLabel: string;
  final: boolean;
  version: number;
  enterprise: EnterpriseRef;
  record: R;
  createdAt: string;
  updatedAt: string;
  createdBy: UserRef | null;
  allowedActions: AllowedActionView[];
  deadlines: DeadlineView[];
  documents: DocumentView[];
  files: FileView[];
}

export interface CertificateView {
  number: string;
  issuer: string | null;
  validFrom: string;
  validTo: string;
}

/** An officer on duty: name and certificate from the users table, validity on the record's date. */
export interface OfficerView {
  userId: string;
  name: string;
  certificate: CertificateView | null;
  certificateValid: boolean;
}

export interface InspectionDetail extends WorkflowDetail<InspectionRecord> {
  type: InspectionType;
  typeLabel: string;
  date: string;
  officers: OfficerView[];
  techInspectors: UserRef[];
}

/** The violation with its citations (违法条款 and 处罚依据), in Chinese. */
export interface ViolationView {
  code: string;
  name: string;
  citations: string[];
}

export interface HazardDetail extends WorkflowDetail<HazardRecord> {
  violation: (ViolationView & { confirmedBy: UserRef | null }) | null;
  overdue: { overdue: boolean; daysOverdue: number; dueDate?: string };
  inspectionId: string | null;
  caseId: string | null;
}

/** The discretion inputs and outcome kept on the case (cases.discretion). */
export interface StoredDiscretion {
  facts: Partial<PenaltyFacts>;
  alsoViolates?: string[];
  computedOn: string;
  outcome: string;
  recommended: number | null;
  range: { min: number; max: number; tier: string; text: string } | null;
  explanation: string[];
  /** The benchmark version used (absent on computations stored before it was recorded). */
  benchmark?: PenaltyAnswer['benchmark'];
}

export interface CaseDetail extends WorkflowDetail<CaseRecord> {
  title: string;
  facts: string;
  violation: ViolationView | null;
  investigators: OfficerView[];
  hazardId: string | null;
  inspectionId: string | null;
  decisionDueDate: string | null;
  /** The last discretion computation (suggestion or proposal), or null. */
  discretion: StoredDiscretion | null;
  requirements: {
    legalReview: { article: string; text: string }[];
    collectiveDeliberation: { article: string; text: string }[];
    hearingRights: { article: string; text: string }[];
  };
}

/** POST /api/cases/:id/penalty-suggestion: the engine's result and the penalty ready for `propose`. */
export interface PenaltySuggestion {
  result: PenaltyAnswer;
  penalty: Penalty;
}

export interface WorkflowSummary {
  id: string;
  aggregate: Aggregate;
  title: string;
  state: string;
  stateLabel: string;
  enterprise: { id: string; name: string };
  updatedAt: string;
  nextDeadline: { kind: string; kindLabel: string; dueDate: string; overdue: boolean } | null;
}

export interface Workbench {
  today: string;
  scope: 'mine' | 'unit';
  inspections: WorkflowSummary[];
  hazards: WorkflowSummary[];
  cases: WorkflowSummary[];
  deadlines: { overdue: DeadlineItem[]; dueSoon: DeadlineItem[] };
  queues: { awaitingApproval: WorkflowSummary[]; awaitingReview: WorkflowSummary[] };
}

// ——— reference data (GET /api/workflow/meta, GET /api/workflow/staff) ———

export interface KeyLabel {
  key: string;
  label: string;
}

/** A workflow's states and events, for the UI (labels, who may act, which input an event needs). */
export interface MachineMeta {
  states: { key: string; label: string; final: boolean }[];
  events: { event: string; label: string; from: string[]; to: string; roles: Role[]; requires: string[] }[];
}

export interface WorkflowMeta {
  machines: Record<Aggregate, MachineMeta>;
  rules: (RuleRef & { aggregate: Aggregate; policy: boolean; code: ErrorCode })[];
  inspectionTypes: KeyLabel[];
  rectificationActions: KeyLabel[];
  caseSources: KeyLabel[];
  serviceMethods: KeyLabel[];
  measures: KeyLabel[];
  documentKinds: { key: DocumentKind; title: string; kindAbbr: string }[];
  deadlineKinds: KeyLabel[];
  upload: { maxBytes: number; types: string[] };
}

/** A user of the caller's jurisdiction, for pickers; certificate validity on the requested date. */
export interface StaffMemberView {
  id: string;
  name: string;
  role: Role;
  org: { id: string; name: string };
  legalQualification: boolean;
  certificate: CertificateView | null;
  certificateValid: boolean;
}
