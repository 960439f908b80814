/**
 * 法条自动对应: from an officer's hazard description to the catalogue items (违法行为) it most
 * likely describes, each with its violated provision, penalty basis and statutory range.
 *
 * Text analysis (text.ts, dictionary.ts): normalise, tokenize with the injected tokenizer, fold
 * synonyms onto one canonical word (堵死/占用 → 堵塞, 未持证/没有证 → 无证 …), find domain words
 * even where the tokenizer splits them, drop stop words.
 *
 * Ranking, explainable, over each item's name (counted twice) and keywords:
 * - term BM25: the description's words, weighted by how rare they are in the catalogue;
 * - keyword coverage: the item's best keyword phrase by the weight of its words present
 *   (a phrase fully present is reported in `why`);
 * - character-bigram BM25, for wordings the dictionary does not know;
 * - an accident grade, named (较大事故) or inferred from casualty and loss figures by 事故报告条例
 *   art. 3, adds a bonus to the items whose penalties are triggered by that grade;
 * - legal factors: items of a regulation yield to a law's items (上位法); items that need an
 *   accident yield when none is described, and also when the description records what was done
 *   after it (迟报, 瞒报, 抢救 … the accident is then the occasion, not the violation); items against a person (主要负责人 …) yield when no
 *   such person is named; items limited to industries yield when the text shows none of them.
 * Only items in force on the date (validFrom ≤ date < validTo) and, when an industry is given,
 * applicable to it are returned. Indexes are built once in createMatcher; a match reads posting
 * lists only (well under a millisecond).
 */
import { isIsoDate, isoDateInChina } from '../../calendar/calendar.ts';
import { DomainError } from '../../errors.ts';
import { INDUSTRY_CODES, isAccidentTrigger, isInForce } from '../catalogue/validate.ts';
import type { Fine, LawRef, Violation } from '../violation.ts';
import { accidentGrade, describesAccident, statedGrade } from './accident-grade.ts';
import type { ActionClass, Actor } from './actions.ts';
import { ACTION_FAMILY, ACTION_LABELS, ACTOR_LABELS, ITEM_ACTIONS, ITEM_OBJECTS, actionsOf, actorsOf, showsObjects } from './actions.ts';
import { AFTER_ACCIDENT_TERMS, INDUSTRY_WORDS, PERSON_TERMS } from './dictionary.ts';
import type { Example, ExampleVote } from './examples.ts';
import { createExampleIndex } from './examples.ts';
import type { LinearModel, TrainingCase } from './learned.ts';
import { trainLinearModel } from './learned.ts';
import { refMatches } from './evaluate.ts';
import type { Analysis, Tokenizer } from './text.ts';
import { analyse as analyseText, normalize } from './text.ts';

export type { Tokenizer } from './text.ts';

export interface MatchQuery {
  /** The hazard as the officer describes it. */
  text: string;
  /** Date of the act (ISO YYYY-MM-DD); items not in force on it are left out. Default: today in China. */
  date?: string;
  /** Industry code of the enterprise; items limited to other industries are left out. */
  industry?: string;
}

export interface MatchCandidate {
  /** The catalogue item's code, e.g. AQSCF-105-2B. */
  violation: string;
  name: string;
  penaltyBasis: LawRef[];
  violated: LawRef[];
  /** The fines of the base clause (or, for an accident-only item, of its first clause). */
  range: { unit?: Fine; persons?: Fine };
  /** Relevance, higher is better; comparable within one result only. */
  score: number;
  /** What matched: keywords, words, the accident grade. */
  why: string[];
}

export interface MatchResult {
  candidates: MatchCandidate[];
}

export interface Matcher {
  match(query: MatchQuery): MatchResult;
}

export interface MatcherOptions {
  /** Today's date (ISO); default: the current date in China (UTC+8). */
  today?: () => string;
  /** Most candidates returned (default 10). */
  limit?: number;
  /** Ranking weights; the defaults are the documented ones (exposed for the benchmark). */
  weights?: Partial<RankingWeights>;
  /** Labelled descriptions whose nearest neighbours vote for their provision (examples.ts). */
  examples?: readonly Example[];
}

export interface RankingWeights {
  /** BM25 saturation and length normalisation. */
  k1: number;
  b: number;
  /** A word in the item's name counts this many times as one in a keyword. */
  nameWeight: number;
  /** Term frequency in an item: raw count, 1 + ln(count), or presence only (synonym-rich keyword lists repeat words). */
  tf: 'raw' | 'log' | 'binary';
  /** Weights of the three signals. */
  terms: number;
  keyword: number;
  bigrams: number;
  /** Added to items whose penalties have the accident grade the description's figures give. */
  grade: number;
  /**
   * Factor on the score of items from a text of lower rank than a law (法律): where a law and a
   * regulation both describe the conduct, the law governs (上位法优于下位法; 行政处罚法 art. 29
   * takes the higher fine, which the laws here set). 1 = no preference.
   */
  belowLaw: number;
  /** Factor on items that apply only after an accident when the description mentions none, or records only what was done after it. */
  noAccident: number;
  /** Factor on those items when the description tells of an accident and not of what was done after it. */
  accidentMatch: number;
  /**
   * Factor on items whose party is a natural person (the principal, other managers) when the
   * description names no such person: "企业…" describes what the unit did.
   */
  noPerson: number;
  /**
   * Factor on items limited to some industries when the query gives no industry and the text
   * shows none of them (INDUSTRY_WORDS): a hazardous-chemicals item should not take a hazard
   * found in an ordinary workshop.
   */
  noIndustry: number;
  /**
   * Factor on items whose action class (actions.ts ITEM_ACTIONS: 缺失 / 失效、未维护 / 关闭、拆除 …)
   * the description shows, and on those whose classes it contradicts (it shows only others).
   */
  actionMatch: number;
  actionMismatch: number;
  /**
   * Factor on items against the principal when the description names only another manager
   * (分管副总、安全总监 → art. 96), and on items against other managers when it names only the principal.
   */
  otherActor: number;
  /** Factor on items that concern one object (actions.ts ITEM_OBJECTS) when the description does not show it. */
  otherObject: number;
  /**
   * Weight of the nearest labelled example's similarity (0–1), relative to the best score the
   * other signals give the query.
   */
  examples: number;
  /** Weight of the learnt classifier's probability (learned.ts), relative to the same best score. */
  learned: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  k1: 1.2,
  b: 0.5,
  nameWeight: 2,
  tf: 'log',
  terms: 1,
  keyword: 0.6,
  bigrams: 0.25,
  grade: 3,
  belowLaw: 0.9,
  noAccident: 0.5,
  accidentMatch: 2,
  noPerson: 0.85,
  noIndustry: 0.7,
  actionMatch: 1.4,
  actionMismatch: 0.65,
  otherActor: 0.6,
  otherObject: 0.6,
  examples: 1,
  learned: 4,
};

/** A law (法律) of the National People's Congress: 中华人民共和国…法. */
const isLaw = (title: string): boolean => title.startsWith('中华人民共和国') && title.endsWith('法');

const chinaToday = (): string => isoDateInChina(new Date());

interface Doc {
  violation: Violation;
  candidate: Omit<MatchCandidate, 'score' | 'why'>;
  /** Accident grades the item's penalties are triggered by. */
  grades: Set<string>;
  /** 1, or belowLaw for items of a regulation or lower text. */
  rankFactor: number;
  /** Every clause needs an accident (导致发生生产安全事故, accident grades). */
  accidentOnly: boolean;
  /** The party is a natural person. */
  person: boolean;
  /** Words showing one of the item's industries; undefined when it applies to all. */
  industryWords: readonly string[] | undefined;
  /** The action classes the item punishes (empty: not told apart by action). */
  actions: readonly ActionClass[];
  /** The natural person the item is against, if any. */
  actor: Actor | undefined;
  /** Object groups the description must show (ITEM_OBJECTS). */
  objects: readonly (readonly string[])[];
  /** Keyword phrases (the name first): original text and canonical terms. */
  keywords: { text: string; terms: string[] }[];
}

interface Posting {
  doc: number;
  tf: number;
}

/** BM25 over one kind of term, with posting lists built once. */
class Index {
  readonly postings = new Map<string, Posting[]>();
  readonly idf = new Map<string, number>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(
    counts: Map<string, number>[],
    private readonly w: RankingWeights,
  ) {
    const tf = (n: number): number => (w.tf === 'raw' ? n : w.tf === 'log' ? 1 + Math.log(n) : 1);
    this.lengths = counts.map((c) => [...c.values()].reduce((a, n) => a + tf(n), 0));
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
    counts.forEach((c, doc) => {
      for (const [t, n] of c) {
        const list = this.postings.get(t) ?? [];
        list.push({ doc, tf: tf(n) });
        this.postings.set(t, list);
      }
    });
    const n = counts.length;
    for (const [t, list] of this.postings) this.idf.set(t, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  }

  /** Adds each document's BM25 score for the query terms into `scores`; records matched terms. */
  score(query: Iterable<string>, scores: Float64Array, weight: number, matched?: Map<number, string[]>): void {
    const { k1, b } = this.w;
    for (const t of query) {
      const list = this.postings.get(t);
      if (!list) continue;
      const idf = this.idf.get(t) ?? 0;
      for (const { doc, tf } of list) {
        const norm = 1 - b + (b * (this.lengths[doc] ?? 0)) / this.avgLength;
        scores[doc] = (scores[doc] ?? 0) + (weight * idf * tf * (k1 + 1)) / (tf + k1 * norm);
        if (matched) {
          const m = matched.get(doc);
          if (m) m.push(t);
          else matched.set(doc, [t]);
        }
      }
    }
  }
}

function count(into: Map<string, number>, items: Iterable<string>, weight: number): void {
  for (const t of items) into.set(t, (into.get(t) ?? 0) + weight);
}

function baseRange(v: Violation): MatchCandidate['range'] {
  const clause = v.penalties.find((p) => p.trigger === 'base') ?? v.penalties[0];
  return {
    ...(clause?.unit ? { unit: clause.unit } : {}),
    ...(clause?.persons ? { persons: clause.persons } : {}),
  };
}

export function createMatcher(catalogue: readonly Violation[], tokenizer: Tokenizer, options: MatcherOptions = {}): Matcher {
  const w: RankingWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const today = options.today ?? chinaToday;
  const limit = options.limit ?? 10;
  const analyse = (text: string) => analyseText(text, tokenizer);

  const docs: Doc[] = [];
  const termCounts: Map<string, number>[] = [];
  const bigramCounts: Map<string, number>[] = [];
  for (const v of catalogue) {
    const name = analyse(v.name);
    const terms = new Map<string, number>();
    const bigrams = new Map<string, number>();
    count(terms, name.terms, w.nameWeight);
    count(bigrams, name.bigrams, w.nameWeight);
    const keywords: Doc['keywords'] = [{ text: v.name, terms: [...name.terms] }];
    for (const k of v.keywords) {
      const a = analyse(k);
      count(terms, a.terms, 1);
      count(bigrams, a.bigrams, 1);
      if (a.terms.size > 0) keywords.push({ text: k, terms: [...a.terms] });
    }
    termCounts.push(terms);
    bigramCounts.push(bigrams);
    docs.push({
      violation: v,
      candidate: { violation: v.code, name: v.name, penaltyBasis: v.penaltyBasis, violated: v.violated, range: baseRange(v) },
      grades: new Set(v.penalties.map((p) => p.trigger).filter((t) => t.startsWith('accident:')).map((t) => t.slice(9))),
      rankFactor: v.penaltyBasis.every((r) => isLaw(r.law)) ? 1 : w.belowLaw,
      accidentOnly: v.penalties.every((p) => isAccidentTrigger(p.trigger)),
      person: v.party !== 'unit',
      actions: ITEM_ACTIONS[v.code] ?? [],
      objects: ITEM_OBJECTS[v.code] ?? [],
      actor: v.party === 'principal' ? 'principal' : v.party === 'unit' ? undefined : 'otherManager',
      industryWords: v.industries.length === 0 ? undefined : v.industries.flatMap((i) => INDUSTRY_WORDS[i] ?? []),
      keywords,
    });
  }
  const termIndex = new Index(termCounts, w);
  const bigramIndex = new Index(bigramCounts, w);
  // Each item's keyword phrases with their words' idf and its sum, fixed once the index is built.
  const phrases = docs.map((doc) =>
    doc.keywords.map(({ text, terms }) => {
      const idfs = terms.map((t) => termIndex.idf.get(t) ?? 0);
      return { text, terms, idfs, total: idfs.reduce((a, b) => a + b, 0) };
    }),
  );

  // The examples are analysed once, for the nearest-example index and for the classifier.
  const analysed = new Map<string, Analysis>();
  const analyseOnce = (text: string): Analysis => {
    let a = analysed.get(text);
    if (!a) analysed.set(text, (a = analyse(text)));
    return a;
  };
  const exampleIndex = options.examples && options.examples.length > 0 ? createExampleIndex(options.examples, catalogue, analyseOnce) : undefined;

  // Families: an item and its counterparts in the other instrument learn as one class.
  const family = familiesOf(catalogue);
  const familyCount = Math.max(0, ...family) + 1;
  // The families in force on a date (for an industry), kept per date: training and queries repeat dates.
  const inForce = new Map<string, number[]>();
  const familiesInForce = (date: string, industry?: string): number[] => {
    const key = `${date}|${industry ?? ''}`;
    let found = inForce.get(key);
    if (!found) {
      found = [
        ...new Set(
          catalogue.flatMap((v, i) =>
            isInForce(v, date) && (industry === undefined || v.industries.length === 0 || v.industries.includes(industry)) ? [family[i] ?? 0] : [],
          ),
        ),
      ];
      inForce.set(key, found);
    }
    return found;
  };
  /** What a description shows beyond its words: computed once per text, for the ranking and the classifier. */
  const signalsOf = (text: string, a: Analysis) => {
    const normalized = normalize(text);
    const grade = statedGrade(a.text) ?? accidentGrade(normalized);
    return {
      grade,
      accident: grade !== undefined || describesAccident(normalized),
      afterAccident: [...a.terms].some((t) => AFTER_ACCIDENT_TERMS.has(t)),
      actions: actionsOf(a.terms, a.text),
      actors: actorsOf(a.terms),
    };
  };
  const featuresOf = (a: Analysis, s: ReturnType<typeof signalsOf>): string[] => [
    ...[...a.terms].map((t) => `w:${t}`),
    ...[...a.bigrams].map((b) => `b:${b}`),
    ...[...s.actions].map((x) => `a:${x}`),
    ...[...s.actors].map((x) => `p:${x}`),
    ...(s.grade !== undefined ? [`g:${s.grade}`] : []),
    ...(s.accident ? ['accident'] : []),
    // Which industries the text shows (INDUSTRY_WORDS), or that it shows none: a general workshop
    // hazard must not drift to the hazardous-chemicals items through words such as 防雷 or 检测.
    ...industriesShown(a.text),
    ...(s.afterAccident ? ['after'] : []),
  ];
  const featuresOfText = (text: string): string[] => {
    const a = analyseOnce(text);
    return featuresOf(a, signalsOf(text, a));
  };
  function industriesShown(text: string): string[] {
    const shown = Object.entries(INDUSTRY_WORDS).filter(([, words]) => words.some((word) => text.includes(word)));
    return shown.length === 0 ? ['i:none'] : shown.map(([code]) => `i:${code}`);
  }
  let model: LinearModel | undefined;
  if (options.examples && options.examples.length > 0) {
    const cases: TrainingCase[] = catalogue.map((v, i) => ({
      features: featuresOfText([v.name, ...v.keywords].join('，')),
      targets: [family[i] ?? 0],
      allowed: familiesInForce(v.validFrom),
    }));
    for (const e of options.examples) {
      const date = e.date ?? today();
      const targets = catalogue.flatMap((v, i) => (isInForce(v, date) && v.penaltyBasis.some((r) => refMatches(e.expect, r)) ? [family[i] ?? 0] : []));
      cases.push({ features: featuresOfText(e.text), targets, allowed: familiesInForce(date) });
    }
    model = trainLinearModel(cases, familyCount);
  }
  analysed.clear(); // only needed while building

  function match(query: MatchQuery): MatchResult {
    if (typeof query.text !== 'string' || query.text.trim() === '') {
      throw new DomainError('VALIDATION_FAILED', 'hazard description is empty', { field: 'text' });
    }
    const date = query.date ?? today();
    if (!isIsoDate(date)) throw new DomainError('INVALID_DATE', `not a date: ${date}`, { date });
    const industry = query.industry;
    if (industry !== undefined && !(INDUSTRY_CODES as readonly string[]).includes(industry)) {
      throw new DomainError('UNKNOWN_VALUE', `unknown industry: ${industry}`, { industry });
    }

    const q = analyse(query.text);
    const signals = signalsOf(query.text, q);
    const { grade, accident, afterAccident, actions, actors } = signals;
    const person = [...q.terms].some((t) => PERSON_TERMS.has(t));
    const families = new Set([...actions].map((a) => ACTION_FAMILY[a]));
    const showsIndustry = (words: readonly string[]) => words.some((word) => q.text.includes(word));
    const scores = new Float64Array(docs.length);
    const matchedTerms = new Map<number, string[]>();
    termIndex.score(q.terms, scores, w.terms, matchedTerms);
    bigramIndex.score(q.bigrams, scores, w.bigrams);
    const votes = exampleIndex?.votes(q) ?? new Map<number, ExampleVote>();
    const learnt = new Map<number, number>();
    let queryFeatures: string[] = [];
    if (model) {
      const allowed = familiesInForce(date, industry);
      queryFeatures = featuresOf(q, signals);
      const p = model.probabilities(queryFeatures, allowed);
      allowed.forEach((f, k) => learnt.set(f, p[k] ?? 0));
    }

    const ranked: {
      doc: number;
      score: number;
      factor: number;
      probability: number;
      keywords: string[];
      graded: boolean;
      action?: ActionClass;
      actor?: Actor;
      example?: ExampleVote;
    }[] = [];
    docs.forEach((doc, i) => {
      const example = votes.get(i);
      const probability = learnt.get(family[i] ?? 0) ?? 0;
      if ((scores[i] ?? 0) <= 0 && example === undefined && probability < 0.01) return;
      const v = doc.violation;
      if (!isInForce(v, date)) return;
      if (industry !== undefined && v.industries.length > 0 && !v.industries.includes(industry)) return;
      // Keyword coverage: the best phrase by the weight of its words present; whole phrases are reported.
      let best = 0;
      const whole: { text: string; weight: number }[] = [];
      for (const { text, terms, idfs, total } of phrases[i] ?? []) {
        let hit = 0;
        for (let j = 0; j < terms.length; j++) if (q.terms.has(terms[j] ?? '')) hit += idfs[j] ?? 0;
        if (total <= 0 || hit <= 0) continue;
        best = Math.max(best, (hit * hit) / total);
        if (hit >= total * 0.999) whole.push({ text, weight: total });
      }
      const graded = grade !== undefined && doc.grades.has(grade);
      const industryShown = industry !== undefined || !doc.industryWords || showsIndustry(doc.industryWords);
      const action = doc.actions.find((a) => actions.has(a));
      const contradicted = action === undefined && doc.actions.some((a) => families.has(ACTION_FAMILY[a]));
      const actionFactor = action !== undefined ? w.actionMatch : contradicted ? w.actionMismatch : 1;
      const actor = doc.actor !== undefined && actors.has(doc.actor) ? doc.actor : undefined;
      const otherActor = doc.actor !== undefined && actors.size > 0 && actor === undefined;
      const factor =
        doc.rankFactor *
        actionFactor *
        (otherActor ? w.otherActor : 1) *
        (showsObjects(doc.objects, q.terms) ? 1 : w.otherObject) *
        (doc.accidentOnly ? (!accident || afterAccident ? w.noAccident : w.accidentMatch) : 1) *
        (doc.person && !person ? w.noPerson : 1) *
        (industryShown ? 1 : w.noIndustry);
      ranked.push({
        doc: i,
        score: (scores[i] ?? 0) + w.keyword * best + (graded ? w.grade : 0),
        factor,
        probability,
        keywords: whole.sort((a, b) => b.weight - a.weight).map((k) => k.text),
        graded,
        ...(action === undefined ? {} : { action }),
        ...(actor === undefined ? {} : { actor }),
        ...(example === undefined ? {} : { example }),
      });
    });
    // The example vote counts relative to the query's best score from the other signals.
    const top = ranked.reduce((m, r) => Math.max(m, r.score), 0) || 1;
    for (const r of ranked) {
      r.score = (r.score + (w.examples * (r.example?.similarity ?? 0) + w.learned * r.probability) * top) * r.factor;
    }
    ranked.sort(
      (a, b) => b.score - a.score || (docs[a.doc]?.violation.code ?? '').localeCompare(docs[b.doc]?.violation.code ?? ''),
    );

    /** The words of the query that weigh most for the item's family in the classifier. */
    const discriminating = (doc: number): string[] => {
      const words = (model?.strongest(queryFeatures.filter((f) => f.startsWith('w:')), family[doc] ?? 0, 3) ?? []).map((f) => f.slice(2));
      return words.length > 0 ? [`判别词: ${words.join('、')}`] : [];
    };

    return {
      candidates: ranked.slice(0, limit).map(({ doc, score, keywords, graded, action, actor, example, probability }) => {
        const d = docs[doc] as Doc;
        const words = [...new Set(matchedTerms.get(doc) ?? [])]
          .sort((a, b) => (termIndex.idf.get(b) ?? 0) - (termIndex.idf.get(a) ?? 0))
          .slice(0, 6);
        const why = [
          ...(keywords.length > 0 ? [`关键词: ${keywords.slice(0, 3).join('、')}`] : []),
          ...(words.length > 0 ? [`匹配词: ${words.join('、')}`] : []),
          ...(graded ? [`事故等级: ${grade}事故`] : []),
          ...(action ? [`行为: ${ACTION_LABELS[action]}`] : []),
          ...(actor ? [`行为人: ${ACTOR_LABELS[actor]}`] : []),
          ...(probability >= 0.2 ? discriminating(doc) : []),
          ...(example && example.similarity >= 0.2 ? [`相似记录: ${example.text}`] : []),
        ];
        return { ...d.candidate, score: Math.round(score * 1000) / 1000, why };
      }),
    };
  }

  return { match };
}

/** Each item's family: the connected groups of items linked as counterparts (危化品条例 ↔ 危险化学品安全法). */
function familiesOf(catalogue: readonly Violation[]): number[] {
  const parent = catalogue.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const position = new Map(catalogue.map((v, i) => [v.code, i]));
  catalogue.forEach((v, i) => {
    for (const c of v.counterparts ?? []) {
      const j = position.get(c);
      if (j !== undefined) parent[find(i)] = find(j);
    }
  });
  const ids = new Map<number, number>();
  return catalogue.map((_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root) ?? 0;
  });
}
