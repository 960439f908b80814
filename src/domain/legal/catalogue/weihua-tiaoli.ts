/**
 * 违法行为库: 危险化学品安全管理条例 (2013年修订), the penalty provisions of chapter 7 (法律责任)
 * that the emergency management department (应急管理部门; the text still says 安全生产监督管理部门)
 * decides. Provisions decided by other bodies (公安机关 art. 81 para. 1, 84 para. 2–3, 88–90;
 * 交通运输 art. 86–87, 91; 质检 art. 79; 工商 art. 83) and mere referrals to other texts
 * (art. 77 para. 1, 85, 92, 93 para. 1, 94 → 安全生产许可证条例 / 事故报告条例) are left out.
 *
 * Codes (WHTL-AAA[-N][X], the scheme of the 安全生产法 catalogue): AAA the article, three digits;
 * N the item (项) when the article has numbered items, otherwise the paragraph (款) when the article
 * has more than one; X a letter (A, B, …) separating distinct conducts one provision names. A
 * paragraph without items inside an article that also has items is written KP (e.g. WHTL-081-K2A)
 * so that it cannot be read as an item.
 *
 * Validity: acts before 2026-05-01. From that day the 中华人民共和国危险化学品安全法 governs the
 * same conduct (weihua-fa.ts); `counterparts` link the items both ways. Earlier acts stay under
 * this regulation unless the law is lighter (行政处罚法 art. 37), which the discretion step decides.
 *
 * Reading of the text (the conventions of the 安全生产法 catalogue): 拒不改正/逾期不改正 is the trigger
 * notCorrectedByDeadline; 责令改正 and 责令停止生产/经营/使用 are orderCorrection; a clause carries
 * only what the text attaches to that situation (a refusal to correct adds suspension, not a second
 * fine, unless the text says so); 构成犯罪的… is criminalReferral, once, on the first clause.
 *
 * majorHazard marks conduct that the 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)
 * (2017) names (here: 超量、超品种储存, 相互禁配物质混放混存). That text is not in the law library:
 * the flag is our reading.
 */
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../violation.ts';

export const LAW = '危险化学品安全管理条例';
const VALID_FROM = '2013-12-07';
const VALID_TO = '2026-05-01';

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
    validTo: VALID_TO,
    ...own,
    penaltyBasis,
    penalties,
  };
}

/** Art. 75 para. 1: 责令停止…，处20万元以上50万元以下的罚款，有违法所得的，没收违法所得；构成犯罪的… */
const ART75: StatutoryPenalty[] = [
  {
    trigger: 'base',
    unit: yuan(200_000, 500_000),
    measures: ['orderCorrection', 'confiscateIllegalGain', 'criminalReferral'],
  },
];

/** Art. 78 para. 1: 责令改正，可以处5万元以下的罚款；拒不改正的，处5万元以上10万元以下的罚款；情节严重的，责令停产停业整顿 */
const ART78: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(0, 50_000), measures: ['orderCorrection'] },
  { trigger: 'notCorrectedByDeadline', unit: yuan(50_000, 100_000), measures: [] },
  { trigger: 'seriousCircumstances', measures: ['suspendProduction'] },
];
const art78 = (item: number, own: Own): Violation =>
  entry(`WHTL-078-${item}`, [at(78, 1, item)], ART78, own);

/** Art. 80 para. 1: 责令改正，处5万元以上10万元以下的罚款；拒不改正的，责令停产停业整顿直至由原发证机关吊销其相关许可证件…；构成犯罪的… */
const ART80: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(50_000, 100_000), measures: ['orderCorrection', 'criminalReferral'] },
  { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction', 'revokeLicence'] },
];
const art80 = (item: number, own: Own): Violation =>
  entry(`WHTL-080-${item}`, [at(80, 1, item)], ART80, own);

/** Art. 81 para. 1, applied by para. 2: 责令改正，可以处1万元以下的罚款；拒不改正的，处1万元以上5万元以下的罚款 */
const ART81: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(0, 10_000), measures: ['orderCorrection'] },
  { trigger: 'notCorrectedByDeadline', unit: yuan(10_000, 50_000), measures: [] },
];

/** Art. 84 para. 1: 责令改正，没收违法所得，并处10万元以上20万元以下的罚款；拒不改正的，责令停产停业整顿直至吊销… */
const ART84: StatutoryPenalty[] = [
  { trigger: 'base', unit: yuan(100_000, 200_000), measures: ['orderCorrection', 'confiscateIllegalGain'] },
  { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction', 'revokeLicence'] },
];
const art84 = (item: number, own: Own): Violation =>
  entry(`WHTL-084-${item}`, [at(84, 1, item)], ART84, own);

/** Art. 93 para. 2: 由相关许可证的颁发管理机关处10万元以上20万元以下的罚款，有违法所得的，没收违法所得；…构成犯罪的… */
const ART93: StatutoryPenalty[] = [
  {
    trigger: 'base',
    unit: yuan(100_000, 200_000),
    measures: ['confiscateIllegalGain', 'criminalReferral'],
  },
];

export const ITEMS: Violation[] = [
  entry('WHTL-075-1', [at(75, 1)], ART75, {
    name: '生产、经营、使用国家禁止的危险化学品',
    violated: [at(5, 1)],
    keywords: ['禁用危化品', '国家禁止的危险化学品', '禁止生产的化学品', '禁止经营', '违禁化学品', '明令禁止', '淘汰化学品', '无害化处理'],
    counterparts: ['WHF-098-1'],
  }),
  entry('WHTL-075-3', [at(75, 3), at(75, 1)], ART75, {
    name: '违反限制性规定使用危险化学品',
    violated: [at(5, 2)],
    keywords: ['限制使用', '限制性规定', '超范围使用危化品', '限用化学品', '违规使用限制类化学品'],
    counterparts: ['WHF-098-3'],
  }),
  entry(
    'WHTL-076-1',
    [at(76, 1)],
    [
      { trigger: 'base', measures: ['suspendConstruction', 'orderCorrection', 'criminalReferral'] },
      { trigger: 'notCorrectedByDeadline', unit: yuan(500_000, 1_000_000), measures: [] },
    ],
    {
      name: '危化品建设项目未经安全条件审查擅自新建、改建、扩建',
      violated: [at(12, 1)],
      keywords: ['安全条件审查', '未批先建', '擅自扩建', '擅自改建', '新建储罐', '建设项目未审查', '安全条件论证', '改扩建项目未经审查', '装置扩能改造未审查', '三同时', '边建边报'],
      counterparts: ['WHF-099-1'],
    },
  ),
  entry(
    'WHTL-077-2',
    [at(77, 2)],
    [
      { trigger: 'base', unit: yuan(100_000, 200_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', measures: ['suspendProduction'] },
    ],
    {
      name: '化工企业未取得危险化学品安全使用许可证使用危化品生产',
      violated: [at(29, 1)],
      keywords: ['安全使用许可证', '使用许可', '无证使用', '化工企业', '使用量达到规定数量', '未办使用许可'],
      counterparts: ['WHF-100-2'],
    },
  ),
  entry(
    'WHTL-077-3',
    [at(77, 3)],
    [
      {
        trigger: 'base',
        unit: yuan(100_000, 200_000),
        measures: ['orderCorrection', 'confiscateIllegalGoods', 'confiscateIllegalGain', 'criminalReferral'],
      },
    ],
    {
      name: '未取得危险化学品经营许可证经营危化品',
      violated: [at(33, 1)],
      keywords: ['经营许可证', '散装汽油', '无证销售', '无证经营', '无照经营危化品', '私自销售', '非法经营', '黑加油点', '流动加油', '许可证过期', '超许可范围经营'],
      counterparts: ['WHF-100-3'],
    },
  ),

  art78(1, {
    name: '危化品管道未设明显标志或未定期检查、检测',
    violated: [at(13, 1)],
    keywords: ['管道标志', '管道标识', '管廊', '管道未标识', '管道巡检', '管道检测', '管道定期检查', '介质流向'],
    counterparts: ['WHF-101-4'],
  }),
  art78(2, {
    name: '危及危化品管道安全的施工未通知、未共同制定预案或管道单位未派人指导',
    violated: [at(13, 2)],
    keywords: ['管道附近施工', '开挖', '书面通知管道单位', '管道保护', '第三方施工', '现场指导', '共同制定应急预案'],
    industries: ['hazchem', 'construction'],
    counterparts: ['WHF-101-5'],
  }),
  art78(3, {
    name: '生产企业未提供化学品安全技术说明书或未粘贴、拴挂安全标签',
    violated: [at(15, 1)],
    keywords: ['一书一签', '安全技术说明书', 'MSDS', 'SDS', '安全标签', '包装无标签', '未贴标签', '说明书缺失', '出厂产品未粘贴安全标签', '产品未附安全技术说明书', '生产企业产品无标签'],
    counterparts: ['WHF-101-1'],
  }),
  art78(4, {
    name: '安全技术说明书、安全标签与产品不符或内容不符合国家标准',
    violated: [at(15, 1)],
    keywords: ['一书一签不符', '标签与实物不符', '说明书内容不全', '标签不规范', '标签不符合国标', 'MSDS与产品不一致'],
    counterparts: ['WHF-101-2'],
  }),
  art78(5, {
    name: '发现新的危险特性未立即公告或未及时修订一书一签',
    violated: [at(15, 2)],
    keywords: ['新的危险特性', '未公告', '未修订说明书', '未更新标签', '危险特性变化'],
    counterparts: ['WHF-101-3'],
  }),
  art78(6, {
    name: '经营企业经营没有安全技术说明书和安全标签的危化品',
    violated: [at(37)],
    keywords: ['经营无标签', '门市部销售无安全标签', '无一书一签', '销售无说明书', '无标签产品', '三无化学品', '散装分装无标签'],
    counterparts: ['WHF-101-16'],
  }),
  art78(7, {
    name: '包装物、容器与所包装危化品的性质和用途不相适应',
    violated: [at(17, 2)],
    keywords: ['包装不符', '饮料瓶分装', '容器不匹配', '饮料瓶装', '塑料桶装溶剂', '包装规格', '包装破损', '容器材质不符'],
    counterparts: ['WHF-101-7'],
  }),
  art78(8, {
    name: '作业场所和安全设施设备未设安全警示标志，或未设通信、报警装置',
    violated: [at(20, 2), at(21), at(32)],
    keywords: ['安全警示标志', '警示标识', '告知牌', '报警装置', '通讯设施', '报警按钮', '报警器失效', '无警示标志'],
    counterparts: ['WHF-101-10'],
  }),
  art78(9, {
    name: '专用仓库未设专人管理，或剧毒、重大危险源危化品未双人收发双人保管',
    violated: [at(24, 1)],
    keywords: ['专人管理', '库房钥匙', '钥匙一人保管', '双人收发', '双人保管', '双人双锁', '剧毒品库', '库管员', '一人管理', '仓库无人管理'],
    counterparts: ['WHF-101-11'],
  }),
  art78(10, {
    name: '储存单位未建立危化品出入库核查、登记制度',
    violated: [at(25, 1)],
    keywords: ['出入库登记', '出入库台账', '出入库核查', '进出库记录', '台账缺失', '领用登记'],
    counterparts: ['WHF-101-12'],
  }),
  art78(11, {
    name: '危化品专用仓库未设置明显标志',
    violated: [at(26, 1)],
    keywords: ['仓库标志', '仓库标识', '库房无标识', '危险品仓库标牌', '储存场所标志'],
    counterparts: ['WHF-101-13'],
  }),
  art78(12, {
    name: '生产、进口企业未办理危化品登记或新危险特性未办理登记变更',
    violated: [at(67, 1), at(67, 3)],
    keywords: ['危化品登记', '登记证', '未登记', '登记变更', '化学品登记中心', '进口企业登记'],
    counterparts: ['WHF-101-17'],
  }),

  art80(1, {
    name: '重复使用的危化品包装物、容器使用前未检查',
    violated: [at(18, 3)],
    keywords: ['重复使用', '周转桶', '回收桶', '钢瓶', '使用前检查', '检查记录', '旧桶'],
    counterparts: ['WHF-103-2'],
  }),
  art80(2, {
    name: '作业场所未设置相关安全设施设备或未经常性维护保养',
    violated: [at(20, 1), at(32)],
    keywords: [
      '安全设施', '可燃气体报警', '有毒气体报警', '防爆电气', '通风', '防雷', '防静电', '泄压', '围堰',
      '防护围堤', '喷淋', '维护保养', '报警仪损坏', '监测监控',
    ],
    counterparts: ['WHF-103-3'],
  }),
  art80(3, {
    name: '未依照规定定期进行安全评价',
    violated: [at(22, 1), at(32)],
    keywords: ['安全评价', '三年一次', '安全现状评价', '评价报告过期', '未做评价', '未进行安全评价', '未委托安全评价机构'],
    counterparts: ['WHF-103-4'],
  }),
  art80(4, {
    name: '危化品未储存在专用仓库，或剧毒、重大危险源危化品未单独存放',
    violated: [at(24, 1)],
    keywords: ['专用仓库', '休息室存放', '随意堆放', '车间存放', '露天存放', '单独存放', '剧毒品混放', '办公室存放', '临时堆放'],
    counterparts: ['WHF-103-5'],
  }),
  art80(5, {
    name: '危化品储存方式、方法或储存数量不符合国家标准（超量、混存）',
    violated: [at(24, 2)],
    keywords: [
      '混存', '混放', '禁忌物料', '禁配', '分区分类', '超量储存', '超品种储存', '储存量超标', '仓库超量储存', '危化品超量储存',
      '未隔离', '堆垛间距', '氧化剂与可燃物',
    ],
    majorHazard: true,
    counterparts: ['WHF-103-6'],
  }),
  art80(6, {
    name: '危化品专用仓库不符合国家标准、行业标准',
    violated: [at(26, 1)],
    keywords: ['仓库不符合标准', '防火间距', '耐火等级', '甲类仓库', '防爆', '泄爆', '库房建设不规范'],
    counterparts: ['WHF-103-7'],
  }),
  art80(7, {
    name: '未对专用仓库的安全设施设备定期检测、检验',
    violated: [at(26, 2)],
    keywords: ['定期检测', '检测检验', '防雷检测', '报警器标定', '检定', '检测过期'],
    counterparts: ['WHF-103-8'],
  }),

  entry('WHTL-081-K2A', [at(81, 2), at(81, 1)], ART81, {
    name: '安全评价报告及整改方案落实情况未报应急管理部门备案',
    violated: [at(22, 2), at(32)],
    keywords: ['评价报告备案', '未备案', '整改方案落实', '安全评价备案'],
    counterparts: ['WHF-104-K2'],
  }),
  entry('WHTL-081-K2B', [at(81, 2), at(81, 1)], ART81, {
    name: '剧毒化学品、重大危险源危化品的储存数量、地点、管理人员未备案',
    violated: [at(25, 2)],
    keywords: ['重大危险源备案', '剧毒化学品备案', '储存数量备案', '储存地点', '管理人员备案', '剧毒化学品储存情况未备案', '储存数量地点变更未备案'],
    counterparts: ['WHF-104-K3'],
  }),
  entry(
    'WHTL-082-1',
    [at(82, 1)],
    [{ trigger: 'base', unit: yuan(50_000, 100_000), measures: ['orderCorrection', 'criminalReferral'] }],
    {
      name: '转产、停产、停业、解散未妥善处置危化品装置和库存，或丢弃危化品',
      violated: [at(27), at(32)],
      keywords: ['停产', '关停', '搬迁', '库存危化品', '遗留危化品', '丢弃', '废弃装置', '未清理', '剩余原料未处置', '装置和库存未处理', '停产后原料没处理'],
      counterparts: ['WHF-105-1'],
    },
  ),
  entry(
    'WHTL-082-2',
    [at(82, 2)],
    [
      { trigger: 'base', unit: yuan(0, 10_000), measures: ['orderCorrection'] },
      { trigger: 'notCorrectedByDeadline', unit: yuan(10_000, 50_000), measures: [] },
    ],
    {
      name: '转产、停产、停业、解散的危化品处置方案未备案',
      violated: [at(27), at(32)],
      keywords: ['处置方案备案', '停产备案', '关停处置方案', '未报备'],
      counterparts: ['WHF-105-2'],
    },
  ),

  art84(1, {
    name: '向无许可证件或证明文件的单位销售剧毒、易制爆危化品',
    violated: [at(40, 1)],
    keywords: ['剧毒化学品', '易制爆', '销售查验', '未查验证件', '购买许可证', '合法用途说明', '卖给无证单位'],
    counterparts: ['WHF-107-1'],
  }),
  art84(2, {
    name: '未按剧毒化学品购买许可证载明的品种、数量销售',
    violated: [at(40, 1)],
    keywords: ['超量销售', '超品种销售', '购买许可证', '剧毒化学品', '多卖'],
    counterparts: ['WHF-107-2'],
  }),
  art84(3, {
    name: '向个人销售剧毒、易制爆危化品',
    violated: [at(40, 2)],
    keywords: ['卖给个人', '散户', '个人购买', '易制爆', '剧毒', '零售给个人', '硝酸卖给个人', '双氧水卖给个人', '高锰酸钾卖给个人'],
    counterparts: ['WHF-107-3'],
  }),

  entry('WHTL-093-2A', [at(93, 2)], ART93, {
    name: '伪造、变造或出租、出借、转让危化品经营许可证、安全使用许可证',
    violated: [at(93, 2)],
    keywords: ['出借许可证', '出租许可证', '转让许可证', '挂靠', '伪造许可证', '变造', '借证经营', '出借经营许可证', '出借安全使用许可证', '出租经营许可证', '出租安全使用许可证', '转让经营许可证', '转让安全使用许可证', '伪造经营许可证', '伪造安全使用许可证'],
    counterparts: ['WHF-116-2A'],
  }),
  entry('WHTL-093-2B', [at(93, 2)], ART93, {
    name: '使用伪造、变造的危化品经营许可证、安全使用许可证',
    violated: [at(93, 2)],
    keywords: ['假证', '伪造的许可证', '变造许可证', '冒用', '使用假许可证', '伪造的经营许可证', '伪造的安全使用许可证', '变造经营许可证', '变造安全使用许可证', '使用假经营许可证', '使用假安全使用许可证'],
    counterparts: ['WHF-116-2B'],
  }),
];
