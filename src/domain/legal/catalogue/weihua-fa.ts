/**
 * 违法行为库: 中华人民共和国危险化学品安全法 (2025年通过, in force 2026-05-01), the penalty
 * provisions of chapter 9 (法律责任) that the emergency management department (应急管理部门)
 * decides, alone or as 负有危险化学品安全监督管理职责的部门 within its duties. Left out: provisions
 * for 公安机关 (art. 104 para. 1, 107 para. 2–3, 111–113), 交通运输 (art. 109–110, 114), 市场监督管理
 * (art. 102), 港口/海事, and referrals to other texts (art. 100 para. 1, 108, 115, 116 para. 1,
 * 117 → 安全生产许可证条例, 事故报告条例, 安全生产法).
 *
 * Codes (WHF-AAA[-N][X], the scheme of the 安全生产法 catalogue): AAA the article, three digits;
 * N the item (项) when the article has numbered items, otherwise the paragraph (款) when the article
 * has more than one; X a letter (A, B, …) separating distinct conducts one provision names. A
 * paragraph without items inside an article that also has items is written KP (e.g. WHF-104-K2)
 * so that it cannot be read as an item.
 *
 * Validity: acts from 2026-05-01. Items covering conduct the 危险化学品安全管理条例 also covered
 * link to its items through `counterparts` (weihua-tiaoli.ts), both ways.
 *
 * Reading of the text (the conventions of the 安全生产法 catalogue): 责令限期改正 and 责令停止生产/
 * 经营/使用 are orderCorrection; 责令停止建设或者停产停业整顿 is suspendConstruction; 逾期未改正/
 * 逾期不改正 is notCorrectedByDeadline; a clause carries only what the text attaches to that situation.
 *
 * majorHazard marks conduct that the 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)
 * (2017) names: 超量、超品种储存和禁配物质混存 (item 20), 未实现自动化控制/未设安全仪表系统 (items 4–5),
 * 未制定操作规程和工艺控制指标 (item 17), 新工艺未经逐级放大试验 (item 19). That text is not in the
 * law library: the flags are our reading. Art. 98 fines are multiples of the goods'
 * value (货值金额), not of the illegal gain: `base: 'goodsValue'`.
 */
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '中华人民共和国危险化学品安全法';
const VALID_FROM = '2026-05-01';

const at = (article: number, paragraph?: number, item?: number): LawRef => ({
  law: LAW,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});
const yuan = (min: number, max: number): Fine => ({ kind: 'amount', min, max });

type Own = Pick<Violation, 'name' | 'violated' | 'keywords'> &
  Partial<Pick<Violation, 'majorHazard' | 'counterparts' | 'industries' | 'party'>>;

function entry(code: string, penaltyBasis: LawRef[], penalties: StatutoryPenalty[], own: Own): Violation {
  return {
    code,
    party: 'unit',
    industries: ['hazchem'],
    majorHazard: false,
    validFrom: VALID_FROM,
    ...own,
    penaltyBasis,
    penalties,
  };
}

/**
 * Art. 98 para. 1: 责令停止…，有违法所得的，没收违法所得，并没收违法…的危险化学品以及…工具、设备、原料等；
 * 货值金额不足十万元的，并处三十万元以上五十万元以下的罚款；货值金额十万元以上的，并处货值金额五倍以上十倍以下的罚款。
 */
const ART98: StatutoryPenalty[] = [
  {
    trigger: 'base',
    unit: {
      kind: 'multipleOfIllegalGain',
      base: 'goodsValue',
      minTimes: 5,
      maxTimes: 10,
      threshold: 100_000,
      fallback: { min: 300_000, max: 500_000 },
    },
    measures: ['orderCorrection', 'confiscateIllegalGain', 'confiscateIllegalGoods'],
  },
];

/**
 * Art. 99 para. 1: 责令停止建设或者停产停业整顿，限期改正，并处十万元以上五十万元以下的罚款，对…直接责任人员处二万元以上
 * 五万元以下的罚款；逾期未改正的，处五十万元以上一百万元以下的罚款，对…处五万元以上十万元以下的罚款
 */
const ART99: StatutoryPenalty[] = [
  {
    trigger: 'base',
    unit: yuan(100_000, 500_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendConstruction', 'orderCorrection'],
  },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(500_000, 1_000_000),
    persons: yuan(50_000, 100_000),
    measures: [],
  },
];
const art99 = (item: number, own: Own): Violation => entry(`WHF-099-${item}`, [at(99, 1, item)], ART99, own);

/**
 * Art. 101 para. 1: 责令限期改正，可以处十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款，对…直接责任人员
 * 处二万元以上五万元以下的罚款；情节严重的，责令停产停业整顿
 */
const ART101: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(0, 100_000), measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(20_000, 50_000),
    measures: [],
  },
  { trigger: 'seriousCircumstances', measures: ['suspendProduction'] },
];
const art101 = (item: number, own: Own): Violation =>
  entry(`WHF-101-${item}`, [at(101, 1, item)], ART101, own);

/**
 * Art. 103 para. 1: 责令限期改正，处五万元以上十万元以下的罚款；逾期不改正的，责令停产停业整顿直至由原发证机关吊销其相关
 * 许可证件，并处十万元以上二十万元以下的罚款，对…直接责任人员处二万元以上五万元以下的罚款
 */
const ART103: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(50_000, 100_000), measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(20_000, 50_000),
    measures: ['suspendProduction', 'revokeLicence'],
  },
];
const art103 = (item: number, own: Own): Violation =>
  entry(`WHF-103-${item}`, [at(103, 1, item)], ART103, own);

/**
 * Art. 104 para. 1, applied by para. 2 and 3: 责令限期改正，可以处二万元以上十万元以下的罚款；逾期不改正的，处十万元以上
 * 二十万元以下的罚款，对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下的罚款
 */
const ART104: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(20_000, 100_000), measures: ['orderCorrection'] },
  {
    trigger: 'notCorrectedByDeadline',
    unit: yuan(100_000, 200_000),
    persons: yuan(10_000, 50_000),
    measures: [],
  },
];

/**
 * Art. 107 para. 1: 责令限期改正，没收违法所得，并处二十万元以上五十万元以下的罚款；逾期不改正的，责令停产停业整顿直至
 * 由原发证机关吊销其危险化学品安全生产许可证、危险化学品经营许可证，对…直接责任人员处五万元以上十万元以下的罚款
 */
const ART107: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(200_000, 500_000), measures: ['orderCorrection', 'confiscateIllegalGain'] },
  {
    trigger: 'notCorrectedByDeadline',
    persons: yuan(50_000, 100_000),
    measures: ['suspendProduction', 'revokeLicence'],
  },
];
const art107 = (item: number, own: Own): Violation =>
  entry(`WHF-107-${item}`, [at(107, 1, item)], ART107, own);

/** Art. 116 para. 2: 由相关许可证的颁发管理机关处二十万元以上三十万元以下的罚款，有违法所得的，没收违法所得 */
const ART116: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(200_000, 300_000), measures: ['confiscateIllegalGain'] },
];

export const ITEMS: Violation[] = [
  entry('WHF-098-1', [at(98, 1)], ART98, {
    name: '生产、使用、经营国家禁止的危险化学品',
    violated: [at(6, 1)],
    keywords: ['禁用危化品', '国家禁止的危险化学品', '禁止生产的化学品', '禁止经营', '违禁化学品', '明令禁止', '淘汰化学品', '货值金额', '无害化处理'],
    counterparts: ['WHTL-075-1'],
  }),
  entry('WHF-098-3', [at(98, 3), at(98, 1)], ART98, {
    name: '违反限制性规定使用危险化学品',
    violated: [at(6, 2)],
    keywords: ['限制使用', '限制性规定', '超范围使用危化品', '限用化学品', '违规使用限制类化学品'],
    counterparts: ['WHTL-075-3'],
  }),

  art99(1, {
    name: '危化品建设项目未经安全条件审查',
    violated: [at(23, 1)],
    keywords: ['安全条件审查', '未批先建', '擅自扩建', '擅自改建', '新建储罐', '建设项目未审查', '安全条件论证', '改扩建项目未经审查', '装置扩能改造未审查', '边建边报'],
    counterparts: ['WHTL-076-1'],
  }),
  art99(2, {
    name: '危化品建设项目无安全设施设计或设计未经审查同意',
    violated: [at(24), at(26, 1)],
    keywords: ['安全设施设计', '设计审查', '设计专篇', '无设计施工', '三同时', '设计未审批'],
  }),
  art99(3, {
    name: '施工单位未按批准的安全设施设计施工',
    violated: [at(27, 1)],
    keywords: ['未按设计施工', '擅自变更设计', '施工与设计不符', '安全设施施工', '设计变更'],
    industries: ['hazchem', 'construction'],
  }),
  art99(4, {
    name: '实行监理的危化品建设项目未对安全设施施工一并委托监理',
    violated: [at(27, 1)],
    keywords: ['工程监理', '安全设施监理', '未委托监理', '监理合同'],
  }),
  art99(5, {
    name: '危化品建设项目安全设施未经验收合格即投入生产使用',
    violated: [at(24), at(27, 2)],
    keywords: ['竣工验收', '安全设施验收', '未验收投产', '试生产', '擅自投用', '未验先投'],
  }),

  entry(
    'WHF-100-2',
    [at(100, 2)],
    [
      { trigger: 'base', unit: yuan(100_000, 500_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '化工企业未取得危险化学品安全使用许可证使用危化品生产',
      violated: [at(48, 1)],
      keywords: ['安全使用许可证', '使用许可', '无证使用', '化工企业', '使用量达到规定数量', '未办使用许可'],
      counterparts: ['WHTL-077-2'],
    },
  ),
  entry(
    'WHF-100-3',
    [at(100, 3)],
    [
      {
        trigger: 'base',
        unit: yuan(100_000, 500_000),
        measures: ['orderCorrection', 'confiscateIllegalGoods', 'confiscateIllegalGain'],
      },
    ],
    {
      name: '未取得危险化学品经营许可证经营危化品',
      violated: [at(53, 1)],
      keywords: ['经营许可证', '散装汽油', '无证销售', '无证经营', '无照经营危化品', '私自销售', '非法经营', '黑加油点', '流动加油', '许可证过期', '超许可范围经营'],
      counterparts: ['WHTL-077-3'],
    },
  ),

  art101(1, {
    name: '生产、进口企业未提供中文安全技术说明书或未粘贴、印刷、拴挂中文安全标签',
    violated: [at(31, 1)],
    keywords: ['一书一签', '安全技术说明书', 'MSDS', 'SDS', '安全标签', '中文标签', '包装无标签', '未贴标签', '说明书缺失', '出厂产品未粘贴安全标签', '产品未附安全技术说明书', '生产企业产品无标签'],
    counterparts: ['WHTL-078-3'],
  }),
  art101(2, {
    name: '中文安全技术说明书、安全标签与产品不符或不符合国家标准',
    violated: [at(31, 1)],
    keywords: ['一书一签不符', '标签与实物不符', '说明书内容不全', '标签不规范', '标签不符合国标', 'MSDS与产品不一致'],
    counterparts: ['WHTL-078-4'],
  }),
  art101(3, {
    name: '发现新的危险特性未立即公告或未及时修订一书一签',
    violated: [at(31, 2)],
    keywords: ['新的危险特性', '未公告', '未修订说明书', '未更新标签', '危险特性变化'],
    counterparts: ['WHTL-078-5'],
  }),
  art101(4, {
    name: '危化品管道未设明显标志或未定期检查、检测、巡护',
    violated: [at(28, 2)],
    keywords: ['管道标志', '管道标识', '管廊', '管道未标识', '管道巡检', '管道巡护', '管道检测', '管道定期检查', '介质流向'],
    counterparts: ['WHTL-078-1'],
  }),
  art101(5, {
    name: '危及危化品管道安全的施工未书面通知施工方案、未共同制定预案或管道单位未派人指导',
    violated: [at(28, 3)],
    keywords: ['管道附近施工', '开挖', '书面通知管道单位', '施工方案', '管道保护', '第三方施工', '现场指导', '共同制定应急预案'],
    industries: ['hazchem', 'construction'],
    counterparts: ['WHTL-078-2'],
  }),
  art101(6, {
    name: '危化品生产企业从业人员学历不达标、未经安全培训或未经考核合格上岗',
    violated: [at(29, 2)],
    keywords: ['学历要求', '未培训上岗', '考核合格', '操作工学历', '岗前培训', '三级教育', '新员工'],
  }),
  art101(7, {
    name: '包装物、容器与所包装危化品的性质和用途不相适应',
    violated: [at(32, 2)],
    keywords: ['包装不符', '饮料瓶分装', '容器不匹配', '饮料瓶装', '塑料桶装溶剂', '包装规格', '包装破损', '容器材质不符'],
    counterparts: ['WHTL-078-7'],
  }),
  art101(8, {
    name: '未明确责任人、岗位职责和操作规程',
    violated: [at(35), at(52)],
    keywords: ['操作规程', '岗位职责', '责任人', '工艺控制指标', '过程安全管理', '规程缺失', '无岗位操作规程'],
    majorHazard: true,
  }),
  art101(9, {
    name: '未按规定装备自动控制系统、安全仪表系统或未建立安全风险监测预警系统',
    violated: [at(36), at(52)],
    keywords: ['自动化控制', 'DCS', 'SIS', '安全仪表系统', '紧急切断', '联锁', '监测预警系统', '互联互通', '两重点一重大'],
    majorHazard: true,
  }),
  art101(10, {
    name: '作业场所和安全设施设备未设安全警示标志，或通信、报警装置未设置或不处于适用状态',
    violated: [at(37, 2), at(38, 1), at(52)],
    keywords: ['安全警示标志', '警示标识', '告知牌', '报警装置', '通讯设施', '报警按钮', '报警器失效', '无警示标志'],
    counterparts: ['WHTL-078-8'],
  }),
  art101(11, {
    name: '专用储存场所未设专人管理、剧毒和重大危险源危化品未双人收发双人保管或收发记录保存不足三年',
    violated: [at(41, 1)],
    keywords: ['专人管理', '库房钥匙', '钥匙一人保管', '双人收发', '双人保管', '双人双锁', '剧毒品库', '库管员', '收发记录', '记录保存三年', '仓库无人管理'],
    counterparts: ['WHTL-078-9'],
  }),
  art101(12, {
    name: '储存单位未建立危化品出入库核查、登记制度',
    violated: [at(42, 1)],
    keywords: ['出入库登记', '出入库台账', '出入库核查', '进出库记录', '台账缺失', '领用登记'],
    counterparts: ['WHTL-078-10'],
  }),
  art101(13, {
    name: '危化品专用储存场所未设置明显标志',
    violated: [at(43, 1)],
    keywords: ['仓库标志', '仓库标识', '库房无标识', '危险品仓库标牌', '储存场所标志', '储存专柜标识'],
    counterparts: ['WHTL-078-11'],
  }),
  art101(14, {
    name: '新工艺、新技术未经小试中试工业化试验直接用于生产，或转让时未提供安全论证报告',
    violated: [at(44, 1), at(44, 2)],
    keywords: ['小试', '中试', '工业化试验', '新工艺', '逐级放大', '反应安全风险评估', '安全论证报告', '技术转让'],
    majorHazard: true,
  }),
  art101(15, {
    name: '使用单位未向从业人员提供一书一签或未告知正确使用方法和应急措施',
    violated: [at(51, 1)],
    keywords: ['未告知员工', '未提供安全技术说明书', '未告知应急处置', '岗位无说明书', '作业场所一书一签', '应急处置措施告知', '危害告知'],
  }),
  art101(16, {
    name: '生产、经营企业经营无一书一签的危化品或擅自更改一书一签',
    violated: [at(57, 1)],
    keywords: ['经营无标签', '门市部销售无安全标签', '无一书一签', '销售无说明书', '无标签产品', '三无化学品', '散装分装无标签', '擅自更改标签', '涂改标签'],
    counterparts: ['WHTL-078-6'],
  }),
  art101(17, {
    name: '生产、进口企业未办理危化品登记或未办理登记内容变更',
    violated: [at(86, 1), at(86, 3)],
    keywords: ['危化品登记', '登记证', '未登记', '登记变更', '化学品登记中心', '进口企业登记'],
    counterparts: ['WHTL-078-12'],
  }),

  art103(1, {
    name: '危化品重大危险源未登记建档、定期检测评估监控，未制定预案或未建立安全责任制',
    violated: [at(13, 1)],
    keywords: ['重大危险源', '登记建档', '包保责任', '安全责任制', '重大危险源评估', '监控', '辨识', '重大危险源应急预案'],
  }),
  art103(2, {
    name: '重复使用的包装物、容器使用前未检查或使用有隐患的包装物容器',
    violated: [at(33, 3)],
    keywords: ['重复使用', '周转桶', '回收桶', '钢瓶', '使用前检查', '检查记录', '旧桶', '破损容器'],
    counterparts: ['WHTL-080-1'],
  }),
  art103(3, {
    name: '作业场所未设置相关安全设施设备或未经常性维护保养',
    violated: [at(37, 1), at(52)],
    keywords: [
      '安全设施', '可燃气体报警', '有毒气体报警', '防爆电气', '通风', '防雷', '防静电', '泄压', '围堰',
      '防护围堤', '喷淋', '维护保养', '报警仪损坏', '监测监控',
    ],
    counterparts: ['WHTL-080-2'],
  }),
  art103(4, {
    name: '未依照规定定期进行安全评价',
    violated: [at(39, 1), at(52)],
    keywords: ['安全评价', '三年一次', '安全现状评价', '评价报告过期', '未做评价', '未进行安全评价', '未委托安全评价机构'],
    counterparts: ['WHTL-080-3'],
  }),
  art103(5, {
    name: '危化品未储存在专用储存场所，或剧毒、重大危险源危化品未单独存放',
    violated: [at(41, 1)],
    keywords: ['专用仓库', '休息室存放', '专用储存场所', '储存专柜', '随意堆放', '车间存放', '露天存放', '单独存放', '剧毒品混放', '办公室存放', '临时堆放'],
    counterparts: ['WHTL-080-4'],
  }),
  art103(6, {
    name: '危化品储存方式、方法或储存数量不符合国家标准（超量、混存）',
    violated: [at(41, 2)],
    keywords: [
      '混存', '混放', '禁忌物料', '禁配', '分区分类', '超量储存', '超品种储存', '储存量超标', '仓库超量储存', '危化品超量储存',
      '未隔离', '堆垛间距', '氧化剂与可燃物',
    ],
    majorHazard: true,
    counterparts: ['WHTL-080-5'],
  }),
  art103(7, {
    name: '危化品专用储存场所不符合国家标准、行业标准',
    violated: [at(43, 1)],
    keywords: ['仓库不符合标准', '防火间距', '耐火等级', '甲类仓库', '防爆', '泄爆', '库房建设不规范'],
    counterparts: ['WHTL-080-6'],
  }),
  art103(8, {
    name: '未定期检测检验专用储存场所安全设施设备，或检测不合格未停用维修更换',
    violated: [at(43, 2)],
    keywords: ['定期检测', '检测检验', '防雷检测', '报警器标定', '检定', '检测过期', '检测不合格仍使用'],
    counterparts: ['WHTL-080-7'],
  }),
  art103(9, {
    name: '未建立安全风险分级管控制度、未开展风险辨识评估或变更后未重新辨识',
    violated: [at(34, 1), at(34, 2), at(52)],
    keywords: ['风险分级管控', '双重预防', '风险辨识', 'HAZOP', '变更管理', '风险评估', '风险清单', '工艺变更'],
  }),

  entry('WHF-104-K2', [at(104, 2), at(104, 1)], ART104, {
    name: '安全评价报告及整改方案落实情况未报应急管理部门备案',
    violated: [at(39, 2), at(39, 3)],
    keywords: ['评价报告备案', '未备案', '整改方案落实', '安全评价备案'],
    counterparts: ['WHTL-081-K2A'],
  }),
  entry('WHF-104-K3', [at(104, 3), at(104, 1)], ART104, {
    name: '剧毒化学品、危化品重大危险源情况未报应急管理部门备案',
    violated: [at(13, 1), at(42, 2)],
    keywords: ['重大危险源备案', '剧毒化学品备案', '储存数量备案', '储存地点', '管理人员备案', '剧毒化学品储存情况未备案', '储存数量地点变更未备案'],
    counterparts: ['WHTL-081-K2B'],
  }),
  entry(
    'WHF-105-1',
    [at(105, 1)],
    [{ trigger: 'base', unit: yuan(100_000, 500_000), measures: ['orderCorrection'] }],
    {
      name: '转产、停产、停业、解散未妥善处置危化品装置和库存，或丢弃危化品',
      violated: [at(45), at(52)],
      keywords: ['停产', '关停', '搬迁', '库存危化品', '遗留危化品', '丢弃', '废弃装置', '未清理', '剩余原料未处置', '装置和库存未处理', '停产后原料没处理'],
      counterparts: ['WHTL-082-1'],
    },
  ),
  entry(
    'WHF-105-2',
    [at(105, 2)],
    [
      { trigger: 'base', unit: yuan(20_000, 100_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', unit: yuan(100_000, 200_000), measures: [] },
    ],
    {
      name: '转产、停产、停业、解散的危化品处置方案未备案',
      violated: [at(45), at(52)],
      keywords: ['处置方案备案', '停产备案', '关停处置方案', '未报备'],
      counterparts: ['WHTL-082-2'],
    },
  ),
  entry(
    'WHF-106',
    [at(106)],
    [
      { trigger: 'base', unit: yuan(200_000, 500_000), measures: ['orderCorrection'] },
      {
        trigger: 'notCorrectedByDeadline',
        persons: yuan(50_000, 100_000),
        measures: ['suspendProduction', 'revokeLicence'],
      },
    ],
    {
      name: '经营企业向无许可的企业采购危化品',
      violated: [at(53, 1)],
      keywords: ['采购来源', '从没有经营许可证的企业进货', '无证供货商', '进货渠道', '非法来源', '从无证企业进货', '供应商资质'],
    },
  ),
  art107(1, {
    name: '向无许可证件或证明文件的单位销售剧毒、易制爆危化品',
    violated: [at(60, 1)],
    keywords: ['剧毒化学品', '易制爆', '销售查验', '未查验证件', '购买许可证', '合法用途说明', '卖给无证单位'],
    counterparts: ['WHTL-084-1'],
  }),
  art107(2, {
    name: '未按剧毒化学品购买许可证载明的品种、数量销售',
    violated: [at(60, 1)],
    keywords: ['超量销售', '超品种销售', '购买许可证', '剧毒化学品', '多卖'],
    counterparts: ['WHTL-084-2'],
  }),
  art107(3, {
    name: '向个人销售剧毒、易制爆危化品',
    violated: [at(60, 2)],
    keywords: ['卖给个人', '散户', '个人购买', '易制爆', '剧毒', '零售给个人', '硝酸卖给个人', '双氧水卖给个人', '高锰酸钾卖给个人'],
    counterparts: ['WHTL-084-3'],
  }),
  entry('WHF-107-K4', [at(107, 4), at(107, 1)], ART107, {
    name: '在互联网上销售剧毒、易制爆危化品',
    violated: [at(63)],
    keywords: ['网上销售', '网店', '电商平台', '互联网销售', '微信售卖', '网购', '直播带货'],
  }),

  entry('WHF-116-2A', [at(116, 2)], ART116, {
    name: '伪造、变造或出租、出借、转让危化品经营许可证、安全使用许可证',
    violated: [at(116, 2)],
    keywords: ['出借许可证', '出租许可证', '转让许可证', '挂靠', '伪造许可证', '变造', '借证经营', '出借经营许可证', '出借安全使用许可证', '出租经营许可证', '出租安全使用许可证', '转让经营许可证', '转让安全使用许可证', '伪造经营许可证', '伪造安全使用许可证'],
    counterparts: ['WHTL-093-2A'],
  }),
  entry('WHF-116-2B', [at(116, 2)], ART116, {
    name: '使用伪造、变造的危化品经营许可证、安全使用许可证',
    violated: [at(116, 2)],
    keywords: ['假证', '伪造的许可证', '变造许可证', '冒用', '使用假许可证', '伪造的经营许可证', '伪造的安全使用许可证', '变造经营许可证', '变造安全使用许可证', '使用假经营许可证', '使用假安全使用许可证'],
    counterparts: ['WHTL-093-2B'],
  }),
];
