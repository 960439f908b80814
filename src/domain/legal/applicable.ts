/**
 * Which instrument applies to conduct on a given day, and the rule of 行政处罚法 art. 37
 * (从旧兼从轻) between the law at the time of the act and the law at the time of the decision.
 *
 * Dates are ISO days (YYYY-MM-DD). For a continuing or repeated act, pass the day the act ended
 * (行政处罚法 art. 36 para. 2 counts from then too); the act "occurs" until it ends.
 */
import { DomainError } from '../errors.ts';
import type { LawLevel } from './statute.ts';
import type { LawRef } from './violation.ts';
import { findKnownLaw, formatRefCn, LEVEL_RANK } from './reference.ts';

/** One version of an instrument, in force from `effective`. */
export interface InstrumentVersion {
  /** Law library file name without .txt, e.g. weihua-tiaoli-2013. */
  id: string;
  /** LAWS_KNOWN slug. */
  slug: string;
  title: string;
  level: LawLevel;
  /** E.g. 2013年修订. */
  version: string;
  /** First day in force. */
  effective: string;
  /** First day no longer in force (repealed, or replaced by a later version of the same title). */
  expires?: string;
  /**
   * Instruments that govern the same conduct share a family; applicableInstrument picks among
   * them. Without a family an instrument only competes with its own versions.
   */
  family?: string;
  /**
   * Another instrument governs this one's conduct from `from`, although this one was not formally
   * repealed (the manifest's note on 危险化学品安全管理条例).
   */
  supersededBy?: { id: string; from: string; basis: string };
}

/** Conduct family of 危险化学品安全管理条例 and 危险化学品安全法. */
export const FAMILY_HAZARDOUS_CHEMICALS = 'hazardous-chemicals';

/**
 * The versions in the law library (data/laws/manifest.json). Earlier versions (e.g. the
 * 安全生产法 before its 2021 amendment) have no text there and are not listed: for acts before
 * a listed version took effect the functions below return undefined and the caller must decide.
 */
export const INSTRUMENT_VERSIONS: readonly InstrumentVersion[] = Object.freeze([
  { id: 'anquan-shengchan-fa-2021', slug: 'anquan-shengchan-fa', title: '中华人民共和国安全生产法', level: '法律', version: '2021年修正', effective: '2021-09-01' },
  { id: 'xingzheng-chufa-fa-2021', slug: 'xingzheng-chufa-fa', title: '中华人民共和国行政处罚法', level: '法律', version: '2021年修订', effective: '2021-07-15' },
  {
    id: 'weihua-anquan-fa-2025',
    slug: 'weihua-anquan-fa',
    title: '中华人民共和国危险化学品安全法',
    level: '法律',
    version: '2025年通过',
    effective: '2026-05-01', // art. 127: 本法自2026年5月1日起施行
    family: FAMILY_HAZARDOUS_CHEMICALS,
  },
  {
    id: 'weihua-tiaoli-2013',
    slug: 'weihua-tiaoli',
    title: '危险化学品安全管理条例',
    level: '行政法规',
    version: '2013年修订',
    effective: '2013-12-07',
    family: FAMILY_HAZARDOUS_CHEMICALS,
    supersededBy: {
      id: 'weihua-anquan-fa-2025',
      from: '2026-05-01',
      basis: '《中华人民共和国危险化学品安全法》自2026年5月1日起施行（第一百二十七条），调整同一行为，系上位法、新法',
    },
  },
  { id: 'shigu-yingji-tiaoli-2019', slug: 'shigu-yingji-tiaoli', title: '生产安全事故应急条例', level: '行政法规', version: '国务院令第708号', effective: '2019-04-01' },
  { id: 'shigu-baogao-tiaoli-2007', slug: 'shigu-baogao-tiaoli', title: '生产安全事故报告和调查处理条例', level: '行政法规', version: '国务院令第493号', effective: '2007-06-01' },
  { id: 'anquan-xukezheng-tiaoli-2013', slug: 'anquan-xukezheng-tiaoli', title: '安全生产许可证条例', level: '行政法规', version: '2013年修订', effective: '2013-07-18' },
  { id: 'jianshe-gongcheng-anquan-tiaoli-2003', slug: 'jianshe-gongcheng-anquan-tiaoli', title: '建设工程安全生产管理条例', level: '行政法规', version: '国务院令第393号', effective: '2004-02-01' },
] satisfies InstrumentVersion[]);

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function checkDay(value: string, what: string): void {
  const m = ISO_DAY_RE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) {
    throw new DomainError('INVALID_DATE', `${what} must be an ISO day (YYYY-MM-DD), got "${value}"`, { [what]: value });
  }
}

const inForceOn = (v: InstrumentVersion, day: string): boolean => v.effective <= day && (v.expires === undefined || day < v.expires);
const supersededOn = (v: InstrumentVersion, day: string): boolean => v.supersededBy !== undefined && v.supersededBy.from <= day;

/** Resolves full title, short title, alias or slug to the official title. */
const officialTitle = (name: string): string => findKnownLaw(name)?.title ?? name;

/**
 * The version of an instrument formally in force on `day` (effective, not expired), or undefined.
 * A superseded instrument that was never repealed is still "in force" here; use
 * applicableInstrument for the instrument that governs conduct.
 */
export function instrumentInForce(
  title: string,
  day: string,
  versions: readonly InstrumentVersion[] = INSTRUMENT_VERSIONS,
): InstrumentVersion | undefined {
  checkDay(day, 'day');
  const official = officialTitle(title);
  return versions.find((v) => v.title === official && inForceOn(v, day));
}

export interface ApplicableInstrument {
  version: InstrumentVersion;
  /** Why this instrument, in Chinese, for the case file. */
  explanation: string;
}

/**
 * The instrument that governs conduct on `actDay`: among the versions of the family (or of the
 * family of the given title), those in force and not superseded on that day; when several remain,
 * the higher-ranking one (上位法优于下位法), then the newer (新法优于旧法). Undefined when none.
 */
export function applicableInstrument(
  familyOrTitle: string,
  actDay: string,
  versions: readonly InstrumentVersion[] = INSTRUMENT_VERSIONS,
): ApplicableInstrument | undefined {
  checkDay(actDay, 'actDay');
  const official = officialTitle(familyOrTitle);
  const family = versions.find((v) => v.family === familyOrTitle)?.family ?? versions.find((v) => v.title === official)?.family;
  const members = versions.filter((v) => (family !== undefined ? v.family === family : v.title === official));
  if (members.length === 0) {
    throw new DomainError('UNKNOWN_VALUE', `unknown instrument or conduct family "${familyOrTitle}"`, { familyOrTitle });
  }
  const candidates = members
    .filter((v) => inForceOn(v, actDay) && !supersededOn(v, actDay))
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.effective.localeCompare(a.effective));
  const version = candidates[0];
  if (!version) return undefined;
  let explanation = `${actDay}适用《${version.title}》（${version.version}，${version.effective}起施行）`;
  const displaced = members.filter((v) => v.supersededBy?.id === version.id && supersededOn(v, actDay));
  for (const d of displaced) explanation += `；《${d.title}》自${d.supersededBy!.from}起不再适用：${d.supersededBy!.basis}`;
  return { version, explanation: explanation + '。' };
}

/** 行政处罚法 art. 37. */
export const ART37_REF: LawRef = Object.freeze({ law: '中华人民共和国行政处罚法', article: 37 });

export interface Art37Input<T> {
  /** The day of the act (for a continuing act, the day it ended). */
  actDate: string;
  decisionDate: string;
  /** The provision that applied when the act occurred; null when the act was not punishable then. */
  atAct: T | null;
  /** The provision at the time of the decision; null when the act is no longer punishable (不认为是违法). */
  atDecision: T | null;
  /** Whether `a` punishes strictly more lightly than `b` (the discretion engine compares fine ranges). */
  lighter: (a: T, b: T) => boolean;
  /** Names a provision in the explanation; by default the citation when T is a LawRef or has `ref`. */
  label?: (t: T) => string;
}

export type Art37Choice<T> =
  | { outcome: 'lawAtAct'; applies: T; explanation: string; basis: LawRef }
  | { outcome: 'lawAtDecision'; applies: T; explanation: string; basis: LawRef }
  | { outcome: 'notPunishable'; explanation: string; basis: LawRef };

const isLawRef = (v: unknown): v is LawRef =>
  typeof v === 'object' && v !== null && typeof (v as LawRef).law === 'string' && typeof (v as LawRef).article === 'number';

function defaultLabel(t: unknown): string {
  if (isLawRef(t)) return formatRefCn(t);
  if (typeof t === 'object' && t !== null && isLawRef((t as { ref?: unknown }).ref)) return formatRefCn((t as { ref: LawRef }).ref);
  return '相应规定';
}

const ART37_CN = '《中华人民共和国行政处罚法》第三十七条';

/**
 * 从旧兼从轻 (行政处罚法 art. 37): the provision in force when the act occurred applies; but when
 * at the time of the decision it has been amended or repealed and the new provision punishes more
 * lightly, or no longer treats the act as unlawful, the new provision applies. An act not
 * punishable when it occurred is never punished by a later provision.
 */
export function chooseByArt37<T>(input: Art37Input<T>): Art37Choice<T> {
  const { actDate, decisionDate, atAct, atDecision, lighter } = input;
  checkDay(actDate, 'actDate');
  checkDay(decisionDate, 'decisionDate');
  if (decisionDate < actDate) {
    throw new DomainError('INVALID_DATE', `decision date ${decisionDate} is before the act (${actDate})`, { actDate, decisionDate });
  }
  const label = input.label ?? defaultLabel;
  if (atAct === null) {
    return {
      outcome: 'notPunishable',
      basis: ART37_REF,
      explanation: `违法行为发生时（${actDate}）没有对该行为给予行政处罚的规定，依照${ART37_CN}适用违法行为发生时的规定，不予行政处罚。`,
    };
  }
  if (atDecision === null) {
    return {
      outcome: 'notPunishable',
      basis: ART37_REF,
      explanation: `作出行政处罚决定时（${decisionDate}），新的规定已不认为该行为违法，依照${ART37_CN}适用新的规定，不予行政处罚。`,
    };
  }
  if (lighter(atDecision, atAct)) {
    return {
      outcome: 'lawAtDecision',
      applies: atDecision,
      basis: ART37_REF,
      explanation: `违法行为发生时（${actDate}）适用${label(atAct)}；作出行政处罚决定时（${decisionDate}）的规定${label(atDecision)}处罚较轻，依照${ART37_CN}适用新的规定。`,
    };
  }
  const same = label(atAct) === label(atDecision);
  return {
    outcome: 'lawAtAct',
    applies: atAct,
    basis: ART37_REF,
    explanation: same
      ? `违法行为发生时（${actDate}）与作出行政处罚决定时（${decisionDate}）均适用${label(atAct)}，依照${ART37_CN}适用违法行为发生时的规定。`
      : `违法行为发生时（${actDate}）适用${label(atAct)}；作出行政处罚决定时（${decisionDate}）的规定${label(atDecision)}处罚不轻于前者，依照${ART37_CN}适用违法行为发生时的规定。`,
  };
}
