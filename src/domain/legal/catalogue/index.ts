/**
 * The violation catalogue (违法行为库): every item of every instrument, validated and frozen
 * when this module loads (an invalid item throws DomainError('CATALOGUE_INVALID') naming it).
 *
 * Files, one per instrument, each exporting `ITEMS: Violation[]`:
 *   anquan-shengchan-fa.ts   中华人民共和国安全生产法 (AQSCF-…)
 *   weihua-tiaoli.ts         危险化学品安全管理条例 (until 2026-05-01)
 *   weihua-fa.ts             中华人民共和国危险化学品安全法 (from 2026-05-01)
 *   yingji-tiaoli.ts         生产安全事故应急条例
 *   shigu-baogao-tiaoli.ts   生产安全事故报告和调查处理条例
 *   xukezheng-tiaoli.ts      安全生产许可证条例
 */
import { isIsoDate } from '../../calendar/calendar.ts';
import { DomainError } from '../../errors.ts';
import type { Violation } from '../violation.ts';
import { ITEMS as ANQUAN_SHENGCHAN_FA } from './anquan-shengchan-fa.ts';
import { ITEMS as SHIGU_BAOGAO_TIAOLI } from './shigu-baogao-tiaoli.ts';
import { assertCatalogueValid, isInForce } from './validate.ts';
import { ITEMS as WEIHUA_FA } from './weihua-fa.ts';
import { ITEMS as WEIHUA_TIAOLI } from './weihua-tiaoli.ts';
import { ITEMS as XUKEZHENG_TIAOLI } from './xukezheng-tiaoli.ts';
import { ITEMS as YINGJI_TIAOLI } from './yingji-tiaoli.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function load(items: Violation[]): readonly Violation[] {
  assertCatalogueValid(items);
  return deepFreeze(items);
}

export const CATALOGUE: readonly Violation[] = load([
  ...ANQUAN_SHENGCHAN_FA,
  ...WEIHUA_TIAOLI,
  ...WEIHUA_FA,
  ...YINGJI_TIAOLI,
  ...SHIGU_BAOGAO_TIAOLI,
  ...XUKEZHENG_TIAOLI,
]);

const BY_CODE = new Map(CATALOGUE.map((v) => [v.code, v]));

/** The item with this code, or undefined. */
export function findViolation(code: string): Violation | undefined {
  return BY_CODE.get(code);
}

/** The items in force for an act on `date` (ISO YYYY-MM-DD): validFrom ≤ date < validTo. */
export function violationsInForce(date: string, items: readonly Violation[] = CATALOGUE): Violation[] {
  if (!isIsoDate(date)) throw new DomainError('INVALID_DATE', `not a date: ${date}`, { date });
  return items.filter((v) => isInForce(v, date));
}
