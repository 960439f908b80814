/**
 * Parsing of the penalty computation input (the CLI and API contract):
 *
 * {"violation": CODE, "actDate": "YYYY-MM-DD", "decisionDate"?: "YYYY-MM-DD",
 *  "facts": {"firstOffence"?, "correctedInTime"?, "harm"?: "none"|"minor"|"serious",
 *            "notCorrectedByDeadline"?, "repeatWithinYear"?, "refusedToCooperate"?, "noFault"?,
 *            "mitigating"?: [1–5], "aggravating"?: [key or label], "employees"?: n,
 *            "accidentGrade"?: "一般"|"较大"|"重大"|"特别重大",
 *            "illegalGain"?: yuan, "goodsValue"?: yuan, "annualIncome"?: yuan},
 *  "alsoViolates"?: [CODE], "proposed"?: {"unit"?: yuan, "persons"?: yuan},
 *  "continuing"?: {"originalFine": yuan, "orderDate": "YYYY-MM-DD"}}
 *
 * Errors name the key (details.key, e.g. facts.harm): UNKNOWN_KEY for a key not in the
 * contract, UNKNOWN_VALUE for a value outside a closed list, INVALID_DATE for a malformed day,
 * VALIDATION_FAILED for a wrong type or contradictory facts.
 */
import { isIsoDate } from '../calendar/calendar.ts';
import { DomainError } from '../errors.ts';
import { AGGRAVATING_CIRCUMSTANCES, findAggravating } from './circumstances.ts';
import type { AccidentGrade, Art32Item, Harm, PenaltyFacts, PenaltyInput } from './types.ts';
import { ACCIDENT_GRADES, HARMS } from './types.ts';

const TOP_KEYS = ['violation', 'actDate', 'decisionDate', 'facts', 'alsoViolates', 'proposed', 'continuing'] as const;
const FACT_KEYS = [
  'firstOffence',
  'correctedInTime',
  'harm',
  'notCorrectedByDeadline',
  'repeatWithinYear',
  'refusedToCooperate',
  'noFault',
  'mitigating',
  'aggravating',
  'employees',
  'accidentGrade',
  'illegalGain',
  'goodsValue',
  'annualIncome',
] as const;
const BOOLEAN_FACTS = ['firstOffence', 'correctedInTime', 'notCorrectedByDeadline', 'repeatWithinYear', 'refusedToCooperate', 'noFault'] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (key: string, message: string, extra: Obj = {}): never => {
  throw new DomainError('VALIDATION_FAILED', message, { key, ...extra });
};

function checkKeys(obj: Obj, allowed: readonly string[], prefix: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      const key = prefix + k;
      throw new DomainError('UNKNOWN_KEY', `unknown key "${key}"; allowed: ${allowed.map((a) => prefix + a).join(', ')}`, { key, allowed: allowed.map((a) => prefix + a) });
    }
  }
}

function day(value: unknown, key: string): string {
  if (!isIsoDate(value)) {
    throw new DomainError('INVALID_DATE', `${key} must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`, { key, value });
  }
  return value;
}

function amount(value: unknown, key: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || Math.round(value * 100) !== value * 100) {
    fail(key, `${key} must be a non-negative amount in yuan (at most two decimals), got ${JSON.stringify(value)}`, { value });
  }
  return value as number;
}

/** Facts with every flag false and no circumstance: what an empty `facts` object reads as. */
export function noFacts(): PenaltyFacts {
  return {
    firstOffence: false,
    correctedInTime: false,
    notCorrectedByDeadline: false,
    repeatWithinYear: false,
    refusedToCooperate: false,
    noFault: false,
    mitigating: [],
    aggravating: [],
  };
}

function parseFacts(raw: unknown): PenaltyFacts {
  if (!isObject(raw)) return fail('facts', 'facts must be an object');
  const f = raw as Obj;
  checkKeys(f, FACT_KEYS, 'facts.');
  const facts = noFacts();
  for (const k of BOOLEAN_FACTS) {
    const v = f[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') fail(`facts.${k}`, `facts.${k} must be true or false`, { value: v });
    facts[k] = v as boolean;
  }
  if (f.harm !== undefined) {
    if (!HARMS.includes(f.harm as Harm)) {
      throw new DomainError('UNKNOWN_VALUE', `facts.harm must be one of ${HARMS.join(', ')}`, { key: 'facts.harm', value: f.harm, allowed: HARMS });
    }
    facts.harm = f.harm as Harm;
  }
  if (f.mitigating !== undefined) {
    if (!Array.isArray(f.mitigating)) fail('facts.mitigating', 'facts.mitigating must be a list of 行政处罚法 art. 32 item numbers (1–5)');
    for (const item of f.mitigating as unknown[]) {
      if (item !== 1 && item !== 2 && item !== 3 && item !== 4 && item !== 5) {
        throw new DomainError('UNKNOWN_VALUE', `facts.mitigating: ${JSON.stringify(item)} is not an item of 行政处罚法 art. 32 (1–5)`, {
          key: 'facts.mitigating',
          value: item,
          allowed: [1, 2, 3, 4, 5],
        });
      }
    }
    facts.mitigating = [...new Set(f.mitigating as Art32Item[])].sort((a, b) => a - b);
  }
  if (f.aggravating !== undefined) {
    if (!Array.isArray(f.aggravating)) fail('facts.aggravating', 'facts.aggravating must be a list of published aggravating circumstances');
    const keys: string[] = [];
    for (const item of f.aggravating as unknown[]) {
      const a = typeof item === 'string' ? findAggravating(item) : undefined;
      if (!a) {
        throw new DomainError('UNKNOWN_VALUE', `facts.aggravating: ${JSON.stringify(item)} is not in the published list`, {
          key: 'facts.aggravating',
          value: item,
          allowed: AGGRAVATING_CIRCUMSTANCES.map((x) => x.key),
        });
      }
      if (!keys.includes(a.key)) keys.push(a.key);
    }
    facts.aggravating = keys;
  }
  if (f.employees !== undefined) {
    if (typeof f.employees !== 'number' || !Number.isInteger(f.employees) || f.employees < 0) {
      fail('facts.employees', 'facts.employees must be a non-negative whole number', { value: f.employees });
    }
    facts.employees = f.employees as number;
  }
  if (f.accidentGrade !== undefined) {
    if (!ACCIDENT_GRADES.includes(f.accidentGrade as AccidentGrade)) {
      throw new DomainError('UNKNOWN_VALUE', `facts.accidentGrade must be one of ${ACCIDENT_GRADES.join(', ')}`, {
        key: 'facts.accidentGrade',
        value: f.accidentGrade,
        allowed: ACCIDENT_GRADES,
      });
    }
    facts.accidentGrade = f.accidentGrade as AccidentGrade;
  }
  for (const k of ['illegalGain', 'goodsValue', 'annualIncome'] as const) {
    if (f[k] !== undefined) facts[k] = amount(f[k], `facts.${k}`);
  }
  checkConsistency(facts);
  return facts;
}

/** Facts that cannot both be true: rejected rather than guessed. */
function checkConsistency(f: PenaltyFacts): void {
  if (f.correctedInTime && f.notCorrectedByDeadline) {
    fail('facts.notCorrectedByDeadline', 'facts.correctedInTime and facts.notCorrectedByDeadline contradict each other');
  }
  if (f.firstOffence && f.repeatWithinYear) {
    fail('facts.repeatWithinYear', 'facts.firstOffence and facts.repeatWithinYear contradict each other');
  }
  if (f.accidentGrade !== undefined && (f.harm === 'none' || f.harm === 'minor')) {
    fail('facts.harm', `an accident (facts.accidentGrade ${f.accidentGrade}) is a serious harmful consequence; facts.harm cannot be "${f.harm}"`);
  }
}

/** Parses and checks the computation input; see the module comment for the contract and errors. */
export function parsePenaltyInput(json: unknown): PenaltyInput {
  if (!isObject(json)) return fail('', 'the input must be a JSON object');
  const o = json as Obj;
  checkKeys(o, TOP_KEYS, '');
  if (typeof o.violation !== 'string' || o.violation.trim() === '') fail('violation', 'violation must be a catalogue code such as AQSCF-099-1');
  if (o.actDate === undefined) throw new DomainError('INVALID_DATE', 'actDate is required (YYYY-MM-DD)', { key: 'actDate' });
  const input: PenaltyInput = { violation: (o.violation as string).trim(), actDate: day(o.actDate, 'actDate'), facts: parseFacts(o.facts) };
  if (o.decisionDate !== undefined) {
    input.decisionDate = day(o.decisionDate, 'decisionDate');
    if (input.decisionDate < input.actDate) {
      throw new DomainError('INVALID_DATE', `decisionDate ${input.decisionDate} is before actDate ${input.actDate}`, { key: 'decisionDate' });
    }
  }
  if (o.alsoViolates !== undefined) {
    if (!Array.isArray(o.alsoViolates) || o.alsoViolates.some((c) => typeof c !== 'string' || c.trim() === '')) {
      fail('alsoViolates', 'alsoViolates must be a list of catalogue codes');
    }
    input.alsoViolates = [...new Set((o.alsoViolates as string[]).map((c) => c.trim()))].filter((c) => c !== input.violation);
  }
  if (o.proposed !== undefined) {
    if (!isObject(o.proposed)) fail('proposed', 'proposed must be an object {"unit"?, "persons"?}');
    const p = o.proposed as Obj;
    checkKeys(p, ['unit', 'persons'], 'proposed.');
    input.proposed = {};
    if (p.unit !== undefined) input.proposed.unit = amount(p.unit, 'proposed.unit');
    if (p.persons !== undefined) input.proposed.persons = amount(p.persons, 'proposed.persons');
  }
  if (o.continuing !== undefined) {
    if (!isObject(o.continuing)) fail('continuing', 'continuing must be an object {"originalFine", "orderDate"}');
    const c = o.continuing as Obj;
    checkKeys(c, ['originalFine', 'orderDate'], 'continuing.');
    if (c.originalFine === undefined) fail('continuing.originalFine', 'continuing.originalFine is required');
    if (c.orderDate === undefined) throw new DomainError('INVALID_DATE', 'continuing.orderDate is required (YYYY-MM-DD)', { key: 'continuing.orderDate' });
    input.continuing = { originalFine: amount(c.originalFine, 'continuing.originalFine'), orderDate: day(c.orderDate, 'continuing.orderDate') };
    if (!input.facts.notCorrectedByDeadline) {
      fail('continuing', '安全生产法 art. 112 applies only when the party refuses to correct: set facts.notCorrectedByDeadline');
    }
  }
  return input;
}
