/**
 * Amounts of money as printed on enforcement documents: in Chinese capital numerals (大写)
 * and in figures. The 大写 rules follow the People's Bank of China's 《正确填写票据和结算凭证的基本规定》
 * (annex to 《支付结算办法》, 银发〔1997〕393号):
 * - 整 after 元 when there are no 角 or 分; none after 角 (the rule allows either; we omit it);
 * - a leading 1 in the tens place keeps 壹 (100000 → 壹拾万元整);
 * - one 零 for a run of zeros inside the number; none when only the 元 digit is zero before 角.
 */
import { DomainError } from '../errors.ts';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Units inside a group of four digits, from the ones place. */
const PLACE_UNITS = ['', '拾', '佰', '仟'] as const;
/** Units of the groups of four digits, from the ones group. */
const GROUP_UNITS = ['', '万', '亿'] as const;

/** Largest amount printed: below one trillion (万亿) yuan. */
export const MAX_AMOUNT_YUAN = 999_999_999_999.99;

/** The amount in fen (分), checked: finite, not negative, at most two decimals, below 万亿. */
export function toFen(yuan: number): number {
  if (!Number.isFinite(yuan) || yuan < 0 || yuan > MAX_AMOUNT_YUAN) {
    throw new DomainError('VALIDATION_FAILED', `金额无效：${yuan}`, { amount: yuan });
  }
  const fen = Math.round(yuan * 100);
  if (Math.abs(fen - yuan * 100) > 1e-6 * Math.max(1, yuan)) {
    throw new DomainError('VALIDATION_FAILED', `金额最多两位小数：${yuan}`, { amount: yuan });
  }
  return fen;
}

function integerCapital(n: number): string {
  const digits = String(n);
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const place = position % 4;
    const group = Math.floor(position / 4);
    const d = Number(digits[i]);
    if (d === 0) {
      if (out !== '') zeroPending = true;
    } else {
      if (zeroPending) out += '零';
      out += DIGITS[d] + PLACE_UNITS[place]!;
      zeroPending = false;
    }
    if (place === 0 && group > 0) {
      const groupDigits = digits.slice(Math.max(0, i - 3), i + 1);
      if (Number(groupDigits) !== 0) out += GROUP_UNITS[group]!;
    }
  }
  return out;
}

/**
 * The amount in yuan in Chinese capital numerals (大写), e.g. 50000 → 伍万元整,
 * 1234.5 → 壹仟贰佰叁拾肆元伍角, 100000 → 壹拾万元整, 0.05 → 伍分, 0 → 零元整.
 */
export function formatAmountCapital(yuan: number): string {
  const fen = toFen(yuan);
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = whole > 0 ? `${integerCapital(whole)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  if (cents > 0) out += `${jiao === 0 && whole > 0 ? '零' : ''}${DIGITS[cents]}分`;
  return out;
}

/** The amount in figures with the yuan sign: 50000 → ¥50,000.00. */
export function formatAmountFigures(yuan: number): string {
  const fen = toFen(yuan);
  const whole = Math.floor(fen / 100);
  const rest = String(fen % 100).padStart(2, '0');
  return `¥${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`;
}

/** Both forms as printed in a decision: 人民币伍万元整（¥50,000.00）. */
export function formatAmount(yuan: number): string {
  return `人民币${formatAmountCapital(yuan)}（${formatAmountFigures(yuan)}）`;
}
