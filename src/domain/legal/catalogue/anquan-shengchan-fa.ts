/**
 * 违法行为库: 中华人民共和国安全生产法 (2021年修正, in force 2021-09-01), the penalty provisions of
 * chapter 6 (法律责任) that emergency management departments apply to production and business
 * units (生产经营单位) and their responsible persons: art. 93–99, 101–106, 108–110, 112–114.
 * Left out: art. 90–91, 111 (officials, decided by their superiors or the supervisory organs),
 * 92 (technical service agencies), 100 (refers to the hazardous-goods texts), 107 (the unit
 * disciplines its own staff), 115–116 (competence and civil liability).
 *
 * Codes: AQSCF-AAA[-N][X]
 *   AAA  the article, three digits;
 *   N    the item (项) when the article has numbered items, otherwise the paragraph (款) when
 *        the article has more than one; absent when the article is one paragraph without items;
 *   X    a letter (A, B, …) separating distinct conducts that one provision names and that we
 *        keep apart because officers record them apart (each keeps the same penalty basis).
 * Examples: AQSCF-099-1 art. 99 item 1; AQSCF-094-2 art. 94 para. 2; AQSCF-105-2B art. 105
 * item 2, second conduct (占用、锁闭、封堵); AQSCF-102 art. 102.
 *
 * Reading of the text (the same conventions as the other catalogue files):
 * - 以上/以下 include the number; "X元以下" is min 0.
 * - 责令限期改正 / 责令改正 / 责令立即消除 → orderCorrection; 逾期未改正 / 拒不改正 / 拒不执行 →
 *   the trigger notCorrectedByDeadline, whose clause carries only what the text adds then.
 * - 构成犯罪的，依照刑法有关规定追究刑事责任 → criminalReferral, listed once on the first clause
 *   (it is conditional by nature: only when the act is a crime).
 * - 撤职/降级处分 (decided by the appointing body) → dismissal; 暂停或者吊销资格 → suspendLicence and
 *   revokeLicence; 五年内/终身不得担任主要负责人 → occupationBan.
 * - Art. 95 and 114 set accident fines by grade: one entry per grade (item), with the trigger
 *   accident:<grade>; art. 114 para. 2 (情节特别严重、影响特别恶劣, 2–5 times the para. 1 amounts)
 *   is the trigger accident:特别严重 on each grade, its range computed from that grade's range.
 * - majorHazard marks conduct that the ministry's 重大事故隐患 criteria name (工贸企业重大事故隐患
 *   判定标准 2023 art. 3: 特种作业人员无证上岗, 冶金企业主要负责人和安全管理人员未考核合格, 未对
 *   承包承租单位统一协调管理; 化工和危险化学品重大隐患判定标准 2017: 使用淘汰工艺设备, 安全设施
 *   未正常投用) or the criminal code treats as 危险作业 (刑法 art. 134-1: 关闭、破坏监控报警设备、
 *   篡改、隐瞒、销毁数据). Those texts are not in the repository; the flags are our reading.
 *
 * Names and keywords are our own words (what officers write on site); references and ranges are
 * the text's. `violated` points at the obligation broken, `penaltyBasis` at the penalty clause.
 */
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '中华人民共和国安全生产法';
const VALID_FROM = '2021-09-01';

const at = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: LAW,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});
const yuan = (min: number, max: number): Fine => ({ kind: 'amount', min, max });
const percent = (minPercent: number, maxPercent: number): Fine => ({
  kind: 'percentOfAnnualIncome',
  minPercent,
  maxPercent,
});

/** Industries named by the text: 危险物品的生产、经营、储存、装卸单位, 矿山, 金属冶炼, 建筑施工, 运输. */
const HAZGOODS = ['hazchem', 'fireworks'];
const MINING_METAL = ['mining', 'metallurgy', 'nonferrous'];

type Own = Pick<Violation, 'name' | 'violated' | 'keywords'> &
  Partial<Pick<Violation, 'majorHazard' | 'industries' | 'party'>>;

function entry(code: string, penaltyBasis: LawRef[], penalties: StatutoryPenalty[], own: Own): Violation {
  return {
    code,
    party: 'unit',
    industries: [],
    majorHazard: false,
    validFrom: VALID_FROM,
    ...own,
    penaltyBasis,
    penalties,
  };
}

// ---------------------------------------------------------------------------------------------
// Art. 93: 决策机构、主要负责人或者个人经营的投资人 不保证安全生产所必需的资金投入
// ---------------------------------------------------------------------------------------------
const ART93: Violation[] = [
  entry(
    'AQSCF-093-1',
    [at(93, 1)],
    [
      // 责令限期改正，提供必需的资金；逾期未改正的，责令生产经营单位停产停业整顿
      { trigger: 'base', measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '安全投入不足致不具备安全生产条件',
      party: 'principal',
      violated: [at(20), at(23, 1)],
      keywords: [
        '安全生产资金投入不足',
        '安全投入不足',
        '未保证安全生产所必需的资金投入',
        '资金不到位',
        '没钱整改',
        '不具备安全生产条件',
        '安全设施投入不足',
        '投资人未保证资金投入',
        '安全生产费用未提取',
        '安全费用不足',
      ],
    },
  ),
  entry(
    'AQSCF-093-2',
    [at(93, 2)],
    [
      // 导致发生生产安全事故的，对主要负责人给予撤职处分，对个人经营的投资人处二万元以上二十万元以下的罚款
      {
        trigger: 'accidentCaused',
        persons: yuan(20_000, 200_000),
        measures: ['dismissal', 'criminalReferral'],
      },
    ],
    {
      name: '安全投入不足导致发生事故',
      party: 'principal',
      violated: [at(20), at(23, 1)],
      keywords: [
        '安全投入不足导致事故',
        '资金投入不足发生事故',
        '个人经营的投资人',
        '个体老板未投入安全资金导致事故',
        '不具备安全生产条件导致事故',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 94: 主要负责人未履行本法规定的安全生产管理职责 (the duties of art. 21, one entry each;
// art. 21 item 7, reporting accidents, is charged under art. 110 para. 2 and not repeated here)
// ---------------------------------------------------------------------------------------------
const ART94_1: StatutoryPenalty[] = [
  // 责令限期改正，处二万元以上五万元以下的罚款；逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿
  { trigger: 'base', persons: yuan(20_000, 50_000), measures: ['orderCorrection'] },
  { trigger: 'notCorrectedByDeadline', persons: yuan(50_000, 100_000), measures: ['suspendProduction'] },
];
const art94 = (letter: string, duty: number, own: Omit<Own, 'violated' | 'party'>): Violation =>
  entry(`AQSCF-094-1${letter}`, [at(94, 1)], ART94_1, {
    ...own,
    party: 'principal',
    violated: [at(21, undefined, duty)],
  });

const ART94: Violation[] = [
  art94('A', 1, {
    name: '主要负责人未建立落实全员安全生产责任制',
    keywords: [
      '主要负责人未建立全员安全生产责任制',
      '全员安全生产责任制',
      '安全生产责任制未建立',
      '安全生产责任制不健全',
      '岗位安全责任制',
      '责任制未落实',
      '未签订安全生产责任书',
      '安全生产标准化建设',
      '责任制未明确岗位责任人员',
      '责任制考核',
    ],
  }),
  art94('B', 2, {
    name: '主要负责人未组织制定安全生产规章制度和操作规程',
    keywords: [
      '未制定安全生产规章制度',
      '安全生产规章制度',
      '安全管理制度不健全',
      '未制定安全操作规程',
      '岗位操作规程缺失',
      '操作规程',
      '没有操作规程',
      '操作规程未上墙',
      '规章制度未实施',
    ],
  }),
  art94('C', 3, {
    name: '主要负责人未组织制定实施安全生产教育培训计划',
    keywords: [
      '未制定安全生产教育和培训计划',
      '年度安全培训计划',
      '培训计划',
      '培训计划未实施',
      '没有培训计划',
    ],
  }),
  art94('D', 4, {
    name: '主要负责人未保证安全生产投入有效实施',
    keywords: [
      '安全生产投入未有效实施',
      '安全投入',
      '安全费用未使用',
      '安全生产费用挪用',
      '安全经费',
      '安全投入计划',
    ],
  }),
  art94('E', 5, {
    name: '主要负责人未组织建立双重预防机制、未督促检查、未及时消除隐患',
    keywords: [
      '双重预防机制',
      '双重预防工作机制',
      '主要负责人未督促检查安全生产工作',
      '主要负责人未组织隐患排查',
      '主要负责人未及时消除事故隐患',
      '主要负责人未带队检查',
      '未建立双重预防机制',
    ],
  }),
  art94('F', 6, {
    name: '主要负责人未组织制定实施应急救援预案',
    keywords: [
      '主要负责人未组织制定应急救援预案',
      '主要负责人未组织实施应急预案',
      '应急预案未经主要负责人签署',
      '主要负责人应急预案',
    ],
  }),
  entry(
    'AQSCF-094-2',
    [at(94, 2)],
    [
      // 导致发生生产安全事故的，给予撤职处分；构成犯罪的…
      { trigger: 'accidentCaused', measures: ['dismissal', 'criminalReferral'] },
    ],
    {
      name: '主要负责人未履行安全管理职责导致事故（撤职）',
      party: 'principal',
      violated: [at(5), at(21)],
      keywords: [
        '主要负责人未履行安全生产管理职责导致事故',
        '主要负责人失职导致事故',
        '主要负责人撤职',
        '厂长未履职发生事故',
      ],
    },
  ),
  entry(
    'AQSCF-094-3',
    [at(94, 3)],
    [
      // 受刑事处罚或者撤职处分的，五年内不得担任任何生产经营单位的主要负责人；
      // 对重大、特别重大生产安全事故负有责任的，终身不得担任本行业生产经营单位的主要负责人
      { trigger: 'accidentCaused', measures: ['occupationBan'] },
      { trigger: 'accident:重大', measures: ['occupationBan'] },
      { trigger: 'accident:特别重大', measures: ['occupationBan'] },
    ],
    {
      name: '受刑事处罚或撤职的主要负责人从业禁止',
      party: 'principal',
      violated: [at(5), at(21)],
      keywords: [
        '五年内不得担任主要负责人',
        '终身不得担任主要负责人',
        '从业禁止',
        '行业禁入',
        '受刑事处罚的主要负责人',
        '撤职处分后担任主要负责人',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 95: 主要负责人未履行职责导致事故, fined a share of the previous year's income by grade
// ---------------------------------------------------------------------------------------------
const GRADES = ['一般', '较大', '重大', '特别重大'] as const;
const ART95_PERCENT = [40, 60, 80, 100];
const ART95: Violation[] = GRADES.map((grade, i) => {
  const pct = ART95_PERCENT[i] ?? 0;
  return entry(
    `AQSCF-095-${i + 1}`,
    [at(95, undefined, i + 1)],
    [{ trigger: `accident:${grade}`, persons: percent(pct, pct), measures: [] }],
    {
      name: `主要负责人未履职导致${grade}事故（上年年收入${pct}%罚款）`,
      party: 'principal',
      violated: [at(5), at(21)],
      keywords: [
        `主要负责人未履行安全生产管理职责导致${grade}事故`,
        `${grade}事故`,
        `发生${grade}生产安全事故`,
        '主要负责人年收入罚款',
        '主要负责人对事故负有责任',
        '主要负责人未履职导致事故',
        '厂长对事故负有责任',
      ],
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Art. 96: 其他负责人和安全生产管理人员未履行安全生产管理职责
// ---------------------------------------------------------------------------------------------
const ART96: Violation[] = [
  entry(
    'AQSCF-096',
    [at(96)],
    [
      // 责令限期改正，处一万元以上三万元以下的罚款；导致发生生产安全事故的，暂停或者吊销其与安全生产有关的资格，
      // 并处上一年年收入百分之二十以上百分之五十以下的罚款；构成犯罪的…
      { trigger: 'base', persons: yuan(10_000, 30_000), measures: ['orderCorrection', 'criminalReferral'] },
      {
        trigger: 'accidentCaused',
        persons: percent(20, 50),
        measures: ['suspendLicence', 'revokeLicence'],
      },
    ],
    {
      name: '其他负责人、安全生产管理人员未履行安全管理职责',
      party: 'person',
      violated: [at(25, 1), at(26, 1), at(46, 1)],
      keywords: [
        '安全生产管理人员未履行职责',
        '安全管理人员失职',
        '分管安全负责人未履职',
        '安全员未履职',
        '安全员未开展经常性安全检查',
        '未进行经常性安全检查',
        '安全检查无记录',
        '安全检查记录缺失',
        '巡查记录空白',
        '安全员未制止违章作业',
        '未制止违章指挥',
        '发现问题未及时处理',
        '安全员不在岗',
        '分管负责人',
        '安全员',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 97 items 1–7
// ---------------------------------------------------------------------------------------------
const ART97_P: StatutoryPenalty[] = [
  // 责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，
  // 对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款
  { trigger: 'base', unit: yuan(0, 100_000), measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendProduction'],
  },
];
const art97 = (item: number, letter: string, own: Own): Violation =>
  entry(`AQSCF-097-${item}${letter}`, [at(97, undefined, item)], ART97_P, own);

const ART97: Violation[] = [
  art97(1, 'A', {
    name: '未设置安全生产管理机构或未配备安全生产管理人员',
    violated: [at(24, 1), at(24, 2)],
    keywords: [
      '未配备专职安全生产管理人员',
      '未设置安全生产管理机构',
      '没有专职安全员',
      '无专职安全管理人员',
      '未配备安全管理人员',
      '安全管理人员配备不足',
      '没有安全员',
      '安全员由他人兼任',
      '未设立安全管理部门',
      '从业人员超过一百人未设安全管理机构',
    ],
  }),
  art97(1, 'B', {
    name: '未按规定配备注册安全工程师',
    industries: [...HAZGOODS, ...MINING_METAL],
    violated: [at(27, 3)],
    keywords: ['注册安全工程师', '未配备注册安全工程师', '没有注安师', '注安师', '无注册安全工程师从事安全管理'],
  }),
  art97(2, '', {
    name: '主要负责人、安全生产管理人员未经安全考核合格',
    industries: [...HAZGOODS, ...MINING_METAL, 'construction', 'transport'],
    majorHazard: true,
    violated: [at(27, 2)],
    keywords: [
      '主要负责人未经安全生产知识和管理能力考核合格',
      '安全管理人员未经考核合格',
      '安全生产知识和管理能力考核合格证',
      '安全管理人员无证',
      '主要负责人无安全资格证',
      '安全管理资格证过期',
      '安全合格证过期',
      '主要负责人未取证',
      '安全员证',
      '考核合格证明',
      '未参加安全考核',
      '未经考核任职',
      '考核不合格仍任职',
    ],
  }),
  art97(3, 'A', {
    name: '未对从业人员进行安全生产教育培训',
    violated: [at(28, 1), at(29)],
    keywords: [
      '未进行安全生产教育和培训',
      '未经安全培训上岗',
      '新员工未培训',
      '新入职员工未经三级安全教育',
      '三级安全教育',
      '岗前安全培训',
      '转岗未培训',
      '复工复产培训',
      '培训学时不足',
      '员工不熟悉操作规程',
      '员工不会使用消防器材',
      '新设备未进行专门培训',
      '新工艺培训',
      '临时工未培训',
      '安全培训未开展',
      '未组织全员安全培训',
      '一问三不知',
    ],
  }),
  art97(3, 'B', {
    name: '未对被派遣劳动者、实习学生进行安全生产教育培训',
    violated: [at(28, 2), at(28, 3)],
    keywords: [
      '劳务派遣人员未培训',
      '被派遣劳动者未进行安全教育',
      '实习学生未培训',
      '实习生未培训上岗',
      '派遣工',
      '劳务派遣',
      '实习学生',
    ],
  }),
  art97(3, 'C', {
    name: '未如实告知作业场所和岗位的危险因素、防范和应急措施',
    violated: [at(44, 1)],
    keywords: [
      '未如实告知危险因素',
      '未告知岗位危险因素和防范措施',
      '岗位风险告知',
      '风险告知卡',
      '危险因素告知',
      '应急措施告知',
      '员工不清楚岗位危险因素',
      '未告知作业场所危险因素',
    ],
  }),
  art97(4, '', {
    name: '未如实记录安全生产教育和培训情况',
    violated: [at(28, 4)],
    keywords: [
      '未建立安全生产教育和培训档案',
      '培训档案',
      '培训记录缺失',
      '培训记录不全',
      '培训记录不真实',
      '培训签到表代签',
      '培训考核记录',
      '未如实记录培训',
      '一人一档',
    ],
  }),
  art97(5, '', {
    name: '未如实记录事故隐患排查治理情况或未向从业人员通报',
    violated: [at(41, 2)],
    keywords: [
      '隐患排查治理情况未如实记录',
      '隐患排查记录',
      '隐患排查台账',
      '隐患台账',
      '未建立隐患排查治理台账',
      '隐患治理记录',
      '未向从业人员通报隐患',
      '隐患排查治理情况未公示',
      '信息公示栏',
      '排查记录造假',
    ],
  }),
  art97(6, 'A', {
    name: '未按规定制定生产安全事故应急救援预案',
    violated: [at(81)],
    keywords: [
      '未制定应急救援预案',
      '没有应急预案',
      '应急预案未编制',
      '生产安全事故应急预案',
      '专项应急预案',
      '现场处置方案',
      '有限空间事故专项应急预案',
      '中毒窒息事故现场处置方案',
      '应急预案内容与实际不符',
      '应急预案过期未修订',
      '应急预案未评审',
      '应急预案',
    ],
  }),
  art97(6, 'B', {
    name: '未定期组织应急救援预案演练',
    violated: [at(81)],
    keywords: [
      '未定期组织应急演练',
      '应急演练',
      '未开展应急演练',
      '演练记录',
      '没有演练',
      '疏散演练',
      '消防演练',
      '现场处置方案演练',
      '演练频次不足',
    ],
  }),
  art97(7, '', {
    name: '特种作业人员未持证上岗作业',
    majorHazard: true,
    violated: [at(30, 1)],
    keywords: [
      '特种作业人员未持证上岗',
      '特种作业人员无证上岗',
      '特种作业操作证',
      '无证上岗',
      '无证作业',
      '电工无证',
      '电焊工无证',
      '焊工无证作业',
      '电工证',
      '焊工证',
      '操作证过期',
      '证书过期未复审',
      '高处作业证',
      '登高证',
      '制冷与空调作业',
      '冒用他人操作证',
      '特种作业人员',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 98 items 1–4: 矿山、金属冶炼建设项目和用于生产、储存、装卸危险物品的建设项目
// ---------------------------------------------------------------------------------------------
const ART98_P: StatutoryPenalty[] = [
  // 责令停止建设或者停产停业整顿，限期改正，并处十万元以上五十万元以下的罚款，对其直接负责的主管人员和其他直接
  // 责任人员处二万元以上五万元以下的罚款；逾期未改正的，处五十万元以上一百万元以下的罚款，对…处五万元以上十万元以下的罚款
  {
    trigger: 'base',
    unit: yuan(100_000, 500_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendConstruction', 'orderCorrection', 'criminalReferral'],
  },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(500_000, 1_000_000),
    persons: yuan(50_000, 100_000),
    measures: [],
  },
];
const BUILD_INDUSTRIES = [...HAZGOODS, ...MINING_METAL, 'construction'];
const art98 = (item: number, own: Omit<Own, 'industries'>): Violation =>
  entry(`AQSCF-098-${item}`, [at(98, undefined, item)], ART98_P, { ...own, industries: BUILD_INDUSTRIES });

const ART98: Violation[] = [
  art98(1, {
    name: '高危建设项目未进行安全评价',
    violated: [at(32)],
    keywords: [
      '建设项目未进行安全评价',
      '未做安全预评价',
      '安全预评价',
      '安全验收评价',
      '建设项目安全评价',
      '新建项目未评价',
      '改扩建项目未做安全评价',
    ],
  }),
  art98(2, {
    name: '高危建设项目无安全设施设计或设计未经审查同意',
    violated: [at(33, 2)],
    keywords: [
      '没有安全设施设计',
      '安全设施设计未经审查',
      '安全设施设计专篇',
      '安全设施设计审查',
      '未批先建',
      '设计未报审',
    ],
  }),
  art98(3, {
    name: '施工单位未按批准的安全设施设计施工',
    violated: [at(34, 1)],
    keywords: [
      '未按照批准的安全设施设计施工',
      '擅自变更安全设施设计',
      '施工与安全设施设计不符',
      '安全设施偷工减料',
      '安全设施设计变更未审批',
    ],
  }),
  art98(4, {
    name: '高危建设项目安全设施未经验收合格投入生产使用',
    violated: [at(34, 2)],
    keywords: [
      '安全设施未经验收合格',
      '安全设施竣工验收',
      '未验收即投入生产',
      '三同时验收',
      '未经验收擅自投产',
      '试生产结束未验收',
      '竣工未验收投入使用',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 99 items 1–8
// ---------------------------------------------------------------------------------------------
const ART99_P: StatutoryPenalty[] = [
  // 责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接
  // 责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿；构成犯罪的…
  { trigger: 'base', unit: yuan(0, 50_000), measures: ['orderCorrection', 'criminalReferral'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(50_000, 200_000),
    persons: yuan(10_000, 20_000),
    measures: [],
  },
  { trigger: 'seriousCircumstances', measures: ['suspendProduction'] },
];
const art99 = (item: number, letter: string, own: Own): Violation =>
  entry(`AQSCF-099-${item}${letter}`, [at(99, undefined, item)], ART99_P, own);

const ART99: Violation[] = [
  art99(1, '', {
    name: '未设置明显的安全警示标志',
    violated: [at(35)],
    keywords: [
      '未设置安全警示标志',
      '警示标志缺失',
      '安全警示标识',
      '警示标识不清',
      '警示标志模糊',
      '警示牌',
      '当心触电',
      '禁止烟火',
      '当心机械伤人',
      '危险区域无警示',
      '危险告知牌',
      '警戒线',
      '设备上无警示标志',
      '有限空间警示标志',
      '安全标志',
      '警示',
    ],
  }),
  art99(2, '', {
    name: '安全设备安装、使用、检测、改造、报废不符合标准',
    violated: [at(36, 1)],
    keywords: [
      '安全设备不符合国家标准',
      '未安装漏电保护器',
      '漏电保护器',
      '漏电保护',
      '防护罩缺失',
      '传动部位无防护罩',
      '皮带轮无防护',
      '联轴器无防护',
      '砂轮机防护罩',
      '防护栏杆缺失',
      '护栏高度不足',
      '平台无护栏',
      '急停按钮',
      '安全联锁装置',
      '冲床光电保护',
      '防爆电气',
      '非防爆电器',
      '防爆区域使用普通电器',
      '安全阀',
      '压力表',
      '设备未接地',
      '电焊机外壳未接地',
      '静电接地',
      '防雷设施',
      '限位器',
      '安全防护装置',
      '报警器安装位置不符合',
      '除尘系统未设置泄爆装置',
      '除尘器未设置锁气卸灰装置',
      '隔爆装置',
      '火花探测熄灭装置',
      '防静电',
      '液氨管道',
      '未设置有毒气体检测报警装置',
      '未安装可燃气体检测报警器',
      '氨气浓度报警',
      '事故排风装置',
      '设备危险部位无防护装置',
      '安全设备',
    ],
  }),
  art99(3, '', {
    name: '未对安全设备进行经常性维护、保养和定期检测',
    violated: [at(36, 2)],
    keywords: [
      '安全设备未定期检测',
      '未经常性维护保养',
      '维护保养记录',
      '灭火器过期',
      '灭火器压力不足',
      '灭火器失效',
      '灭火器未年检',
      '消防器材过期',
      '安全阀未校验',
      '安全阀超期',
      '压力表未检定',
      '压力表过期',
      '压力表损坏',
      '可燃气体报警器未检定',
      '报警器未定期检测',
      '报警器故障',
      '漏电保护器失灵',
      '漏电保护器未定期试验',
      '防雷检测过期',
      '安全设备损坏未修复',
      '防护装置损坏',
      '检测报告过期',
      '超期未检',
      '过期',
      '损坏',
      '失效',
      '防护罩失效',
      '联锁装置失效',
      '报警器失效未维修',
    ],
  }),
  art99(4, 'A', {
    name: '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备设施',
    majorHazard: true,
    violated: [at(36, 3)],
    keywords: [
      '关闭报警装置',
      '关闭可燃气体报警器',
      '屏蔽有毒气体报警',
      '报警装置停用',
      '切除联锁',
      '擅自关闭监控',
      '报警器被关闭',
      '报警器断电',
      '拔掉报警器电源',
      '屏蔽报警',
      '拆除安全防护罩',
      '破坏救生设备',
      '联锁旁路',
      '短接',
      '关闭视频监控', '泄爆装置封堵', '安全阀堵死', '安全阀拆除', '防护装置拆掉',
      '人为关闭',
      '拆除',
      '屏蔽',
      '关闭',
      '破坏',
    ],
  }),
  art99(4, 'B', {
    name: '篡改、隐瞒、销毁监控报警设备的相关数据信息',
    majorHazard: true,
    violated: [at(36, 3)],
    keywords: [
      '篡改监测数据',
      '篡改报警数据',
      '删除监控录像',
      '销毁报警记录',
      '隐瞒监测数据',
      '修改监控数据',
      '数据造假',
      '篡改',
      '删除',
    ],
  }),
  art99(5, '', {
    name: '未提供符合标准的劳动防护用品',
    violated: [at(45)],
    keywords: [
      '未提供劳动防护用品',
      '未配发劳动防护用品',
      '劳动防护用品不符合国家标准',
      '劳保用品',
      '未佩戴安全帽',
      '未戴安全帽',
      '未系安全带',
      '没有安全带',
      '未佩戴防护眼镜',
      '未戴防护面罩',
      '防尘口罩',
      '防毒面具',
      '绝缘手套',
      '绝缘鞋',
      '防护手套',
      '耳塞',
      '防护用品',
      '安全帽',
      '安全带',
    ],
  }),
  art99(6, '', {
    name: '危险物品容器、运输工具或矿山井下等特种设备未经检测检验合格投入使用',
    violated: [at(37)],
    keywords: [
      '危险物品容器未经检测检验',
      '危险物品运输工具未取得安全使用证',
      '储罐未检验',
      '气瓶未检验',
      '钢瓶超期未检',
      '液化气钢瓶过期',
      '槽罐车未检验',
      '矿山井下特种设备',
      '矿用产品安全标志',
      '未取得安全标志',
      '海洋石油开采特种设备',
    ],
  }),
  art99(7, '', {
    name: '使用应当淘汰的危及生产安全的工艺、设备',
    majorHazard: true,
    violated: [at(38, 3)],
    keywords: [
      '使用淘汰工艺',
      '使用淘汰设备',
      '国家明令淘汰',
      '淘汰落后工艺设备',
      '淘汰目录',
      '淘汰类设备',
      '落后设备',
      '淘汰',
    ],
  }),
  art99(8, '', {
    name: '餐饮等行业使用燃气未安装可燃气体报警装置',
    violated: [at(36, 4)],
    keywords: [
      '使用燃气未安装报警装置',
      '未安装燃气报警器',
      '燃气泄漏报警器',
      '餐饮场所使用燃气',
      '饭店后厨燃气未装报警器',
      '厨房使用液化石油气',
      '食堂使用液化气瓶',
      '餐馆使用天然气',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 101 items 1–5
// ---------------------------------------------------------------------------------------------
const ART101_P: StatutoryPenalty[] = [
  // 责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的
  // 主管人员和其他直接责任人员处二万元以上五万元以下的罚款；构成犯罪的…
  { trigger: 'base', unit: yuan(0, 100_000), measures: ['orderCorrection', 'criminalReferral'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendProduction'],
  },
];
const art101 = (item: number, letter: string, own: Own): Violation =>
  entry(`AQSCF-101-${item}${letter}`, [at(101, undefined, item)], ART101_P, own);

const ART101: Violation[] = [
  art101(1, 'A', {
    name: '生产经营储存使用危险物品未建立专门安全管理制度',
    violated: [at(39, 2)],
    keywords: [
      '危险物品未建立专门安全管理制度',
      '危险化学品安全管理制度',
      '危化品管理制度缺失',
      '危险物品管理制度',
      '危化品出入库登记',
      '危化品领用登记',
      '危险废物处置制度',
    ],
  }),
  art101(1, 'B', {
    name: '生产经营储存使用危险物品未采取可靠的安全措施',
    violated: [at(39, 2)],
    keywords: [
      '危险物品未采取可靠的安全措施',
      '易燃易爆物品随意存放',
      '油漆稀料随意堆放',
      '酒精随意存放',
      '易燃液体未存放在专用柜',
      '车间内危化品超量存放',
      '氧气瓶乙炔瓶混放',
      '氧气瓶与乙炔瓶间距不足',
      '气瓶未固定',
      '气瓶无防倒链',
      '乙炔瓶卧放',
      '气瓶暴晒',
      '危化品暂存间',
      '废弃危险物品',
      '氧气瓶',
      '乙炔瓶',
      '气瓶',
    ],
  }),
  art101(2, 'A', {
    name: '重大危险源未登记建档',
    violated: [at(40, 1)],
    keywords: [
      '重大危险源未登记建档',
      '重大危险源档案',
      '未辨识重大危险源',
      '重大危险源辨识',
      '重大危险源台账',
      '重大危险源',
    ],
  }),
  art101(2, 'B', {
    name: '重大危险源未进行定期检测、评估、监控',
    violated: [at(40, 1)],
    keywords: [
      '重大危险源未定期检测',
      '重大危险源未进行安全评估',
      '重大危险源安全评估',
      '重大危险源监控',
      '重大危险源在线监测',
      '重大危险源监控系统',
      '重大危险源',
    ],
  }),
  art101(2, 'C', {
    name: '重大危险源未制定应急预案或未告知应急措施',
    violated: [at(40, 1)],
    keywords: [
      '重大危险源未制定应急预案',
      '重大危险源应急预案',
      '重大危险源未告知应急措施',
      '未告知紧急情况下的应急措施',
      '重大危险源',
    ],
  }),
  art101(3, '', {
    name: '危险作业未安排专门人员进行现场安全管理',
    violated: [at(43)],
    keywords: [
      '危险作业未安排专门人员进行现场安全管理',
      '动火作业',
      '动火未审批',
      '无动火证',
      '未办理动火作业票',
      '动火作业无人监护',
      '临时用电',
      '临时用电未审批',
      '吊装作业无人指挥',
      '爆破作业',
      '有限空间作业无人监护',
      '有限空间作业未检测',
      '未通风检测',
      '先通风再检测后作业',
      '高处作业无人监护',
      '监护人',
      '作业票',
      '特殊作业',
      '危险作业审批',
      '现场无专人管理',
      '动土作业',
      '盲板抽堵',
      '危险作业',
    ],
  }),
  art101(4, '', {
    name: '未建立安全风险分级管控制度或未按风险分级采取管控措施',
    violated: [at(41, 1)],
    keywords: [
      '未建立安全风险分级管控制度',
      '安全风险分级管控',
      '风险分级管控',
      '未开展风险辨识',
      '安全风险辨识评估',
      '风险辨识',
      '风险清单',
      '风险四色图',
      '风险管控措施未落实',
      '风险点',
      '风险分级',
    ],
  }),
  art101(5, 'A', {
    name: '未建立事故隐患排查治理制度',
    violated: [at(41, 2)],
    keywords: [
      '未建立事故隐患排查治理制度',
      '隐患排查治理制度',
      '隐患排查制度缺失',
      '没有隐患排查制度',
      '隐患排查治理制度未建立',
    ],
  }),
  art101(5, 'B', {
    name: '重大事故隐患排查治理情况未按规定报告',
    violated: [at(41, 2)],
    keywords: [
      '重大事故隐患未报告',
      '重大事故隐患排查治理情况未报告',
      '重大隐患未上报',
      '隐瞒重大事故隐患',
      '重大隐患未向职工代表大会报告',
      '重大隐患',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 102: 未采取措施消除事故隐患
// ---------------------------------------------------------------------------------------------
const ART102: Violation[] = [
  entry(
    'AQSCF-102',
    [at(102)],
    [
      // 责令立即消除或者限期消除，处五万元以下的罚款；拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接
      // 责任人员处五万元以上十万元以下的罚款；构成犯罪的…
      { trigger: 'base', unit: yuan(0, 50_000), measures: ['orderCorrection', 'criminalReferral'] },
      { trigger: 'notCorrectedByDeadline', persons: yuan(50_000, 100_000), measures: ['suspendProduction'] },
    ],
    {
      name: '未采取措施消除事故隐患',
      violated: [at(41, 2)],
      keywords: [
        '未采取措施消除事故隐患',
        '事故隐患未消除',
        '隐患未整改',
        '隐患整改不到位',
        '逾期未整改',
        '责令限期整改未整改',
        '拒不整改',
        '复查仍未整改',
        '隐患长期存在',
        '未按规定清扫积尘',
        '熔融金属作业区域积水',
        '熔融金属吊运影响范围内设置休息室',
        '私拉乱接',
        '乱拉电线',
        '电线老化破损',
        '电线裸露',
        '线路未穿管保护',
        '插线板串接',
        '配电箱门未关闭',
        '配电柜前堆放杂物',
        '物料堆放过高',
        '货物堆放过高',
        '堆垛倾斜',
        '货架超载',
        '物料堆放杂乱',
        '设备带病运行',
        '地面油污',
        '现场管理混乱',
        '事故隐患',
        '隐患',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 103: 发包出租 (para. 1), 安全生产管理协议与统一协调管理 (para. 2), 施工单位 (para. 3)
// ---------------------------------------------------------------------------------------------
const ART103: Violation[] = [
  entry(
    'AQSCF-103-1',
    [at(103, 1)],
    [
      // 责令限期改正，没收违法所得；违法所得十万元以上的，并处违法所得二倍以上五倍以下的罚款；没有违法所得或者违法所得
      // 不足十万元的，单处或者并处十万元以上二十万元以下的罚款；对…处一万元以上二万元以下的罚款
      {
        trigger: 'base',
        unit: {
          kind: 'multipleOfIllegalGain',
          minTimes: 2,
          maxTimes: 5,
          threshold: 100_000,
          fallback: { min: 100_000, max: 200_000 },
        },
        persons: yuan(10_000, 20_000),
        measures: ['orderCorrection', 'confiscateIllegalGain'],
      },
    ],
    {
      name: '将项目、场所、设备发包或出租给不具备安全生产条件或资质的单位、个人',
      violated: [at(49, 1)],
      keywords: [
        '发包给不具备安全生产条件的单位',
        '发包给无资质单位',
        '出租给不具备安全生产条件的单位',
        '厂房出租给无证经营户',
        '场地出租给不具备条件的个人',
        '设备出租给无资质个人',
        '承包方无资质',
        '外包给个人',
        '包工头',
        '违法发包',
        '发包',
        '出租',
      ],
    },
  ),
  entry(
    'AQSCF-103-2A',
    [at(103, 2)],
    [
      // 责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿
      { trigger: 'base', unit: yuan(0, 50_000), persons: yuan(0, 10_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '未与承包、承租单位签订安全生产管理协议或未明确各自安全职责',
      violated: [at(49, 2)],
      keywords: [
        '未与承包单位签订安全生产管理协议',
        '未签订安全生产管理协议',
        '未签安全协议',
        '承包合同未约定安全生产管理职责',
        '租赁合同未明确安全责任',
        '外包单位未签安全协议',
        '承租单位',
        '承包单位',
        '租赁合同',
        '承包合同',
        '安全协议',
      ],
    },
  ),
  entry(
    'AQSCF-103-2B',
    [at(103, 2)],
    [
      { trigger: 'base', unit: yuan(0, 50_000), persons: yuan(0, 10_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '未对承包、承租单位的安全生产统一协调、管理',
      majorHazard: true,
      violated: [at(49, 2)],
      keywords: [
        '未对承包单位统一协调管理',
        '未对承租单位进行安全检查',
        '外包施工队无人管理',
        '外来施工人员未管理',
        '相关方安全管理缺失',
        '承包商管理',
        '外包作业无人监管',
        '承租户安全管理',
        '外包单位',
        '外包',
        '承租',
      ],
    },
  ),
  entry(
    'AQSCF-103-3A',
    [at(103, 3)],
    [
      // 责令限期改正，处十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以下的罚款；逾期未改正的，责令停产停业整顿
      { trigger: 'base', unit: yuan(0, 100_000), persons: yuan(0, 20_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '高危建设项目施工单位未按规定对施工项目进行安全管理',
      industries: BUILD_INDUSTRIES,
      violated: [at(49, 3)],
      keywords: [
        '施工单位未对施工项目进行安全管理',
        '矿山建设项目施工单位安全管理缺失',
        '金属冶炼建设项目施工安全管理',
        '危险化学品建设项目施工现场安全管理混乱',
        '建设项目施工单位',
      ],
    },
  ),
  entry(
    'AQSCF-103-3B',
    [at(103, 3)],
    [
      // 责令停产停业整顿，吊销资质证书，没收违法所得；违法所得十万元以上的，并处违法所得二倍以上五倍以下的罚款，没有违法
      // 所得或者违法所得不足十万元的，单处或者并处十万元以上二十万元以下的罚款；对…处五万元以上十万元以下的罚款；构成犯罪的…
      {
        trigger: 'base',
        unit: {
          kind: 'multipleOfIllegalGain',
          minTimes: 2,
          maxTimes: 5,
          threshold: 100_000,
          fallback: { min: 100_000, max: 200_000 },
        },
        persons: yuan(50_000, 100_000),
        measures: ['suspendProduction', 'revokeLicence', 'confiscateIllegalGain', 'criminalReferral'],
      },
    ],
    {
      name: '高危建设项目施工单位倒卖、出租、出借、挂靠或非法转让施工资质',
      industries: BUILD_INDUSTRIES,
      violated: [at(49, 3)],
      keywords: [
        '出借施工资质',
        '挂靠施工资质',
        '出租资质',
        '倒卖资质',
        '借用资质施工',
        '资质挂靠',
        '非法转让施工资质',
        '资质',
        '挂靠',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 104: 同一作业区域 (交叉作业)
// ---------------------------------------------------------------------------------------------
const ART104: Violation[] = [
  entry(
    'AQSCF-104',
    [at(104)],
    [
      // 责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业
      { trigger: 'base', unit: yuan(0, 50_000), persons: yuan(0, 10_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '同一作业区域未签订安全生产管理协议或未指定专职人员检查协调',
      violated: [at(48)],
      keywords: [
        '同一作业区域',
        '交叉作业未签订安全生产管理协议',
        '交叉作业',
        '多家单位在同一区域作业',
        '未指定专职安全生产管理人员进行安全检查与协调',
        '交叉作业无人协调',
        '两家单位同时作业',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 105 items 1–2: 员工宿舍, 出口和疏散通道
// ---------------------------------------------------------------------------------------------
const ART105_P: StatutoryPenalty[] = [
  // 责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，
  // 责令停产停业整顿；构成犯罪的…
  {
    trigger: 'base',
    unit: yuan(0, 50_000),
    persons: yuan(0, 10_000),
    measures: ['orderCorrection', 'criminalReferral'],
  },
  { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
];
const art105 = (item: number, letter: string, own: Own): Violation =>
  entry(`AQSCF-105-${item}${letter}`, [at(105, undefined, item)], ART105_P, own);

const ART105: Violation[] = [
  art105(1, '', {
    name: '危险物品车间、商店、仓库与员工宿舍在同一建筑内或距离不足',
    violated: [at(42, 1)],
    keywords: [
      '与员工宿舍在同一座建筑内',
      '员工宿舍设在仓库内',
      '仓库内住人',
      '车间内设置员工宿舍',
      '危化品仓库住人',
      '商店内住人',
      '与员工宿舍距离不足',
      '三合一',
      '前店后宅',
      '下店上宅',
      '经营储存场所与住人场所未分开',
      '宿舍',
      '住人',
      '住宿',
    ],
  }),
  art105(2, 'A', {
    name: '出口、疏散通道不符合紧急疏散要求或标志不明显',
    violated: [at(42, 2)],
    keywords: [
      '疏散指示标志缺失',
      '安全出口标志',
      '疏散指示标志',
      '应急照明',
      '疏散通道宽度不足',
      '安全出口数量不足',
      '只有一个安全出口',
      '出口不符合紧急疏散要求',
      '疏散指示灯不亮',
      '疏散标志被遮挡',
      '安全出口',
      '疏散通道',
      '疏散',
      '出口',
    ],
  }),
  art105(2, 'B', {
    name: '占用、锁闭、封堵生产经营场所或员工宿舍的出口、疏散通道',
    violated: [at(42, 2)],
    keywords: [
      '疏散通道堵塞',
      '疏散通道被占用',
      '疏散通道堆放杂物',
      '安全出口锁闭',
      '安全出口上锁',
      '封堵安全出口',
      '安全出口堆放货物',
      '消防通道堵塞',
      '楼梯间堆放杂物',
      '逃生通道被封堵',
      '宿舍出口锁闭',
      '安全出口',
      '疏散通道',
      '通道',
      '出口',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 106, 108, 109
// ---------------------------------------------------------------------------------------------
const ART106_109: Violation[] = [
  entry(
    'AQSCF-106',
    [at(106)],
    [
      // 该协议无效；对生产经营单位的主要负责人、个人经营的投资人处二万元以上十万元以下的罚款
      { trigger: 'base', persons: yuan(20_000, 100_000), measures: [] },
    ],
    {
      name: '与从业人员订立免除或减轻事故伤亡责任的协议',
      party: 'principal',
      violated: [at(52, 2)],
      keywords: [
        '免除事故伤亡责任的协议',
        '免责协议',
        '生死合同',
        '工伤自负',
        '出了事故概不负责',
        '劳动合同免责条款',
        '减轻事故责任的协议',
        '安全责任自负',
      ],
    },
  ),
  entry(
    'AQSCF-108',
    [at(108)],
    [
      // 责令改正；拒不改正的，处二万元以上二十万元以下的罚款；对其直接负责的主管人员和其他直接责任人员处一万元以上
      // 二万元以下的罚款；构成犯罪的…
      { trigger: 'base', measures: ['orderCorrection', 'criminalReferral'] },
      {
        trigger: 'notCorrectedByDeadline',
        unit: yuan(20_000, 200_000),
        persons: yuan(10_000, 20_000),
        measures: [],
      },
    ],
    {
      name: '拒绝、阻碍监督检查',
      violated: [at(66)],
      keywords: [
        '拒绝监督检查',
        '阻碍执法检查',
        '阻挠检查',
        '拒不配合检查',
        '不让执法人员进入',
        '锁门拒检',
        '拒绝提供资料',
        '隐匿资料',
        '拒检',
        '拒绝',
        '阻碍',
      ],
    },
  ),
  entry(
    'AQSCF-109',
    [at(109)],
    [
      // 责令限期改正，处五万元以上十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款
      { trigger: 'base', unit: yuan(50_000, 100_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', unit: yuan(100_000, 200_000), measures: [] },
    ],
    {
      name: '高危行业未按规定投保安全生产责任保险',
      // 国家规定的高危行业、领域 (安全生产责任保险实施办法: 矿山、危险化学品、烟花爆竹、交通运输、建筑施工、金属冶炼等)
      industries: [...HAZGOODS, ...MINING_METAL, 'construction', 'transport'],
      violated: [at(51, 2)],
      keywords: [
        '未投保安全生产责任保险',
        '安全生产责任保险',
        '安责险',
        '安责险过期',
        '未续保',
        '保险',
        '投保',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 110: 主要负责人 事故发生后
// ---------------------------------------------------------------------------------------------
const ART110: Violation[] = [
  entry(
    'AQSCF-110-1A',
    [at(110, 1)],
    [
      // 给予降级、撤职的处分，并由应急管理部门处上一年年收入百分之六十至百分之一百的罚款；构成犯罪的…
      { trigger: 'base', persons: percent(60, 100), measures: ['dismissal', 'criminalReferral'] },
    ],
    {
      name: '主要负责人在事故发生时不立即组织抢救',
      party: 'principal',
      violated: [at(50), at(83, 2)],
      keywords: [
        '不立即组织抢救',
        '事故发生后未组织抢救',
        '延误抢救',
        '未组织救援',
        '主要负责人未赶到现场',
        '抢救',
      ],
    },
  ),
  entry(
    'AQSCF-110-1B',
    [at(110, 1)],
    [
      // 同上；对逃匿的处十五日以下拘留 (公安机关决定, art. 115)
      { trigger: 'base', persons: percent(60, 100), measures: ['dismissal', 'detention', 'criminalReferral'] },
    ],
    {
      name: '主要负责人在事故调查处理期间擅离职守或逃匿',
      party: 'principal',
      violated: [at(50)],
      keywords: [
        '事故调查处理期间擅离职守',
        '擅离职守',
        '逃匿',
        '事故后逃跑',
        '事故后失联',
        '躲避事故调查',
        '外逃',
      ],
    },
  ),
  entry(
    'AQSCF-110-2',
    [at(110, 2)],
    [
      // 依照前款规定处罚 (降级、撤职，年收入百分之六十至百分之一百的罚款；拘留 applies only to 逃匿)
      { trigger: 'base', persons: percent(60, 100), measures: ['dismissal', 'criminalReferral'] },
    ],
    {
      name: '主要负责人对生产安全事故隐瞒不报、谎报或迟报',
      party: 'principal',
      violated: [at(21, undefined, 7), at(83, 2)],
      keywords: [
        '瞒报事故',
        '隐瞒不报',
        '谎报事故',
        '迟报事故',
        '事故未及时上报',
        '事故未报告',
        '事故私了',
        '少报死亡人数',
        '超过1小时才报告事故',
        '未在1小时内报告事故',
        '伤亡人数不实',
        '瞒报',
        '谎报',
        '迟报',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 112: 按日连续处罚
// ---------------------------------------------------------------------------------------------
const ART112: Violation[] = [
  entry(
    'AQSCF-112',
    [at(112)],
    [
      // 被责令改正且受到罚款处罚，拒不改正的，…自作出责令改正之日的次日起，按照原处罚数额按日连续处罚 (no range of its own)
      { trigger: 'base', measures: ['dailyContinuingFine'] },
    ],
    {
      name: '被责令改正且受罚款处罚后拒不改正（按日连续处罚）',
      violated: [at(65, 1, 2)],
      keywords: [
        '罚款后拒不改正',
        '受到罚款处罚后仍未改正',
        '处罚后拒不整改',
        '按日连续处罚',
        '罚款后逾期仍未改正',
        '罚款',
      ],
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// Art. 113 items 1–4: 提请关闭, 吊销证照, 主要负责人从业禁止
// ---------------------------------------------------------------------------------------------
const ART113_P: StatutoryPenalty[] = [
  // 提请地方人民政府予以关闭，有关部门应当依法吊销其有关证照。主要负责人五年内不得担任任何生产经营单位的主要负责人；
  // 情节严重的，终身不得担任本行业生产经营单位的主要负责人
  { trigger: 'base', measures: ['closure', 'revokeLicence', 'occupationBan'] },
  { trigger: 'seriousCircumstances', measures: ['occupationBan'] },
];
const art113 = (item: number, penalties: StatutoryPenalty[], own: Own): Violation =>
  entry(`AQSCF-113-${item}`, [at(113, undefined, item)], penalties, own);

const ART113: Violation[] = [
  art113(1, ART113_P, {
    name: '存在重大事故隐患且一百八十日内三次或一年内四次受到行政处罚',
    violated: [at(41, 2)],
    keywords: [
      '一百八十日内三次受到行政处罚',
      '一年内四次受到行政处罚',
      '重大事故隐患屡查屡犯',
      '多次受到处罚仍存在重大事故隐患',
      '提请关闭',
      '屡查屡犯',
    ],
  }),
  art113(2, ART113_P, {
    name: '经停产停业整顿仍不具备安全生产条件',
    violated: [at(20)],
    keywords: [
      '停产停业整顿后仍不具备安全生产条件',
      '整顿后仍不具备安全生产条件',
      '整顿验收不合格',
      '停产整顿期满仍不合格',
    ],
  }),
  art113(
    3,
    [
      { trigger: 'accident:重大', measures: ['closure', 'revokeLicence', 'occupationBan'] },
      { trigger: 'accident:特别重大', measures: ['closure', 'revokeLicence', 'occupationBan'] },
    ],
    {
      name: '不具备安全生产条件导致重大、特别重大事故',
      violated: [at(20)],
      keywords: [
        '不具备安全生产条件导致重大事故',
        '不具备安全生产条件导致特别重大事故',
        '重大生产安全事故',
        '特别重大生产安全事故',
        '予以关闭',
      ],
    },
  ),
  art113(4, ART113_P, {
    name: '拒不执行停产停业整顿决定',
    violated: [at(70, 1)],
    keywords: [
      '拒不执行停产停业整顿决定',
      '停产整顿期间擅自生产',
      '擅自恢复生产',
      '责令停产后继续生产',
      '私自撕毁封条',
      '偷偷生产',
      '停产整顿',
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Art. 114: 负有责任的生产经营单位 accident fines by grade (para. 1 items 1–4; para. 2 ×2–5)
// ---------------------------------------------------------------------------------------------
const ART114_RANGES: [number, number][] = [
  [300_000, 1_000_000],
  [1_000_000, 2_000_000],
  [2_000_000, 10_000_000],
  [10_000_000, 20_000_000],
];
/** Accident types (GB 6441 企业职工伤亡事故分类) as officers name them. */
const ACCIDENT_TYPES = [
  '物体打击',
  '车辆伤害',
  '机械伤害',
  '起重伤害',
  '触电事故',
  '淹溺',
  '灼烫',
  '火灾事故',
  '高处坠落',
  '坍塌事故',
  '爆炸事故',
  '中毒和窒息',
];
const ART114: Violation[] = GRADES.map((grade, i) => {
  const [min, max] = ART114_RANGES[i] ?? [0, 0];
  return entry(
    `AQSCF-114-${i + 1}`,
    [at(114, 1, i + 1), at(114, 2)],
    [
      { trigger: `accident:${grade}`, unit: yuan(min, max), measures: [], basis: at(114, 1, i + 1) },
      {
        trigger: 'accident:特别严重',
        unit: yuan(min * 2, max * 5),
        measures: [],
        basis: at(114, 2),
      },
    ],
    {
      name: `生产经营单位对${grade}事故负有责任`,
      violated: [at(4, 1), at(20)],
      keywords: [
        `发生${grade}事故`,
        `${grade}生产安全事故`,
        `${grade}事故`,
        '对事故负有责任的生产经营单位',
        '企业对事故负有责任',
        '事故责任单位',
        '生产安全事故',
        '责任事故',
        '死亡事故',
        '伤亡事故',
        '人员死亡',
        '事故',
        ...ACCIDENT_TYPES,
      ],
    },
  );
});

export const ITEMS: Violation[] = [
  ...ART93,
  ...ART94,
  ...ART95,
  ...ART96,
  ...ART97,
  ...ART98,
  ...ART99,
  ...ART101,
  ...ART102,
  ...ART103,
  ...ART104,
  ...ART105,
  ...ART106_109,
  ...ART110,
  ...ART112,
  ...ART113,
  ...ART114,
];
