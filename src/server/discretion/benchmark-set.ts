/**
 * Which stored benchmark version is in force for an item on a day (no I/O; shared by the API,
 * the CLI with --db and the tests):
 *
 * 1. Among versions of one item with the same layer and effective date, the highest version
 *    number supersedes the others (an administrator's correction).
 * 2. Versions entered by administrators come before the generated platform default: the
 *    default (平台默认裁量基准（非官方文本）) stands in only where no administrator's version is in
 *    force, so a national benchmark entered for an item replaces the default from its date even
 *    though the default is filed as municipal.
 * 3. Within each group the engine's rule (createBenchmarkLookup): the most specific layer
 *    (municipal > national > statute), then the latest effectiveFrom ≤ day.
 *
 * No stored version at all: undefined, and the engine falls back to the generated default.
 */
import type { BenchmarkLayer, BenchmarkProblem, BenchmarkVersion } from '../../domain/discretion/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { BENCHMARK_LAYERS } from '../../domain/discretion/index.ts';

/** What the selection needs of a stored version. */
export interface VersionMeta {
  violation: string;
  version: number;
  layer: BenchmarkLayer;
  effectiveFrom: string;
  isDefault: boolean;
}

const sameSlot = (a: VersionMeta, b: VersionMeta): boolean => a.violation === b.violation && a.layer === b.layer && a.effectiveFrom === b.effectiveFrom;

/** The version that supersedes `m` (same item, layer and date, higher number), if any. */
export function supersededBy<T extends VersionMeta>(m: T, all: readonly T[]): T | undefined {
  let by: T | undefined;
  for (const o of all) if (sameSlot(o, m) && o.version > m.version && (!by || o.version > by.version)) by = o;
  return by;
}

/** Precedence inside a group: most specific layer, then latest date. */
const precedence = (a: VersionMeta, b: VersionMeta): number =>
  BENCHMARK_LAYERS.indexOf(b.layer) - BENCHMARK_LAYERS.indexOf(a.layer) || b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version;

/**
 * The versions of each item in lookup order (administrators' first, then defaults; superseded
 * versions removed). `pick(code, day)` is the first with effectiveFrom ≤ day.
 */
export class VersionIndex<T extends VersionMeta> {
  private readonly byCode = new Map<string, T[]>();

  constructor(versions: Iterable<T>) {
    for (const v of versions) {
      const list = this.byCode.get(v.violation) ?? [];
      list.push(v);
      this.byCode.set(v.violation, list);
    }
    for (const [code, list] of this.byCode) {
      const live = list.filter((v) => !supersededBy(v, list));
      live.sort((a, b) => Number(a.isDefault) - Number(b.isDefault) || precedence(a, b));
      this.byCode.set(code, live);
    }
  }

  /** The version in force for an item on a day, or undefined when none is stored or none is yet in force. */
  pick(code: string, day: string): T | undefined {
    return this.byCode.get(code)?.find((v) => v.effectiveFrom <= day);
  }

  /** The item's versions that are not superseded, in lookup order. */
  live(code: string): readonly T[] {
    return this.byCode.get(code) ?? [];
  }
}

/** A stored version with its parsed benchmark and the problems found when it was loaded. */
export interface LoadedVersion extends VersionMeta {
  benchmark: BenchmarkVersion;
  problems: readonly BenchmarkProblem[];
}

/** The engine's `benchmark(code, day)` over loaded versions, and the version number of a result's benchmark. */
export interface BenchmarkSource {
  lookup: (code: string, day: string) => BenchmarkVersion | undefined;
  /**
   * The stored version behind a result's benchmark (item, layer, date: one live version per
   * slot), undefined when the engine used the generated default of an item with none stored.
   */
  versionOf: (code: string, layer: BenchmarkLayer, effectiveFrom: string) => LoadedVersion | undefined;
}

export function benchmarkSource(versions: readonly LoadedVersion[]): BenchmarkSource {
  const index = new VersionIndex(versions);
  return {
    lookup: (code, day) => {
      const v = index.pick(code, day);
      // Never compute with an invalid version, nor silently fall back to an older one.
      if (v && v.problems.length > 0) {
        throw new DomainError('BENCHMARK_INVALID', `第${v.version}版裁量基准无效，请管理员修订：${v.problems.map((p) => p.message).join('；')}`, {
          violation: code,
          version: v.version,
          problems: v.problems,
        });
      }
      return v?.benchmark;
    },
    versionOf: (code, layer, effectiveFrom) => index.live(code).find((v) => v.layer === layer && v.effectiveFrom === effectiveFrom),
  };
}
