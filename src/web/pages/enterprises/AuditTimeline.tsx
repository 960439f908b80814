import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import type { TimelineItemType } from 'antd/es/timeline/Timeline';
import { ROLE_LABELS } from '../../../domain/glossary.ts';
import type { AuditEvent } from '../../api/types.ts';
import { formatDateTime } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';

function colorOf(type: string): string {
  if (/creat|regist/i.test(type)) return 'green';
  if (/delet|revok|cancel/i.test(type)) return 'red';
  if (/updat|chang|edit/i.test(type)) return 'blue';
  return 'gray';
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function Payload({ payload }: { payload: Record<string, unknown> }) {
  const entries = Object.entries(payload ?? {});
  if (entries.length === 0) return null;
  return (
    <div style={{ marginTop: 4, fontSize: 12, color: '#6b7280', wordBreak: 'break-all' }}>
      {entries.map(([key, value]) => (
        <div key={key}>
          <span style={{ color: '#9ca3af' }}>{key}：</span>
          {display(value)}
        </div>
      ))}
    </div>
  );
}

function toItem(event: AuditEvent): TimelineItemType {
  const actor = event.actor;
  return {
    key: event.id,
    color: colorOf(event.type),
    content: (
      <div data-testid="audit-event">
        <Typography.Text strong>{event.label}</Typography.Text>
        <span className="mono" style={{ marginInlineStart: 12, fontSize: 12, color: '#6b7280' }}>
          {formatDateTime(event.at)}
        </span>
        <div style={{ fontSize: 13, color: '#4b5563' }}>
          {actor ? `${actor.name}（${ROLE_LABELS[actor.role] ?? actor.role} · ${actor.orgName}）` : '系统'}
          {event.ip && <span style={{ color: '#9ca3af' }}> · IP {event.ip}</span>}
        </div>
        <Payload payload={event.payload} />
      </div>
    ),
  };
}

/** 审计记录: every step on the record, newest first (行政处罚法 art. 47: the whole process is recorded). */
export function AuditTimeline({ enterpriseId, refreshKey }: { enterpriseId: string; refreshKey: number }) {
  const result = useApi<{ events: AuditEvent[] }>(`/api/audit/enterprise/${enterpriseId}?v=${refreshKey}`);
  const events = result.data?.events ?? [];
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);

  return (
    <Card variant="borderless" title="审计记录" data-testid="audit-timeline" extra={<Typography.Text type="secondary">全过程留痕</Typography.Text>}>
      {result.status === 'error' ? (
        <Alert
          type="warning"
          showIcon
          title="审计记录加载失败"
          description={errorMessage(result.error)}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
        />
      ) : result.status === 'loading' && !result.data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : newestFirst.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审计记录" />
      ) : (
        <Timeline items={newestFirst.map(toItem)} />
      )}
    </Card>
  );
}
