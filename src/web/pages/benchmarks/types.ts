/** Shapes of the benchmark and penalty API (src/server/http/routes/benchmarks.routes.ts, penalty.routes.ts). */
import type { BenchmarkLayer, BenchmarkProblem, BenchmarkTier, MitigationBand, PenaltyResult } from '../../../domain/discretion/index.ts';
import type { Violation } from '../../../domain/legal/violation.ts';

export interface VersionSummary {
  version: number;
  layer: BenchmarkLayer;
  layerLabel: string;
  effectiveFrom: string;
  label: string;
  isDefault: boolean;
}

export interface BenchmarkListItem {
  code: string;
  name: string;
  party: string;
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
  items: BenchmarkListItem[];
}

export interface VersionView extends VersionSummary {
  firstOffenceWaiver: boolean;
  stored: boolean;
  note: string | null;
  createdBy: { id: string | null; name: string };
  createdAt: string | null;
  supersededBy: number | null;
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

export interface BenchmarkDetail {
  violation: {
    code: string;
    name: string;
    party: string;
    majorHazard: boolean;
    validFrom: string;
    validTo: string | null;
    violated: string[];
    penaltyBasis: string[];
    clauses: ClauseView[];
    item: Violation;
  };
  date: string;
  current: VersionView | null;
  latestVersion: number;
  versions: VersionView[];
}

export interface PenaltyAnswer extends Omit<PenaltyResult, 'benchmark'> {
  benchmark: { layer: BenchmarkLayer; effectiveFrom: string; label: string; version: number | null; isDefault: boolean } | null;
}
