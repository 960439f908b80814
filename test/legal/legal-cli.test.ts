/**
 * The command line: `safelaw legal match` (offline, no database, single text or JSON lines from
 * stdin) and `safelaw laws import DIR` against a test database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/server/db/database.ts';
import { createTestDatabase } from '../support/context.ts';
import { lawsDir, manifest, scratchCopy } from './import-support.ts';
import { runSafelaw, type CliRun } from '../support/cli.ts';

/** Runs bin/safelaw.js with an empty data directory and no DATABASE_URL unless given. */
const safelaw = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> =>
  runSafelaw(args, { dataDir: path.join(scratchDir, 'no-data'), ...opts });

let scratchDir: string;
let dbUrl: string;
let db: Database;

beforeAll(async () => {
  scratchDir = scratchCopy();
  dbUrl = await createTestDatabase();
  db = createDatabase(dbUrl, 2);
});
afterAll(async () => {
  await db.destroy();
  fs.rmSync(scratchDir, { recursive: true, force: true });
});

describe('safelaw legal match', () => {
  it('prints a readable Chinese list with the citation and the fine range, without a database', async () => {
    const sut = await safelaw(['legal', 'match', '厂房东侧疏散通道上堆满了货物', '--date', '2026-06-01']);
    expect(sut.code).toBe(0);
    expect(sut.stdout).toMatch(/^1\. .*疏散通道.*\[AQSCF-105/m);
    expect(sut.stdout).toContain('处罚依据：《中华人民共和国安全生产法》第一百零五条第二项');
    expect(sut.stdout).toContain('罚款幅度：对单位处5万元以下罚款');
    expect(fs.existsSync(path.join(scratchDir, 'no-data'))).toBe(false); // no database was started
  });

  it('prints the result as JSON with --json', async () => {
    const sut = await safelaw(['legal', 'match', '仓库安全出口被铁链锁住', '--date', '2026-06-01', '--json']);
    expect(sut.code).toBe(0);
    const { candidates } = JSON.parse(sut.stdout) as { candidates: { penaltyBasis: unknown[]; score: number }[] };
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates[0]!.penaltyBasis).toContainEqual({ law: '中华人民共和国安全生产法', article: 105, item: 2 });
  });

  it('--jsonl answers one line per input line; a bad line gets an error code and the rest go on', async () => {
    const input = [
      JSON.stringify({ text: '厂房东侧疏散通道上堆满了货物', date: '2026-06-01' }),
      'this is not JSON',
      JSON.stringify({ text: '仓库安全出口被锁', date: '2026-02-30' }),
      '',
      JSON.stringify({ date: '2026-06-01' }),
      JSON.stringify({ text: '配电箱旁边堆放易燃物，安全出口被锁闭', date: '2026-06-01' }),
    ].join('\n');
    const sut = await safelaw(['legal', 'match', '--jsonl'], { stdin: input });
    expect(sut.code).toBe(0);
    const out = sut.stdout.trim().split('\n').map((l) => JSON.parse(l) as { candidates?: { penaltyBasis: unknown[] }[]; line?: number; error?: { code: string } });
    expect(out).toHaveLength(5); // the blank line is no input
    expect(out[0]!.candidates![0]!.penaltyBasis).toContainEqual({ law: '中华人民共和国安全生产法', article: 105, item: 2 });
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'VALIDATION_FAILED' } });
    expect(out[2]).toMatchObject({ line: 3, error: { code: 'INVALID_DATE' } });
    expect(out[3]).toMatchObject({ line: 5, error: { code: 'VALIDATION_FAILED' } });
    expect(out[4]!.candidates!.length).toBeGreaterThan(0);
    expect(sut.stderr).toContain('3 line(s) failed');
  });
});

describe('safelaw laws import', () => {
  it('imports the library and reports each law with its article count', async () => {
    const sut = await safelaw(['laws', 'import', lawsDir()], { env: { DATABASE_URL: dbUrl } });
    expect(sut.stderr).not.toMatch(/错误/);
    expect(sut.code).toBe(0);
    for (const m of manifest()) expect(sut.stdout).toMatch(new RegExp(`${m.short}.*\\s${m.articles} 条.*新增`));
    expect(sut.stdout).toContain('违法行为库引用核对：全部条文引用均存在');
    const n = await db.selectFrom('law_articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(manifest().reduce((s, l) => s + l.articles, 0));
  });

  it('stops with the file and line of a malformed text and exit code 1', async () => {
    const file = path.join(scratchDir, 'shigu-baogao-tiaoli-2007.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^第三条/mu, '第五条'));
    const sut = await safelaw(['laws', 'import', scratchDir], { env: { DATABASE_URL: dbUrl } });
    expect(sut.code).toBe(1);
    expect(sut.stderr).toMatch(/错误 \/ error: shigu-baogao-tiaoli-2007\.txt:\d+: 第五条 follows 第二条: 第三条 is missing/);
  });
});
