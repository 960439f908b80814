/**
 * Importing the law library (法律法规导入) from a directory of statute texts plus manifest.json
 * (the format of the shared data/laws directory; see src/domain/legal/parse-statute.ts).
 *
 * - Every file is read, hashed (sha256) and parsed, and its article count checked against the
 *   manifest, before the database is touched: a wrong file stops the import with
 *   LAW_PARSE_ERROR naming the file and line.
 * - The writes run in one transaction: all laws or none.
 * - Idempotent: a law is keyed by its slug, a version by its code (file name without .txt); a
 *   version whose file and metadata are unchanged is left alone, a changed one has its structure
 *   replaced in place. Versions that disappear from the manifest are kept (they are history).
 *   When the word segmentation changed since the articles were stored (segment.ts,
 *   INDEX_FINGERPRINT), every stored article is re-segmented for search.
 * - Each created or changed version writes the audit event laws.imported on the law's record
 *   (aggregate type 'law', id = slug).
 * - At the end the violation catalogue's references are checked against the imported articles;
 *   problems are reported, not fatal (the catalogue is code, the library is data).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isIsoDate } from '../../domain/calendar/calendar.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { CatalogueProblem } from '../../domain/legal/catalogue/validate.ts';
import { checkAgainstManifest, parseManifest, parseStatute } from '../../domain/legal/parse-statute.ts';
import { findKnownLaw } from '../../domain/legal/reference.ts';
import type { LawManifestEntry, ParsedStatute } from '../../domain/legal/statute.ts';
import type { LawRef } from '../../domain/legal/violation.ts';
import { appendAudit, SYSTEM_ACTOR, type AuditActor, type AuditOrigin } from '../audit/audit.repository.ts';
import type { LawMeta, LawStatus, LawVersionMeta } from '../../domain/views/legal.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import {
  articleShapes,
  countVersions,
  LAW_STATUSES,
  lockLawLibrary,
  resegmentArticles,
  saveIndexFingerprint,
  saveManifestSha256,
  storedIndexFingerprint,
  storedManifestSha256,
  storedMeta,
  storedVersions,
  writeLaw,
  type LawWrite,
} from './law.repository.ts';
import { jsonErrorLine } from './json-error-line.ts';
import { INDEX_FINGERPRINT, indexTokens } from './segment.ts';

const MANIFEST_FILE = 'manifest.json';

/** One statute file read, hashed, parsed and checked. */
export interface LoadedLaw {
  entry: LawManifestEntry;
  law: LawMeta & { sort: number };
  version: Omit<LawVersionMeta, 'importedAt' | 'articleCount'>;
  statute: ParsedStatute;
}

export type ImportStatus = 'created' | 'updated' | 'unchanged';

export interface LawImportLine {
  file: string;
  slug: string;
  code: string;
  title: string;
  short: string;
  version: string;
  articles: number;
  chapters: number;
  status: ImportStatus;
}

export interface LawImportReport {
  dir: string;
  laws: LawImportLine[];
  articles: number;
  /** The violation catalogue checked against the imported articles. */
  catalogue: {
    problems: CatalogueProblem[];
    /** References to laws that are not in the library (not checkable). */
    unchecked: number;
  };
  ms: number;
}

export interface ImportOptions {
  actor?: AuditActor;
  origin?: AuditOrigin;
  /** Called once the files are parsed (done 0) and after each law is written. */
  onProgress?: (done: number, total: number, line?: LawImportLine) => void;
}

const parseError = (file: string, message: string, line?: number): DomainError =>
  new DomainError('LAW_PARSE_ERROR', line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`, {
    file,
    ...(line === undefined ? {} : { line }),
  });

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Law slug of a file: its name without .txt and the year suffix, or the known slug of its title. */
function slugOf(file: string, title: string): string {
  const known = findKnownLaw(title);
  if (known && known.title === title) return known.slug;
  return file.replace(/\.txt$/u, '').replace(/-\d{4}$/u, '');
}

/** A version label that is a document number (国务院令第708号, 应急〔2024〕90号) doubles as it. */
const DOC_NUMBER_RE = /令第[0-9０-９一二三四五六七八九十百千]+号|〔\d{4}〕\d+号/u;

async function readText(dir: string, file: string): Promise<Buffer> {
  try {
    return await fs.readFile(path.join(dir, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw parseError(file, code === 'ENOENT' ? `file not found in ${dir}` : `cannot read: ${(e as Error).message}`);
  }
}

/** Reads and checks the manifest and every statute it lists; touches no database. */
async function readLawLibrary(dir: string): Promise<{ laws: LoadedLaw[]; sha256: Map<string, string> }> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw parseError(dir, 'not a directory');
  const manifestBytes = await readText(dir, MANIFEST_FILE);
  const manifestText = manifestBytes.toString('utf8').replace(/^\uFEFF/u, '');
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch (e) {
    throw parseError(MANIFEST_FILE, `invalid JSON: ${(e as Error).message.split('\n')[0]}`, jsonErrorLine(manifestText));
  }
  const manifest = parseManifest(json, MANIFEST_FILE);
  const raw = (json as { laws: Record<string, unknown>[] }).laws;
  const hashes = new Map<string, string>([[MANIFEST_FILE, sha256(manifestBytes)]]);
  const laws: LoadedLaw[] = [];
  const slugTitles = new Map<string, string>();
  for (const [index, entry] of manifest.laws.entries()) {
    const where = `laws[${index}]`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/u.test(entry.file)) {
      throw parseError(MANIFEST_FILE, `${where}.file must be a lower-case name like anquan-shengchan-fa-2021.txt, got ${entry.file}`);
    }
    if (!(LAW_STATUSES as readonly string[]).includes(entry.status)) {
      throw parseError(MANIFEST_FILE, `${where}.status must be one of ${LAW_STATUSES.join('/')}, got ${entry.status}`);
    }
    const extra = raw[index] ?? {};
    const expires = typeof extra['expires'] === 'string' ? extra['expires'] : null;
    if (expires !== null && !(isIsoDate(expires) && expires > entry.effective)) {
      throw parseError(MANIFEST_FILE, `${where}.expires must be an ISO date after ${entry.effective}, got ${expires}`);
    }
    const docNumber = typeof extra['docNumber'] === 'string' ? extra['docNumber'] : (DOC_NUMBER_RE.test(entry.version) ? entry.version : null);

    const bytes = await readText(dir, entry.file);
    const statute = parseStatute(bytes.toString('utf8'), entry.file);
    checkAgainstManifest(statute, entry);
    hashes.set(entry.file, sha256(bytes));

    const slug = slugOf(entry.file, entry.title);
    const seenTitle = slugTitles.get(slug);
    if (seenTitle !== undefined && seenTitle !== entry.title) {
      throw parseError(MANIFEST_FILE, `${where}: ${entry.file} and a file of ${seenTitle} both map to the law ${slug}`);
    }
    slugTitles.set(slug, entry.title);
    laws.push({
      entry,
      law: { slug, title: entry.title, short: entry.short, level: entry.level, issuer: entry.issuer, status: entry.status as LawStatus, sort: 0 },
      version: {
        code: entry.file.replace(/\.txt$/u, ''),
        label: entry.version,
        docNumber,
        adopted: entry.adopted,
        effective: entry.effective,
        expires,
        status: entry.status as LawStatus,
        note: entry.note ?? null,
        sourceFile: entry.file,
        source: statute.source ?? null,
        history: statute.history ?? null,
        sha256: hashes.get(entry.file)!,
      },
      statute,
    });
  }
  // Law-level metadata comes from the law's newest version; laws keep the manifest's order.
  const order = [...new Set(laws.map((l) => l.law.slug))];
  for (const l of laws) {
    const newest = laws.filter((o) => o.law.slug === l.law.slug).sort((a, b) => b.version.effective.localeCompare(a.version.effective))[0]!;
    l.law = { ...newest.law, sort: order.indexOf(l.law.slug) + 1 };
  }
  return { laws, sha256: hashes };
}

const sameLaw = (a: LawMeta & { sort: number }, b: LawMeta & { sort: number }): boolean =>
  a.title === b.title && a.short === b.short && a.level === b.level && a.issuer === b.issuer && a.status === b.status && a.sort === b.sort;

const sameVersion = (a: LoadedLaw['version'], b: LawVersionMeta): boolean =>
  (Object.keys(a) as (keyof LoadedLaw['version'])[]).every((k) => a[k] === b[k]);

/** Imports (or updates) every law of `dir` in one transaction; see the file comment. */
export async function importLaws(ctx: Pick<AppContext, 'db' | 'now'>, dir: string, opts: ImportOptions = {}): Promise<LawImportReport> {
  const t0 = performance.now();
  const { laws, sha256: hashes } = await readLawLibrary(dir);
  const total = laws.length;
  opts.onProgress?.(0, total);
  const writes: LawWrite[] = laws.map((l) => ({ ...l, tokens: l.statute.articles.map((a) => indexTokens(a.text)) }));
  const at = ctx.now();

  const lines = await ctx.db.transaction().execute(async (trx) => {
    await lockLawLibrary(trx);
    const out: LawImportLine[] = [];
    for (const [i, w] of writes.entries()) {
      const before = await storedMeta(trx, w.law.slug, w.version.code);
      const unchanged =
        before.law !== undefined && before.version !== undefined && sameLaw(before.law, w.law) && sameVersion(w.version, before.version) &&
        before.version.articleCount === w.statute.articles.length;
      let status: ImportStatus = 'unchanged';
      if (!unchanged) {
        const stored = await writeLaw(trx, w, at);
        if (stored !== w.statute.articles.length) {
          throw new DomainError('INTERNAL', `${w.version.sourceFile}: stored ${stored} articles, parsed ${w.statute.articles.length}`);
        }
        status = before.version ? 'updated' : 'created';
        await appendAudit(trx, {
          aggregateType: 'law',
          aggregateId: w.law.slug,
          type: 'laws.imported',
          payload: { law: w.law.title, version: w.version.label, articles: stored, sha256: w.version.sha256 },
          actor: opts.actor ?? SYSTEM_ACTOR,
          ...(opts.origin ? { origin: opts.origin } : {}),
          at,
        });
      }
      const line: LawImportLine = {
        file: w.version.sourceFile,
        slug: w.law.slug,
        code: w.version.code,
        title: w.law.title,
        short: w.law.short,
        version: w.version.label,
        articles: w.statute.articles.length,
        chapters: w.statute.chapters.length,
        status,
      };
      out.push(line);
      opts.onProgress?.(i + 1, total, line);
    }
    // Articles stored with another segmentation (dictionary changed since) are re-segmented.
    if ((await storedIndexFingerprint(trx)) !== INDEX_FINGERPRINT) {
      await resegmentArticles(trx, indexTokens);
      await saveIndexFingerprint(trx, INDEX_FINGERPRINT, at);
    }
    await saveManifestSha256(trx, hashes.get(MANIFEST_FILE)!, at);
    // The versions just written must hold exactly the manifest's article counts.
    for (const v of await storedVersions(trx)) {
      const expected = laws.find((l) => l.version.code === v.code);
      if (expected && v.articleCount !== expected.entry.articles) {
        throw new DomainError('INTERNAL', `${expected.entry.file}: ${v.articleCount} articles stored, the manifest lists ${expected.entry.articles}`);
      }
    }
    return out;
  });

  const catalogue = await checkCatalogueAgainstLibrary(ctx.db);
  return {
    dir,
    laws: lines,
    articles: lines.reduce((n, l) => n + l.articles, 0),
    catalogue,
    ms: Math.round(performance.now() - t0),
  };
}

/**
 * Whether the library already holds exactly what `dir` has: the same manifest, every listed file
 * with the same sha256, and search tokens made with the current segmentation. Reads and hashes
 * the files without parsing them; any doubt (unreadable manifest or file) answers false, and
 * the import that follows reports the problem.
 */
async function libraryUpToDate(db: Database, dir: string): Promise<boolean> {
  let manifestBytes: Buffer;
  let files: string[];
  try {
    manifestBytes = await fs.readFile(path.join(dir, MANIFEST_FILE));
    const json = JSON.parse(manifestBytes.toString('utf8').replace(/^\uFEFF/u, '')) as { laws?: { file?: unknown }[] };
    files = (json.laws ?? []).map((l) => String(l.file));
  } catch {
    return false;
  }
  if ((await storedManifestSha256(db)) !== sha256(manifestBytes)) return false;
  if ((await storedIndexFingerprint(db)) !== INDEX_FINGERPRINT) return false;
  const stored = new Map((await storedVersions(db)).map((v) => [v.code, v.sha256]));
  for (const file of files) {
    const bytes = await fs.readFile(path.join(dir, file)).catch(() => undefined);
    if (!bytes || stored.get(file.replace(/\.txt$/u, '')) !== sha256(bytes)) return false;
  }
  return true;
}

/**
 * Start hook (`serve`): with SAFELAW_LAWS_DIR set, imports the library when it is empty or the
 * files changed; without it, the catalogue works with references only (no article texts).
 * A broken library stops the start with the importer's error (file and line).
 */
export async function importLawsAtStart(ctx: AppContext, log: (line: string) => void): Promise<void> {
  const dir = ctx.config.lawsDir;
  if (dir === undefined) {
    if ((await countVersions(ctx.db)) === 0) {
      log('法律法规库为空（未设置 SAFELAW_LAWS_DIR）：违法行为库只显示条文引用，不显示条文原文 / law library empty: set SAFELAW_LAWS_DIR to import the texts');
    }
    return;
  }
  if (await libraryUpToDate(ctx.db, dir)) {
    log(`法律法规库已是最新 / law library up to date (${dir})`);
    return;
  }
  const report = await importLaws(ctx, dir, { onProgress: (done, total, line) => line && log(`  导入 ${line.short} ${line.articles} 条（${done}/${total}）`) });
  const changed = report.laws.filter((l) => l.status !== 'unchanged').length;
  log(`法律法规库导入完成：${report.laws.length} 部，${report.articles} 条，${changed} 部有变化，${report.ms} ms / laws imported`);
  for (const p of report.catalogue.problems) log(`  违法行为库引用有误 / catalogue reference problem: ${p.code}: ${p.problem}`);
}

/**
 * Whether a provision exists among the imported articles: the article; the paragraph if given;
 * the item within it (or, without a paragraph, within the article's only paragraph with items).
 */
export function articleExistsIn(shapes: Map<string, Map<number, number[]>>, ref: LawRef): boolean {
  const shape = shapes.get(ref.law)?.get(ref.article);
  if (!shape) return false;
  if (ref.paragraph !== undefined) {
    const items = shape[ref.paragraph - 1];
    return items !== undefined && (ref.item === undefined || ref.item <= items);
  }
  if (ref.item === undefined) return true;
  const withItems = shape.filter((n) => n > 0);
  return withItems.length === 1 && ref.item <= withItems[0]!;
}

/** validateCatalogue(CATALOGUE) with `articleExists` over the imported library. */
async function checkCatalogueAgainstLibrary(db: Database): Promise<LawImportReport['catalogue']> {
  const shapes = await articleShapes(db);
  let unchecked = 0;
  try {
    const { CATALOGUE } = await import('../../domain/legal/catalogue/index.ts');
    const { validateCatalogue } = await import('../../domain/legal/catalogue/validate.ts');
    const problems = validateCatalogue(CATALOGUE, {
      articleExists: (ref) => {
        if (!shapes.has(ref.law)) {
          unchecked++;
          return true;
        }
        return articleExistsIn(shapes, ref);
      },
    });
    return { problems, unchecked };
  } catch (e) {
    if (isDomainError(e) && e.code === 'CATALOGUE_INVALID') {
      return { problems: [{ code: '*', problem: e.message }], unchecked };
    }
    throw e;
  }
}
