/** Chinese wording of amounts and bands for benchmarks and explanations. */
import type { Fine } from '../legal/violation.ts';
import type { Band, TierFine } from './types.ts';

const trim = (n: number): string => String(Number(n.toFixed(4)));

/** 50000 → 5万元; 25000 → 2.5万元; 1500 → 1500元; 1234.5 → 1234.50元. */
export function formatYuan(n: number): string {
  if (!Number.isInteger(n)) return `${n.toFixed(2)}元`;
  if (n >= 10_000 && n % 100 === 0) return `${trim(n / 10_000)}万元`;
  return `${n}元`;
}

type Unit = (n: number) => string;

export const timesUnit: Unit = (n) => `${trim(n)}倍`;
export const percentUnit: Unit = (n) => `${trim(n)}%`;

/**
 * 0–5万 → 5万元以下; 5万–20万 → 5万元以上20万元以下; exclusive lower bound → 超过1万元、2.5万元以下;
 * a point → 5万元.
 */
export function formatBand(band: Band, unit: Unit = formatYuan): string {
  if (band.min === band.max && !band.minExclusive) return unit(band.min);
  if (band.min === 0 && !band.minExclusive) return `${unit(band.max)}以下`;
  if (band.minExclusive) return `超过${unit(band.min)}、${unit(band.max)}以下`;
  return `${unit(band.min)}以上${unit(band.max)}以下`;
}

/** A tier fine in Chinese, e.g. 违法所得2倍以上3倍以下（没有违法所得的，10万元以上13万元以下）. */
export function formatTierFine(fine: TierFine, baseLabel = '违法所得'): string {
  switch (fine.kind) {
    case 'amount':
      return formatBand(fine.yuan);
    case 'multipleOfIllegalGain':
      return `${baseLabel}${formatBand(fine.times, timesUnit)}（不适用倍数的，${formatBand(fine.fallback)}）`;
    case 'percentOfAnnualIncome':
      return `上一年年收入${formatBand(fine.percent, percentUnit)}`;
  }
}

/** A statutory fine range: 5万元以下; 违法所得2倍以上5倍以下（没有违法所得的，10万元以下）; 上一年年收入30%以上40%以下. */
export function formatStatutoryFine(fine: Fine): string {
  switch (fine.kind) {
    case 'amount':
      return formatBand(fine);
    case 'multipleOfIllegalGain': {
      const base = fine.base === 'goodsValue' ? '货值金额' : '违法所得';
      const without = fine.threshold === undefined ? `没有${base}的` : `没有${base}或者${base}不足${formatYuan(fine.threshold)}的`;
      return `${base}${formatBand({ min: fine.minTimes, max: fine.maxTimes }, timesUnit)}（${without}，${formatBand(fine.fallback)}）`;
    }
    case 'percentOfAnnualIncome':
      return `上一年年收入${formatBand({ min: fine.minPercent, max: fine.maxPercent }, percentUnit)}`;
  }
}
