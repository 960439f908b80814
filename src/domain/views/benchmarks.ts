/**
 * What the benchmark and penalty API answers (GET /api/benchmarks, /api/benchmarks/:code,
 * POST /api/penalty/compute): written once here, built by src/server/discretion and read by the
 * web UI. Types only.
 */
import type { BenchmarkLayer, BenchmarkProblem, BenchmarkTier, MitigationBand, PenaltyResult } from '../discretion/index.ts';
import type { Violation } from '../legal/violation.ts';

/** A version named in a list: which layer, from when, and whether it is the platform default. */
export interface VersionSummary {
  version: number;
  layer: BenchmarkLayer;
  layerLabel: string;
  effectiveFrom: string;
  label: string;
  isDefault: boolean;
}

export interface VersionView extends VersionSummary {
  firstOffenceWaiver: boolean;
  /** False for the generated default of an item with nothing stored yet (version 1 once stored). */
  stored: boolean;
  note: string | null;
  createdBy: { id: string | null; name: string };
  createdAt: string | null;
  supersededBy: number | null;
  /** The version in force on the requested day. */
  current: boolean;
  problems: BenchmarkProblem[];
  tiers: BenchmarkTier[];
  mitigation: MitigationBand[];
}

export interface ClauseView {
  trigger: string;
  label: string;
  unit: string | null;
  persons: string | null;
  measures: { measure: string; label: string }[];
  basis: string | null;
}

export interface ViolationView {
  code: string;
  name: string;
  party: Violation['party'];
  majorHazard: boolean;
  validFrom: string;
  validTo: string | null;
  violated: string[];
  penaltyBasis: string[];
  clauses: ClauseView[];
  /** The catalogue item itself, for checking an edit in the browser with the same rules. */
  item: Violation;
}

export interface BenchmarkDetail {
  violation: ViolationView;
  date: string;
  current: VersionView | null;
  /** The number an edit must send as expectedVersion. */
  latestVersion: number;
  /** Newest first. */
  versions: VersionView[];
}

export interface BenchmarkSummary {
  code: string;
  name: string;
  party: Violation['party'];
  majorHazard: boolean;
  penaltyBasis: string;
  validFrom: string;
  validTo: string | null;
  current: VersionSummary | null;
  versionCount: number;
  lastEdit: { version: number; at: string; by: string } | null;
}

export interface BenchmarkList {
  total: number;
  items: BenchmarkSummary[];
}

/** The engine's result, its benchmark named with the stored version (null: the generated default, not stored). */
export interface PenaltyAnswer extends Omit<PenaltyResult, 'benchmark'> {
  benchmark: (NonNullable<PenaltyResult['benchmark']> & { version: number | null; isDefault: boolean }) | null;
}
