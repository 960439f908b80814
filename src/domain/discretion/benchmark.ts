/**
 * Discretion benchmarks (裁量基准): the platform's default benchmark for every catalogue item,
 * its validation (on load and on edit), and the lookup of the version in force on a day.
 *
 * A benchmark divides each statutory clause of an item (base, 逾期未改正, 情节严重, accident
 * grades …) into contiguous tiers. Bands follow the Chinese legal convention: 以上 and 以下
 * include the number, so a tier starting where the previous one ends excludes that number
 * (超过). Every amount lies inside the statutory range; only the mitigation bands (减轻,
 * 行政处罚法 art. 32) go below the statutory minimum.
 */
import { isIsoDate } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';
import { PENALTY_TRIGGERS } from '../legal/catalogue/validate.ts';
import { formatRefCn } from '../legal/reference.ts';
import type { Fine, LawRef, PenaltyTrigger, StatutoryPenalty, Violation } from '../legal/violation.ts';
import { formatBand, percentUnit, timesUnit } from './format.ts';
import { MITIGATION_FLOOR_SHARE } from './rules.ts';
import type {
  Band,
  BenchmarkLayer,
  BenchmarkProblem,
  BenchmarkTier,
  BenchmarkVersion,
  MitigationBand,
  ScoreBand,
  TierFine,
  TierKey,
} from './types.ts';
import { BENCHMARK_LAYERS, TIER_KEYS } from './types.ts';

export const DEFAULT_BENCHMARK_LABEL = '平台默认裁量基准（非官方文本）';

/** Clauses from the lightest to the heaviest situation. */
export const TRIGGER_ORDER: readonly PenaltyTrigger[] = PENALTY_TRIGGERS;

export const TRIGGER_LABELS: Readonly<Record<PenaltyTrigger, string>> = {
  base: '违法行为',
  notCorrectedByDeadline: '逾期未改正',
  seriousCircumstances: '情节严重',
  accidentCaused: '导致发生生产安全事故',
  'accident:一般': '发生一般事故',
  'accident:较大': '发生较大事故',
  'accident:重大': '发生重大事故',
  'accident:特别重大': '发生特别重大事故',
  'accident:特别严重': '发生生产安全事故，情节特别严重、影响特别恶劣',
};

const XZCF = '中华人民共和国行政处罚法';
const ART32_REF: LawRef = { law: XZCF, article: 32 };

// ---------------------------------------------------------------------------------------------
// Dimensions: a fine is one or two numeric bands (yuan; times + fallback yuan; percent).

type Dim = 'yuan' | 'times' | 'fallback' | 'percent';

const DIM_UNIT: Record<Dim, (n: number) => string> = {
  yuan: (n) => formatBand({ min: n, max: n }),
  fallback: (n) => formatBand({ min: n, max: n }),
  times: timesUnit,
  percent: percentUnit,
};

const DIM_LABEL: Record<Dim, string> = { yuan: '罚款', times: '倍数', fallback: '不适用倍数时的罚款', percent: '年收入比例' };

/** Smallest rounding step of split points per dimension. */
const DIM_MIN_STEP: Record<Dim, number> = { yuan: 10, fallback: 10, times: 0.1, percent: 1 };

function statuteDims(fine: Fine): { dim: Dim; band: Band }[] {
  switch (fine.kind) {
    case 'amount':
      return [{ dim: 'yuan', band: { min: fine.min, max: fine.max } }];
    case 'multipleOfIllegalGain':
      return [
        { dim: 'times', band: { min: fine.minTimes, max: fine.maxTimes } },
        { dim: 'fallback', band: { min: fine.fallback.min, max: fine.fallback.max } },
      ];
    case 'percentOfAnnualIncome':
      return [{ dim: 'percent', band: { min: fine.minPercent, max: fine.maxPercent } }];
  }
}

function tierDims(fine: TierFine): { dim: Dim; band: Band }[] {
  switch (fine.kind) {
    case 'amount':
      return [{ dim: 'yuan', band: fine.yuan }];
    case 'multipleOfIllegalGain':
      return [
        { dim: 'times', band: fine.times },
        { dim: 'fallback', band: fine.fallback },
      ];
    case 'percentOfAnnualIncome':
      return [{ dim: 'percent', band: fine.percent }];
  }
}

function tierFineOf(kind: Fine['kind'], bands: Partial<Record<Dim, Band>>): TierFine {
  switch (kind) {
    case 'amount':
      return { kind, yuan: bands.yuan! };
    case 'multipleOfIllegalGain':
      return { kind, times: bands.times!, fallback: bands.fallback! };
    case 'percentOfAnnualIncome':
      return { kind, percent: bands.percent! };
  }
}

const EPS = 1e-9;
const eq = (a: number, b: number): boolean => Math.abs(a - b) < EPS;
const roundTo = (x: number, step: number): number => Number((Math.round(x / step) * step).toFixed(6));

function niceStep(width: number, dim: Dim): number {
  const step = 10 ** (Math.floor(Math.log10(width)) - 1);
  return Math.max(step, DIM_MIN_STEP[dim]);
}

// ---------------------------------------------------------------------------------------------
// The default benchmark

const SPLITS: Record<number, { keys: TierKey[]; at: number[]; when: ScoreBand[] }> = {
  4: {
    keys: ['轻微', '一般', '较重', '严重'],
    at: [0.2, 0.5, 0.8],
    when: [
      { min: null, max: -1 },
      { min: 0, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: null },
    ],
  },
  3: {
    keys: ['一般', '较重', '严重'],
    at: [1 / 3, 2 / 3],
    when: [
      { min: null, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: null },
    ],
  },
  2: {
    keys: ['一般', '严重'],
    at: [0.5],
    when: [
      { min: null, max: 2 },
      { min: 3, max: null },
    ],
  },
  1: { keys: ['法定'], at: [], when: [{ min: null, max: null }] },
};

const CIRCUMSTANCES: Record<TierKey, string> = {
  轻微: '情节分值在-1分及以下：初次违法或者已及时改正，未造成危害后果，且无从重情节',
  一般: '情节分值在0分至2分：未造成危害后果或者危害后果轻微，从重情节较少',
  较重: '情节分值在3分至4分：造成严重危害后果，或者有一年内再次违法、拒不配合调查等从重情节',
  严重: '情节分值在5分及以上：造成严重危害后果并有从重情节，或者有多项从重情节',
  法定: '依照法定处罚，不再细分档次',
};

function splitBand(band: Band, at: number[], dim: Dim): Band[] | undefined {
  const width = band.max - band.min;
  if (at.length === 0) return [{ min: band.min, max: band.max }];
  if (width <= 0) return undefined;
  const step = niceStep(width, dim);
  const points = [band.min, ...at.map((p) => roundTo(band.min + p * width, step)), band.max];
  for (let i = 1; i < points.length; i++) if (points[i]! <= points[i - 1]! + EPS) return undefined;
  return points.slice(0, -1).map((min, i) => (i === 0 ? { min, max: points[1]! } : { min, max: points[i + 1]!, minExclusive: true }));
}

/** The provision a clause's tiers cite: the clause's own basis, else the item's first penalty basis. */
export function clauseBasis(v: Violation, clause: StatutoryPenalty): LawRef | undefined {
  return clause.basis ?? v.penaltyBasis[0];
}

const fineTargets = (clause: StatutoryPenalty): ('unit' | 'persons')[] =>
  (['unit', 'persons'] as const).filter((t) => clause[t] !== undefined);

function defaultTiers(v: Violation, clause: StatutoryPenalty, basis: LawRef): BenchmarkTier[] {
  const targets = fineTargets(clause);
  const wide = targets.some((t) => statuteDims(clause[t]!).some((d) => d.band.max > d.band.min));
  const preferred = !wide ? 1 : clause.trigger === 'base' ? 4 : 3;
  for (let n = preferred; n >= 1; n--) {
    const split = SPLITS[n]!;
    const perTarget: Partial<Record<'unit' | 'persons', TierFine[]>> = {};
    let ok = true;
    for (const t of targets) {
      const fine = clause[t]!;
      const bandsByDim: Partial<Record<Dim, Band[]>> = {};
      for (const { dim, band } of statuteDims(fine)) {
        // A fixed point (e.g. 百分之四十) cannot be divided: every tier carries it.
        const bands = band.max > band.min ? splitBand(band, split.at, dim) : Array.from({ length: n }, () => ({ min: band.min, max: band.max }));
        if (!bands) {
          ok = false;
          break;
        }
        bandsByDim[dim] = bands;
      }
      if (!ok) break;
      perTarget[t] = Array.from({ length: n }, (_, i) =>
        tierFineOf(fine.kind, Object.fromEntries(Object.entries(bandsByDim).map(([d, bs]) => [d, bs[i]!]))),
      );
    }
    if (!ok) continue;
    return split.keys.map((key, i) => ({
      key,
      trigger: clause.trigger,
      circumstances: CIRCUMSTANCES[key],
      when: split.when[i]!,
      ...(perTarget.unit ? { unit: perTarget.unit[i]! } : {}),
      ...(perTarget.persons ? { persons: perTarget.persons[i]! } : {}),
      measures: [...clause.measures],
      basis,
    }));
  }
  // Unreachable: n = 1 always succeeds.
  throw new DomainError('CATALOGUE_INVALID', `${v.code}: cannot divide clause ${clause.trigger}`, { violation: v.code });
}

const ceilTo = (x: number, step: number): number => Number((Math.ceil(x / step - EPS) * step).toFixed(6));

function defaultMitigation(clause: StatutoryPenalty): MitigationBand | undefined {
  const band: MitigationBand = { trigger: clause.trigger, basis: ART32_REF };
  let any = false;
  for (const t of fineTargets(clause)) {
    const fine = clause[t]!;
    const dims = statuteDims(fine);
    if (dims.some((d) => d.band.min <= 0)) continue;
    const bands = Object.fromEntries(
      dims.map(({ dim, band: b }) => [dim, { min: Math.min(ceilTo(b.min * MITIGATION_FLOOR_SHARE, DIM_MIN_STEP[dim]), b.min), max: b.min }]),
    );
    band[t] = tierFineOf(fine.kind, bands);
    any = true;
  }
  return any ? band : undefined;
}

export interface DefaultBenchmarkOptions {
  layer?: BenchmarkLayer;
  effectiveFrom?: string;
}

/**
 * The platform's default benchmark for a catalogue item: every clause with a divisible fine is
 * split into contiguous tiers (4 for the base clause: 轻微/一般/较重/严重 at 20 %, 50 % and 80 % of
 * the range; 3 for the others: 一般/较重/严重 at thirds), split points rounded to a round number;
 * a fixed penalty or a measure-only clause has one tier 法定. Mitigation bands (减轻) run from half
 * the statutory minimum to the minimum. Deterministic; labelled as the platform's default.
 */
export function defaultBenchmark(v: Violation, options: DefaultBenchmarkOptions = {}): BenchmarkVersion {
  const tiers: BenchmarkTier[] = [];
  const mitigation: MitigationBand[] = [];
  for (const clause of sortedClauses(v)) {
    const basis = clauseBasis(v, clause);
    if (!basis) throw new DomainError('CATALOGUE_INVALID', `${v.code}（${v.name}）没有处罚依据`, { violation: v.code });
    tiers.push(...defaultTiers(v, clause, basis));
    const m = defaultMitigation(clause);
    if (m) mitigation.push(m);
  }
  return {
    violation: v.code,
    layer: options.layer ?? 'municipal',
    effectiveFrom: options.effectiveFrom ?? v.validFrom,
    label: DEFAULT_BENCHMARK_LABEL,
    firstOffenceWaiver: !v.majorHazard,
    tiers,
    mitigation,
  };
}

/** The item's clauses from the lightest situation to the heaviest. */
export function sortedClauses(v: Violation): StatutoryPenalty[] {
  return [...v.penalties].sort((a, b) => TRIGGER_ORDER.indexOf(a.trigger) - TRIGGER_ORDER.indexOf(b.trigger));
}

// ---------------------------------------------------------------------------------------------
// Validation


const TARGET_LABEL = { unit: '单位', persons: '直接负责的主管人员和其他直接责任人员' } as const;

const dimText = (dim: Dim, band: Band): string => formatBand(band, DIM_UNIT[dim]);

/** Checks that consecutive bands cover the statutory band exactly, with neither overlap nor gap. */
function checkCoverage(statute: Band, bands: { name: string; band: Band }[], dim: Dim, problem: (tier: string | undefined, msg: string) => void): void {
  const unit = DIM_UNIT[dim];
  const what = DIM_LABEL[dim];
  for (const { name, band } of bands) {
    if (!Number.isFinite(band.min) || !Number.isFinite(band.max)) {
      problem(name, `档次「${name}」的${what}不是数值`);
      continue;
    }
    if (band.min > band.max || (band.minExclusive && band.min >= band.max)) {
      problem(name, `档次「${name}」的${what}下限高于上限（${dimText(dim, band)}）`);
    }
    if (band.min < statute.min - EPS || band.max > statute.max + EPS) {
      problem(name, `档次「${name}」的${what}（${dimText(dim, band)}）超出法定幅度（${dimText(dim, statute)}）`);
    }
  }
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return;
  if (first.band.min > statute.min + EPS || (eq(first.band.min, statute.min) && first.band.minExclusive)) {
    problem(first.name, `${what}自${unit(statute.min)}起未被任何档次覆盖（档次「${first.name}」自${first.band.minExclusive ? '超过' : ''}${unit(first.band.min)}起）`);
  }
  if (last.band.max < statute.max - EPS) {
    problem(last.name, `${what}在${unit(last.band.max)}至${unit(statute.max)}之间未被任何档次覆盖`);
  }
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!;
    const cur = bands[i]!;
    if (eq(cur.band.min, prev.band.max)) {
      if (!cur.band.minExclusive) {
        problem(
          cur.name,
          `档次「${prev.name}」与「${cur.name}」的${what}在${unit(cur.band.min)}处重叠（以上、以下均包含本数，后一档次应写作“超过${unit(cur.band.min)}”）`,
        );
      }
    } else if (cur.band.min < prev.band.max) {
      problem(cur.name, `档次「${prev.name}」与「${cur.name}」的${what}重叠（${dimText(dim, prev.band)}；${dimText(dim, cur.band)}）`);
    } else {
      problem(cur.name, `档次「${prev.name}」与「${cur.name}」之间的${what}有空档（${unit(prev.band.max)}至${unit(cur.band.min)}）`);
    }
  }
}

function checkScoreBands(tiers: BenchmarkTier[], problem: (tier: string | undefined, msg: string) => void): void {
  const isInt = (n: number | null): boolean => n === null || Number.isInteger(n);
  tiers.forEach((t, i) => {
    const w = t.when;
    if (!w || !isInt(w.min) || !isInt(w.max)) {
      problem(t.key, `档次「${t.key}」的适用情节分值须为整数或不设限`);
      return;
    }
    if (w.min !== null && w.max !== null && w.min > w.max) problem(t.key, `档次「${t.key}」的情节分值下限高于上限`);
    if (i === 0 && w.min !== null) problem(t.key, `情节分值低于${w.min}分时没有适用的档次（首个档次「${t.key}」应不设下限）`);
    if (i === tiers.length - 1 && w.max !== null) problem(t.key, `情节分值高于${w.max}分时没有适用的档次（末个档次「${t.key}」应不设上限）`);
    const prev = tiers[i - 1];
    if (prev?.when && isInt(prev.when.max)) {
      const expected = prev.when.max === null ? null : prev.when.max + 1;
      if (w.min !== expected) {
        const kind = expected === null || (w.min !== null && w.min < expected) ? '重叠' : '有空档';
        problem(t.key, `档次「${prev.key}」与「${t.key}」的适用情节分值${kind}`);
      }
    }
  });
}

const sameProvision = (a: LawRef, b: LawRef): boolean => a.law === b.law && a.article === b.article;

/**
 * The problems of a benchmark version for a catalogue item (empty when valid). Each message is in
 * Chinese and names the item: tiers overlapping or leaving gaps, amounts outside the statutory
 * range, tiers without the article they divide, measures the clause does not provide, score
 * bands that do not cover every score, mitigation bands not below the statutory minimum.
 */
export function validateBenchmark(version: BenchmarkVersion, v: Violation): BenchmarkProblem[] {
  const problems: BenchmarkProblem[] = [];
  const name = `${v.code}（${v.name}）`;
  const add = (message: string, trigger?: PenaltyTrigger, tier?: string): void => {
    problems.push({ violation: v.code, ...(trigger ? { trigger } : {}), ...(tier ? { tier } : {}), message: `${name}：${message}` });
  };
  if (version.violation !== v.code) add(`裁量基准所属违法行为编码为${version.violation}，与违法行为不一致`);
  if (!BENCHMARK_LAYERS.includes(version.layer)) add(`未知的裁量基准层级“${String(version.layer)}”`);
  if (!isIsoDate(version.effectiveFrom)) add(`施行日期“${String(version.effectiveFrom)}”不是有效日期（YYYY-MM-DD）`);
  if (typeof version.label !== 'string' || version.label.trim() === '') add('裁量基准缺少名称');
  const tiers = Array.isArray(version.tiers) ? version.tiers : [];
  const mitigation = Array.isArray(version.mitigation) ? version.mitigation : [];
  const triggers = new Set(v.penalties.map((p) => p.trigger));
  for (const t of tiers) {
    if (!triggers.has(t.trigger)) add(`档次「${t.key}」所属的“${TRIGGER_LABELS[t.trigger] ?? t.trigger}”不是该违法行为的法定处罚情形`, t.trigger, t.key);
  }
  for (const clause of sortedClauses(v)) {
    const trig = clause.trigger;
    const label = TRIGGER_LABELS[trig];
    const own = tiers.filter((t) => t.trigger === trig);
    const problem = (tier: string | undefined, msg: string): void => add(`“${label}”${msg}`, trig, tier);
    if (own.length === 0) {
      problem(undefined, '没有设置裁量档次');
      continue;
    }
    const basis = clauseBasis(v, clause);
    const seen = new Set<string>();
    for (const t of own) {
      if (!TIER_KEYS.includes(t.key)) problem(t.key, `档次名称“${String(t.key)}”不在${TIER_KEYS.join('、')}之列`);
      if (seen.has(t.key)) problem(t.key, `档次「${t.key}」重复`);
      seen.add(t.key);
      if (typeof t.circumstances !== 'string' || t.circumstances.trim() === '') problem(t.key, `档次「${t.key}」没有写明适用情形`);
      if (!t.basis || typeof t.basis.law !== 'string' || t.basis.law === '' || !Number.isInteger(t.basis.article) || t.basis.article < 1) {
        problem(t.key, `档次「${t.key}」没有引用法律条款`);
      } else if (basis && !sameProvision(t.basis, basis) && !v.penaltyBasis.some((b) => sameProvision(t.basis, b))) {
        problem(t.key, `档次「${t.key}」引用的${formatRefCn(t.basis)}不是该违法行为的处罚依据（${formatRefCn(basis)}）`);
      }
      for (const m of t.measures ?? []) {
        if (!clause.measures.includes(m)) problem(t.key, `档次「${t.key}」的处罚措施“${m}”不是法律对该情形规定的措施`);
      }
    }
    for (const target of ['unit', 'persons'] as const) {
      const fine = clause[target];
      const who = TARGET_LABEL[target];
      if (!fine) {
        for (const t of own) if (t[target]) problem(t.key, `档次「${t.key}」对${who}设定了罚款，但法律对该情形未规定`);
        continue;
      }
      const missing = own.filter((t) => !t[target] || t[target]!.kind !== fine.kind);
      for (const t of missing) {
        problem(t.key, t[target] ? `档次「${t.key}」对${who}的罚款方式与法律规定不一致` : `档次「${t.key}」缺少对${who}的罚款`);
      }
      if (missing.length > 0) continue;
      for (const { dim, band } of statuteDims(fine)) {
        const bands = own.map((t) => ({ name: t.key, band: tierDims(t[target]!).find((d) => d.dim === dim)!.band }));
        if (eq(band.min, band.max)) {
          // A fixed statutory amount is not divided: every tier carries it.
          for (const b of bands) {
            if (!eq(b.band.min, band.min) || !eq(b.band.max, band.max) || b.band.minExclusive) {
              problem(b.name, `对${who}的法定${DIM_LABEL[dim]}为固定数额（${dimText(dim, band)}），档次「${b.name}」不得另设（${dimText(dim, b.band)}）`);
            }
          }
        } else checkCoverage(band, bands, dim, (tier, msg) => problem(tier, `对${who}的${msg}`));
      }
    }
    checkScoreBands(own, problem);
  }
  const mitigated = new Set<string>();
  for (const m of mitigation) {
    const clause = v.penalties.find((p) => p.trigger === m.trigger);
    const problem = (msg: string): void => add(`减轻处罚幅度：${msg}`, m.trigger);
    if (!clause) {
      problem(`“${TRIGGER_LABELS[m.trigger] ?? m.trigger}”不是该违法行为的法定处罚情形`);
      continue;
    }
    if (mitigated.has(m.trigger)) problem(`“${TRIGGER_LABELS[m.trigger]}”重复设置`);
    mitigated.add(m.trigger);
    if (!m.basis || m.basis.law !== XZCF || m.basis.article !== 32) problem('须引用《中华人民共和国行政处罚法》第三十二条');
    for (const target of ['unit', 'persons'] as const) {
      const tf = m[target];
      if (!tf) continue;
      const fine = clause[target];
      const who = TARGET_LABEL[target];
      if (!fine || fine.kind !== tf.kind) {
        problem(`对${who}的罚款方式与法律规定不一致`);
        continue;
      }
      const statute = statuteDims(fine);
      for (const { dim, band } of tierDims(tf)) {
        const s = statute.find((d) => d.dim === dim)!.band;
        if (!(band.min >= 0) || !(band.max <= s.min + EPS) || band.min > band.max) {
          problem(`对${who}的${DIM_LABEL[dim]}（${dimText(dim, band)}）应在0至法定最低${DIM_UNIT[dim](s.min)}之间`);
        }
      }
    }
  }
  return problems;
}

/** Throws BENCHMARK_INVALID naming the item and listing every problem when the version is invalid. */
export function assertValidBenchmark(version: BenchmarkVersion, v: Violation): void {
  const problems = validateBenchmark(version, v);
  if (problems.length > 0) {
    throw new DomainError('BENCHMARK_INVALID', problems.map((p) => p.message).join('；'), { violation: v.code, problems });
  }
}

/**
 * Validates a set of versions against the catalogue on load: each version against its item,
 * versions of unknown items, and duplicates (same item, layer and date).
 */
export function validateBenchmarks(versions: readonly BenchmarkVersion[], catalogue: readonly Violation[]): BenchmarkProblem[] {
  const byCode = new Map(catalogue.map((v) => [v.code, v]));
  const problems: BenchmarkProblem[] = [];
  const seen = new Set<string>();
  for (const version of versions) {
    const v = byCode.get(version.violation);
    if (!v) {
      problems.push({ violation: version.violation, message: `${version.violation}：违法行为库中没有该违法行为` });
      continue;
    }
    const key = `${version.violation}|${version.layer}|${version.effectiveFrom}`;
    if (seen.has(key)) {
      problems.push({ violation: v.code, message: `${v.code}（${v.name}）：${version.layer}层级${version.effectiveFrom}施行的裁量基准重复` });
    }
    seen.add(key);
    problems.push(...validateBenchmark(version, v));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Lookup

/**
 * A lookup of the version in force for an item on a day: among the versions with
 * effectiveFrom ≤ day, the most specific layer (municipal > national > statute), then the latest.
 */
export function createBenchmarkLookup(versions: readonly BenchmarkVersion[]): (code: string, day: string) => BenchmarkVersion | undefined {
  const byCode = new Map<string, BenchmarkVersion[]>();
  for (const v of versions) {
    const list = byCode.get(v.violation) ?? [];
    list.push(v);
    byCode.set(v.violation, list);
  }
  for (const list of byCode.values()) {
    list.sort(
      (a, b) => BENCHMARK_LAYERS.indexOf(b.layer) - BENCHMARK_LAYERS.indexOf(a.layer) || b.effectiveFrom.localeCompare(a.effectiveFrom),
    );
  }
  return (code, day) => byCode.get(code)?.find((v) => v.effectiveFrom <= day);
}

/** The tiers of one clause, in order. */
export const tiersOf = (version: BenchmarkVersion, trigger: PenaltyTrigger): BenchmarkTier[] =>
  version.tiers.filter((t) => t.trigger === trigger);

/** Whether a score falls in a tier's band. */
export const inScoreBand = (when: ScoreBand, score: number): boolean =>
  (when.min === null || score >= when.min) && (when.max === null || score <= when.max);

export { statuteDims as statutoryBands, tierDims as tierBands };
