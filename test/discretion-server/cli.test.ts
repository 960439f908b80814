/**
 * `safelaw penalty compute`: --json (one input), --jsonl (a batch on stdin, one line out per line
 * in, bad lines answered with an error line), offline from the generated defaults, and --db with
 * the versions stored in a test database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBenchmark } from '../../src/domain/discretion/index.ts';
import { findViolation } from '../../src/domain/legal/catalogue/index.ts';
import { createBenchmarkVersion } from '../../src/server/discretion/benchmark.service.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { cityAdminActor, user } from '../support/factories.ts';
import { runSafelaw, type CliRun } from '../support/cli.ts';

const CODE = 'AQSCF-099-1';

let scratch: string;

/** Runs bin/safelaw.js penalty compute with an empty data directory and no DATABASE_URL unless given. */
const safelaw = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> =>
  runSafelaw(['penalty', 'compute', ...args], { dataDir: path.join(scratch, 'data'), ...opts });

const input = (facts: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  JSON.stringify({ violation: CODE, actDate: '2026-03-02', decisionDate: '2026-03-30', facts, ...more });

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-penalty-cli-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('safelaw penalty compute --json (offline, generated defaults)', () => {
  it('answers the acceptance examples of 安全生产法 art. 99 item 1 without a database', async () => {
    const plain = await safelaw(['--json', input({})]);
    expect(plain.code, plain.stderr).toBe(0);
    const r = JSON.parse(plain.stdout);
    expect(r.outcome).toBe('罚款');
    expect(r.unit.min).toBeGreaterThanOrEqual(0);
    expect(r.unit.max).toBeLessThanOrEqual(50_000);
    expect(r.benchmark).toMatchObject({ label: '平台默认裁量基准（非官方文本）', version: null, isDefault: true });

    const late = JSON.parse((await safelaw(['--json', input({ notCorrectedByDeadline: true })])).stdout);
    expect([late.unit.min >= 50_000, late.unit.max <= 200_000, late.persons.min >= 10_000, late.persons.max <= 20_000]).toEqual([true, true, true, true]);

    const minor = JSON.parse((await safelaw(['--json', input({ correctedInTime: true, harm: 'none' })])).stdout);
    expect(minor.outcome).toBe('不予处罚');
    expect(minor.basis[0].citation).toBe('《中华人民共和国行政处罚法》第三十三条第一款');
    // No database was opened: the data directory was never created.
    expect(fs.existsSync(path.join(scratch, 'data'))).toBe(false);
  });

  it('prints an error naming the key and exits 1 for a bad input', async () => {
    const run = await safelaw(['--json', input({ harm: 'none', colour: 'red' })]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'UNKNOWN_KEY', message: expect.any(String), key: 'facts.colour' } });
  });

  it('explains in Chinese with --text', async () => {
    const run = await safelaw(['--text', '--json', input({})]);
    expect(run.stdout).toContain('未设置明显的安全警示标志（AQSCF-099-1）：罚款，一般档');
    expect(run.stdout).toContain('建议 17500 元');
  });
});

describe('safelaw penalty compute --jsonl', () => {
  it('writes one JSON line per input line; a bad line gives an error line and processing continues', async () => {
    const lines = [
      input({}),
      input({ harm: 'catastrophic' }),
      '{"violation": "AQSCF-099-1", broken',
      input({}, { extra: 1 }),
      input({ correctedInTime: true, harm: 'none' }),
    ];
    const run = await safelaw(['--jsonl'], { stdin: lines.join('\n') + '\n' });
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].outcome).toBe('罚款');
    expect(out[1]).toEqual({ line: 2, error: { code: 'UNKNOWN_VALUE', message: expect.any(String), key: 'facts.harm' } });
    expect(out[2]).toEqual({ line: 3, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('not JSON'), key: '' } });
    expect(out[3]).toMatchObject({ line: 4, error: { code: 'UNKNOWN_KEY', key: 'extra' } });
    expect(out[4].outcome).toBe('不予处罚');
    expect(run.stderr).toContain('3 line(s) failed');
  });

  it('computes a large batch quickly', async () => {
    const n = 2000;
    const facts = [{}, { notCorrectedByDeadline: true }, { correctedInTime: true, harm: 'none' }, { harm: 'serious', repeatWithinYear: true }];
    const stdin = Array.from({ length: n }, (_, i) => input(facts[i % facts.length]!)).join('\n');
    const t0 = performance.now();
    const run = await safelaw(['--jsonl'], { stdin });
    const ms = performance.now() - t0;
    expect(run.stdout.trim().split('\n')).toHaveLength(n);
    // Start-up (tsx) dominates; the computations themselves take tens of microseconds each.
    expect(ms).toBeLessThan(15_000);
  });
});

describe('safelaw penalty compute --db', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    // An administrator's version from 2026-01-01 with the 一般 tier at 5,000–20,000.
    const v = findViolation(CODE)!;
    const base = defaultBenchmark(v);
    const bands: [number, number][] = [[0, 5_000], [5_000, 20_000], [20_000, 35_000], [35_000, 50_000]];
    let i = 0;
    const tiers = base.tiers.map((t) => {
      if (t.trigger !== 'base') return t;
      const [min, max] = bands[i++]!;
      return { ...t, unit: { kind: 'amount' as const, yuan: { min, max, ...(min > 0 ? { minExclusive: true } : {}) } } };
    });
    const admin = { ...(await cityAdminActor(ctx)), id: (await user(ctx, 'admin', '500000')).id };
    await createBenchmarkVersion(ctx, admin, CODE, { ...base, effectiveFrom: '2026-01-01', label: '测试市级裁量基准', tiers, expectedVersion: 1 }, {});
  });
  afterAll(async () => {
    await ctx.stop();
  });

  it('uses the versions stored in the database', async () => {
    const run = await safelaw(['--db', '--json', input({})], { env: { DATABASE_URL: ctx.url } });
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect([r.unit.min, r.unit.max]).toEqual([5_000, 20_000]);
    expect(r.benchmark).toMatchObject({ version: 2, isDefault: false, label: '测试市级裁量基准' });
    // The same input offline uses the generated default.
    const offline = JSON.parse((await safelaw(['--json', input({})])).stdout);
    expect([offline.unit.min, offline.unit.max]).toEqual([10_000, 25_000]);
  });

  it('refuses --db together with --defaults', async () => {
    const run = await safelaw(['--db', '--defaults', '--json', input({})]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--db and --defaults');
  });
});
