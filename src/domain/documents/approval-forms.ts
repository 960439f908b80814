/**
 * The approval forms (审批表): 立案审批表 (filing, 行政处罚法 art. 54), 分期（延期）缴纳罚款审批表
 * (instalments or deferral for genuine financial difficulty, art. 66 para. 2) and 结案审批表
 * (closing). Each is a bordered table with the handling officer's, the reviewing
 * department's and the responsible leader's opinions; blank opinions print as lines to sign.
 */
import type { LawRef } from '../legal/violation.ts';
import type { Content, DocDefinition, Inline } from './doc-definition.ts';
import type { ApprovalOpinion, DocumentBase, IsoDate, Officer, Party, PenaltyItem } from './common.ts';
import {
  Requirements,
  formatDateCn,
  formatOfficers,
  formatPenalties,
  notBefore,
} from './common.ts';
import { formatAmount, toFen } from './amount.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { formatLawRefsCn } from './law-ref-cn.ts';
import { PROCEDURE_BASIS } from './legal-periods.ts';
import type { FormRow } from './layout.ts';
import { formTable, header, page } from './layout.ts';

/** The three opinion boxes. */
export interface ApprovalOpinions {
  /** 承办人意见. */
  handler: ApprovalOpinion;
  /** 审核意见 (承办机构/法制审核). */
  review: ApprovalOpinion;
  /** 审批意见 (负责人). */
  approval: ApprovalOpinion;
}

function opinionRows(o: ApprovalOpinions): FormRow[] {
  return [
    { opinion: '承办人意见', value: o.handler },
    { opinion: '审核意见', value: o.review },
    { opinion: '审批意见', value: o.approval },
  ];
}

function partyRows(party: Party): FormRow[] {
  const id =
    party.kind === 'unit'
      ? (['统一社会信用代码', party.creditCode ?? ''] as const)
      : (['身份证件号码', party.idNumber ?? ''] as const);
  return [
    { label: '当事人', value: party.name },
    { pair: [id[0], id[1], '法定代表人', party.legalRepresentative ?? (party.kind === 'person' ? '—' : '')] },
    { pair: ['地址', party.address, '联系电话', party.phone ?? ''] },
  ];
}

function form(input: DocumentBase, title: string, subject: string, rows: FormRow[]): DocDefinition {
  const content: Content[] = [...header(input.issuer, title, input.number, true), formTable(rows)];
  return page(input.issuer, title, input.number, subject, content, true);
}

// ——— 立案审批表 ———

export interface FilingApprovalInput extends DocumentBase {
  /** 案由, e.g. 重庆某某化工有限公司未对安全设备进行经常性维护、保养案. */
  caseName: string;
  /** 案件来源, e.g. 监督检查 / 投诉举报 / 其他机关移送. */
  source: string;
  /** When the violation came to the authority's notice. */
  discoveredOn: IsoDate;
  party: Party;
  /** 简要案情. */
  summary: string;
  violated: LawRef[];
  penaltyBasis?: LawRef[];
  /** 承办人: at least the two investigating officers. */
  officers: Officer[];
  opinions: ApprovalOpinions;
}

export function filingApproval(input: FilingApprovalInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.filingApproval;
  new Requirements(title)
    .text('案由', input.caseName)
    .text('案件来源', input.source)
    .text('当事人', input.party.name)
    .text('简要案情', input.summary)
    .list('涉嫌违反的条款', input.violated)
    .list('承办人', input.officers)
    .done();
  const basis =
    `涉嫌违反${formatLawRefsCn(input.violated)}的规定` +
    (input.penaltyBasis && input.penaltyBasis.length > 0
      ? `，依据${formatLawRefsCn(input.penaltyBasis)}的规定应当给予行政处罚`
      : '') +
    `，符合立案条件（${formatLawRefsCn(PROCEDURE_BASIS.filing)}）。`;
  const summary: Inline[] = [input.summary, '\n', basis];
  return form(input, title, `${input.caseName}${title}`, [
    { label: '案由', value: input.caseName },
    { pair: ['案件来源', input.source, '发现日期', formatDateCn(input.discoveredOn)] },
    ...partyRows(input.party),
    { label: '案情及立案依据', value: summary, minHeight: 70 },
    { label: '承办人', value: formatOfficers(input.officers) },
    ...opinionRows(input.opinions),
  ]);
}

// ——— 分期（延期）缴纳罚款审批表 ———

export type PaymentArrangement =
  | { kind: 'deferral'; until: IsoDate }
  | { kind: 'instalments'; schedule: { dueOn: IsoDate; amount: number }[] };

export interface InstalmentApprovalInput extends DocumentBase {
  caseName: string;
  party: Party;
  /** The decision and the whole fine it imposed. */
  decision: { number: string; decidedOn: IsoDate; fine: number };
  /** 已缴纳: what the party had paid when the application was approved (default 0); the arrangement covers the rest. */
  paid?: number;
  appliedOn: IsoDate;
  /** 申请理由: the genuine financial difficulty claimed. */
  reason: string;
  arrangement: PaymentArrangement;
  opinions: ApprovalOpinions;
}

/** 尚未缴纳: the part of the fine the arrangement covers, in fen. */
const unpaidFen = (input: InstalmentApprovalInput): number => toFen(input.decision.fine) - toFen(input.paid ?? 0);

export function validateArrangement(input: InstalmentApprovalInput): void {
  const { title } = DOCUMENT_KINDS.instalmentApproval;
  const r = new Requirements(title)
    .text('案由', input.caseName)
    .text('当事人', input.party.name)
    .text('行政处罚决定书文号', input.decision.number)
    .text('申请理由', input.reason, '《中华人民共和国行政处罚法》第六十六条第二款')
    .check('罚款数额', toFen(input.decision.fine) > 0)
    .check('已缴纳数额应小于罚款数额', toFen(input.paid ?? 0) >= 0 && unpaidFen(input) > 0)
    .check('申请日期不得早于决定日期', notBefore(input.appliedOn, input.decision.decidedOn));
  const a = input.arrangement;
  if (a.kind === 'deferral') {
    r.check('延期缴纳期限应晚于决定日期', notBefore(a.until, input.decision.decidedOn) && a.until !== input.decision.decidedOn);
  } else {
    const dates = a.schedule.map((s) => s.dueOn);
    r.check('分期缴纳至少两期', a.schedule.length >= 2)
      .check('每期金额大于零', a.schedule.every((s) => toFen(s.amount) > 0))
      .check('各期金额之和应等于尚未缴纳的罚款数额', a.schedule.reduce((sum, s) => sum + toFen(s.amount), 0) === unpaidFen(input))
      .check(
        '各期缴纳日期应依次递增且不早于决定日期',
        dates.every((d, i) => notBefore(d, i === 0 ? input.decision.decidedOn : dates[i - 1]!) && (i === 0 || d !== dates[i - 1])),
      );
  }
  r.done();
}

export function instalmentApproval(input: InstalmentApprovalInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.instalmentApproval;
  validateArrangement(input);
  const a = input.arrangement;
  const paid = input.paid ?? 0;
  const unpaid = unpaidFen(input) / 100;
  // After a partial payment the arrangement is for the rest (余款).
  const what = paid > 0 ? `余款${formatAmount(unpaid)}` : '';
  const paidRows: FormRow[] = paid > 0 ? [{ pair: ['已缴纳', formatAmount(paid), '尚未缴纳', formatAmount(unpaid)] }] : [];
  const arrangement =
    a.kind === 'deferral'
      ? `${what}申请延期缴纳，延期至${formatDateCn(a.until)}前缴清。`
      : [`${what}申请分${a.schedule.length}期缴纳：`, ...a.schedule.map((s, i) => `第${i + 1}期：${formatDateCn(s.dueOn)}前缴纳${formatAmount(s.amount)}`)].join(
          '\n',
        );
  return form(input, title, `${input.caseName}${title}`, [
    { label: '案由', value: input.caseName },
    ...partyRows(input.party),
    {
      pair: [
        '决定书文号',
        input.decision.number,
        '决定日期',
        formatDateCn(input.decision.decidedOn),
      ],
    },
    { label: '罚款数额', value: formatAmount(input.decision.fine) },
    ...paidRows,
    { pair: ['申请日期', formatDateCn(input.appliedOn), '申请方式', a.kind === 'deferral' ? '延期缴纳' : '分期缴纳'] },
    { label: '申请理由', value: input.reason, minHeight: 48 },
    { label: '缴纳安排', value: arrangement },
    { label: '法律依据', value: `${formatLawRefsCn(PROCEDURE_BASIS.instalment)}` },
    ...opinionRows(input.opinions),
  ]);
}

// ——— 结案审批表 ———

export interface ClosingApprovalInput extends DocumentBase {
  caseName: string;
  party: Party;
  filedOn: IsoDate;
  /** The decision, when a penalty was imposed. */
  decision?: { number: string; decidedOn: IsoDate; penalties: PenaltyItem[] };
  /** The outcome when there is no penalty decision, e.g. 不予行政处罚 / 移送司法机关. */
  outcome?: string;
  /** 执行情况, e.g. 当事人已于2026年4月3日缴清罚款. */
  execution: string;
  /** 结案理由. */
  closingReason: string;
  officers: Officer[];
  opinions: ApprovalOpinions;
}

export function closingApproval(input: ClosingApprovalInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.closingApproval;
  new Requirements(title)
    .text('案由', input.caseName)
    .text('当事人', input.party.name)
    .check('处理结果', Boolean(input.decision) || Boolean(input.outcome && input.outcome.trim() !== ''))
    .text('执行情况', input.execution)
    .text('结案理由', input.closingReason)
    .check('决定日期不得早于立案日期', !input.decision || notBefore(input.decision.decidedOn, input.filedOn))
    .done();
  const outcome = input.decision
    ? `${formatPenalties(input.decision.penalties)}（${input.decision.number}，${formatDateCn(input.decision.decidedOn)}）`
    : input.outcome!;
  return form(input, title, `${input.caseName}${title}`, [
    { label: '案由', value: input.caseName },
    ...partyRows(input.party),
    { pair: ['立案日期', formatDateCn(input.filedOn), '决定日期', input.decision ? formatDateCn(input.decision.decidedOn) : '—'] },
    { label: '处理结果', value: outcome, minHeight: 40 },
    { label: '执行情况', value: input.execution, minHeight: 60 },
    { label: '结案理由', value: input.closingReason, minHeight: 40 },
    { label: '承办人', value: formatOfficers(input.officers) },
    ...opinionRows(input.opinions),
  ]);
}
