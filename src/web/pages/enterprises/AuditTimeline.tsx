import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Timeline, Tooltip, Typography } from 'antd';
import type { TimelineItemType } from 'antd/es/timeline/Timeline';
import { ROLE_LABELS } from '../../../domain/glossary.ts';
import type { RiskGrade, Role } from '../../../domain/glossary.ts';
import { useReferenceData } from '../../api/reference.ts';
import type { ReferenceData } from '../../api/reference.ts';
import type { AuditActorView, AuditEventView } from '../../api/types.ts';
import { formatDateTime, RISK_GRADE_META } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';

/** Chinese names of the enterprise fields that appear in audit payloads. */
const FIELD_LABELS: Record<string, string> = {
  name: '单位名称',
  creditCode: '统一社会信用代码',
  address: '地址',
  industryCode: '行业',
  employees: '从业人员',
  riskGrade: '风险等级',
  orgId: '监管单位',
  legalRepresentative: '法定代表人',
  version: '版本',
};

function colorOf(type: string): string {
  if (/creat|regist|import/i.test(type)) return 'green';
  if (/delet|revok|cancel/i.test(type)) return 'red';
  if (/updat|chang|edit/i.test(type)) return 'blue';
  return 'gray';
}

/** A payload value as an officer reads it: org and industry names instead of ids and codes. */
function display(field: string, value: unknown, reference: ReferenceData): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'orgId') return reference.orgs.find((o) => o.id === value)?.name ?? String(value);
  if (field === 'industryCode') return reference.industries.find((i) => i.code === value)?.name ?? String(value);
  if (field === 'riskGrade') return RISK_GRADE_META[value as RiskGrade]?.label ?? String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

function Payload({ payload, reference }: { payload: Record<string, unknown>; reference: ReferenceData }) {
  const lines: { key: string; label: string; text: string }[] = [];
  for (const [key, value] of Object.entries(payload ?? {})) {
    if (key === 'changes' && typeof value === 'object' && value !== null) {
      for (const [field, change] of Object.entries(value)) {
        const text = isChange(change) ? `${display(field, change.from, reference)} → ${display(field, change.to, reference)}` : display(field, change, reference);
        lines.push({ key: 'changes.' + field, label: FIELD_LABELS[field] ?? field, text });
      }
    } else {
      lines.push({ key, label: FIELD_LABELS[key] ?? key, text: display(key, value, reference) });
    }
  }
  return <DescribedPayload lines={lines} />;
}

function actorText(actor: AuditActorView): string {
  if (actor.id === null) return actor.name && actor.name !== 'system' ? actor.name : '系统';
  const role = ROLE_LABELS[actor.role as Role];
  const details = [role, actor.orgName].filter((part) => part && part !== '—');
  return details.length ? `${actor.name}（${details.join(' · ')}）` : actor.name;
}

/** Lines describing an event's payload, label first; null: the generic field-by-field rendering. */
export type DescribePayload = (event: AuditEventView) => { key: string; label: string; text: string }[] | null;

function DescribedPayload({ lines }: { lines: { key: string; label: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <div style={{ marginTop: 4, fontSize: 12, color: '#4b5563', wordBreak: 'break-all' }}>
      {lines.map((line) => (
        <div key={line.key}>
          <span style={{ color: '#9ca3af' }}>{line.label}：</span>
          {line.text}
        </div>
      ))}
    </div>
  );
}

function toItem(event: AuditEventView, reference: ReferenceData, describe?: DescribePayload): TimelineItemType {
  const described = describe?.(event) ?? null;
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
          {actorText(event.actor)}
          {event.ip && <span style={{ color: '#9ca3af' }}> · IP {event.ip}</span>}
          <Tooltip title={`哈希链 ${event.hash}`}>
            <span className="mono" style={{ color: '#9ca3af', fontSize: 12 }}> · #{event.hash.slice(0, 8)}</span>
          </Tooltip>
        </div>
        {described ? <DescribedPayload lines={described} /> : <Payload payload={event.payload} reference={reference} />}
      </div>
    ),
  };
}

/**
 * 审计记录: every step on the record, newest first (行政处罚法 art. 47: the whole process is
 * recorded). An enterprise's by default; any audited record with `aggregateType` and `aggregateId`.
 */
export function AuditTimeline({
  enterpriseId,
  aggregateType = 'enterprise',
  aggregateId,
  refreshKey,
  describe,
}: {
  enterpriseId?: string;
  aggregateType?: string;
  aggregateId?: string;
  refreshKey: number;
  describe?: DescribePayload;
}) {
  const result = useApi<{ events: AuditEventView[] }>(`/api/audit/${aggregateType}/${aggregateId ?? enterpriseId ?? ''}#${refreshKey}`);
  const reference = useReferenceData();
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
        <Timeline items={newestFirst.map((event) => toItem(event, reference, describe))} />
      )}
    </Card>
  );
}
