/**
 * Parts every workflow record page shows: the documents with their PDF links, the evidence
 * files, the deadlines, and the audit timeline with workflow events in plain Chinese.
 */
import { DownloadOutlined, FileDoneOutlined, FilePdfOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { api } from '../../../api/client.ts';
import type { AuditEvent } from '../../../api/types.ts';
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

export function FileList({ files }: { files: FileView[] }) {
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
            {fileSize(f.size)} · {f.uploadedBy.name}
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

function describeWith(meta: WorkflowMeta | null): DescribePayload {
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
  return (event: AuditEvent) => {
    const p = event.payload as Record<string, unknown>;
    if (event.type === 'workflow.transition') {
      const aggregate = String(p['aggregate'] ?? '');
      const lines = [{ key: 'event', label: '操作', text: eventLabel(aggregate, String(p['event'] ?? '')) }];
      if (p['from'] !== p['to']) {
        lines.push({ key: 'state', label: '环节', text: `${stateLabel(aggregate, String(p['from']))} → ${stateLabel(aggregate, String(p['to']))}` });
      }
      const data = (p['data'] ?? {}) as Record<string, unknown>;
      const input = (data['input'] ?? {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(input)) {
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

export function WorkflowAudit({ aggregate, id, refreshKey }: { aggregate: Aggregate; id: string; refreshKey: number }) {
  const meta = useWorkflowMeta();
  const describe = useMemo(() => describeWith(meta), [meta]);
  return <AuditTimeline aggregateType={aggregate} aggregateId={id} refreshKey={refreshKey} describe={describe} />;
}
