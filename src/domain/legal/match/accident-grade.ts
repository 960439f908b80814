/**
 * The accident grade a hazard description states, from its casualty and loss figures, by
 * 生产安全事故报告和调查处理条例 art. 3 (the grading the 安全生产法 refers to in art. 118):
 *   特别重大  ≥ 30 deaths, or ≥ 100 seriously injured, or ≥ 1 亿元 direct loss;
 *   重大      10–29 deaths, 50–99 injured, 5,000 万–1 亿元;
 *   较大      3–9 deaths, 10–49 injured, 1,000 万–5,000 万元;
 *   一般      fewer (at least one death, serious injury or stated loss).
 * ("以上" includes the number, "以下" excludes it: art. 3 para. 2.) The highest grade any figure
 * reaches wins. Returns undefined when the text states no figure.
 */
import { ACCIDENT_PATTERNS, ACCIDENT_WORDS } from './dictionary.ts';

export type AccidentGrade = '一般' | '较大' | '重大' | '特别重大';

const GRADES: readonly AccidentGrade[] = ['一般', '较大', '重大', '特别重大'];

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000 };

/**
 * 12, 十二, 二十三, 一百零四, 两千, 三十几, 十五六 (the lower figure), 1.2 → number; NaN when not a number.
 * Approximations (几, 多, 来, 余) count as their lower bound.
 */
export function toNumber(raw: string): number {
  const s = raw.replace(/[几多来余]+$/, '');
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch === '零' || ch === '〇') continue; // 一百零四: a place left empty
    if (ch in DIGIT) {
      // 十五六: a second digit after the one a unit closed is a range (十五 to 十六); keep the lower.
      if (digit >= 0) break;
      digit = DIGIT[ch] ?? 0;
    } else if (ch in UNIT) {
      const unit = UNIT[ch] ?? 1;
      if (unit >= lastUnit && unit === 10_000) total = (total + Math.max(digit, 0)) * unit;
      else total += (digit < 0 ? 1 : digit) * unit;
      lastUnit = unit;
      digit = -1;
    } else return Number.NaN;
  }
  return total + Math.max(digit, 0);
}

const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+[几多来余]?)';
/** No sentence break and no other figure in between. */
const GAP = (n: number) => `[^，。；,;！？\\d]{0,${n}}?`;
const DEATH = '(?:死亡|身亡|遇难|丧生|罹难|坠亡|(?<![焊锁钉堵封缠卡拧绑砌憋])死(?![角锁])|没救|没抢救过来|没能救|没上来|没出来|人命|没了)';
const DEATHS = [
  new RegExp(`${NUM}\\s*(?:名|个|位|条)?(?:人|工人|员工)?${GAP(10)}${DEATH}`, 'g'),
  // 死亡3人, 死了3个装卸工, 砸死一个理货员, 烧死两人, 没了四十几个人, 4死6伤, 死4伤7.
  new RegExp(`(?:死亡|遇难|坠亡|死了|没了|走了|[砸炸烧压摔电淹闷熏撞轧绞夹]死了?)\\s*${NUM}\\s*(?:名|个|位|人)`, 'g'),
  new RegExp(`${NUM}死`, 'g'),
  new RegExp(`死${NUM}(?:人|伤)`, 'g'),
  new RegExp(`${NUM}条人命`, 'g'),
];
const INJURED = [
  new RegExp(`${NUM}\\s*(?:名|个|位)?(?:人|工人|员工)?${GAP(10)}(?:重伤|急性(?:工业)?中毒)`, 'g'),
  new RegExp(`重伤(?:的)?(?:就|共|也)?(?:有|达)?\\s*${NUM}`, 'g'),
];
const LOSS = [
  new RegExp(`(?:损失|烧了|烧掉|烧毁|毁了|损毁|货)${GAP(10)}${NUM}\\s*个?(万|亿)`, 'g'),
  new RegExp(`${NUM}\\s*个?(万|亿)(?:元)?(?:的货|的损失|损失)`, 'g'),
];

function maxOf(text: string, patterns: readonly RegExp[], scale?: (m: RegExpMatchArray) => number): number {
  let max = Number.NaN;
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const n = toNumber(m[1] ?? '') * (scale ? scale(m) : 1);
      if (!Number.isNaN(n) && n > 0 && !(max >= n)) max = n;
    }
  }
  return max;
}

function gradeBy(value: number, thresholds: [number, number, number]): number {
  if (Number.isNaN(value) || value <= 0) return -1;
  if (value >= thresholds[2]) return 3;
  if (value >= thresholds[1]) return 2;
  if (value >= thresholds[0]) return 1;
  return 0;
}

/** A death or serious injury told without figures (not 焊死, 锁死, 死角: no casualty there). */
const CASUALTY = /(?<![焊锁钉堵封缠卡拧绑砌憋])死(?![角锁活])|身亡|遇难|丧生|人命|没抢救过来|重伤|截肢|离断|骨折/;

export function accidentGrade(text: string): AccidentGrade | undefined {
  const deaths = maxOf(text, DEATHS);
  const injured = maxOf(text, INJURED);
  const lossWan = maxOf(text, LOSS, (m) => (m[2] === '亿' ? 10_000 : 1));
  const grade = Math.max(
    gradeBy(deaths, [3, 10, 30]),
    gradeBy(injured, [10, 50, 100]),
    gradeBy(lossWan, [1_000, 5_000, 10_000]),
  );
  if (grade < 0) return CASUALTY.test(text) ? '一般' : undefined;
  return GRADES[grade];
}

/**
 * The grade the text names in words (一般事故, 较大事故, 重大事故, 特别重大事故). Call on text where
 * 重大事故隐患 has already been folded to 重大隐患 (see text.ts), so a hazard is not read as an accident.
 */
export function statedGrade(text: string): AccidentGrade | undefined {
  if (text.includes('特别重大事故') || text.includes('特别重大生产安全事故')) return '特别重大';
  for (const g of ['重大', '较大', '一般'] as const) {
    if (text.includes(`${g}事故`) || text.includes(`${g}生产安全事故`)) return g;
  }
  return undefined;
}

/**
 * Whether a normalised description tells of an accident in words (ACCIDENT_WORDS, ACCIDENT_PATTERNS);
 * the matcher also counts any grade it reads (statedGrade, accidentGrade) as an accident.
 */
export function describesAccident(text: string): boolean {
  return ACCIDENT_WORDS.some((word) => text.includes(word)) || ACCIDENT_PATTERNS.some((p) => p.test(text));
}
