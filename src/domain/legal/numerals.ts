/**
 * Chinese numerals as used in statute numbering (第一百零一条, 第二款, （三）) ↔ integers.
 *
 * Covers 0–99,999,999 (万 is accepted), which is far beyond any article number. Writing follows
 * the statute convention: 10 → 十 (never 一十), 110 → 一百一十, 101 → 一百零一, 1010 → 一千零一十.
 * Reading also accepts 〇 for 零, 两 for 二, a leading 一十, and Arabic digits (ASCII or
 * full-width), because converted texts and officers' input use them.
 */
import { DomainError } from '../errors.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral may contain (for building patterns). */
export const CN_NUMERAL_CHARS = '零〇一二三四五六七八九两十百千万';

/** Below 10,000, without the 十 → 一十 special case. */
function belowTenThousand(n: number, inner: boolean): string {
  const parts: string[] = [];
  const units = ['千', '百', '十', ''] as const;
  const values = [1000, 100, 10, 1] as const;
  let pendingZero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = Math.floor(n / values[i]!) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    // 十 alone at the start of a number (10–19) drops the 一; inside (一百一十) it keeps it.
    if (!(d === 1 && values[i] === 10 && !started && !inner)) parts.push(DIGITS[d]!);
    parts.push(units[i]!);
    started = true;
  }
  return parts.join('');
}

/** 127 → 一百二十七; 10 → 十; 101 → 一百零一; 0 → 零. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99_999_999) {
    throw new DomainError('VALIDATION_FAILED', `cannot write ${n} as a Chinese numeral`, { value: n });
  }
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return belowTenThousand(low, false);
  const head = belowTenThousand(high, false) + '万';
  if (low === 0) return head;
  return head + (low < 1000 ? '零' : '') + belowTenThousand(low, true);
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Normalises full-width digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Reads a Chinese numeral below 10,000; undefined when malformed. */
function readBelowTenThousand(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  let afterZero = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const dv = DIGIT_VALUE[c];
    if (dv !== undefined) {
      if (dv === 0) {
        // A zero only bridges a gap after a unit (一百零一), never leads, ends or doubles up.
        if (digit !== undefined || i === 0 || i === s.length - 1 || afterZero) return undefined;
        afterZero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // two digits in a row (一二)
      digit = dv;
      continue;
    }
    const uv = UNIT_VALUE[c];
    if (uv === undefined || uv >= lastUnit) return undefined;
    if (digit === undefined) {
      // Only a leading 十 may omit its digit (十五 = 15).
      if (!(uv === 10 && i === 0)) return undefined;
      digit = 1;
    }
    // After a zero a position must really have been skipped (一千零一十, not 一千零一百).
    if (afterZero && uv * 10 >= lastUnit) return undefined;
    total += digit * uv;
    lastUnit = uv;
    digit = undefined;
    afterZero = false;
  }
  if (digit !== undefined) {
    // Trailing units: alone (五), after 十 (二十五) or after a zero bridging a gap (一百零五).
    // 一百五 is colloquial for 150 and never used in numbering: reject rather than guess.
    const ok = afterZero ? lastUnit >= 100 : lastUnit === 10_000 || lastUnit === 10;
    if (!ok) return undefined;
    total += digit;
  }
  return total;
}

/**
 * 一百二十七 → 127; 十 → 10; 一百零一 / 一百〇一 → 101; 两百 → 200; "127" / "１２７" → 127.
 * Returns undefined for anything else (use {@link parseChineseNumeral} to throw).
 */
export function readChineseNumeral(input: string): number | undefined {
  const s = asciiDigits(input.trim());
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s === '零' || s === '〇') return 0;
  const wan = s.indexOf('万');
  if (wan === -1) return readBelowTenThousand(s);
  if (wan !== s.lastIndexOf('万')) return undefined;
  const high = readBelowTenThousand(s.slice(0, wan));
  if (high === undefined) return undefined;
  let rest = s.slice(wan + 1);
  if (rest === '') return high * 10_000;
  if (rest.startsWith('零') || rest.startsWith('〇')) rest = rest.slice(1);
  const low = readBelowTenThousand(rest.startsWith('十') ? '一' + rest : rest);
  return low === undefined ? undefined : high * 10_000 + low;
}

/** Like {@link readChineseNumeral} but throws VALIDATION_FAILED when the numeral is malformed. */
export function parseChineseNumeral(input: string): number {
  const n = readChineseNumeral(input);
  if (n === undefined) {
    throw new DomainError('VALIDATION_FAILED', `not a Chinese numeral: "${input}"`, { value: input });
  }
  return n;
}

/** 99 → 第九十九条 */
export const articleCn = (n: number): string => `第${toChineseNumeral(n)}条`;
/** 2 → 第二款 */
export const paragraphCn = (n: number): string => `第${toChineseNumeral(n)}款`;
/** 3 → 第三项 */
export const itemCn = (n: number): string => `第${toChineseNumeral(n)}项`;
/** 3 → （三）, the marker that opens an item in the text */
export const itemMarkerCn = (n: number): string => `（${toChineseNumeral(n)}）`;
/** 6 → 第六章 */
export const chapterCn = (n: number): string => `第${toChineseNumeral(n)}章`;
/** 1 → 第一节 */
export const sectionCn = (n: number): string => `第${toChineseNumeral(n)}节`;
