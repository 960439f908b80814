/**
 * Display helpers of the workflow pages: amounts in yuan, statutory fine ranges, citations in
 * Chinese form, and the rule behind a refused action.
 */
import dayjs from 'dayjs';
import { formatRefCn } from '../../../domain/legal/reference.ts';
import type { Fine, LawRef } from '../../../domain/legal/violation.ts';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../lib/messages.ts';
import type { RuleRef } from './api.ts';

/** 50000 → 50,000 元; 1234.5 → 1,234.50 元. */
export function yuan(n: number): string {
  const text = Number.isInteger(n) ? n.toLocaleString('zh-CN') : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${text} 元`;
}

/** 50000 → 5万; 2500 → 2500 (for compact ranges). */
function wan(n: number): string {
  if (n >= 10_000 && n % 100 === 0) return `${Number((n / 10_000).toFixed(4))}万元`;
  return `${n.toLocaleString('zh-CN')}元`;
}

/** A statutory fine in Chinese: 5万元以下; 5万元以上20万元以下; 违法所得二倍以上五倍以下… */
export function fineText(fine: Fine): string {
  switch (fine.kind) {
    case 'amount':
      if (fine.min === 0) return `${wan(fine.max)}以下`;
      if (fine.min === fine.max) return wan(fine.min);
      return `${wan(fine.min)}以上${wan(fine.max)}以下`;
    case 'multipleOfIllegalGain': {
      const base = fine.base === 'goodsValue' ? '货值金额' : '违法所得';
      const fallback = fine.fallback.min === 0 ? `${wan(fine.fallback.max)}以下` : `${wan(fine.fallback.min)}以上${wan(fine.fallback.max)}以下`;
      return `${base}${fine.minTimes}倍以上${fine.maxTimes}倍以下（不适用倍数的，${fallback}）`;
    }
    case 'percentOfAnnualIncome':
      return `上一年年收入${fine.minPercent}%以上${fine.maxPercent}%以下`;
  }
}

/** 《中华人民共和国安全生产法》第一百零二条第二项. */
export const citation = (ref: LawRef): string => formatRefCn(ref);

/** Several refs, the law's title once per run: 《安全生产法全称》第二十四条第一款、第二十四条第二款. */
export const citations = (refs: readonly LawRef[]): string =>
  refs.map((ref, i) => formatRefCn(ref, { title: i > 0 && refs[i - 1]!.law === ref.law ? 'none' : 'full' })).join('、');

/** 2026-11-25 → 2026年11月25日 周三. */
export const dateCn = (iso: string): string => dayjs(iso).format('YYYY年M月D日 ddd');

/** The rule that blocked an action, when the server answered with one. */
export function blockingRule(error: unknown): RuleRef | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const rule = error.details?.['rule'];
  if (typeof rule !== 'object' || rule === null) return undefined;
  const { id, article, message } = rule as Record<string, unknown>;
  if (typeof message !== 'string') return undefined;
  return { id: String(id ?? ''), article: typeof article === 'string' ? article : '', message };
}

/** Names of the API input fields, for "缺少必填信息" messages. */
const FIELD_LABELS: Record<string, string> = {
  reason: '理由',
  action: '整改方式',
  dueDate: '期限',
  description: '描述',
  evidenceIds: '证据',
  penalty: '处罚内容',
  summary: '陈述申辩内容',
  accepted: '复核结论',
  hearingDate: '听证日期',
  chairId: '听证主持人',
  reviewerId: '法制审核人员',
  opinion: '审核意见',
  conclusion: '讨论决定',
  basis: '延长依据',
  transferTo: '移送机关',
  appliedOn: '申请日期',
  financialDifficulty: '经济困难情况',
  amount: '金额',
  appealKind: '复议/诉讼类别',
  approvedBy: '批准负责人',
  partyInformed: '告知当事人',
  officerIds: '执法人员',
  enterpriseId: '生产经营单位',
};

/**
 * What went wrong, in Chinese: a blocking rule with its article, the Chinese rule message of
 * the officer and certificate rules, the missing fields, or the shell's message for the code.
 */
export function workflowErrorMessage(error: unknown): string {
  const rule = blockingRule(error);
  if (rule) return rule.article && !rule.message.includes(rule.article) ? `${rule.message}（${rule.article}）` : rule.message;
  if (error instanceof ApiError) {
    if ((error.code === 'NOT_ENOUGH_OFFICERS' || error.code === 'CERTIFICATE_INVALID' || error.code === 'RULE_VIOLATION') && error.message) {
      return error.message;
    }
    const missing = error.details?.['missing'];
    if (error.code === 'VALIDATION_FAILED' && Array.isArray(missing) && missing.length > 0) {
      return `请填写：${missing.map((m) => FIELD_LABELS[String(m)] ?? String(m)).join('、')}`;
    }
    if (error.code === 'FILE_REJECTED') return '文件内容不是 JPG、PNG、WebP 图片或 PDF（按文件内容识别），未保存';
    if (error.code === 'PAYLOAD_TOO_LARGE') return '文件超过上传大小上限，未保存';
    if (error.code === 'UNSUPPORTED_MEDIA_TYPE') return '上传方式不正确，请重新选择文件';
    if (error.code === 'CONFLICT' && error.details?.['currentVersion'] !== undefined) return '该记录刚被他人更新，页面已刷新，请核对后再操作';
    if (error.code === 'CONFLICT' && error.details?.['state'] !== undefined) return '当前环节已变化，不能进行该操作，请刷新后查看';
  }
  return errorMessage(error);
}

/** Bytes as 1.2 MB / 350 KB. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
