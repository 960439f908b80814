/** All the text of a document definition, in order, joined (for asserting what a document says). */
import type { DocDefinition } from '../../src/domain/documents/doc-definition.ts';

function collect(node: unknown, out: string[]): void {
  if (typeof node === 'string') {
    out.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const key of ['text', 'stack', 'columns', 'ol', 'ul']) if (key in o) collect(o[key], out);
  if (o.table && typeof o.table === 'object') collect((o.table as { body: unknown }).body, out);
}

export function textOf(doc: DocDefinition): string {
  const out: string[] = [];
  collect(doc.content, out);
  return out.join('');
}
