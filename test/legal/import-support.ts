/**
 * Test helpers for the law library: where the official texts are (never copied into the repo),
 * and a scratch copy of them that a test may change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LawManifestEntry } from '../../src/domain/legal/statute.ts';
import { importLaws, type LawImportReport } from '../../src/server/legal/law-import.service.ts';
import type { AppContext } from '../../src/server/context.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared law library: SAFELAW_LAWS_DIR, else ../shared/data/laws beside the repository. */
export function lawsDir(): string {
  const dir = process.env.SAFELAW_LAWS_DIR ? path.resolve(repoRoot, process.env.SAFELAW_LAWS_DIR) : path.resolve(repoRoot, '../shared/data/laws');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `The law texts are missing: no manifest.json in ${dir}. These tests read the official statute texts from the shared ` +
        `data directory (../shared/data/laws beside the repository); set SAFELAW_LAWS_DIR to where they are.`,
    );
  }
  return dir;
}

export function manifest(dir = lawsDir()): LawManifestEntry[] {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { laws: LawManifestEntry[] }).laws;
}

/** A writable copy of the library in a temporary directory; remove it with `fs.rmSync`. */
export function scratchCopy(dir = lawsDir()): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-laws-'));
  for (const name of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, name), path.join(copy, name));
  for (const name of fs.readdirSync(copy)) fs.chmodSync(path.join(copy, name), 0o644);
  return copy;
}

let imported: Promise<LawImportReport> | undefined;

/** Imports the shared library once per test file's context. */
export function importOnce(ctx: AppContext): Promise<LawImportReport> {
  imported ??= importLaws(ctx, lawsDir());
  return imported;
}
