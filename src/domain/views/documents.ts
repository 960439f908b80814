/**
 * What the API shows of an enforcement document (执法文书): in a workflow record's detail and
 * from /api/documents. Written once here, built by src/server/documents and read by the web UI.
 * Types only.
 */
import type { Aggregate } from '../workflow/index.ts';

export interface DocumentView {
  id: string;
  kind: string;
  title: string;
  number: string | null;
  status: 'pending' | 'issued' | 'failed';
  error: string | null;
  sha256: string | null;
  size: number | null;
  pageCount: number | null;
  createdAt: string;
  issuedAt: string | null;
  /** The PDF, once issued. */
  url: string | null;
  aggregate: Aggregate;
  aggregateId: string;
}
