/**
 * Renders document definitions to PDF bytes with pdfmake 0.3 and the Noto CJK fonts.
 *
 * pdfmake may read local files only under the font directory and never fetches URLs.
 * Output is deterministic for a given definition and creation date (pdfkit derives the file
 * ID from the metadata), so the SHA-256 the audit trail stores can be reproduced.
 */
import { createHash } from 'node:crypto';
import pdfmake from 'pdfmake';
import type { DocDefinition } from '../../domain/documents/doc-definition.ts';
import type { DocumentInputs } from '../../domain/documents/index.ts';
import type { DocumentKind } from '../../domain/documents/kinds.ts';
import { buildDocument } from '../../domain/documents/index.ts';
import { DEFAULT_FONT_DIR, checkFonts, fontDescriptors } from './fonts.ts';

export interface RenderOptions {
  /** Directory holding the Noto CJK .ttc files; default /usr/share/fonts/opentype/noto. */
  fontDir?: string;
  /** The PDF's creation date (metadata); default now. Fix it to reproduce identical bytes. */
  creationDate?: Date;
}

export interface RenderedDocument {
  bytes: Buffer;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  pageCount: number;
}

/** Renders a definition to PDF bytes. Throws FONT_MISSING when a font file is absent. */
export async function renderPdf(doc: DocDefinition, options: RenderOptions = {}): Promise<Buffer> {
  const fontDir = options.fontDir ?? DEFAULT_FONT_DIR;
  checkFonts(fontDir);
  const prefix = fontDir.endsWith('/') ? fontDir : `${fontDir}/`;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(prefix));
  pdfmake.setFonts(fontDescriptors(fontDir));
  // pdfmake mutates the definition it is given: hand it a copy.
  const copy = JSON.parse(JSON.stringify(doc)) as DocDefinition & { info: Record<string, unknown> };
  copy.info.creationDate = options.creationDate ?? new Date();
  return pdfmake.createPdf(copy).getBuffer();
}

/** Number of pages: the page objects (/Type /Page) in the file. */
function countPdfPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Builds the document of `kind` from its input and renders it. */
export async function renderDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentInputs[K],
  options: RenderOptions = {},
): Promise<RenderedDocument> {
  const bytes = await renderPdf(buildDocument(kind, data), options);
  return { bytes, sha256: sha256Hex(bytes), pageCount: countPdfPages(bytes) };
}
