/**
 * 违法行为库: 生产安全事故应急条例 (国务院令第708号, in force 2019-04-01), its penalty provisions
 * for production and business units (chapter 4 法律责任).
 *
 * - Art. 32 carries its own fines: one entry per conduct.
 * - Art. 30 sends four conducts to the 中华人民共和国安全生产法: each entry's penalty basis is the
 *   安全生产法 provision whose ranges apply (97 item 3 or 6, 110 para. 1) followed by art. 30, so
 *   those entries are valid only from that law's 2021 revision (2021-09-01), whose numbering and
 *   amounts they use.
 *   The same 安全生产法 provisions also stand in the 安全生产法 catalogue: these entries add the
 *   应急条例 obligation an officer cites for emergency preparedness.
 * - Art. 31 sends its conducts to the 突发事件应对法, whose text is not in the law library: not
 *   encoded (no verified ranges).
 * - Art. 29 (governments) and 33 (public security, crimes) are not for the department.
 *
 * Codes (the scheme of the 安全生产法 catalogue): YJTL-AAAX, article AAA (one paragraph, no items)
 * and a letter X for each conduct the article names, in the text's order.
 * 逾期未改正 is the trigger notCorrectedByDeadline; 责令限期改正 is orderCorrection.
 */
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '生产安全事故应急条例';
const AQSCF = '中华人民共和国安全生产法';
/** In force of the 应急条例. */
const VALID_FROM = '2019-04-01';
/** In force of the 安全生产法 2021 revision, whose provisions art. 30 entries apply. */
const AQSCF_2021 = '2021-09-01';

const at = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: LAW,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});
const aqscf = (article: number, paragraph?: number, item?: number): LawRef => ({
  ...at(article, paragraph, item),
  law: AQSCF,
});
const yuan = (min: number, max: number): Fine => ({ kind: 'amount', min, max });

/**
 * 安全生产法 art. 97: 责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，
 * 对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款
 */
const AQSCF_97: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(0, 100_000), measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendProduction'],
  },
];

/**
 * 应急条例 art. 32: 责令限期改正；逾期未改正的，处3万元以上5万元以下的罚款，对直接负责的主管人员和其他直接责任人员
 * 处1万元以上2万元以下的罚款
 */
const ART32: StatutoryPenalty[] = [
  { trigger: 'base', measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(30_000, 50_000),
    persons: yuan(10_000, 20_000),
    measures: [],
  },
];

/** The key units art. 7, 8 para. 2 and 14 name: dangerous goods, mines, metal smelting, rail transit, construction (and, in art. 7, crowded venues). */
const KEY_UNITS = ['hazchem', 'fireworks', 'mining', 'metallurgy', 'transport', 'construction'];

export const ITEMS: Violation[] = [
  {
    code: 'YJTL-030A',
    name: '未制定生产安全事故应急救援预案',
    party: 'unit',
    violated: [at(5, 2), aqscf(81)],
    penaltyBasis: [aqscf(97, undefined, 6), at(30)],
    penalties: AQSCF_97,
    industries: [],
    majorHazard: false,
    keywords: ['应急预案', '未编制预案', '无应急预案', '综合预案', '专项预案', '现场处置方案', '预案缺失', '风险辨识评估'],
    validFrom: AQSCF_2021,
  },
  {
    code: 'YJTL-030B',
    name: '未定期组织应急救援预案演练',
    party: 'unit',
    violated: [at(8, 2), aqscf(81)],
    penaltyBasis: [aqscf(97, undefined, 6), at(30)],
    penalties: AQSCF_97,
    industries: [],
    majorHazard: false,
    keywords: ['应急演练', '未演练', '演练记录', '半年一次', '每半年演练', '演练评估', '桌面推演', '疏散演练'],
    validFrom: AQSCF_2021,
  },
  {
    code: 'YJTL-030C',
    name: '未对从业人员进行应急教育和培训',
    party: 'unit',
    violated: [at(15)],
    penaltyBasis: [aqscf(97, undefined, 3), at(30)],
    penalties: AQSCF_97,
    industries: [],
    majorHazard: false,
    keywords: ['应急培训', '应急知识', '自救互救', '应急处置培训', '不会使用', '不清楚逃生路线', '应急教育'],
    validFrom: AQSCF_2021,
  },
  {
    code: 'YJTL-030D',
    name: '主要负责人在本单位发生事故时不立即组织抢救',
    party: 'principal',
    violated: [at(4), at(17), aqscf(83, 2)],
    penaltyBasis: [aqscf(110, 1), at(30)],
    penalties: [
      {
        trigger: 'base',
        persons: { kind: 'percentOfAnnualIncome', minPercent: 60, maxPercent: 100 },
        measures: ['dismissal', 'criminalReferral'],
      },
    ],
    industries: [],
    majorHazard: false,
    keywords: ['不立即组织抢救', '未组织救援', '延误抢救', '未启动预案', '主要负责人', '事故救援'],
    validFrom: AQSCF_2021,
  },
  {
    code: 'YJTL-032A',
    name: '应急救援预案未按规定报送备案',
    party: 'unit',
    violated: [at(7)],
    penaltyBasis: [at(32)],
    penalties: ART32,
    industries: [...KEY_UNITS, 'commerce'],
    majorHazard: false,
    keywords: ['预案备案', '未备案', '备案登记表', '预案未报送', '应急救援信息系统', '预案未公布'],
    validFrom: VALID_FROM,
  },
  {
    code: 'YJTL-032B',
    name: '未建立应急值班制度或未配备应急值班人员',
    party: 'unit',
    violated: [at(14, 1, 2), at(14, 2)],
    penaltyBasis: [at(32)],
    penalties: ART32,
    industries: KEY_UNITS,
    majorHazard: false,
    keywords: ['应急值班', '值班制度', '值班人员', '24小时值班', '值班记录', '无人值守', '应急处置技术组'],
    validFrom: VALID_FROM,
  },
];
