/**
 * 违法行为库: 生产安全事故报告和调查处理条例 (国务院令第493号, in force 2007-06-01), chapter 5
 * (法律责任) art. 35–38 and 40 para. 2 for the accident unit, its principal and intermediaries.
 * Fines under this regulation are decided by the emergency management department (art. 43).
 * Art. 39, 41 and 42 concern governments and investigators (处分 only): not encoded.
 *
 * Art. 40 para. 1 is no penalty of its own: it adds the suspension or revocation of licences
 * (unit, with art. 37) and the five-year ban (principal, with art. 38); those measures stand in the
 * clauses of SGBG-037-N and SGBG-038-N with art. 40 para. 1 in the penalty basis.
 *
 * Overlap with the 中华人民共和国安全生产法 (2021): art. 95 (principal by accident grade
 * 40/60/80/100 %), art. 110 (principal not organising rescue, leaving, absconding, concealing or
 * reporting late: 60–100 %) and art. 114 (unit by accident grade, 300,000 yuan upwards) cover the
 * conduct of art. 35, 36 (principal), 37 and 38 here with higher amounts. The items here stay
 * because the regulation is in force and is still cited, and art. 35 item 2 (漏报), the art. 36
 * unit fine and art. 40 have no counterpart in the law. Where both match one act, the higher fine
 * applies (行政处罚法 art. 29; the law also ranks higher): that choice belongs to the
 * matcher/discretion step, not to this data.
 *
 * Codes (the scheme of the 安全生产法 catalogue): SGBG-AAA-N, AAA the article, N the item (项) when
 * the article has items, otherwise the paragraph. Art. 37 and 38 set fines by accident grade: one
 * entry per grade (item), its single clause triggered by accident:<grade>.
 */
import type { LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '生产安全事故报告和调查处理条例';
const AQSCF = '中华人民共和国安全生产法';
const VALID_FROM = '2007-06-01';

const at = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: LAW,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});
const aqscf = (article: number, paragraph?: number): LawRef => ({
  law: AQSCF,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
});

type Own = Pick<Violation, 'name' | 'violated' | 'keywords'>;

/** Art. 35: 处上一年年收入40%至80%的罚款；属于国家工作人员的，并依法给予处分；构成犯罪的… */
const ART35: StatutoryPenalty[] = [
  {
    trigger: 'base',
    persons: { kind: 'percentOfAnnualIncome', minPercent: 40, maxPercent: 80 },
    measures: ['criminalReferral'],
  },
];
const art35 = (item: number, own: Own): Violation => ({
  code: `SGBG-035-${item}`,
  party: 'principal',
  penaltyBasis: [at(35, undefined, item)],
  penalties: ART35,
  industries: [],
  majorHazard: false,
  validFrom: VALID_FROM,
  ...own,
});

/**
 * Art. 36: 对事故发生单位处100万元以上500万元以下的罚款；对主要负责人、直接负责的主管人员和其他直接责任人员处上一年
 * 年收入60%至100%的罚款；…构成违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的…
 */
const ART36: StatutoryPenalty[] = [
  {
    trigger: 'base',
    unit: { kind: 'amount', min: 1_000_000, max: 5_000_000 },
    persons: { kind: 'percentOfAnnualIncome', minPercent: 60, maxPercent: 100 },
    measures: ['criminalReferral'],
  },
];
const art36 = (item: number, own: Own): Violation => ({
  code: `SGBG-036-${item}`,
  party: 'unit',
  penaltyBasis: [at(36, undefined, item)],
  penalties: ART36,
  industries: [],
  majorHazard: false,
  validFrom: VALID_FROM,
  ...own,
});

const GRADES = ['一般', '较大', '重大', '特别重大'] as const;

/** Art. 37 with art. 40 para. 1: the unit's fine for each accident grade, plus 暂扣或者吊销其有关证照. */
const UNIT_FINE_BY_GRADE: readonly (readonly [number, number])[] = [
  [100_000, 200_000],
  [200_000, 500_000],
  [500_000, 2_000_000],
  [2_000_000, 5_000_000],
];
const ART37: Violation[] = GRADES.map((grade, i) => ({
  code: `SGBG-037-${i + 1}`,
  name: `事故发生单位对${grade}事故负有责任`,
  party: 'unit',
  violated: [aqscf(4)],
  penaltyBasis: [at(37, undefined, i + 1), at(40, 1)],
  penalties: [
    {
      trigger: `accident:${grade}`,
      unit: { kind: 'amount', min: UNIT_FINE_BY_GRADE[i]![0], max: UNIT_FINE_BY_GRADE[i]![1] },
      measures: ['suspendLicence', 'revokeLicence'],
    },
  ],
  industries: [],
  majorHazard: false,
  keywords: ['事故责任单位', '负有责任', `${grade}事故`, '死亡事故', '事故罚款', '事故调查报告', '责任认定'],
  validFrom: VALID_FROM,
}));

/** Art. 38 with art. 40 para. 1: the principal's fine for each accident grade (a fixed share of income). */
const PRINCIPAL_PERCENT_BY_GRADE = [30, 40, 60, 80] as const;
const ART38: Violation[] = GRADES.map((grade, i) => ({
  code: `SGBG-038-${i + 1}`,
  name: `主要负责人未履行安全生产管理职责导致${grade}事故`,
  party: 'principal',
  violated: [aqscf(5), aqscf(21)],
  penaltyBasis: [at(38, undefined, i + 1), at(40, 1)],
  penalties: [
    {
      trigger: `accident:${grade}`,
      persons: {
        kind: 'percentOfAnnualIncome',
        minPercent: PRINCIPAL_PERCENT_BY_GRADE[i]!,
        maxPercent: PRINCIPAL_PERCENT_BY_GRADE[i]!,
      },
      measures: ['occupationBan', 'criminalReferral'],
    },
  ],
  industries: [],
  majorHazard: false,
  keywords: ['主要负责人', '未履行职责', '第一责任人', '年收入', `${grade}事故`, '事故责任追究'],
  validFrom: VALID_FROM,
}));

export const ITEMS: Violation[] = [
  art35(1, {
    name: '事故发生后主要负责人不立即组织事故抢救',
    violated: [at(14)],
    keywords: ['不立即组织抢救', '未组织救援', '延误抢救', '未启动预案', '主要负责人', '事故抢救'],
  }),
  art35(2, {
    name: '主要负责人迟报或者漏报事故',
    violated: [at(4, 1), at(9, 1)],
    keywords: ['迟报', '漏报', '超过1小时报告', '未及时报告', '事故报告', '一小时内', '延迟上报', '伤亡人数未补报'],
  }),
  art35(3, {
    name: '主要负责人在事故调查处理期间擅离职守',
    violated: [at(26, 2)],
    keywords: ['擅离职守', '调查期间离开', '不接受询问', '外出', '联系不上'],
  }),

  art36(1, {
    name: '谎报或者瞒报事故',
    violated: [at(4, 1)],
    keywords: ['瞒报', '谎报', '隐瞒不报', '少报死亡人数', '私了', '隐瞒事故', '虚报事故原因', '转移遇难者'],
  }),
  art36(2, {
    name: '伪造或者故意破坏事故现场',
    violated: [at(16)],
    keywords: ['破坏现场', '伪造现场', '清理现场', '恢复生产掩盖', '移动物件未标记', '冲洗现场'],
  }),
  art36(3, {
    name: '转移、隐匿资金财产，或者销毁有关证据、资料',
    violated: [at(16, 1)],
    keywords: ['转移财产', '隐匿资金', '销毁证据', '销毁资料', '删除监控', '毁灭证据', '撕毁记录'],
  }),
  art36(4, {
    name: '拒绝接受事故调查或者拒绝提供有关情况和资料',
    violated: [at(7), at(26, 1)],
    keywords: ['拒绝调查', '拒不提供资料', '不配合调查', '阻挠调查', '拒绝询问'],
  }),
  art36(5, {
    name: '在事故调查中作伪证或者指使他人作伪证',
    violated: [at(26, 2)],
    keywords: ['作伪证', '串供', '指使作假证', '虚假陈述', '统一口径'],
  }),
  art36(6, {
    name: '事故发生后逃匿',
    violated: [at(26, 2)],
    keywords: ['逃匿', '逃跑', '失联', '躲避调查', '事故后出逃'],
  }),

  ...ART37,
  ...ART38,
  {
    code: 'SGBG-040-2',
    name: '中介机构为发生事故的单位提供虚假证明',
    party: 'unit',
    violated: [aqscf(72, 2)],
    penaltyBasis: [at(40, 2)],
    penalties: [{ trigger: 'base', measures: ['suspendLicence', 'revokeLicence', 'criminalReferral'] }],
    industries: [],
    majorHazard: false,
    keywords: ['中介机构', '虚假证明', '虚假评价报告', '安全评价机构', '检测机构', '出具假报告'],
    validFrom: VALID_FROM,
  },
];
