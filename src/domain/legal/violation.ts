/**
 * The violation catalogue (违法行为库) data model: the seam shared by legal matching (#3),
 * the discretion engine (#5) and the enforcement workflow (#4).
 *
 * All amounts are in yuan. Ranges follow the Chinese legal convention: 以上 and 以下
 * include the number, so { min: 50000, max: 200000 } is "五万元以上二十万元以下".
 * A fine "X元以下" has min 0.
 */

/** A pointer to a provision: official full title + article [+ paragraph 款] [+ item 项]. */
export interface LawRef {
  /** Official full title, e.g. 中华人民共和国安全生产法. */
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}

/** A statutory fine. */
export type Fine =
  /** A fixed range in yuan (min 0 for "X元以下"). */
  | { kind: 'amount'; min: number; max: number }
  /**
   * Multiples of the illegal gain (违法所得), with the range that applies when there is no
   * gain or the gain is below `threshold` (e.g. 安全生产法 art. 103: gain ≥ 100,000 →
   * 2–5 times; otherwise 100,000–200,000).
   */
  | {
      kind: 'multipleOfIllegalGain';
      minTimes: number;
      maxTimes: number;
      threshold?: number;
      fallback: { min: number; max: number };
      /**
       * What the multiple is taken of: the illegal gain (违法所得, the default when absent) or
       * the value of the goods (货值金额, 危险化学品安全法 art. 98: goods worth ≥ 100,000 →
       * 5–10 times their value; otherwise 300,000–500,000). `threshold` then applies to that value.
       */
      base?: 'illegalGain' | 'goodsValue';
    }
  /** A share of the person's previous-year income (安全生产法 art. 95), in percent. */
  | { kind: 'percentOfAnnualIncome'; minPercent: number; maxPercent: number };

/** Measures other than fines (其他处罚/措施). Closed set; labels in MEASURE_LABELS. */
export type Measure =
  | 'warning' // 警告
  | 'orderCorrection' // 责令限期改正
  | 'suspendProduction' // 责令停产停业整顿
  | 'suspendConstruction' // 责令停止建设或者停产停业整顿
  | 'confiscateIllegalGain' // 没收违法所得
  | 'confiscateIllegalGoods' // 没收违法物品/工具
  | 'revokeLicence' // 吊销许可证/有关证照
  | 'suspendLicence' // 暂扣许可证
  | 'closure' // 予以关闭 (decided by the people's government, 安全生产法 art. 113, 115)
  | 'occupationBan' // 终身或五年内不得担任主要负责人/从业禁止
  | 'dismissal' // 撤职处分 (by the appointing body)
  | 'detention' // 拘留 (by the public security organ)
  | 'dailyContinuingFine' // 按日连续处罚 (安全生产法 art. 112)
  | 'criminalReferral'; // 构成犯罪的移送司法机关

export const MEASURE_LABELS: Record<Measure, string> = {
  warning: '警告',
  orderCorrection: '责令限期改正',
  suspendProduction: '责令停产停业整顿',
  suspendConstruction: '责令停止建设或者停产停业整顿',
  confiscateIllegalGain: '没收违法所得',
  confiscateIllegalGoods: '没收违法物品',
  revokeLicence: '吊销有关证照',
  suspendLicence: '暂扣有关证照',
  closure: '予以关闭',
  occupationBan: '从业禁止',
  dismissal: '撤职处分',
  detention: '拘留',
  dailyContinuingFine: '按日连续处罚',
  criminalReferral: '移送司法机关',
};

/**
 * The situation a statutory penalty clause applies to. A violation lists one clause per
 * situation its penalty provision distinguishes.
 */
export type PenaltyTrigger =
  | 'base' // the act itself (责令限期改正，可以处…)
  | 'notCorrectedByDeadline' // 逾期未改正的
  | 'seriousCircumstances' // 情节严重的
  | 'accidentCaused' // 导致发生生产安全事故的
  | 'accident:一般'
  | 'accident:较大'
  | 'accident:重大'
  | 'accident:特别重大'
  | 'accident:特别严重'; // 情节特别严重、影响特别恶劣 (安全生产法 art. 114 para. 2)

/** Who the fine is imposed on. */
export type PenaltyTarget = 'unit' | 'persons';

export interface StatutoryPenalty {
  trigger: PenaltyTrigger;
  /** Fine on the unit (生产经营单位). */
  unit?: Fine;
  /** Fine on the directly responsible managers and other directly responsible persons, or on the person who is the party. */
  persons?: Fine;
  measures: Measure[];
  /** The provision this clause is written in, when narrower than the violation's penalty basis. */
  basis?: LawRef;
}

/** One catalogue entry. */
export interface Violation {
  /** Stable code, e.g. AQSCF-099-1. */
  code: string;
  /** Short name in officers' language. */
  name: string;
  /** Who the party is: the unit, or a natural person such as the principal (主要负责人). */
  party: 'unit' | 'principal' | 'person';
  /** The obligation provisions broken (违法条款). */
  violated: LawRef[];
  /** The penalty provision (处罚依据). */
  penaltyBasis: LawRef[];
  /** Statutory penalties, one per trigger; exactly one has trigger 'base' unless accident-only. */
  penalties: StatutoryPenalty[];
  /** Industries (by industry code) it applies to; empty = all. */
  industries: string[];
  /** Whether the conduct is a 重大事故隐患 type. */
  majorHazard: boolean;
  /** Keywords and synonyms in officers' language, for matching. */
  keywords: string[];
  /** Dates the provision is in force for acts (ISO dates; validTo exclusive). */
  validFrom: string;
  validTo?: string;
  /** Codes of the items in another instrument covering the same conduct (e.g. 危化品条例 ↔ 危险化学品安全法). */
  counterparts?: string[];
}
