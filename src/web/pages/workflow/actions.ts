/**
 * The small form each workflow action opens: which inputs it asks for (API names of
 * docs/api-workflow.md), in Chinese, and what the officer should know before confirming.
 * Events not listed here only ask for confirmation.
 */
import type { Aggregate } from './api.ts';

export type FieldSpec =
  | { kind: 'date'; name: string; label: string; required?: boolean; future?: boolean; defaultToday?: boolean; help?: string }
  | { kind: 'text' | 'textarea'; name: string; label: string; required?: boolean; placeholder?: string; help?: string }
  | { kind: 'check'; name: string; label: string; required?: boolean; help?: string }
  | { kind: 'choice'; name: string; label: string; required?: boolean; options: { value: string; label: string }[]; initial?: string }
  | { kind: 'amount'; name: string; label: string; required?: boolean; help?: string }
  /** A user of the jurisdiction with one of the roles; `excludeInvestigators` leaves the case's investigators out. */
  | { kind: 'staff'; name: string; label: string; roles: string[]; required?: boolean; excludeInvestigators?: boolean }
  /** Evidence photos uploaded to the record; the field's value is the list of file ids. */
  | { kind: 'evidence'; name: string; label: string; required?: boolean }
  /** A penalty: amount, measures, reason for leaving the benchmark; sent as input.penalty. */
  | { kind: 'penalty'; name: 'penalty'; label: string; required?: boolean }
  /** Instalments or deferral (行政处罚法第六十六条). */
  | { kind: 'instalments'; name: 'instalments'; label: string };

export interface ActionSpec {
  fields: FieldSpec[];
  /** What happens, in one calm sentence. */
  note?: string;
  danger?: boolean;
}

const date = (name: string, label: string, extra: Partial<Extract<FieldSpec, { kind: 'date' }>> = {}): FieldSpec => ({
  kind: 'date',
  name,
  label,
  defaultToday: true,
  ...extra,
});
const reason = (label = '理由', required = true): FieldSpec => ({ kind: 'textarea', name: 'reason', label, required });

const INSPECTION: Record<string, ActionSpec> = {
  start: {
    fields: [
      date('date', '检查日期'),
      { kind: 'check', name: 'certificatesShown', label: '检查人员已向被检查单位出示行政执法证件', required: true, help: '安全生产法第六十七条' },
    ],
  },
  finish: { fields: [], note: '完成后将生成《现场检查记录》。' },
  cancel: { fields: [reason('取消原因')], danger: true },
};

const HAZARD: Record<string, ActionSpec> = {
  order: {
    fields: [
      {
        kind: 'choice',
        name: 'action',
        label: '整改方式',
        required: true,
        options: [
          { value: 'immediate', label: '立即整改' },
          { value: 'deadline', label: '限期整改' },
        ],
        initial: 'deadline',
      },
      date('dueDate', '整改期限', { future: true, defaultToday: false }),
    ],
    note: '下达后将出具《责令限期整改指令书》。',
  },
  reportRectification: {
    fields: [
      { kind: 'textarea', name: 'description', label: '整改情况', required: true, placeholder: '例如：已更换漏电保护器并经电工检测合格' },
      { kind: 'evidence', name: 'evidenceIds', label: '整改照片' },
    ],
  },
  passReinspection: {
    fields: [
      { kind: 'evidence', name: 'evidenceIds', label: '复查证据（照片）', required: true },
      { kind: 'textarea', name: 'note', label: '复查意见' },
    ],
    note: '复查通过后将出具《整改复查意见书》。',
  },
  failReinspection: {
    fields: [
      { kind: 'evidence', name: 'evidenceIds', label: '复查证据（照片）' },
      { kind: 'textarea', name: 'note', label: '未通过原因' },
      date('dueDate', '新的整改期限', { future: true, defaultToday: false, help: '不填则沿用原期限' }),
    ],
  },
  close: { fields: [], note: '销号后该隐患闭环结束。' },
  openCase: { fields: [], note: '将以安全生产法第一百零二条为依据生成待立案的案件。' },
};

const PENALTY: FieldSpec = { kind: 'penalty', name: 'penalty', label: '处罚内容', required: true };

const CASE: Record<string, ActionSpec> = {
  file: { fields: [date('date', '立案日期')], note: '立案后开始计算九十日办案期限（行政处罚法第六十条）。' },
  dismiss: { fields: [reason('不予立案理由')], danger: true },
  decideOnSpot: {
    fields: [
      PENALTY,
      { kind: 'check', name: 'partyInformed', label: '已当场告知当事人处罚内容及事实、理由、依据，并听取了陈述、申辩', required: true },
    ],
  },
  preserveEvidence: { fields: [date('date', '登记保存日期'), { kind: 'staff', name: 'approvedBy', label: '批准负责人', roles: ['leader'], required: true }] },
  decidePreservedEvidence: { fields: [date('date', '处理决定日期')] },
  propose: { fields: [PENALTY], note: '建议先用下方「处罚裁量计算」得出基准幅度与推荐金额。' },
  notify: { fields: [date('date', '告知书送达日期')], note: '将出具《行政处罚告知书》；符合条件的，一并告知听证权利。' },
  recordStatement: {
    fields: [date('date', '收到日期'), { kind: 'textarea', name: 'summary', label: '陈述申辩要点', required: true }],
  },
  reviewStatement: {
    fields: [
      {
        kind: 'choice',
        name: 'accepted',
        label: '复核结论',
        required: true,
        options: [
          { value: 'true', label: '理由成立，予以采纳' },
          { value: 'false', label: '理由不成立，不予采纳' },
        ],
      },
    ],
    note: '不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条）。',
  },
  waiveRights: {
    fields: [
      { kind: 'check', name: 'waiveStatement', label: '当事人明确表示放弃陈述、申辩' },
      { kind: 'check', name: 'waiveHearing', label: '当事人明确表示放弃听证' },
    ],
    note: '须有当事人的书面或者笔录确认（行政处罚法第六十二条）。',
  },
  requestHearing: { fields: [date('date', '申请日期')] },
  scheduleHearing: {
    fields: [
      date('hearingDate', '听证日期', { future: true, defaultToday: false, required: true }),
      { kind: 'staff', name: 'chairId', label: '听证主持人', roles: ['officer', 'leader'], required: true, excludeInvestigators: true },
      date('notifiedOn', '通知当事人日期'),
    ],
  },
  holdHearing: { fields: [date('date', '听证日期'), { kind: 'check', name: 'partyAbsent', label: '当事人无正当理由拒不出席（视为放弃听证）' }] },
  submitForReview: {
    fields: [{ kind: 'staff', name: 'reviewerId', label: '法制审核人员', roles: ['legal_reviewer'], required: true, excludeInvestigators: true }],
    note: '审核人员不得为本案调查人员。',
  },
  passReview: { fields: [{ kind: 'textarea', name: 'opinion', label: '审核意见', placeholder: '例如：事实清楚，证据确凿，适用依据正确，程序合法，裁量适当' }] },
  failReview: { fields: [{ kind: 'textarea', name: 'opinion', label: '退回意见', required: true }], danger: true },
  submitForDeliberation: { fields: [] },
  recordDeliberation: { fields: [date('date', '讨论日期'), { kind: 'textarea', name: 'conclusion', label: '集体讨论决定', required: true }] },
  extendDecisionPeriod: {
    fields: [
      date('dueDate', '延长至', { future: true, defaultToday: false, required: true }),
      { kind: 'textarea', name: 'basis', label: '延长依据', required: true },
    ],
  },
  decide: { fields: [], note: '按拟处罚内容作出决定，并生成《行政处罚决定书》。' },
  decideNoPenalty: { fields: [reason('不予处罚理由')] },
  transfer: { fields: [{ kind: 'text', name: 'transferTo', label: '移送机关', required: true }, reason('移送理由')], danger: true },
  withdraw: { fields: [reason('撤销理由')], danger: true },
  serve: {
    fields: [
      date('date', '送达日期'),
      { kind: 'choice', name: 'method', label: '送达方式', required: true, options: [], initial: 'inPerson' },
      { kind: 'check', name: 'electronicConsent', label: '当事人已同意并签订电子送达确认书（电子送达时必需）' },
    ],
  },
  approveInstalments: {
    fields: [
      date('appliedOn', '当事人申请日期', { required: true }),
      { kind: 'textarea', name: 'financialDifficulty', label: '经济困难情况', required: true },
      { kind: 'instalments', name: 'instalments', label: '缴纳安排' },
    ],
  },
  recordPayment: { fields: [date('date', '缴款日期'), { kind: 'amount', name: 'amount', label: '缴款金额（元）', required: true }] },
  assessSurcharge: { fields: [date('date', '计算至'), { kind: 'amount', name: 'ratePercent', label: '每日加处比例（%，最高 3）' }] },
  recordAppeal: {
    fields: [
      date('date', '提起日期'),
      {
        kind: 'choice',
        name: 'appealKind',
        label: '类别',
        required: true,
        options: [
          { value: 'review', label: '行政复议' },
          { value: 'litigation', label: '行政诉讼' },
        ],
      },
    ],
  },
  endAppeal: { fields: [date('date', '终结日期')] },
  applyCourtEnforcement: { fields: [], danger: true },
  close: { fields: [{ kind: 'textarea', name: 'reason', label: '执行情况（强制执行终结时填写）' }], note: '结案后将生成《结案审批表》。' },
  archive: { fields: [] },
};

const SPECS: Record<Aggregate, Record<string, ActionSpec>> = { inspection: INSPECTION, hazard: HAZARD, case: CASE };

export const actionSpec = (aggregate: Aggregate, event: string): ActionSpec => SPECS[aggregate][event] ?? { fields: [] };

/** Actions shown as dangerous (red) buttons. */
export const isDangerous = (aggregate: Aggregate, event: string): boolean => actionSpec(aggregate, event).danger === true;

/** The main path of each workflow: only these are offered as the primary (blue) button. */
const MAIN_PATH = new Set([
  'start',
  'finish',
  'order',
  'reportRectification',
  'passReinspection',
  'close',
  'file',
  'propose',
  'notify',
  'submitForReview',
  'passReview',
  'submitForDeliberation',
  'recordDeliberation',
  'decide',
  'serve',
  'recordPayment',
  'archive',
]);

export const isMainPath = (event: string): boolean => MAIN_PATH.has(event);
