/**
 * `safelaw calendar` needs no database: working days per the State Council's holiday
 * arrangement (行政处罚法第八十五条: 二日、三日、五日、七日 are working days).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function safelaw(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, SAFELAW_DATA_DIR: '/nonexistent/safelaw-no-data', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ['bin/safelaw.js', 'calendar', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('safelaw calendar', () => {
  it('adds 7 working days to 2026-09-28 across the National Day holiday: 2026-10-13', () => {
    expect(safelaw('add-workdays', '2026-09-28', '7')).toMatchObject({ code: 0, stdout: '2026-10-13\n' });
  });

  it('marks a date computed over a year without published holidays as provisional', () => {
    expect(safelaw('add-workdays', '2027-12-28', '7').stdout).toBe('2028-01-06 (provisional)\n');
  });

  it('tells a make-up Saturday and a holiday apart', () => {
    expect(safelaw('is-workday', '2026-10-10').stdout).toBe('yes (调休上班 make-up working day)\n');
    expect(safelaw('is-workday', '2026-10-01').stdout).toBe('no (国庆节)\n');
  });

  it('refuses a date that does not exist', () => {
    const r = safelaw('is-workday', '2026-02-30');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
});
