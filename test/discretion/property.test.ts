/**
 * Property test over every catalogue item (and the fixtures) and many fact combinations, drawn
 * deterministically (a fixed-seed generator, no dependency):
 * - the result lies inside the statute's limits; below the minimum only with a cited 减轻
 *   (行政处罚法 art. 32);
 * - it is monotonic: adding an aggravating fact never lowers it, adding a mitigating one never
 *   raises it.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCIDENT_GRADES,
  computePenalty,
  createBenchmarkLookup,
  defaultBenchmark,
  type AccidentGrade,
  type AmountResult,
  type Art32Item,
  type ComputeContext,
  type Harm,
  type PenaltyFacts,
  type PenaltyResult,
} from '../../src/domain/discretion/index.ts';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import type { Fine, Violation } from '../../src/domain/legal/violation.ts';
import { contextOf, FIXTURES, NO_FACTS } from './fixtures.ts';

const ITEMS: readonly Violation[] = [...CATALOGUE, ...FIXTURES];
const CTX: ComputeContext = contextOf(ITEMS, { benchmark: createBenchmarkLookup(ITEMS.map((v) => defaultBenchmark(v))) });
const INCOME = 180_000;
const COMBOS_PER_ITEM = 40;

/** Park–Miller generator: deterministic draws. */
function generator(seed: number): (n: number) => number {
  let s = seed % 2_147_483_647 || 1;
  return (n) => {
    s = (s * 48_271) % 2_147_483_647;
    return s % n;
  };
}

const HARMS: (Harm | undefined)[] = [undefined, 'none', 'minor', 'serious'];
const MITIGATING: Art32Item[][] = [[], [1], [1, 3], [2, 4, 5]];
const AGGRAVATING: string[][] = [[], ['specialPeriod'], ['badSocialImpact'], ['concealEvidence', 'crowdedPlace']];
const EMPLOYEES = [undefined, 10, 500, 5000];
const AMOUNTS = [undefined, 50_000, 400_000];

/** The grades an item accepts: all with an accidentCaused clause, else those with a clause of their own. */
const gradesOf = (v: Violation): AccidentGrade[] =>
  ACCIDENT_GRADES.filter((g) => v.penalties.some((p) => p.trigger === `accident:${g}` || p.trigger === 'accidentCaused'));
const accidentOnly = (v: Violation): boolean => v.penalties.every((p) => p.trigger.startsWith('accident'));

function consistent(f: PenaltyFacts): boolean {
  if (f.correctedInTime && f.notCorrectedByDeadline) return false;
  if (f.firstOffence && f.repeatWithinYear) return false;
  if (f.accidentGrade !== undefined && (f.harm === 'none' || f.harm === 'minor')) return false;
  return true;
}

function drawFacts(v: Violation, draw: (n: number) => number): PenaltyFacts {
  const grades = gradesOf(v);
  const accidentChoices: (AccidentGrade | undefined)[] = accidentOnly(v)
    ? grades
    : [undefined, undefined, ...grades];
  const pick = <T,>(xs: readonly T[]): T => xs[draw(xs.length)]!;
  const facts: PenaltyFacts = {
    ...NO_FACTS,
    firstOffence: draw(3) === 0,
    correctedInTime: draw(3) === 0,
    notCorrectedByDeadline: draw(3) === 0,
    repeatWithinYear: draw(4) === 0,
    refusedToCooperate: draw(4) === 0,
    mitigating: pick(MITIGATING),
    aggravating: pick(AGGRAVATING),
    annualIncome: INCOME,
  };
  const harm = pick(HARMS);
  if (harm !== undefined) facts.harm = harm;
  const employees = pick(EMPLOYEES);
  if (employees !== undefined) facts.employees = employees;
  const grade = pick(accidentChoices);
  if (grade !== undefined) {
    facts.accidentGrade = grade;
    if (facts.harm !== undefined) facts.harm = 'serious';
  }
  const gain = pick(AMOUNTS);
  if (gain !== undefined) facts.illegalGain = gain;
  const goods = pick(AMOUNTS);
  if (goods !== undefined) facts.goodsValue = goods;
  if (facts.correctedInTime && facts.notCorrectedByDeadline) facts.correctedInTime = false;
  if (facts.firstOffence && facts.repeatWithinYear) facts.repeatWithinYear = false;
  return facts;
}

/** The facts with one aggravating fact added (each variant that stays consistent). */
function aggravations(f: PenaltyFacts, v: Violation): PenaltyFacts[] {
  const out: PenaltyFacts[] = [];
  // Harm not established (undefined) is outside the order: art. 33 needs the harm established.
  const harmUp: Record<string, Harm | undefined> = { none: 'minor', minor: 'serious' };
  const nextHarm = harmUp[String(f.harm)];
  if (nextHarm) out.push({ ...f, harm: nextHarm });
  if (!f.repeatWithinYear) out.push({ ...f, repeatWithinYear: true });
  if (!f.refusedToCooperate) out.push({ ...f, refusedToCooperate: true });
  if (!f.notCorrectedByDeadline) out.push({ ...f, notCorrectedByDeadline: true });
  for (const a of ['specialPeriod', 'obstructEnforcement']) if (!f.aggravating.includes(a)) out.push({ ...f, aggravating: [...f.aggravating, a] });
  const grades = gradesOf(v);
  const i = f.accidentGrade === undefined ? -1 : grades.indexOf(f.accidentGrade);
  if (i >= 0 && i + 1 < grades.length) out.push({ ...f, accidentGrade: grades[i + 1]! });
  return out.filter(consistent);
}

/** The facts with one mitigating fact added. */
function mitigations(f: PenaltyFacts): PenaltyFacts[] {
  const out: PenaltyFacts[] = [];
  if (!f.firstOffence) out.push({ ...f, firstOffence: true });
  if (!f.correctedInTime) out.push({ ...f, correctedInTime: true });
  if (!f.noFault) out.push({ ...f, noFault: true });
  for (const item of [1, 4] as const) {
    if (!f.mitigating.includes(item)) out.push({ ...f, mitigating: [...f.mitigating, item].sort((a, b) => a - b) });
  }
  return out.filter(consistent);
}

function compute(v: Violation, facts: PenaltyFacts): PenaltyResult {
  return computePenalty({ violation: v.code, actDate: v.validFrom, decisionDate: v.validFrom, facts }, CTX);
}

/** The statutory yuan range of a clause for these facts. */
function statutory(fine: Fine, facts: PenaltyFacts): { min: number; max: number } {
  switch (fine.kind) {
    case 'amount':
      return fine;
    case 'percentOfAnnualIncome':
      return { min: (INCOME * fine.minPercent) / 100, max: (INCOME * fine.maxPercent) / 100 };
    case 'multipleOfIllegalGain': {
      const value = fine.base === 'goodsValue' ? facts.goodsValue : facts.illegalGain;
      const times = value !== undefined && value > 0 && (fine.threshold === undefined || value >= fine.threshold);
      return times ? { min: value * fine.minTimes, max: value * fine.maxTimes } : fine.fallback;
    }
  }
}

function limitsOf(v: Violation, a: AmountResult, target: 'unit' | 'persons', facts: PenaltyFacts): { min: number; max: number } | undefined {
  const clause = v.penalties.find((p) => p.trigger === a.trigger);
  if (clause?.[target]) return statutory(clause[target], facts);
  // 安全生产法 art. 114 para. 2 without a catalogue clause: 2–5 times the grade's range.
  const grade = v.penalties.find((p) => p.trigger === `accident:${facts.accidentGrade}`);
  if (a.trigger !== 'accident:特别严重' || !grade?.[target]) return undefined;
  const g = statutory(grade[target], facts);
  return { min: g.min * 2, max: g.max * 5 };
}

/** Checks are plain comparisons collected as messages (one expect at the end keeps the run fast). */
type Failures = string[];
const EPS = 0.01;

function checkInsideLimits(v: Violation, facts: PenaltyFacts, r: PenaltyResult, failures: Failures): void {
  for (const target of ['unit', 'persons'] as const) {
    const a = r[target];
    if (!a) continue;
    const fail = (what: string): void => {
      failures.push(`${v.code} ${target}: ${what} — ${JSON.stringify(facts)} → ${JSON.stringify(a)}`);
    };
    const limits = limitsOf(v, a, target, facts);
    if (!limits) {
      fail(`no statutory clause ${a.trigger} fines the ${target}`);
      continue;
    }
    if (Math.abs(a.statutory.min - limits.min) > EPS || Math.abs(a.statutory.max - limits.max) > EPS) {
      fail(`statutory range given as ${a.statutory.min}–${a.statutory.max}, the clause says ${limits.min}–${limits.max}`);
    }
    if (a.recommended < a.min - EPS || a.recommended > a.max + EPS) fail('recommended outside its range');
    if (a.minExclusive && a.recommended <= a.min) fail('recommended on an excluded lower bound');
    if (a.max > limits.max + EPS) fail(`above the statutory maximum ${limits.max}`);
    if (a.recommended < limits.min - EPS) {
      const cited = r.basis.find((b) => b.rule === 'belowMinimum')?.citation === '《中华人民共和国行政处罚法》第三十二条';
      if (a.mitigation !== '减轻' || !cited) fail(`below the statutory minimum ${limits.min} without a cited 减轻`);
      if (a.recommended <= 0) fail('a mitigated fine of zero');
    } else if (a.min < limits.min - EPS) {
      fail(`range below the statutory minimum ${limits.min}`);
    }
  }
}

const RANK: Record<PenaltyResult['outcome'], number> = { 不予处罚: 0, 警告: 1, 其他措施: 2, 罚款: 3 };
const amount = (a: AmountResult | null): number => a?.recommended ?? 0;

/** `heavier` is at least as severe as `lighter`: outcome, each recommended fine, and the measures. */
function checkNotLighter(heavier: PenaltyResult, lighter: PenaltyResult, where: string, failures: Failures): void {
  const problems: string[] = [];
  if (RANK[heavier.outcome] < RANK[lighter.outcome]) problems.push(`outcome ${lighter.outcome} → ${heavier.outcome}`);
  if (amount(heavier.unit) < amount(lighter.unit)) problems.push(`unit ${amount(lighter.unit)} → ${amount(heavier.unit)}`);
  if (amount(heavier.persons) < amount(lighter.persons)) problems.push(`persons ${amount(lighter.persons)} → ${amount(heavier.persons)}`);
  if (lighter.outcome !== '不予处罚') {
    const kept = new Set(heavier.measures.map((m) => m.measure));
    for (const m of lighter.measures) if (!kept.has(m.measure)) problems.push(`measure ${m.measure} dropped`);
  }
  if (problems.length > 0) failures.push(`${where}: ${problems.join('; ')}`);
}

describe('property: every catalogue item, many fact combinations', () => {
  it('covers every catalogue item', () => {
    expect(CATALOGUE.length).toBeGreaterThan(100);
  });

  it('stays inside the statute and is monotonic in aggravating and mitigating facts', () => {
    let results = 0;
    let fined = 0;
    let mitigatedBelow = 0;
    const failures: Failures = [];
    ITEMS.forEach((v, index) => {
      const draw = generator(1009 * (index + 1));
      for (let n = 0; n < COMBOS_PER_ITEM; n++) {
        const facts = drawFacts(v, draw);
        const r = compute(v, facts);
        results++;
        if (r.outcome === '罚款') fined++;
        if (r.unit?.mitigation === '减轻' || r.persons?.mitigation === '减轻') mitigatedBelow++;
        checkInsideLimits(v, facts, r, failures);
        for (const more of aggravations(facts, v)) {
          const heavier = compute(v, more);
          results++;
          checkInsideLimits(v, more, heavier, failures);
          checkNotLighter(heavier, r, `${v.code}: aggravating ${JSON.stringify(facts)} → ${JSON.stringify(more)}`, failures);
        }
        for (const more of mitigations(facts)) {
          const lighter = compute(v, more);
          results++;
          checkInsideLimits(v, more, lighter, failures);
          checkNotLighter(r, lighter, `${v.code}: mitigating ${JSON.stringify(facts)} → ${JSON.stringify(more)}`, failures);
        }
      }
    });
    expect(failures.slice(0, 5)).toEqual([]);
    // The draw reaches the interesting cases, not only no-penalty ones.
    expect(results).toBeGreaterThan(ITEMS.length * COMBOS_PER_ITEM * 5);
    expect(fined).toBeGreaterThan(ITEMS.length * COMBOS_PER_ITEM * 0.4);
    expect(mitigatedBelow).toBeGreaterThan(100);
  });
});
