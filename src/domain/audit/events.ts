/**
 * The closed set of audit event types and their payloads. Adding a state change means
 * adding its event here; the audit writer accepts nothing else.
 */
export interface AuditPayloads {
  'user.created': { username: string; role: string; orgId: string };
  'user.signed_in': { username: string };
  'user.signed_out': { username: string };
  'enterprise.created': { creditCode: string; name: string; orgId: string; industryCode: string; riskGrade: string };
  'enterprise.updated': { changes: Record<string, { from: unknown; to: unknown }>; version: number };
  'demo.seeded': { enterprises: number; users: number; seed: number };
  'laws.imported': { law: string; version: string; articles: number; sha256: string };
  'benchmark.updated': { violation: string; effectiveFrom: string; version: number; layer?: string; label?: string };
  'file.stored': { name: string; size: number; sha256: string; contentType: string; fileId?: string; purpose?: string };
  'document.issued': { kind: string; number: string; sha256: string; documentId?: string; fileId?: string };
  'workflow.transition': { aggregate: string; from: string; to: string; event: string; data?: Record<string, unknown> };
  'workflow.created': { aggregate: string; state: string; data: Record<string, unknown> };
  'workflow.updated': { aggregate: string; changes: Record<string, { from: unknown; to: unknown }>; version: number };
  'workflow.effect': { aggregate: string; effect: string; data?: Record<string, unknown> };
}

export type AuditEventType = keyof AuditPayloads;

export const AUDIT_EVENT_LABELS: Record<AuditEventType, string> = {
  'user.created': '创建用户',
  'user.signed_in': '登录',
  'user.signed_out': '退出登录',
  'enterprise.created': '新增生产经营单位',
  'enterprise.updated': '修改生产经营单位信息',
  'demo.seeded': '生成演示数据',
  'laws.imported': '导入法律法规',
  'benchmark.updated': '修订裁量基准',
  'file.stored': '上传证据文件',
  'document.issued': '出具执法文书',
  'workflow.transition': '办理环节变更',
  'workflow.created': '新建执法记录',
  'workflow.updated': '修改执法记录',
  'workflow.effect': '办理后续处理',
};

export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENT_LABELS) as AuditEventType[];
