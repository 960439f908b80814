import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/domain/documents/index.ts';
import { buildDocument } from '../../src/domain/documents/index.ts';
import { isDomainError } from '../../src/domain/errors.ts';
import { renderDocument as sut, renderPdf, sha256Hex } from '../../src/server/documents/render-pdf.ts';
import { countDarkPixels, decodePng } from './png.ts';
import { samples } from './samples.ts';

const run = promisify(execFile);
const FIXED = new Date('2026-04-02T10:00:00+08:00');

/** Runs a poppler-utils tool; a missing tool fails with what to install. */
async function poppler(tool: 'pdftoppm' | 'pdftotext', args: string[]): Promise<string> {
  try {
    return (await run(tool, args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install the Debian package poppler-utils (apt-get install poppler-utils)`, {
        cause: e,
      });
    }
    throw e;
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safelaw-documents-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rendering documents to PDF', () => {
  it.each(Object.keys(samples) as DocumentKind[])('renders %s as a valid PDF', async (kind) => {
    const { bytes, sha256, pageCount } = await sut(kind, samples[kind] as never, { creationDate: FIXED });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    // The embedded CJK subset alone is tens of kilobytes; an empty or font-less file is a few.
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(sha256).toBe(sha256Hex(bytes));
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeLessThanOrEqual(2);
  });

  it('renders the same bytes, so the same hash, for the same input and creation date', async () => {
    const a = await sut('penaltyNotice', samples.penaltyNotice, { creationDate: FIXED });
    const b = await sut('penaltyNotice', samples.penaltyNotice, { creationDate: FIXED });
    const c = await sut('penaltyNotice', samples.penaltyNotice, { creationDate: new Date('2026-04-03T10:00:00+08:00') });
    expect(b.sha256).toBe(a.sha256);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('leaves the definition it is given unchanged', async () => {
    const doc = buildDocument('closingApproval', samples.closingApproval);
    const before = JSON.stringify(doc);
    await renderPdf(doc, { creationDate: FIXED });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('fails with FONT_MISSING naming fonts-noto-cjk and the path when the fonts are absent', async () => {
    const missingDir = join(dir, 'no-fonts');
    const error = await sut('penaltyDecision', samples.penaltyDecision, { fontDir: missingDir }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('FONT_MISSING');
    expect((error as Error).message).toContain('fonts-noto-cjk');
    expect((error as Error).message).toContain(join(missingDir, 'NotoSerifCJK-Regular.ttc'));
  });
});

describe('the rendered 行政处罚决定书', () => {
  let pdfPath: string;
  beforeAll(async () => {
    const { bytes } = await sut('penaltyDecision', samples.penaltyDecision, { creationDate: FIXED });
    pdfPath = join(dir, 'decision.pdf');
    await writeFile(pdfPath, bytes);
  });

  it('shows ink on its first page (pdftoppm -png -r 60)', async () => {
    const out = join(dir, 'decision-page');
    await poppler('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfPath, out]);
    const page = decodePng(await readFile(`${out}.png`));
    // A4 at 60 dpi: 496 × 702.
    expect(page.width).toBeGreaterThan(480);
    expect(page.height).toBeGreaterThan(690);
    const dark = countDarkPixels(page);
    // A blank page, or boxes for missing glyphs, stays far below this; a page of text is ~10 %.
    expect(dark / (page.width * page.height)).toBeGreaterThan(0.02);
  });

  it('carries extractable Chinese text: the title, the number and the fine in 大写 (pdftotext)', async () => {
    const text = (await poppler('pdftotext', [pdfPath, '-'])).replace(/\s+/g, '');
    expect(text).toContain('重庆市渝北区应急管理局');
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain('渝北应急罚〔2026〕12号');
    expect(text).toContain('人民币伍万元整');
    expect(text).toContain('重庆市渝北区人民政府申请行政复议');
  });
});
