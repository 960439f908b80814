/**
 * Parts every workflow record page shows: the documents with their PDF links, the evidence
 * files, the deadlines, and the audit timeline with workflow events in plain Chinese.
 */
import { DownloadOutlined, FileDoneOutlined, FilePdfOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { api } from '../../../api/client.ts';
import type { AuditEventView } from '../../../api/types.ts';
import { formatDateTime } from '../../../lib/labels.ts';
import { useApi } from '../../../lib/useApi.ts';
import { AuditTimeline } from '../../enterprises/AuditTimeline.tsx';
import type { DescribePayload } from '../../enterprises/AuditTimeline.tsx';
import type { Aggregate, DeadlineView, DocumentView, FileView, WorkflowMeta } from '../api.ts';
import { detailPath, useWorkflowMeta } from '../api.ts';
import { fileSize, workflowErrorMessage, yuan } from '../format.ts';
import { DeadlineTag } from './DeadlineTag.tsx';

/** A record page's data: the detail, replaced in place by a transition's answer, reloaded on demand. */
export function useWorkflowDetail<D>(aggregate: Aggregate, id: string | undefined) {
  const [generation, setGeneration] = useState(0);
  const [fresh, setFresh] = useState<{ generation: number; detail: D } | null>(null);
  const result = useApi<D>(id ? `${detailPath(aggregate, id)}#${generation}` : null);
  const detail = fresh && fresh.generation === generation ? fresh.detail : result.data;
  const [auditKey, setAuditKey] = useState(0);
  const replace = useCallback(
    (next: D) => {
      setFresh({ generation, detail: next });
      setAuditKey((k) => k + 1);
    },
    [generation],
  );
  const reload = useCallback(() => {
    setGeneration((g) => g + 1);
    setAuditKey((k) => k + 1);
  }, []);
  return { detail, status: result.status, error: result.status === 'error' ? result.error : undefined, replace, reload, auditKey };
}

const DOC_STATUS: Record<DocumentView['status'], { color: string; text: string }> = {
  pending: { color: 'processing', text: '生成中' },
  issued: { color: 'green', text: '已出具' },
  failed: { color: 'red', text: '生成失败' },
};

export function DocumentList({ documents, canIssue, onChanged }: { documents: DocumentView[]; canIssue: boolean; onChanged: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const issue = async (doc: DocumentView) => {
    setBusy(doc.id);
    setError(null);
    try {
      await api(`/api/documents/${doc.id}/issue`, { method: 'POST', body: {} });
      onChanged();
    } catch (e) {
      setError(workflowErrorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card variant="borderless" title={<><FileDoneOutlined /> 执法文书</>} data-testid="document-list">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未出具文书" />
      ) : (
        <List
          dataSource={documents}
          renderItem={(doc) => (
            <List.Item
              data-testid="document-item"
              data-kind={doc.kind}
              actions={[
                doc.status === 'issued' && doc.url ? (
                  <a key="pdf" href={doc.url} download data-testid={`document-download-${doc.kind}`}>
                    <DownloadOutlined /> 下载 PDF
                  </a>
                ) : doc.status === 'failed' && canIssue ? (
                  <Button key="issue" size="small" icon={<ReloadOutlined />} loading={busy === doc.id} onClick={() => void issue(doc)}>
                    重新生成
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                avatar={<FilePdfOutlined style={{ fontSize: 22, color: doc.status === 'issued' ? '#c0392b' : '#9ca3af' }} />}
                title={
                  <Space size={8} wrap>
                    <span>{doc.title}</span>
                    <Tag color={DOC_STATUS[doc.status].color}>{DOC_STATUS[doc.status].text}</Tag>
                  </Space>
                }
                description={
                  <span style={{ fontSize: 12 }}>
                    {doc.number && <span className="mono">{doc.number}</span>}
                    {doc.issuedAt && <span> · {formatDateTime(doc.issuedAt)}</span>}
                    {doc.pageCount ? <span> · {doc.pageCount} 页</span> : null}
                    {doc.status === 'failed' && doc.error && <div style={{ color: '#c0392b' }}>{doc.error}</div>}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** The evidence files (generated documents are listed with the documents). */
export function FileList({ files: all }: { files: FileView[] }) {
  const files = all.filter((f) => f.purpose === 'evidence');
  if (files.length === 0) return <Typography.Text type="secondary">暂无证据材料</Typography.Text>;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="file-list">
      {files.map((f) => (
        <div key={f.id} style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 13 }}>
          {f.contentType.startsWith('image/') ? (
            <a href={f.url} target="_blank" rel="noreferrer">
              <img src={f.url} alt={f.name} style={{ width: 48, height: 48, objectFit: 'cover', borderRadius: 4, border: '1px solid #e5e7eb' }} />
            </a>
          ) : (
            <PaperClipOutlined style={{ color: '#9ca3af' }} />
          )}
          <a href={f.url} download style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {f.name}
          </a>
          <span style={{ color: '#9ca3af', fontSize: 12 }}>
            {fileSize(f.size)}
            {f.uploadedBy ? ` · ${f.uploadedBy.name}` : ''}
          </span>
        </div>
      ))}
    </Space>
  );
}

/** Open deadlines first (soonest first), then the settled ones. */
export function DeadlineList({ deadlines }: { deadlines: DeadlineView[] }) {
  const sorted = [...deadlines].sort((a, b) => {
    const open = Number(b.status === 'open') - Number(a.status === 'open');
    return open !== 0 ? open : a.dueDate.localeCompare(b.dueDate);
  });
  if (sorted.length === 0) return <Typography.Text type="secondary">暂无期限</Typography.Text>;
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid="deadline-list">
      {sorted.map((d) => (
        <div key={d.id} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', opacity: d.status === 'open' ? 1 : 0.6 }}>
          <span style={{ minWidth: 96, color: '#4b5563' }}>{d.kindLabel}</span>
          <DeadlineTag deadline={d} showKind={false} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.rule.article}
          </Typography.Text>
        </div>
      ))}
    </Space>
  );
}

const INPUT_LABELS: Record<string, string> = {
  reason: '理由',
  description: '描述',
  note: '意见',
  opinion: '审核意见',
  summary: '陈述申辩',
  conclusion: '讨论决定',
  basis: '依据',
  transferTo: '移送机关',
  date: '日期',
  dueDate: '期限',
  hearingDate: '听证日期',
  amount: '金额',
  action: '整改方式',
  method: '送达方式',
};

/** Record fields that appear in workflow.created / workflow.updated payloads. */
const RECORD_FIELDS: Record<string, string> = {
  type: '检查类型',
  date: '检查日期',
  description: '隐患描述',
  location: '隐患部位',
  majorHazard: '重大事故隐患',
  violationCode: '违法行为',
  violation: '违法行为',
  title: '案由',
  facts: '违法事实',
  partyKind: '当事人类别',
  source: '案件来源',
  actEndedOn: '违法行为终了日期',
  discoveredOn: '发现日期',
  checklist: '检查项目',
  findings: '发现的问题',
  officerSignatures: '检查人员签字',
  enterpriseSignature: '被检查单位签字',
  enterpriseRefusal: '拒绝签字记录',
  evidenceIds: '证据',
  officers: '执法人员',
  officerIds: '执法人员',
  investigators: '办案人员',
  investigatorIds: '办案人员',
  techInspectorIds: '技术检查员',
  flags: '案件情形',
};

const EFFECT_LABELS: Record<string, string> = {
  generateDocument: '生成执法文书',
  notifyParty: '通知当事人',
  publishDecision: '公示处罚决定',
  openPenaltyCase: '生成待立案案件',
  transferToJudiciary: '移送司法机关',
  applyCourtEnforcement: '申请人民法院强制执行',
};

/** A field's value in a line: scalars as they are, lists by their count, objects as "已记录". */
function valueText(field: string, value: unknown, meta: WorkflowMeta | null): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field === 'type') return meta?.inspectionTypes.find((t) => t.key === value)?.label ?? String(value);
  if (field === 'source') return meta?.caseSources.find((t) => t.key === value)?.label ?? String(value);
  if (field === 'partyKind') return value === 'citizen' ? '公民' : '法人或其他组织';
  if (Array.isArray(value)) {
    const names = value.map((v) => (typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : null));
    return names.every((n) => n !== null) && names.length > 0 ? names.join('、') : `${value.length} 项`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v['code'] === 'string') return v['code'];
    if (typeof v['signedBy'] === 'string') return `${v['signedBy']}（${String(v['signedOn'] ?? '')}）`;
    if (typeof v['note'] === 'string') return v['note'];
    return '已记录';
  }
  return String(value);
}

/** `names`: display names of codes found in payloads (e.g. the violation code → its name). */
function describeWith(meta: WorkflowMeta | null, names: Record<string, string>): DescribePayload {
  const stateLabel = (aggregate: string, state: string) =>
    meta?.machines[aggregate as Aggregate]?.states.find((s) => s.key === state)?.label ?? state;
  const eventLabel = (aggregate: string, event: string) =>
    meta?.machines[aggregate as Aggregate]?.events.find((e) => e.event === event)?.label ?? event;
  const kindLabel = (kind: string) => meta?.deadlineKinds.find((k) => k.key === kind)?.label ?? kind;
  const docTitle = (kind: string) => meta?.documentKinds.find((k) => k.key === kind)?.title ?? kind;
  const choice = (key: string, value: unknown): string => {
    if (key === 'action') return meta?.rectificationActions.find((a) => a.key === value)?.label ?? String(value);
    if (key === 'method') return meta?.serviceMethods.find((a) => a.key === value)?.label ?? String(value);
    if (key === 'amount' && typeof value === 'number') return yuan(value);
    return String(value);
  };
  return (event: AuditEventView) => {
    const p = event.payload;
    if (event.type === 'workflow.transition') {
      const aggregate = String(p['aggregate'] ?? '');
      const lines = [{ key: 'event', label: '操作', text: eventLabel(aggregate, String(p['event'] ?? '')) }];
      if (p['from'] !== p['to']) {
        lines.push({ key: 'state', label: '环节', text: `${stateLabel(aggregate, String(p['from']))} → ${stateLabel(aggregate, String(p['to']))}` });
      }
      const data = (p['data'] ?? {}) as Record<string, unknown>;
      const input = (data['input'] ?? {}) as Record<string, unknown>;
      const deadlineDates = Array.isArray(data['deadlines']) ? (data['deadlines'] as { dueDate: string }[]).map((d) => d.dueDate) : [];
      for (const [key, value] of Object.entries(input)) {
        // A due date also listed as the deadline it opened is said once, with the deadline's name.
        if (key === 'dueDate' && deadlineDates.includes(String(value))) continue;
        if (INPUT_LABELS[key] && (typeof value === 'string' || typeof value === 'number')) {
          lines.push({ key: 'input.' + key, label: INPUT_LABELS[key], text: choice(key, value) });
        }
      }
      const penalty = input['penalty'] as { amount?: number } | undefined;
      if (penalty && typeof penalty.amount === 'number') lines.push({ key: 'penalty', label: '罚款', text: yuan(penalty.amount) });
      const deadlines = data['deadlines'];
      if (Array.isArray(deadlines)) {
        for (const d of deadlines as { kind: string; dueDate: string }[]) {
          lines.push({ key: 'deadline.' + d.kind + d.dueDate, label: kindLabel(d.kind), text: d.dueDate });
        }
      }
      return lines;
    }
    if (event.type === 'workflow.created') {
      const aggregate = String(p['aggregate'] ?? '');
      const data = (p['data'] ?? {}) as Record<string, unknown>;
      const lines = [{ key: 'state', label: '环节', text: stateLabel(aggregate, String(p['state'] ?? '')) }];
      for (const [key, value] of Object.entries(data)) {
        if (Array.isArray(value) && value.length === 0) continue;
        if (RECORD_FIELDS[key]) lines.push({ key, label: RECORD_FIELDS[key], text: names[String(value)] ?? valueText(key, value, meta) });
      }
      return lines;
    }
    if (event.type === 'workflow.updated') {
      const changes = (p['changes'] ?? {}) as Record<string, { from: unknown; to: unknown }>;
      return Object.entries(changes).map(([key, change]) => {
        const scalar = (v: unknown) => v === null || typeof v !== 'object';
        const show = (v: unknown) => names[String(v)] ?? valueText(key, v, meta);
        const text = change && scalar(change.from) && scalar(change.to) ? `${show(change.from)} → ${show(change.to)}` : `已更新为 ${show(change?.to)}`;
        return { key, label: RECORD_FIELDS[key] ?? key, text };
      });
    }
    if (event.type === 'workflow.effect') {
      const data = (p['data'] ?? {}) as Record<string, unknown>;
      const effect = String(p['effect'] ?? '');
      const lines = [{ key: 'effect', label: '处理', text: EFFECT_LABELS[effect] ?? effect }];
      if (typeof data['document'] === 'string') lines.push({ key: 'document', label: '文书', text: docTitle(data['document']) });
      if (typeof data['message'] === 'string') lines.push({ key: 'message', label: '内容', text: data['message'] });
      return lines;
    }
    if (event.type === 'document.issued') {
      return [
        { key: 'kind', label: '文书', text: docTitle(String(p['kind'] ?? '')) },
        { key: 'number', label: '文号', text: String(p['number'] ?? '') },
      ];
    }
    if (event.type === 'file.stored') {
      return [{ key: 'name', label: '文件', text: `${String(p['name'] ?? '')}（${fileSize(Number(p['size'] ?? 0))}）` }];
    }
    return null;
  };
}

export function WorkflowAudit({
  aggregate,
  id,
  refreshKey,
  violation,
}: {
  aggregate: Aggregate;
  id: string;
  refreshKey: number;
  violation?: { code: string; name: string } | null;
}) {
  const meta = useWorkflowMeta();
  const code = violation?.code;
  const name = violation?.name;
  const describe = useMemo(() => describeWith(meta, code && name ? { [code]: name } : {}), [meta, code, name]);
  return <AuditTimeline aggregateType={aggregate} aggregateId={id} refreshKey={refreshKey} describe={describe} />;
}

/** The side column of a record page: its deadlines, documents and history. */
export function RecordSidePanels({
  aggregate,
  detail,
  canIssue,
  onChanged,
  auditKey,
  violation,
}: {
  aggregate: Aggregate;
  detail: { id: string; deadlines: DeadlineView[]; documents: DocumentView[] };
  canIssue: boolean;
  onChanged: () => void;
  auditKey: number;
  violation?: { code: string; name: string } | null;
}) {
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card variant="borderless" size="small" title="期限">
        <DeadlineList deadlines={detail.deadlines} />
      </Card>
      <DocumentList documents={detail.documents} canIssue={canIssue} onChanged={onChanged} />
      <WorkflowAudit aggregate={aggregate} id={detail.id} refreshKey={auditKey} violation={violation} />
    </Space>
  );
}
