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

const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, 十二, 二十三, 一百 → number; NaN when not a number. */
function toNumber(s: string): number {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch] ?? 0;
    else if (ch === '十' || ch === '百') {
      total += (digit === 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return Number.NaN;
  }
  return total + digit;
}

const NUM = '(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百]+)';
const DEATHS = [
  new RegExp(`${NUM}\\s*[名个]?人?\\s*(?:死亡|遇难|身亡)`, 'g'),
  // 三人硫化氢中毒死亡: a count of people, then how, then death.
  new RegExp(`${NUM}\\s*[名个]?人[^，。；,;\\d]{1,6}(?:死亡|遇难|身亡)`, 'g'),
  // 死了3个装卸工, 砸死一个理货员, 烧死两人.
  new RegExp(`(?:死亡|遇难|死了|[砸炸烧压摔电淹闷熏撞轧绞]死了?)\\s*${NUM}\\s*[名个位]?`, 'g'),
];
const INJURED = [new RegExp(`${NUM}\\s*[名个]?人?\\s*(?:重伤|急性工业中毒)`, 'g'), new RegExp(`重伤\\s*${NUM}\\s*[名个]?人`, 'g')];
const LOSS = new RegExp(`(?:经济损失|财产损失)[^0-9零一二两三四五六七八九十百]{0,4}${NUM}\\s*(万|亿)`, 'g');

function maxOf(text: string, patterns: RegExp[]): number {
  let max = Number.NaN;
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const n = toNumber(m[1] ?? '');
      if (!Number.isNaN(n) && !(max >= n)) max = n;
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

export function accidentGrade(text: string): AccidentGrade | undefined {
  const deaths = maxOf(text, DEATHS);
  const injured = maxOf(text, INJURED);
  let lossWan = Number.NaN;
  for (const m of text.matchAll(LOSS)) {
    const n = toNumber(m[1] ?? '') * (m[2] === '亿' ? 10_000 : 1);
    if (!Number.isNaN(n) && !(lossWan >= n)) lossWan = n;
  }
  const grade = Math.max(
    gradeBy(deaths, [3, 10, 30]),
    gradeBy(injured, [10, 50, 100]),
    gradeBy(lossWan, [1_000, 5_000, 10_000]),
  );
  return grade < 0 ? undefined : GRADES[grade];
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

/** Whether a normalised description tells of an accident that happened (ACCIDENT_WORDS, ACCIDENT_PATTERNS, a grade). */
export function describesAccident(text: string): boolean {
  return (
    ACCIDENT_WORDS.some((word) => text.includes(word)) ||
    ACCIDENT_PATTERNS.some((p) => p.test(text)) ||
    statedGrade(text) !== undefined ||
    accidentGrade(text) !== undefined
  );
}
