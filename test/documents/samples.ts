/**
 * Sample inputs for every document kind: one fictitious case of 重庆市渝北区应急管理局 against a
 * chemical company that left its combustible-gas alarms unmaintained (安全生产法 art. 36, 99 item 3).
 */
import type { DocumentInputs, Issuer, Officer, Party, Remedies } from '../../src/domain/documents/index.ts';
import { documentNumberFor } from '../../src/domain/documents/index.ts';
import type { LawRef } from '../../src/domain/legal/violation.ts';

const SAFETY_LAW = '中华人民共和国安全生产法';

export const issuer: Issuer = {
  authorityName: '重庆市渝北区应急管理局',
  address: '重庆市渝北区双龙大道123号',
  contactPerson: '王明',
  phone: '023-67800000',
};

export const party: Party = {
  kind: 'unit',
  name: '重庆渝兴化工有限公司',
  creditCode: '91500112MA5U123456',
  address: '重庆市渝北区空港工业园区宝环路88号',
  legalRepresentative: '陈建国',
  legalRepresentativeTitle: '总经理',
  phone: '13800000000',
};

export const officers: Officer[] = [
  { name: '张伟', certificateNo: '50011226001' },
  { name: '李娜', certificateNo: '50011226002' },
];

export const remedies: Remedies = { reviewBody: '重庆市渝北区人民政府', court: '重庆市渝北区人民法院' };

export const violated: LawRef[] = [{ law: SAFETY_LAW, article: 36, paragraph: 1 }];
export const penaltyBasis: LawRef[] = [{ law: SAFETY_LAW, article: 99, item: 3 }];

const no = (kind: keyof DocumentInputs, seq: number) => documentNumberFor(kind, '渝北应急', 2026, seq);

const facts =
  '你单位甲类仓库内设置的4台可燃气体报警装置自2025年6月起未进行经常性维护、保养和定期检测，' +
  '其中2台处于故障状态，不能正常报警。';

const evidence = [
  { name: '现场检查记录', detail: no('inspectionRecord', 5) },
  { name: '询问笔录', detail: '陈建国，2026年3月16日' },
  { name: '现场照片', detail: '12张' },
  { name: '可燃气体报警装置维护保养记录复印件' },
  { name: '营业执照复印件' },
];

export const samples: DocumentInputs = {
  inspectionRecord: {
    issuer,
    number: no('inspectionRecord', 5),
    party,
    place: '甲类仓库、生产车间、配电房',
    startedAt: '2026-03-12T09:30',
    endedAt: '2026-03-12T11:45',
    officers,
    partyPresent: { name: '刘强', title: '安全部经理' },
    scope: '安全设备维护保养、可燃气体报警装置、用电安全',
    findings: [
      {
        description: '甲类仓库4台可燃气体报警装置未进行经常性维护、保养和定期检测，其中2台故障',
        violated,
      },
      { description: '配电房配电箱漏电保护器损坏，未及时更换' },
    ],
    handling: '对第2项当场责令改正；对第1项下达责令限期整改指令书。',
  },
  rectificationOrder: {
    issuer,
    number: no('rectificationOrder', 3),
    party,
    inspectedOn: '2026-03-12',
    inspectionRecordNumber: no('inspectionRecord', 5),
    hazards: [
      {
        description: '甲类仓库4台可燃气体报警装置未进行经常性维护、保养和定期检测，其中2台故障',
        violated,
        deadline: '2026-03-26',
      },
      { description: '配电房配电箱漏电保护器损坏', deadline: 'immediate' },
    ],
    remedies,
    officers,
    issuedOn: '2026-03-12',
  },
  reinspectionOpinion: {
    issuer,
    number: no('reinspectionOpinion', 2),
    party,
    order: { number: no('rectificationOrder', 3), issuedOn: '2026-03-12' },
    reinspectedOn: '2026-03-27',
    items: [
      {
        description: '甲类仓库可燃气体报警装置',
        rectified: true,
        note: '已委托有资质的机构检测合格，故障装置已更换，建立了维护保养台账',
      },
      { description: '配电房配电箱漏电保护器', rectified: true, note: '已更换' },
    ],
    officers,
    issuedOn: '2026-03-27',
  },
  filingApproval: {
    issuer,
    number: no('filingApproval', 7),
    caseName: '重庆渝兴化工有限公司未对安全设备进行经常性维护、保养和定期检测案',
    source: '监督检查',
    discoveredOn: '2026-03-12',
    party,
    summary: `2026年3月12日，执法人员在现场检查中发现：${facts.replace('你单位', '该单位')}`,
    violated,
    penaltyBasis,
    officers,
    opinions: {
      handler: { opinion: '建议立案调查。', signer: '张伟、李娜', date: '2026-03-13' },
      review: { opinion: '同意立案。', signer: '赵磊', date: '2026-03-13' },
      approval: {},
    },
  },
  penaltyNotice: {
    issuer,
    number: no('penaltyNotice', 8),
    party,
    facts,
    evidence,
    violated,
    penaltyBasis,
    discretionReason: '参照本机关安全生产行政处罚裁量基准，属一般违法情形',
    proposedPenalties: [{ kind: 'fine', amount: 30000 }],
    issuedOn: '2026-03-20',
  },
  hearingNotice: {
    issuer,
    number: no('hearingNotice', 2),
    party,
    facts,
    evidence,
    violated,
    penaltyBasis,
    proposedPenalties: [{ kind: 'fine', amount: 50000 }],
    hearingGround: '较大数额罚款',
    issuedOn: '2026-03-20',
  },
  penaltyDecision: {
    issuer,
    number: no('penaltyDecision', 12),
    party,
    facts,
    evidence,
    violated,
    penaltyBasis,
    discretionReason: '参照本机关安全生产行政处罚裁量基准，属较重违法情形',
    penalties: [{ kind: 'fine', amount: 50000 }],
    notice: { kind: 'hearingNotice', number: no('hearingNotice', 2), servedOn: '2026-03-20' },
    partyResponse: { kind: 'none' },
    payment: {
      bank: '中国工商银行重庆渝北支行',
      accountName: '重庆市渝北区财政局非税收入汇缴结算户',
      accountNo: '3100021119200012345',
      electronic: '通过非税收入电子缴款系统缴纳',
    },
    remedies,
    decidedOn: '2026-04-02',
  },
  instalmentApproval: {
    issuer,
    number: no('instalmentApproval', 1),
    caseName: '重庆渝兴化工有限公司未对安全设备进行经常性维护、保养和定期检测案',
    party,
    decision: { number: no('penaltyDecision', 12), decidedOn: '2026-04-02', fine: 50000 },
    appliedOn: '2026-04-08',
    reason: '受主要客户停产影响，公司2026年第一季度营业收入同比下降62%，账户可用资金不足，一次性缴纳罚款确有困难。',
    arrangement: {
      kind: 'instalments',
      schedule: [
        { dueOn: '2026-04-30', amount: 20000 },
        { dueOn: '2026-05-29', amount: 15000 },
        { dueOn: '2026-06-30', amount: 15000 },
      ],
    },
    opinions: {
      handler: { opinion: '当事人确有经济困难，建议同意分三期缴纳。', signer: '张伟', date: '2026-04-09' },
      review: {},
      approval: {},
    },
  },
  closingApproval: {
    issuer,
    number: no('closingApproval', 4),
    caseName: '重庆渝兴化工有限公司未对安全设备进行经常性维护、保养和定期检测案',
    party,
    filedOn: '2026-03-13',
    decision: { number: no('penaltyDecision', 12), decidedOn: '2026-04-02', penalties: [{ kind: 'fine', amount: 50000 }] },
    execution: '当事人按经批准的分期缴纳安排，于2026年4月28日、5月27日、6月29日分三期缴清罚款人民币伍万元整；事故隐患已于2026年3月27日复查确认整改完毕。',
    closingReason: '行政处罚决定已执行完毕。',
    officers,
    opinions: {
      handler: { opinion: '建议结案。', signer: '张伟、李娜', date: '2026-07-01' },
      review: {},
      approval: {},
    },
  },
};
