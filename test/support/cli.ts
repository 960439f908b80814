/** Running the command line (bin/safelaw.js) as a child process, for the CLI tests. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs bin/safelaw.js with `args`, silent logs, `dataDir` as its data directory and no
 * DATABASE_URL unless `env` gives one; `stdin` is written and closed.
 */
export function runSafelaw(args: string[], opts: { dataDir: string; stdin?: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', SAFELAW_DATA_DIR: opts.dataDir, ...opts.env };
    if (!opts.env?.DATABASE_URL) delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['bin/safelaw.js', ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
