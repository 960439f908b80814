/**
 * The penalty computation (行政处罚裁量): from a catalogue item, the dates and the facts to the
 * outcome, the tier, the ranges and recommended amounts in yuan, and an explanation in Chinese
 * citing every rule applied.
 *
 * Order of the rules:
 * 1. 行政处罚法 art. 37 (从旧兼从轻): the provision and benchmark in force at the act, unless those
 *    in force at the decision are lighter or no longer punish the act.
 * 2. art. 33 para. 2 (no subjective fault) and para. 1 (minor act corrected in time without
 *    harm: 不予处罚; first offence with minor harm corrected in time: 首违不罚 where the benchmark
 *    allows), with education (para. 3).
 * 3. The statutory clause per fined target (unit / persons): the heaviest situation the facts
 *    establish (逾期未改正 → the escalation clause, 情节严重, accident grades of 安全生产法 art. 114,
 *    and its para. 2 multiples for 情节特别严重、影响特别恶劣).
 * 4. The benchmark tier selected by the severity score (情节分值, circumstances.ts).
 * 5. art. 32: one circumstance → 从轻 (lower in the tier); two or more → 减轻 (the next lower
 *    statutory clause, else the benchmark's mitigation band below the statutory minimum).
 * 6. The recommended amount: a deterministic position in the range (midpoint, shifted by
 *    enterprise size and 从轻), rounded to the hundred yuan.
 * 7. art. 29 for several provisions (computeForSeveralProvisions), art. 45 para. 2 after the
 *    party's statement (input.proposed), 安全生产法 art. 112 daily fines (input.continuing).
 */
import { addCalendarDays, daysBetween } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';
import { chooseByArt37 } from '../legal/applicable.ts';
import { isInForce } from '../legal/catalogue/validate.ts';
import { formatRefCn } from '../legal/reference.ts';
import { itemMarkerCn } from '../legal/numerals.ts';
import type { Fine, LawRef, Measure, PenaltyTrigger, StatutoryPenalty, Violation } from '../legal/violation.ts';
import { MEASURE_LABELS } from '../legal/violation.ts';
import { defaultBenchmark, inScoreBand, sortedClauses, statutoryBands, tiersOf, TRIGGER_LABELS, TRIGGER_ORDER, clauseBasis } from './benchmark.ts';
import { ART32_ITEMS, enterpriseSizeOf, isSeriousCircumstances, POSITION_POLICY, ROUND_TO_YUAN, severityScore } from './circumstances.ts';
import { formatBand, formatYuan, percentUnit, timesUnit } from './format.ts';
import type { RuleId } from './rules.ts';
import { ACCIDENT_ESPECIALLY_SERIOUS_TIMES, RULES } from './rules.ts';
import type {
  AmountResult,
  Band,
  BasisEntry,
  BenchmarkTier,
  BenchmarkVersion,
  ComputeContext,
  DailyFine,
  Outcome,
  PenaltyFacts,
  PenaltyInput,
  PenaltyResult,
  TierFine,
  TierKey,
} from './types.ts';
import { BENCHMARK_LAYER_LABELS } from './types.ts';

const AQSCF = '中华人民共和国安全生产法';
const EPS = 1e-9;
const round2 = (x: number): number => Math.round(x * 100) / 100;

type Target = 'unit' | 'persons';
type Trigger = PenaltyTrigger;

/** Measures that are not penalties (行政处罚法 art. 9): they alone never make an outcome other than 其他措施. */
const NOT_PENALTIES: ReadonlySet<Measure> = new Set<Measure>(['orderCorrection', 'criminalReferral']);

const OUTCOME_RANK: Record<Outcome, number> = { 不予处罚: 0, 警告: 1, 其他措施: 2, 罚款: 3 };

// ---------------------------------------------------------------------------------------------
// Helpers

function basisEntry(rule: RuleId | 'statute', ref: LawRef): BasisEntry {
  return { rule, ref, citation: formatRefCn(ref) };
}

function ruleEntry(rule: RuleId): BasisEntry {
  const ref = RULES[rule].article;
  if (!ref) throw new DomainError('INTERNAL', `rule ${rule} has no fixed article`);
  return basisEntry(rule, ref);
}

const cite = (rule: RuleId): string => formatRefCn(RULES[rule].article!);

function pushBasis(list: BasisEntry[], entry: BasisEntry): void {
  if (!list.some((b) => b.rule === entry.rule && b.citation === entry.citation)) list.push(entry);
}

function targetLabel(v: Violation, target: Target): string {
  if (target === 'unit') return '单位';
  return v.party === 'unit' ? '直接负责的主管人员和其他直接责任人员（每人）' : '当事人';
}

const baseLabelOf = (fine: Fine | undefined): string => (fine?.kind === 'multipleOfIllegalGain' && fine.base === 'goodsValue' ? '货值金额' : '违法所得');

/** The statutory fine as a phrase: 对单位处5万元以上20万元以下的罚款. */
function statuteFineText(fine: Fine, who: string): string {
  switch (fine.kind) {
    case 'amount':
      return `对${who}处${formatBand(fine)}的罚款`;
    case 'multipleOfIllegalGain': {
      const base = baseLabelOf(fine);
      const times = formatBand({ min: fine.minTimes, max: fine.maxTimes }, timesUnit);
      const cond = fine.threshold !== undefined ? `${base}${formatYuan(fine.threshold)}以上的` : `有${base}的`;
      const alt = fine.threshold !== undefined ? `没有${base}或者${base}不足${formatYuan(fine.threshold)}的` : `没有${base}的`;
      return `对${who}，${cond}处${base}${times}的罚款，${alt}处${formatBand(fine.fallback)}的罚款`;
    }
    case 'percentOfAnnualIncome':
      return `对${who}处上一年年收入${formatBand({ min: fine.minPercent, max: fine.maxPercent }, percentUnit)}的罚款`;
  }
}

/** A band of a tier (or mitigation band) in yuan for these facts, with how it was derived. */
interface YuanBand extends Band {
  note?: string;
}

function resolveYuan(statutory: Fine, tier: TierFine, facts: PenaltyFacts, key: string): YuanBand {
  switch (tier.kind) {
    case 'amount':
      return { ...tier.yuan };
    case 'multipleOfIllegalGain': {
      const st = statutory.kind === 'multipleOfIllegalGain' ? statutory : undefined;
      const baseKind = st?.base === 'goodsValue' ? 'goodsValue' : 'illegalGain';
      const baseLabel = baseKind === 'goodsValue' ? '货值金额' : '违法所得';
      const value = facts[baseKind];
      const useTimes = value !== undefined && value > 0 && (st?.threshold === undefined || value >= st.threshold);
      if (!useTimes) {
        const why =
          value === undefined || value === 0
            ? `未认定${baseLabel}`
            : `${baseLabel}${formatYuan(value)}，不足${formatYuan(st!.threshold!)}`;
        return { ...tier.fallback, note: `${why}，适用${formatBand(tier.fallback)}的幅度` };
      }
      return {
        min: round2(value * tier.times.min),
        max: round2(value * tier.times.max),
        ...(tier.times.minExclusive ? { minExclusive: true } : {}),
        note: `${baseLabel}${formatYuan(value)}，按其${formatBand(tier.times, timesUnit)}计`,
      };
    }
    case 'percentOfAnnualIncome': {
      const income = facts.annualIncome;
      if (income === undefined) {
        throw new DomainError('VALIDATION_FAILED', `the fine is a share of the previous year's income: facts.annualIncome is required (${key})`, {
          key: 'facts.annualIncome',
        });
      }
      return {
        min: round2((income * tier.percent.min) / 100),
        max: round2((income * tier.percent.max) / 100),
        ...(tier.percent.minExclusive ? { minExclusive: true } : {}),
        note: `上一年年收入${formatYuan(income)}，按其${formatBand(tier.percent, percentUnit)}计`,
      };
    }
  }
}

/** The statutory range of a clause in yuan for these facts. */
function statuteYuan(fine: Fine, facts: PenaltyFacts, key: string): Band {
  const dims = statutoryBands(fine);
  const asTier: TierFine =
    fine.kind === 'amount'
      ? { kind: 'amount', yuan: dims[0]!.band }
      : fine.kind === 'multipleOfIllegalGain'
        ? { kind: 'multipleOfIllegalGain', times: dims[0]!.band, fallback: dims[1]!.band }
        : { kind: 'percentOfAnnualIncome', percent: dims[0]!.band };
  const { min, max } = resolveYuan(fine, asTier, facts, key);
  return { min, max };
}

/** The deterministic recommended amount at position p of a band, rounded to the hundred yuan when it stays inside. */
export function pickInBand(band: Band, p: number): number {
  const { min, max } = band;
  if (max - min <= EPS) return max;
  const raw = min + p * (max - min);
  const inside = (x: number): boolean => x <= max + EPS && (band.minExclusive ? x > min + EPS : x >= min - EPS);
  for (const step of [ROUND_TO_YUAN, 10, 1, 0.01]) {
    const x = round2(Math.round(raw / step) * step);
    if (inside(x)) return x;
  }
  return round2(raw);
}

function positionOf(facts: PenaltyFacts, lighter: boolean): number {
  let p = POSITION_POLICY.base;
  if (facts.employees !== undefined) p += enterpriseSizeOf(facts.employees).positionShift;
  if (lighter) p += POSITION_POLICY.lighter;
  return Math.min(POSITION_POLICY.ceiling, Math.max(POSITION_POLICY.floor, p));
}

function tierFor(version: BenchmarkVersion, trigger: Trigger, score: number, v: Violation): BenchmarkTier {
  const tier = tiersOf(version, trigger).find((t) => inScoreBand(t.when, score));
  if (!tier) {
    throw new DomainError('BENCHMARK_INVALID', `${v.code}（${v.name}）：“${TRIGGER_LABELS[trigger]}”没有适用情节分值${score}分的档次`, {
      violation: v.code,
      trigger,
    });
  }
  return tier;
}

const rank = (t: Trigger): number => TRIGGER_ORDER.indexOf(t);

function outcomeOf(unit: AmountResult | null, persons: AmountResult | null, measures: { measure: Measure }[], daily = false): Outcome {
  if (unit || persons || daily) return '罚款';
  if (measures.some((m) => m.measure === 'warning')) return '警告';
  if (measures.length > 0) return '其他措施';
  return '不予处罚';
}

function amountText(a: { min: number; max: number; minExclusive: boolean }): string {
  return formatBand({ min: a.min, max: a.max, ...(a.minExclusive ? { minExclusive: true } : {}) });
}

/** 《安全生产法》第二十条、第二十三条第一款: the title once for consecutive refs of one law. */
function citeAll(refs: readonly LawRef[]): string {
  return refs.map((r, i) => formatRefCn(r, i > 0 && refs[i - 1]!.law === r.law ? { title: 'none' } : {})).join('、');
}

function violationLine(v: Violation): string {
  const violated = citeAll(v.violated);
  return violated ? `当事人存在“${v.name}”的违法行为，违反了${violated}的规定。` : `当事人存在“${v.name}”的违法行为。`;
}

function benchmarkInfo(b: BenchmarkVersion): PenaltyResult['benchmark'] {
  return { layer: b.layer, effectiveFrom: b.effectiveFrom, label: b.label };
}

// ---------------------------------------------------------------------------------------------
// One provision, one benchmark

function noPenalty(v: Violation, bench: BenchmarkVersion, facts: PenaltyFacts, rule: RuleId, reason: string): PenaltyResult {
  const base = v.penalties.find((p) => p.trigger === 'base');
  const measures =
    !facts.correctedInTime && base?.measures.includes('orderCorrection') ? [{ measure: 'orderCorrection' as Measure, label: MEASURE_LABELS.orderCorrection }] : [];
  return {
    violation: { code: v.code, name: v.name },
    outcome: '不予处罚',
    tier: null,
    unit: null,
    persons: null,
    measures,
    education: true,
    score: severityScore(facts, true).score,
    basis: [ruleEntry(rule), ruleEntry('education')],
    explanation: [
      violationLine(v),
      reason,
      ...(measures.length > 0 ? ['责令当事人改正违法行为。'] : []),
      `依照${cite('education')}的规定，对当事人进行教育。`,
    ],
    benchmark: benchmarkInfo(bench),
  };
}

interface Clause {
  trigger: Trigger | 'accident:特别严重';
  penalty: StatutoryPenalty;
  basis: LawRef;
  /** The synthetic 安全生产法 art. 114 para. 2 clause: no benchmark tiers. */
  synthetic?: boolean;
}

function applies(trigger: Trigger, facts: PenaltyFacts): boolean {
  switch (trigger) {
    case 'base':
      return true;
    case 'notCorrectedByDeadline':
      return facts.notCorrectedByDeadline;
    case 'seriousCircumstances':
      return isSeriousCircumstances(facts);
    case 'accidentCaused':
      return facts.accidentGrade !== undefined;
    case 'accident:特别严重':
      return facts.accidentGrade !== undefined && facts.aggravating.includes('especiallySeriousAccident');
    default:
      return trigger === `accident:${facts.accidentGrade}`;
  }
}

const isAqscf114 = (ref: LawRef | undefined): boolean => ref?.law === AQSCF && ref.article === 114;

/** 安全生产法 art. 114 para. 2: 2–5 times the para. 1 amounts, when the catalogue has no clause of its own. */
function especiallySeriousClause(v: Violation, facts: PenaltyFacts): Clause | undefined {
  if (!applies('accident:特别严重', facts)) return undefined;
  if (v.penalties.some((p) => p.trigger === 'accident:特别严重')) return undefined;
  const grade = v.penalties.find((p) => p.trigger === `accident:${facts.accidentGrade}`);
  const basis = grade ? clauseBasis(v, grade) : undefined;
  if (!grade || grade.unit?.kind !== 'amount' || !(isAqscf114(basis) || v.penaltyBasis.some(isAqscf114))) return undefined;
  const times = ACCIDENT_ESPECIALLY_SERIOUS_TIMES;
  return {
    trigger: 'accident:特别严重',
    penalty: {
      trigger: 'accident:特别严重',
      unit: { kind: 'amount', min: grade.unit.min * times.min, max: grade.unit.max * times.max },
      measures: grade.measures,
    },
    basis: RULES.accidentEspeciallySerious.article,
    synthetic: true,
  };
}

interface TargetComputation {
  amount: AmountResult;
  clause: Clause;
  score: number;
  terms: { label: string; points: number }[];
  tier: BenchmarkTier | null;
  /** How art. 32 was applied to this target (从轻 / 减轻 …). */
  mitigationHow?: string;
  note?: string;
}

function computeTarget(
  v: Violation,
  bench: BenchmarkVersion,
  facts: PenaltyFacts,
  target: Target,
  clauses: Clause[],
  applicable: Clause[],
): TargetComputation | null {
  const ladder = clauses.filter((c) => c.penalty[target] !== undefined);
  const selectedIndex = ladder.map((c) => applicable.includes(c)).lastIndexOf(true);
  if (selectedIndex < 0) return null;
  const clause = ladder[selectedIndex]!;
  const fine = clause.penalty[target]!;
  const key = `${v.code} ${clause.trigger} ${target}`;
  const countNotCorrected = !v.penalties.some((p) => p.trigger === 'notCorrectedByDeadline' && p[target] !== undefined);
  const { score, terms } = severityScore(facts, countNotCorrected);
  const n = facts.mitigating.length;
  const p = positionOf(facts, n >= 1);

  const bandIn = (c: Clause): { band: YuanBand; tier: BenchmarkTier | null } => {
    if (c.synthetic) return { band: statuteYuan(c.penalty[target]!, facts, key), tier: null };
    const tier = tierFor(bench, c.trigger as Trigger, score, v);
    const tf = tier[target];
    if (!tf) {
      throw new DomainError('BENCHMARK_INVALID', `${v.code}（${v.name}）：档次「${tier.key}」缺少对${targetLabel(v, target)}的罚款`, { violation: v.code });
    }
    return { band: resolveYuan(c.penalty[target]!, tf, facts, key), tier };
  };

  const own = bandIn(clause);
  const statute = statuteYuan(fine, facts, key);
  const tierKey: TierKey = own.tier?.key ?? '严重';
  let chosen = { band: own.band as YuanBand, tier: tierKey, recommended: pickInBand(own.band, p) };
  let mitigation: AmountResult['mitigation'];
  let mitigationHow: string | undefined;
  if (n >= 1) {
    mitigation = '从轻';
    mitigationHow = '从轻处罚，在该档次幅度内从低确定罚款';
  }
  if (n >= 2) {
    // 减轻: the next lower statutory clause for this target (as 刑法 art. 63 reads 减轻 for
    // provisions with several ranges), else the benchmark's band below the statutory minimum.
    const lower = ladder[selectedIndex - 1];
    let below: { band: YuanBand; tier: TierKey; how: string } | undefined;
    if (lower) {
      const b = bandIn(lower);
      const lowerFine = lower.penalty[target]!;
      const range = lowerFine.kind === 'amount' ? formatBand(lowerFine) : formatBand(statuteYuan(lowerFine, facts, key));
      below = { band: b.band, tier: b.tier?.key ?? '法定', how: `在下一法定处罚幅度（${lower.trigger === 'base' ? '基本处罚幅度' : `${TRIGGER_LABELS[lower.trigger as Trigger]}的处罚幅度`}：${range}）内确定罚款` };
    } else if (statute.min > 0) {
      const m = bench.mitigation.find((x) => x.trigger === clause.trigger)?.[target];
      if (m) {
        const band = resolveYuan(fine, m, facts, key);
        below = { band, tier: tierKey, how: `在法定最低罚款数额以下（${formatBand(band)}）确定罚款` };
      }
    }
    if (below) {
      const recommended = pickInBand(below.band, p);
      if (recommended < chosen.recommended && recommended < statute.min - EPS) {
        chosen = { band: below.band, tier: below.tier, recommended };
        mitigation = '减轻';
        mitigationHow = `减轻处罚，${below.how}`;
      }
    }
    if (mitigation === '从轻') {
      mitigationHow = `从轻处罚（法定罚款${statute.min === 0 ? '没有最低数额' : '没有可减轻的幅度'}），在该档次幅度内从低确定罚款`;
    }
  }
  const amount: AmountResult = {
    min: chosen.band.min,
    max: chosen.band.max,
    minExclusive: chosen.band.minExclusive === true,
    recommended: chosen.recommended,
    text: '',
    payer: targetLabel(v, target),
    tier: chosen.tier,
    trigger: clause.trigger,
    statutory: { min: statute.min, max: statute.max, basis: clause.basis },
    ...(mitigation ? { mitigation } : {}),
  };
  amount.text = amountText(amount);
  return {
    amount,
    clause,
    score,
    terms,
    tier: own.tier,
    ...(mitigationHow ? { mitigationHow } : {}),
    ...(chosen.band.note ? { note: chosen.band.note } : {}),
  };
}

function ruleOfClause(c: Clause): RuleId | 'statute' {
  if (c.synthetic) return 'accidentEspeciallySerious';
  switch (c.trigger) {
    case 'base':
      return 'statute';
    case 'notCorrectedByDeadline':
      return 'escalation';
    case 'seriousCircumstances':
      return 'seriousCircumstances';
    default:
      return 'accidentFine';
  }
}

const CLAUSE_INTRO: Record<Trigger, string> = {
  base: '',
  notCorrectedByDeadline: '当事人逾期未改正，',
  seriousCircumstances: '当事人的违法行为情节严重，',
  accidentCaused: '当事人的违法行为导致发生生产安全事故，',
  'accident:一般': '发生一般生产安全事故，',
  'accident:较大': '发生较大生产安全事故，',
  'accident:重大': '发生重大生产安全事故，',
  'accident:特别重大': '发生特别重大生产安全事故，',
  'accident:特别严重': '发生生产安全事故，情节特别严重、影响特别恶劣，',
};

/** Computes under one provision and one benchmark version (no art. 37 choice, no art. 29). */
export function evaluateProvision(v: Violation, bench: BenchmarkVersion, facts: PenaltyFacts): PenaltyResult {
  const requiresAccident = v.penalties.length > 0 && v.penalties.every((p) => p.trigger.startsWith('accident'));
  if (requiresAccident && facts.accidentGrade === undefined) {
    throw new DomainError('VALIDATION_FAILED', `${v.code}（${v.name}）以发生生产安全事故为前提：须填写 facts.accidentGrade`, {
      key: 'facts.accidentGrade',
    });
  }
  // 行政处罚法 art. 33 para. 2
  if (facts.noFault) {
    return noPenalty(v, bench, facts, 'noFault', `当事人有证据足以证明没有主观过错，依照${cite('noFault')}的规定，不予行政处罚。`);
  }
  // 行政处罚法 art. 33 para. 1: neither rule applies with aggravating circumstances, after a missed
  // deadline or an accident (platform policy: such an act is not 轻微); a 重大事故隐患 is not 轻微.
  const clean =
    !facts.notCorrectedByDeadline &&
    facts.accidentGrade === undefined &&
    facts.aggravating.length === 0 &&
    !facts.repeatWithinYear &&
    !facts.refusedToCooperate;
  if (facts.correctedInTime && facts.harm === 'none' && clean && !v.majorHazard && !requiresAccident) {
    return noPenalty(
      v,
      bench,
      facts,
      'noPenaltyMinor',
      `当事人的违法行为轻微并已及时改正，没有造成危害后果，依照${cite('noPenaltyMinor')}的规定，不予行政处罚。`,
    );
  }
  if (facts.firstOffence && facts.correctedInTime && (facts.harm === 'none' || facts.harm === 'minor') && clean && bench.firstOffenceWaiver && !requiresAccident) {
    return noPenalty(
      v,
      bench,
      facts,
      'firstOffenceWaiver',
      `当事人系初次违法，危害后果轻微并已及时改正，依照${cite('firstOffenceWaiver')}的规定，可以不予行政处罚；依照${bench.label}，对该违法行为不予行政处罚（首违不罚）。`,
    );
  }

  const clauses: Clause[] = sortedClauses(v).map((p) => {
    const basis = clauseBasis(v, p);
    if (!basis) throw new DomainError('CATALOGUE_INVALID', `${v.code}（${v.name}）没有处罚依据`, { violation: v.code });
    return { trigger: p.trigger, penalty: p, basis };
  });
  const special = especiallySeriousClause(v, facts);
  if (special) clauses.push(special);
  const applicable = clauses.filter((c) => applies(c.trigger as Trigger, facts));
  if (requiresAccident && applicable.length === 0) {
    const grades = v.penalties.map((p) => TRIGGER_LABELS[p.trigger]).join('、');
    throw new DomainError('VALIDATION_FAILED', `${v.code}（${v.name}）适用于${grades}，与 facts.accidentGrade（${facts.accidentGrade}）不符`, {
      key: 'facts.accidentGrade',
    });
  }

  const unitC = computeTarget(v, bench, facts, 'unit', clauses, applicable);
  const personsC = computeTarget(v, bench, facts, 'persons', clauses, applicable);
  const primary = unitC ?? personsC;
  const { score, terms } = primary ?? severityScore(facts, !v.penalties.some((p) => p.trigger === 'notCorrectedByDeadline'));

  // Measures of every applicable clause, from the tier the score selects.
  const measureSet: Measure[] = [];
  let referral = false;
  for (const c of applicable) {
    const ms = c.synthetic ? c.penalty.measures : (tiersOf(bench, c.trigger as Trigger).find((t) => inScoreBand(t.when, score))?.measures ?? c.penalty.measures);
    for (const m of ms) {
      if (m === 'criminalReferral') referral = true;
      else if (!measureSet.includes(m)) measureSet.push(m);
    }
  }
  const measures = measureSet.map((measure) => ({ measure, label: MEASURE_LABELS[measure] }));

  const basis: BasisEntry[] = [];
  const lines: string[] = [violationLine(v)];
  // Statutory clauses applied, grouped by clause.
  const byClause = new Map<Clause, Target[]>();
  for (const [t, c] of [['unit', unitC], ['persons', personsC]] as const) {
    if (c) byClause.set(c.clause, [...(byClause.get(c.clause) ?? []), t]);
  }
  for (const c of applicable) {
    if (!byClause.has(c) && c.penalty.measures.some((m) => m !== 'criminalReferral' && m !== 'orderCorrection')) byClause.set(c, []);
  }
  const ordered = [...byClause.entries()].sort((a, b) => rank(a[0].trigger as Trigger) - rank(b[0].trigger as Trigger));
  for (const [c, targets] of ordered) {
    pushBasis(basis, basisEntry(ruleOfClause(c), c.basis));
    const parts = targets.map((t) => statuteFineText(c.penalty[t]!, targetLabel(v, t)));
    const ms = c.penalty.measures.filter((m) => m !== 'criminalReferral').map((m) => MEASURE_LABELS[m]);
    const what = [...(ms.length > 0 ? [ms.join('、')] : []), ...parts].join('，');
    lines.push(`${CLAUSE_INTRO[c.trigger as Trigger]}依照${formatRefCn(c.basis)}的规定，${what}。`);
  }
  const fined = ([['unit', unitC], ['persons', personsC]] as const).flatMap(([t, c]) => (c ? [{ target: t as Target, c }] : []));
  if (fined.length > 0) {
    pushBasis(basis, ruleEntry('benchmark'));
    const termText = terms.length > 0 ? `（${terms.map((t) => `${t.label}${t.points > 0 ? '+' : ''}${t.points}`).join('，')}）` : '（无加减分情节）';
    const tierGroups = new Map<string, string[]>();
    for (const { target, c } of fined) {
      const head = c.tier ? `属“${c.tier.key}”档次（${c.tier.circumstances}）` : '适用法定幅度';
      const range = c.tier ? formatTierBand(c.tier, target, baseLabelOf(c.clause.penalty[target])) : formatBand(c.amount);
      tierGroups.set(head, [...(tierGroups.get(head) ?? []), `对${targetLabel(v, target)}的罚款幅度为${range}`]);
    }
    const tierText = [...tierGroups.entries()].map(([head, ranges]) => `${head}，${ranges.join('，')}`).join('；');
    lines.push(
      `依照${cite('benchmark')}及${bench.label}（${BENCHMARK_LAYER_LABELS[bench.layer]}，${bench.effectiveFrom}起施行），情节分值为${score}分${termText}，${tierText}。`,
    );
    for (const { c } of fined) if (c.note) lines.push(`${c.note}。`);
    const mitigated = fined.filter(({ c }) => c.mitigationHow);
    if (mitigated.length > 0) {
      const items = facts.mitigating.map((i) => `第${itemMarkerCn(i)}项（${ART32_ITEMS[i]}）`).join('、');
      const below = mitigated.some(({ c }) => c.amount.mitigation === '减轻');
      pushBasis(basis, ruleEntry(below ? 'belowMinimum' : 'lighter'));
      const how = mitigated.map(({ target, c }) => (mitigated.length === 1 && fined.length === 1 ? c.mitigationHow! : `对${targetLabel(v, target)}${c.mitigationHow!}`));
      lines.push(`当事人有${cite('lighter')}${items}规定的情形，应当从轻或者减轻处罚：${how.join('；')}。`);
    }
    if (facts.employees !== undefined) {
      const size = enterpriseSizeOf(facts.employees);
      if (size.positionShift !== 0) {
        lines.push(`当事人为${size.label}（从业人员${facts.employees}人），建议罚款数额在幅度内相应${size.positionShift > 0 ? '上调' : '下调'}。`);
      }
    }
    lines.push(recommendationLine(unitC?.amount ?? null, personsC?.amount ?? null, measures));
  } else if (measures.length > 0) {
    lines.push(recommendationLine(null, null, measures));
  }
  if (referral) lines.push('涉嫌构成犯罪的，依法移送司法机关追究刑事责任。');

  const unit = unitC?.amount ?? null;
  const persons = personsC?.amount ?? null;
  const tierOfMeasures = applicable.length > 0 && !unit && !persons ? (tiersOf(bench, applicable[applicable.length - 1]!.trigger as Trigger)[0]?.key ?? null) : null;
  return {
    violation: { code: v.code, name: v.name },
    outcome: outcomeOf(unit, persons, measures),
    tier: unit?.tier ?? persons?.tier ?? tierOfMeasures,
    unit,
    persons,
    measures,
    education: false,
    score,
    basis,
    explanation: lines,
    benchmark: benchmarkInfo(bench),
  };
}

function formatTierBand(tier: BenchmarkTier, target: Target, baseLabel: string): string {
  const tf = tier[target]!;
  switch (tf.kind) {
    case 'amount':
      return formatBand(tf.yuan);
    case 'multipleOfIllegalGain':
      return `${baseLabel}的${formatBand(tf.times, timesUnit)}（不适用倍数的，${formatBand(tf.fallback)}）`;
    case 'percentOfAnnualIncome':
      return `上一年年收入的${formatBand(tf.percent, percentUnit)}`;
  }
}

const RECOMMENDATION_PREFIX = '综上，建议';

/** The closing sentence: 综上，建议责令当事人限期改正，对单位罚款人民币17500元，并责令停产停业整顿。 */
function recommendationLine(unit: AmountResult | null, persons: AmountResult | null, measures: { measure: Measure; label: string }[]): string {
  const fines = [unit, persons].filter((a): a is AmountResult => a !== null).map((a) => `对${a.payer}罚款人民币${formatPlainYuan(a.recommended)}`);
  if (fines.length === 0) return `${RECOMMENDATION_PREFIX}${measures.map((m) => m.label).join('、')}。`;
  const extra = measures.filter((m) => m.measure !== 'orderCorrection').map((m) => m.label);
  const order = measures.some((m) => m.measure === 'orderCorrection') ? '责令当事人限期改正，' : '';
  return `${RECOMMENDATION_PREFIX}${order}${fines.join('，')}${extra.length > 0 ? `，并${extra.join('、')}` : ''}。`;
}

/** Inserts a sentence before the closing recommendation (or at the end when there is none). */
function insertBeforeRecommendation(lines: string[], line: string): string[] {
  const i = lines.findIndex((l) => l.startsWith(RECOMMENDATION_PREFIX));
  return i < 0 ? [...lines, line] : [...lines.slice(0, i), line, ...lines.slice(i)];
}

/** 17500 → 17500元 (amounts in the decision are written in full). */
const formatPlainYuan = (n: number): string => (Number.isInteger(n) ? `${n}元` : `${n.toFixed(2)}元`);

// ---------------------------------------------------------------------------------------------
// Art. 37, art. 29, art. 45, 安全生产法 art. 112

/** The item itself or one of its counterparts in force on the day. */
function provisionOn(v: Violation, day: string, ctx: ComputeContext): Violation | null {
  if (isInForce(v, day)) return v;
  for (const code of v.counterparts ?? []) {
    const c = ctx.violation(code);
    if (c && isInForce(c, day)) return c;
  }
  return null;
}

/** Severity for comparisons (art. 37 lighter, art. 29 higher): outcome, then range maxima, minima, recommended. */
function severityKey(r: PenaltyResult): number[] {
  const sum = (f: (a: AmountResult) => number): number => (r.unit ? f(r.unit) : 0) + (r.persons ? f(r.persons) : 0);
  return [OUTCOME_RANK[r.outcome], sum((a) => a.max), sum((a) => a.min), sum((a) => a.recommended), r.measures.length];
}

function compareSeverity(a: PenaltyResult, b: PenaltyResult): number {
  const ka = severityKey(a);
  const kb = severityKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}

const sameVersion = (a: BenchmarkVersion, b: BenchmarkVersion): boolean =>
  a === b || (a.violation === b.violation && a.layer === b.layer && a.effectiveFrom === b.effectiveFrom && a.label === b.label);

function decisionDateOf(input: PenaltyInput, ctx: ComputeContext): string {
  const d = input.decisionDate ?? ctx.today ?? input.actDate;
  if (d < input.actDate) {
    throw new DomainError('INVALID_DATE', `decision date ${d} is before the act (${input.actDate})`, { key: input.decisionDate ? 'decisionDate' : 'actDate' });
  }
  return d;
}

function lookupViolation(code: string, ctx: ComputeContext, key: string): Violation {
  const v = ctx.violation(code);
  if (!v) throw new DomainError('UNKNOWN_VALUE', `${key}: no catalogue item "${code}"`, { key, value: code });
  return v;
}

/** One provision with 行政处罚法 art. 37 between the act and the decision. */
function computeOne(input: PenaltyInput, ctx: ComputeContext, key = 'violation'): PenaltyResult {
  const v = lookupViolation(input.violation, ctx, key);
  const decisionDate = decisionDateOf(input, ctx);
  const benchFor = (x: Violation, day: string): BenchmarkVersion => ctx.benchmark?.(x.code, day) ?? defaultBenchmark(x);
  const atAct = provisionOn(v, input.actDate, ctx);
  if (!atAct) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${v.code}（${v.name}）在违法行为发生时（${input.actDate}）尚未施行或者已经失效，违法行为库中没有当时适用的条款`,
      { key: 'actDate', violation: v.code },
    );
  }
  const atDecision = provisionOn(v, decisionDate, ctx);
  const oldBench = benchFor(atAct, input.actDate);
  const newBench = atDecision ? benchFor(atDecision, decisionDate) : null;
  const oldResult = evaluateProvision(atAct, oldBench, input.facts);
  if (atDecision && atDecision.code === atAct.code && newBench && sameVersion(oldBench, newBench)) return oldResult;

  const newResult = atDecision && newBench ? evaluateProvision(atDecision, newBench, input.facts) : null;
  const label = (r: PenaltyResult): string => {
    const x = r.violation.code === atAct.code ? atAct : atDecision!;
    const b = r === oldResult ? oldBench : newBench!;
    return `${citeAll(x.penaltyBasis)}及${b.label}（${b.effectiveFrom}起施行）`;
  };
  const choice = chooseByArt37({
    actDate: input.actDate,
    decisionDate,
    atAct: oldResult,
    atDecision: newResult,
    lighter: (a, b) => compareSeverity(a, b) < 0,
    label,
  });
  if (choice.outcome === 'notPunishable') {
    return {
      ...oldResult,
      outcome: '不予处罚',
      tier: null,
      unit: null,
      persons: null,
      measures: [],
      education: false,
      basis: [ruleEntry('lawAtTimeOfAct')],
      explanation: [violationLine(atAct), choice.explanation],
    };
  }
  const r = choice.applies;
  return { ...r, basis: [ruleEntry('lawAtTimeOfAct'), ...r.basis], explanation: [r.explanation[0]!, choice.explanation, ...r.explanation.slice(1)] };
}

/**
 * 行政处罚法 art. 29: one act breaking several provisions is fined once, under the provision
 * with the highest fine. Each input is the same act under another provision; the result is the
 * highest one's, with the others named in the explanation. `proposed` and `continuing` of the
 * first input apply to the chosen result.
 */
export function computeForSeveralProvisions(inputs: readonly PenaltyInput[], ctx: ComputeContext): PenaltyResult {
  const first = inputs[0];
  if (!first) throw new DomainError('VALIDATION_FAILED', 'at least one provision is required', { key: 'violation' });
  const results = inputs.map((i, n) => computeOne(i, ctx, n === 0 ? 'violation' : `alsoViolates[${n - 1}]`));
  if (results.length === 1) return finish(results[0]!, first, ctx);
  let chosen = results[0]!;
  for (const r of results.slice(1)) if (compareSeverity(r, chosen) > 0) chosen = r;
  const others = results.filter((r) => r !== chosen);
  const citation = (r: PenaltyResult): string => {
    return citeAll(ctx.violation(r.violation.code)!.penaltyBasis);
  };
  const line =
    `当事人的同一违法行为同时违反${others.map((r) => `${citation(r)}（${r.violation.name}）`).join('、')}的规定，依照${cite('oneActOneFine')}的规定，` +
    `不得给予两次以上罚款，按照罚款数额高的${citation(chosen)}的规定处罚。`;
  const otherMeasures = others.flatMap((r) => r.measures).filter((m) => !chosen.measures.some((c) => c.measure === m.measure) && !NOT_PENALTIES.has(m.measure));
  const lines = [...chosen.explanation];
  lines.splice(1, 0, line);
  if (otherMeasures.length > 0) {
    lines.push(`其他规定中的${[...new Set(otherMeasures.map((m) => m.label))].join('、')}不属于罚款，由执法人员依法另行判断是否适用。`);
  }
  const result: PenaltyResult = { ...chosen, basis: [ruleEntry('oneActOneFine'), ...chosen.basis], explanation: lines };
  return finish(result, first, ctx);
}

/**
 * 行政处罚法 art. 45 para. 2: after the party's statement the penalty is never heavier than the one
 * proposed in the notice. `proposed` holds the notice's fines; a target absent from it had no
 * fine proposed, so none may be imposed now.
 */
export function applyStatementCap(result: PenaltyResult, proposed: { unit?: number; persons?: number }): PenaltyResult {
  if (result.outcome === '不予处罚') return result;
  const capped = { ...result, basis: [...result.basis], explanation: [...result.explanation] };
  const changes: string[] = [];
  for (const target of ['unit', 'persons'] as const) {
    const a = result[target];
    if (!a) continue;
    const cap = proposed[target] ?? 0;
    if (cap <= 0) {
      capped[target] = null;
      changes.push(`告知书未拟对${a.payer}罚款，不再对其罚款`);
    } else if (a.recommended > cap || a.max > cap) {
      const min = Math.min(a.min, cap);
      const b: AmountResult = {
        ...a,
        min,
        max: Math.min(a.max, cap),
        minExclusive: a.minExclusive && min < cap,
        recommended: Math.min(a.recommended, cap),
      };
      b.text = amountText(b);
      capped[target] = b;
      if (a.recommended > cap) changes.push(`对${a.payer}的罚款以告知的${formatPlainYuan(cap)}为限`);
    }
  }
  if (changes.length > 0) {
    const i = capped.explanation.findIndex((l) => l.startsWith(RECOMMENDATION_PREFIX));
    if (i >= 0) capped.explanation[i] = recommendationLine(capped.unit, capped.persons, capped.measures);
  }
  capped.outcome = outcomeOf(capped.unit, capped.persons, capped.measures, capped.dailyFine !== undefined);
  capped.tier = capped.unit?.tier ?? capped.persons?.tier ?? null;
  pushBasis(capped.basis, ruleEntry('noHeavierAfterStatement'));
  capped.explanation = insertBeforeRecommendation(
    capped.explanation,
    changes.length > 0
      ? `当事人进行了陈述、申辩，依照${cite('noHeavierAfterStatement')}的规定，不得因陈述、申辩而给予更重的处罚：${changes.join('；')}。`
      : `当事人进行了陈述、申辩，拟作出的处罚不重于告知的处罚（${cite('noHeavierAfterStatement')}）。`,
  );
  return capped;
}

/**
 * 安全生产法 art. 112: a unit fined and ordered to correct that refuses may be fined the original
 * amount for each day from the day after the correction order to `until` (inclusive).
 */
export function computeDailyContinuingFine(args: { originalFine: number; orderDate: string; until: string }): DailyFine {
  const days = daysBetween(args.orderDate, args.until);
  if (!(args.originalFine > 0)) {
    throw new DomainError('VALIDATION_FAILED', 'the original fine must be positive', { key: 'continuing.originalFine' });
  }
  if (days < 1) {
    throw new DomainError('INVALID_DATE', `the correction order (${args.orderDate}) must precede ${args.until}`, { key: 'continuing.orderDate' });
  }
  return { perDay: args.originalFine, from: addCalendarDays(args.orderDate, 1).date, to: args.until, days, total: round2(args.originalFine * days) };
}

function withDailyFine(result: PenaltyResult, input: PenaltyInput, ctx: ComputeContext): PenaltyResult {
  const c = input.continuing;
  if (!c || result.outcome === '不予处罚') return result;
  const v = ctx.violation(result.violation.code)!;
  if (!v.penaltyBasis.some((r) => r.law === AQSCF)) {
    throw new DomainError('VALIDATION_FAILED', `按日连续处罚（安全生产法第一百一十二条）仅适用于违反安全生产法的行为，${v.code}不是`, { key: 'continuing' });
  }
  const daily = computeDailyContinuingFine({ ...c, until: decisionDateOf(input, ctx) });
  const basis = [...result.basis];
  pushBasis(basis, ruleEntry('dailyContinuingFine'));
  const measures = result.measures.some((m) => m.measure === 'dailyContinuingFine')
    ? result.measures
    : [...result.measures, { measure: 'dailyContinuingFine' as Measure, label: MEASURE_LABELS.dailyContinuingFine }];
  return {
    ...result,
    outcome: '罚款',
    dailyFine: daily,
    measures,
    basis,
    explanation: insertBeforeRecommendation(
      result.explanation,
      `当事人被责令改正且受到罚款处罚后拒不改正，依照${cite('dailyContinuingFine')}的规定，可以自作出责令改正之日的次日（${daily.from}）起，按照原处罚数额${formatPlainYuan(daily.perDay)}按日连续处罚，至${daily.to}共${daily.days}日，计${formatPlainYuan(daily.total)}。`,
    ),
  };
}

function finish(result: PenaltyResult, input: PenaltyInput, ctx: ComputeContext): PenaltyResult {
  let r = withDailyFine(result, input, ctx);
  if (input.proposed) r = applyStatementCap(r, input.proposed);
  return r;
}

/**
 * The computation: POST /api/penalty/compute and `safelaw penalty compute`. Takes a parsed input
 * (parsePenaltyInput). With `alsoViolates` it applies 行政处罚法 art. 29 over all the provisions.
 */
export function computePenalty(input: PenaltyInput, ctx: ComputeContext): PenaltyResult {
  const codes = [input.violation, ...(input.alsoViolates ?? [])];
  const inputs = codes.map((violation) => {
    const { alsoViolates: _ignored, ...rest } = input;
    return { ...rest, violation };
  });
  return computeForSeveralProvisions(inputs, ctx);
}
