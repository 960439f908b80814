/**
 * Use cases on discretion benchmarks (裁量基准): the platform defaults stored at start, browsing
 * the versions of an item, an administrator's new version (validated, versioned, audited), and
 * the penalty computation with the stored versions.
 *
 * Every stored version is parsed and validated against the catalogue when it is loaded (rows
 * never change, so each row is checked once per process); a computation that would use an
 * invalid version fails with BENCHMARK_INVALID naming the item instead of using it.
 */
import type { Transaction } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import type { BenchmarkProblem, BenchmarkVersion, PenaltyInput } from '../../domain/discretion/index.ts';
import {
  BENCHMARK_LAYER_LABELS,
  checkBenchmarkEdit,
  DEFAULT_BENCHMARK_LABEL,
  defaultBenchmark,
  formatStatutoryFine,
  parseBenchmarkVersion,
  parsePenaltyInput,
  sortedClauses,
  TRIGGER_LABELS,
  validateBenchmark,
} from '../../domain/discretion/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { CATALOGUE, findViolation } from '../../domain/legal/catalogue/index.ts';
import { formatRefCn } from '../../domain/legal/reference.ts';
import type { Violation } from '../../domain/legal/violation.ts';
import { MEASURE_LABELS } from '../../domain/legal/violation.ts';
import type { BenchmarkDetail, BenchmarkList, PenaltyAnswer, VersionView, ViolationView } from '../../domain/views/benchmarks.ts';
import { appendAudit, appendFirstEvents, SYSTEM_ACTOR, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { benchmarkSource, supersededBy, VersionIndex, type LoadedVersion } from './benchmark-set.ts';
import {
  insertVersion,
  insertVersionsIfAbsent,
  itemsWithVersions,
  latestVersionNumber,
  listVersionMetas,
  listVersions,
  lockItem,
  type NewVersion,
  type StoredVersion,
  type StoredVersionMeta,
} from './benchmark.repository.ts';
import { computeAnswer, itemsOf } from './penalty-compute.ts';

// ---------------------------------------------------------------------------------------------
// Loading

const PARSED_CACHE_LIMIT = 20_000;
const parsed = new Map<string, LoadedVersion>();

/** A stored row as the engine uses it, with its problems (shape or legal checks). */
function loadedOf(row: StoredVersion): LoadedVersion {
  const hit = parsed.get(row.id);
  if (hit) return hit;
  const v = findViolation(row.violation);
  let benchmark: BenchmarkVersion;
  let problems: BenchmarkProblem[];
  try {
    benchmark = parseBenchmarkVersion(row.raw);
    problems = v ? validateBenchmark(benchmark, v) : [{ violation: row.violation, message: `${row.violation}：违法行为库中没有该违法行为` }];
  } catch (e) {
    // Shown without tiers; never used for a computation (the lookup refuses a version with problems).
    benchmark = { ...row.raw, tiers: [], mitigation: [] };
    const name = v ? `${v.code}（${v.name}）` : row.violation;
    problems = [{ violation: row.violation, message: `${name}：第${row.version}版裁量基准格式错误（${(e as Error).message}）` }];
  }
  const loaded: LoadedVersion = {
    violation: row.violation,
    version: row.version,
    layer: row.layer,
    effectiveFrom: row.effectiveFrom,
    isDefault: row.isDefault,
    benchmark,
    problems,
  };
  if (parsed.size >= PARSED_CACHE_LIMIT) parsed.clear();
  parsed.set(row.id, loaded);
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Platform defaults

const DEFAULT_NOTE = '平台根据法定处罚幅度生成的默认裁量基准，非官方文本';

function defaultRow(v: Violation, at: Date): NewVersion {
  return { benchmark: defaultBenchmark(v), version: 1, isDefault: true, note: DEFAULT_NOTE, createdBy: { id: null, name: SYSTEM_ACTOR.name }, at };
}

/**
 * Stores the generated platform default as version 1 of every catalogue item that has no stored
 * version. Idempotent; run at start (START_HOOKS) and by test and demo setups.
 */
export async function ensureDefaultBenchmarks(ctx: Pick<AppContext, 'db' | 'now'>): Promise<{ inserted: number }> {
  const present = await itemsWithVersions(ctx.db);
  const at = ctx.now();
  const missing = CATALOGUE.filter((v) => !present.has(v.code)).map((v) => defaultRow(v, at));
  if (missing.length === 0) return { inserted: 0 };
  // The stored defaults and their audit events (each item's first) in one transaction.
  const inserted = await ctx.db.transaction().execute(async (trx) => {
    const codes = await insertVersionsIfAbsent(trx, missing);
    const byCode = new Map(missing.map((m) => [m.benchmark.violation, m.benchmark]));
    await appendFirstEvents(trx, codes.map((code) => ({
      aggregateType: 'benchmark', aggregateId: code, type: 'benchmark.updated' as const,
      payload: { violation: code, effectiveFrom: byCode.get(code)!.effectiveFrom, version: 1, layer: byCode.get(code)!.layer, label: byCode.get(code)!.label },
      actor: SYSTEM_ACTOR, at,
    })));
    return codes.length;
  });
  return { inserted };
}

/** Every stored version checked against the catalogue: the problems, each naming its item. */
export async function checkStoredBenchmarks(ctx: Pick<AppContext, 'db'>): Promise<{ versions: number; problems: BenchmarkProblem[] }> {
  const rows = await listVersions(ctx.db);
  return { versions: rows.length, problems: rows.flatMap((r) => loadedOf(r).problems) };
}

/** START_HOOKS entry: the defaults stored, then every version validated (problems are logged, naming the item). */
export async function ensureBenchmarksAtStart(ctx: AppContext, log: (line: string) => void): Promise<void> {
  const { inserted } = await ensureDefaultBenchmarks(ctx);
  const { versions, problems } = await checkStoredBenchmarks(ctx);
  if (inserted > 0) log(`裁量基准：为 ${inserted} 个违法行为生成了平台默认裁量基准（非官方文本）`);
  if (problems.length === 0) {
    ctx.logger.info({ versions }, 'benchmarks checked');
    return;
  }
  log(`裁量基准：${problems.length} 处问题，涉及的违法行为在修订前不能计算裁量 / invalid benchmark versions:`);
  for (const p of problems) log(`  ${p.message}`);
  ctx.logger.error({ problems }, 'invalid benchmark versions');
}

// ---------------------------------------------------------------------------------------------
// Views

const citations = (refs: Violation['violated']): string[] => refs.map((r) => formatRefCn(r));

function violationView(v: Violation): ViolationView {
  return {
    code: v.code,
    name: v.name,
    party: v.party,
    majorHazard: v.majorHazard,
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    violated: citations(v.violated),
    penaltyBasis: citations(v.penaltyBasis),
    clauses: sortedClauses(v).map((c) => ({
      trigger: c.trigger,
      label: TRIGGER_LABELS[c.trigger],
      unit: c.unit ? formatStatutoryFine(c.unit) : null,
      persons: c.persons ? formatStatutoryFine(c.persons) : null,
      measures: c.measures.map((m) => ({ measure: m, label: MEASURE_LABELS[m] })),
      basis: c.basis ? formatRefCn(c.basis) : null,
    })),
    item: v,
  };
}

function versionView(meta: StoredVersionMeta | null, loaded: LoadedVersion, all: readonly LoadedVersion[], current: LoadedVersion | undefined): VersionView {
  const b = loaded.benchmark;
  return {
    version: loaded.version,
    layer: loaded.layer,
    layerLabel: BENCHMARK_LAYER_LABELS[loaded.layer] ?? loaded.layer,
    effectiveFrom: loaded.effectiveFrom,
    label: b.label,
    firstOffenceWaiver: b.firstOffenceWaiver,
    isDefault: loaded.isDefault,
    stored: meta !== null,
    note: meta ? meta.note : DEFAULT_NOTE,
    createdBy: meta ? meta.createdBy : { id: null, name: SYSTEM_ACTOR.name },
    createdAt: meta ? meta.createdAt : null,
    supersededBy: supersededBy(loaded, all)?.version ?? null,
    current: loaded === current,
    problems: [...loaded.problems],
    tiers: b.tiers,
    mitigation: b.mitigation,
  };
}

function itemOr404(code: string): Violation {
  const v = findViolation(code);
  if (!v) throw new DomainError('NOT_FOUND', `违法行为库中没有编码为 ${code} 的违法行为`);
  return v;
}

/** The generated default as version 1 of an item with nothing stored. */
function unstoredDefault(v: Violation): LoadedVersion {
  const benchmark = defaultBenchmark(v);
  return { violation: v.code, version: 1, layer: benchmark.layer, effectiveFrom: benchmark.effectiveFrom, isDefault: true, benchmark, problems: [] };
}

/** One item: the statutory clauses, the version in force on `day`, and every version (newest first). */
export async function getBenchmark(ctx: AppContext, code: string, day: string): Promise<BenchmarkDetail> {
  const v = itemOr404(code);
  const rows = await listVersions(ctx.db, [code]);
  const pairs: { meta: StoredVersion | null; loaded: LoadedVersion }[] =
    rows.length > 0 ? rows.map((r) => ({ meta: r, loaded: loadedOf(r) })) : [{ meta: null, loaded: unstoredDefault(v) }];
  const all = pairs.map((p) => p.loaded);
  const current = new VersionIndex(all).pick(code, day);
  const versions = pairs.map((p) => versionView(p.meta, p.loaded, all, current)).reverse();
  return {
    violation: violationView(v),
    date: day,
    current: versions.find((x) => x.current) ?? null,
    latestVersion: Math.max(...all.map((x) => x.version)),
    versions,
  };
}

/** The catalogue with its search text and citations, computed once (the catalogue is frozen). */
let entryCache: { v: Violation; search: string; basis: string }[] | undefined;
function catalogueEntries(): { v: Violation; search: string; basis: string }[] {
  entryCache ??= CATALOGUE.map((v) => {
    const basis = citations(v.penaltyBasis).join('、');
    return { v, basis, search: `${v.code}\n${v.name}\n${basis}`.toLowerCase() };
  });
  return entryCache;
}
let basisCache: Map<string, string> | undefined;
const basisText = (v: Violation): string => (basisCache ??= new Map(catalogueEntries().map((e) => [e.v.code, e.basis]))).get(v.code)!;

/** Catalogue items with their version in force on `day`, filtered by code or name (case-insensitive). */
export async function listBenchmarks(ctx: AppContext, opts: { q?: string; day: string }): Promise<BenchmarkList> {
  const needle = opts.q?.trim().toLowerCase() ?? '';
  const entries = catalogueEntries();
  const items = needle ? entries.filter((e) => e.search.includes(needle)).map((e) => e.v) : CATALOGUE;
  const metas = await listVersionMetas(ctx.db, needle ? items.map((v) => v.code) : undefined);
  const index = new VersionIndex(metas);
  const byCode = new Map<string, StoredVersionMeta[]>();
  for (const m of metas) byCode.set(m.violation, [...(byCode.get(m.violation) ?? []), m]);
  return {
    total: items.length,
    items: items.map((v) => {
      const stored = byCode.get(v.code) ?? [];
      const cur = stored.length > 0 ? index.pick(v.code, opts.day) : undefined;
      const lastEdit = [...stored].reverse().find((m) => !m.isDefault);
      const generated = stored.length === 0 && v.validFrom <= opts.day ? defaultBenchmark(v) : undefined;
      return {
        code: v.code,
        name: v.name,
        party: v.party,
        majorHazard: v.majorHazard,
        penaltyBasis: basisText(v),
        validFrom: v.validFrom,
        validTo: v.validTo ?? null,
        current: cur
          ? { version: cur.version, layer: cur.layer, layerLabel: BENCHMARK_LAYER_LABELS[cur.layer], effectiveFrom: cur.effectiveFrom, label: cur.label, isDefault: cur.isDefault }
          : generated
            ? { version: 1, layer: generated.layer, layerLabel: BENCHMARK_LAYER_LABELS[generated.layer], effectiveFrom: generated.effectiveFrom, label: DEFAULT_BENCHMARK_LABEL, isDefault: true }
            : null,
        versionCount: Math.max(stored.length, 1),
        lastEdit: lastEdit ? { version: lastEdit.version, at: lastEdit.createdAt, by: lastEdit.createdBy.name } : null,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// An administrator's new version

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A new version of an item's benchmark, in force from its effectiveFrom. The body is the version
 * (layer, effectiveFrom, label, firstOffenceWaiver, tiers, mitigation?) with `expectedVersion`, the
 * latest version number the administrator started from, and an optional `note`. Checked in full
 * (shape naming the key path, then the legal checks: BENCHMARK_INVALID naming the item with the
 * problems list) before anything is written; CONFLICT when another version was saved meanwhile.
 */
export async function createBenchmarkVersion(ctx: AppContext, actor: Actor, code: string, body: unknown, origin: AuditOrigin): Promise<BenchmarkDetail> {
  const v = itemOr404(code);
  if (!isObject(body)) throw new DomainError('VALIDATION_FAILED', '请求内容须为对象', { key: '' });
  const { expectedVersion, note, ...rest } = body;
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw new DomainError('VALIDATION_FAILED', 'expectedVersion: 须为修订所依据的最新版本号（整数）', { key: 'expectedVersion' });
  }
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 500)) {
    throw new DomainError('VALIDATION_FAILED', 'note: 须为500字以内的文字', { key: 'note' });
  }
  if (rest.violation !== undefined && rest.violation !== code) {
    throw new DomainError('VALIDATION_FAILED', `violation: 与地址中的违法行为编码 ${code} 不一致`, { key: 'violation' });
  }
  const benchmark = checkBenchmarkEdit({ ...rest, violation: code }, (c) => (c === code ? v : undefined));
  const trimmedNote = typeof note === 'string' && note.trim() !== '' ? note.trim() : null;

  await ctx.db.transaction().execute(async (trx) => {
    await lockItem(trx, code);
    // The default an administrator edited may not be stored yet: store it first, as version 1.
    if ((await latestVersionNumber(trx, code)) === 0) await insertVersionsIfAbsent(trx, [defaultRow(v, ctx.now())]);
    const latest = await latestVersionNumber(trx, code);
    if (latest !== expectedVersion) {
      throw new DomainError('CONFLICT', `裁量基准已被他人修订（当前为第${latest}版），请刷新后重试`, { key: 'expectedVersion', currentVersion: latest });
    }
    const now = ctx.now();
    const version = latest + 1;
    await insertVersion(trx, { benchmark, version, isDefault: false, note: trimmedNote, createdBy: { id: actor.id, name: actor.name }, at: now });
    await appendAudit(trx, {
      aggregateType: 'benchmark',
      aggregateId: code,
      type: 'benchmark.updated',
      payload: { violation: code, effectiveFrom: benchmark.effectiveFrom, version, layer: benchmark.layer, label: benchmark.label },
      actor: auditActorOf(actor),
      origin,
      at: now,
    });
  });
  return getBenchmark(ctx, code, isoDateInChina(ctx.now()));
}

// ---------------------------------------------------------------------------------------------
// Computation with the stored versions

/**
 * A parsed input computed with the stored versions of the items involved (the administrators'
 * versions in force, else the platform defaults), read with `db` — a transaction's when the
 * caller is inside one. The API, and the penalty case's suggestion and proposal, compute here.
 */
export async function computeWithStoredBenchmarks(db: Database | Transaction<DB>, input: PenaltyInput, today: string): Promise<PenaltyAnswer> {
  const rows = await listVersions(db, itemsOf(input).filter((c) => findViolation(c) !== undefined));
  return computeAnswer(input, { source: benchmarkSource(rows.map(loadedOf)), today });
}

/** POST /api/penalty/compute: the input parsed first (nothing read for a bad one), then the stored versions of the items involved. */
export async function computePenaltyStored(ctx: AppContext, json: unknown): Promise<PenaltyAnswer> {
  return computeWithStoredBenchmarks(ctx.db, parsePenaltyInput(json), isoDateInChina(ctx.now()));
}

/** Every stored version, loaded: the CLI with --db computes many inputs with one read. */
export async function loadAllBenchmarks(ctx: Pick<AppContext, 'db'>): Promise<LoadedVersion[]> {
  return (await listVersions(ctx.db)).map(loadedOf);
}
