/**
 * The enforcement workflow API as the UI sees it (contract: docs/api-workflow.md): shapes,
 * the transition call, evidence uploads with progress, and the reference data (machines,
 * labels, staff) fetched once per page load.
 */
import { useEffect, useState } from 'react';
import type { PenaltyFacts, PenaltyResult } from '../../../domain/discretion/types.ts';
import type { DocumentView } from '../../../domain/views/documents.ts';
import type { FileView } from '../../../domain/views/files.ts';
import type { WorkflowMeta } from '../../../domain/views/workflow.ts';
import type { Aggregate } from '../../../domain/workflow/types.ts';
import type { Penalty } from '../../../domain/workflow/penalty-rules.ts';
import { api, ApiError, readError } from '../../api/client.ts';

export type {
  AllowedActionView,
  CaseDetail,
  CertificateView,
  DeadlineItem,
  DeadlineView,
  HazardDetail,
  InspectionDetail,
  OfficerView,
  PenaltySuggestion,
  RuleRef,
  StaffMemberView,
  UserRef,
  ViolationView,
  Workbench,
  WorkflowDetail,
  WorkflowMeta,
  WorkflowSummary,
} from '../../../domain/views/workflow.ts';
export type { Aggregate, DocumentView, FileView, PenaltyFacts, PenaltyResult, Penalty };
export type { MatchCandidate } from '../../../domain/legal/match/matcher.ts';

// ——— reference data ———

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
