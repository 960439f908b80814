/**
 * What the API shows of a stored file (evidence, generated documents): in a workflow record's
 * detail and as the answer to an upload. Written once here, built by src/server/files and read
 * by the web UI. Types only.
 */

export interface FileView {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  /** Null for files the system stored (generated documents). */
  uploadedBy: { id: string; name: string } | null;
  url: string;
  purpose: 'evidence' | 'document';
}
