/**
 * The enforcement workflow API as the UI sees it (contract: docs/api-workflow.md): shapes,
 * the transition call, evidence uploads with progress, and the reference data (machines,
 * labels, staff) fetched once per page load.
 */
import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../../domain/workflow/case.ts';
import type { HazardRecord } from '../../../domain/workflow/hazard.ts';
import type { InspectionRecord } from '../../../domain/workflow/inspection.ts';
import type { Penalty, Reason } from '../../../domain/workflow/penalty-rules.ts';
import type { PenaltyFacts, PenaltyResult } from '../../../domain/discretion/types.ts';
import type { DocumentView } from '../../../domain/views/documents.ts';
import type { FileView } from '../../../domain/views/files.ts';
import { api, ApiError, readError } from '../../api/client.ts';

export type Aggregate = 'inspection' | 'hazard' | 'case';

export interface UserRef {
  id: string;
  name: string;
}

export interface CertificateView {
  number: string;
  issuer: string | null;
  validFrom: string;
  validTo: string;
}

export interface OfficerOnDutyView {
  userId: string;
  name: string;
  certificate: CertificateView | null;
  certificateValid: boolean;
}

export interface EnterpriseRef {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  org: { id: string; name: string };
}

export interface RuleRef {
  id: string;
  article: string;
  message: string;
}

export interface AllowedAction {
  event: string;
  label: string;
  to: string;
  toLabel: string;
  allowed: boolean;
  blockedBy?: RuleRef & { code: string };
  checkedOnSubmit: RuleRef[];
  requires: string[];
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

export interface WorkflowDetail<R> {
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
  allowedActions: AllowedAction[];
  deadlines: DeadlineView[];
  documents: DocumentView[];
  files: FileView[];
}

export interface InspectionDetail extends WorkflowDetail<InspectionRecord> {
  type: string;
  typeLabel: string;
  date: string;
  officers: OfficerOnDutyView[];
  techInspectors: UserRef[];
}

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

export interface CaseDetail extends WorkflowDetail<CaseRecord> {
  title: string;
  facts: string | null;
  violation: ViolationView | null;
  investigators: OfficerOnDutyView[];
  hazardId: string | null;
  inspectionId: string | null;
  decisionDueDate: string | null;
  /** The last discretion computation (suggestion or proposal), or null. */
  discretion: {
    facts: Partial<PenaltyFacts>;
    computedOn: string;
    outcome: string;
    recommended: number | null;
    range: { min: number; max: number; tier: string | null; text: string } | null;
    explanation: string[];
  } | null;
  requirements: { legalReview: Reason[]; collectiveDeliberation: Reason[]; hearingRights: Reason[] };
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

export type SubjectDeadline = DeadlineView & { subject: { aggregate: Aggregate; id: string; title: string; enterpriseName: string } };

export interface Workbench {
  today: string;
  scope: 'mine' | 'unit';
  inspections: WorkflowSummary[];
  hazards: WorkflowSummary[];
  cases: WorkflowSummary[];
  deadlines: { overdue: SubjectDeadline[]; dueSoon: SubjectDeadline[] };
  queues: { awaitingApproval: WorkflowSummary[]; awaitingReview: WorkflowSummary[] };
}

export interface PenaltySuggestion {
  result: PenaltyResult;
  penalty: Penalty;
}

export type { DocumentView, FileView, PenaltyFacts, PenaltyResult, Penalty };
export type { MatchCandidate } from '../../../domain/legal/match/matcher.ts';

// ——— reference data ———

export interface KeyLabel {
  key: string;
  label: string;
}

export interface MachineMeta {
  states: { key: string; label: string; final: boolean }[];
  events: { event: string; label: string; from: string[]; to: string; roles: string[]; requires: string[] }[];
}

export interface WorkflowMeta {
  machines: Record<Aggregate, MachineMeta>;
  rules: { aggregate: Aggregate; id: string; article: string; message: string; policy: boolean; code: string }[];
  inspectionTypes: KeyLabel[];
  rectificationActions: KeyLabel[];
  caseSources: KeyLabel[];
  serviceMethods: KeyLabel[];
  measures: KeyLabel[];
  documentKinds: { key: string; title: string; kindAbbr: string }[];
  deadlineKinds: KeyLabel[];
  upload: { maxBytes: number; types: string[] };
}

export interface StaffMember {
  id: string;
  name: string;
  role: string;
  org: { id: string; name: string };
  legalQualification: boolean;
  certificate: CertificateView | null;
  certificateValid: boolean;
}

let metaRequest: Promise<WorkflowMeta> | null = null;

export function loadWorkflowMeta(): Promise<WorkflowMeta> {
  metaRequest ??= api<WorkflowMeta>('/api/workflow/meta').catch((error: unknown) => {
    metaRequest = null;
    throw error;
  });
  return metaRequest;
}

/** The machines and labels; null until loaded (or when the request failed: pages fall back to the labels the details carry). */
export function useWorkflowMeta(): WorkflowMeta | null {
  const [meta, setMeta] = useState<WorkflowMeta | null>(null);
  useEffect(() => {
    let live = true;
    loadWorkflowMeta().then(
      (m) => live && setMeta(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return meta;
}

export const staffPath = (role: string, date?: string): string =>
  `/api/workflow/staff?role=${encodeURIComponent(role)}${date ? `&date=${date}` : ''}`;

// ——— actions ———

const PATHS: Record<Aggregate, string> = { inspection: 'inspections', hazard: 'hazards', case: 'cases' };

export const detailPath = (aggregate: Aggregate, id: string): string => `/api/${PATHS[aggregate]}/${id}`;

/** The page of a record in the UI. */
export const pagePath = (aggregate: Aggregate, id: string): string => `/${PATHS[aggregate]}/${id}`;

export function runTransition<D>(aggregate: Aggregate, id: string, event: string, version: number, input?: Record<string, unknown>): Promise<D> {
  return api<D>(`${detailPath(aggregate, id)}/transitions`, {
    method: 'POST',
    body: { event, version, ...(input && Object.keys(input).length > 0 ? { input } : {}) },
  });
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Uploads one evidence file (multipart, part `file`) and reports progress; fetch cannot report
 * upload progress, so this uses XMLHttpRequest. Fails with an ApiError carrying the server's code
 * (FILE_REJECTED, PAYLOAD_TOO_LARGE…).
 */
export function uploadEvidence(
  aggregate: Aggregate,
  id: string,
  file: File,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<FileView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${detailPath(aggregate, id)}/files`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as FileView);
        return;
      }
      const { code, message, details } = readError(data);
      reject(new ApiError(xhr.status, code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_' + xhr.status), message ?? '', details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
