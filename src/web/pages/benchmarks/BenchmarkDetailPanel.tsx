import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Permission } from '../../../domain/access.ts';
import type { BenchmarkDetail, ClauseView, VersionView } from '../../../domain/views/benchmarks.ts';
import { query } from '../../api/client.ts';
import { can, useMe } from '../../auth/session.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';
import PenaltyCalculator from './PenaltyCalculator.tsx';
import { MitigationTable, TiersTable, VersionTag, versionState } from './format.tsx';

// Only administrators edit: the editor loads on first use.
const BenchmarkEditor = lazy(() => import('./BenchmarkEditor.tsx'));

const BENCHMARK_MANAGE: Permission = 'benchmark:manage';
const PENALTY_COMPUTE: Permission = 'penalty:compute';

function Problems({ version }: { version: VersionView }) {
  if (version.problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title="该版本未通过校验，计算时不会采用，请管理员修订"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {version.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}

function VersionHeader({ version }: { version: VersionView }) {
  return (
    <Descriptions size="small" column={{ xs: 1, lg: 2 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="名称">
        {version.label} <VersionTag version={version} />
      </Descriptions.Item>
      <Descriptions.Item label="层级">{version.layerLabel}</Descriptions.Item>
      <Descriptions.Item label="施行日期">{version.effectiveFrom}</Descriptions.Item>
      <Descriptions.Item label="版本">第{version.version}版</Descriptions.Item>
      <Descriptions.Item label="首违不罚">{version.firstOffenceWaiver ? '可适用' : '不适用'}</Descriptions.Item>
      <Descriptions.Item label="修订人">
        {version.createdBy.name}
        {version.createdAt ? ` · ${formatDateTime(version.createdAt)}` : ''}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 法定处罚情形: the statute's own ranges the tiers divide. */
function ClausesTable({ clauses, party }: { clauses: ClauseView[]; party: string }) {
  return (
    <Table<ClauseView>
      size="small"
      bordered
      pagination={false}
      rowKey="trigger"
      dataSource={clauses}
      data-testid="benchmark-clauses"
      columns={[
        { title: '情形', dataIndex: 'label', width: 160 },
        { title: '单位罚款', dataIndex: 'unit', render: (t: string | null) => t ?? '—' },
        { title: party === 'unit' ? '责任人员罚款（每人）' : '当事人罚款', dataIndex: 'persons', render: (t: string | null) => t ?? '—' },
        { title: '处罚措施', key: 'measures', render: (_, c) => (c.measures.length ? c.measures.map((m) => m.label).join('、') : '—') },
      ]}
    />
  );
}

function VersionBody({ version, detail, party }: { version: VersionView; detail: BenchmarkDetail; party: string }) {
  return (
    <>
      <Problems version={version} />
      {version.note && <Typography.Paragraph type="secondary">修订说明：{version.note}</Typography.Paragraph>}
      <TiersTable tiers={version.tiers} item={detail.violation.item} party={party} testId="history-tiers" />
    </>
  );
}

const versionRenderer = (detail: BenchmarkDetail, party: string) => (version: VersionView) => <VersionBody version={version} detail={detail} party={party} />;

function History({ detail }: { detail: BenchmarkDetail }) {
  const party = detail.violation.party;
  return (
    <Table<VersionView>
      size="small"
      rowKey="version"
      pagination={false}
      dataSource={detail.versions}
      data-testid="benchmark-history"
      expandable={{ expandedRowRender: versionRenderer(detail, party) }}
      columns={[
        { title: '版本', dataIndex: 'version', width: 64, render: (n: number) => `第${n}版` },
        { title: '名称', key: 'label', render: (_, v) => <>{v.label} <VersionTag version={v} /></> },
        { title: '层级', dataIndex: 'layerLabel', width: 130 },
        { title: '施行日期', dataIndex: 'effectiveFrom', width: 104 },
        { title: '修订人', key: 'by', width: 100, render: (_, v) => v.createdBy.name },
        { title: '修订时间', key: 'at', width: 160, render: (_, v) => (v.createdAt ? formatDateTime(v.createdAt) : '（尚未保存）') },
        {
          title: '状态',
          key: 'state',
          width: 120,
          render: (_, v) => {
            const s = versionState(v);
            return s.text ? <Tag color={s.color}>{s.text}</Tag> : null;
          },
        },
      ]}
    />
  );
}

/** One item: the statutory clauses, the version in force on the chosen day, its history, the calculator, and the editor. */
export default function BenchmarkDetailPanel({ code, onChanged }: { code: string; onChanged: () => void }) {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? undefined;
  const tab = params.get('tab') ?? 'tiers';
  const [editing, setEditing] = useState(false);
  const result = useApi<BenchmarkDetail>(`/api/benchmarks/${encodeURIComponent(code)}` + query({ date }));
  const detail = result.data;

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  if (result.status === 'error' && !detail) {
    return (
      <Alert
        type="error"
        showIcon
        title="裁量基准加载失败"
        description={errorMessage(result.error)}
        action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
      />
    );
  }
  if (!detail) return <Card size="small"><Skeleton active paragraph={{ rows: 8 }} /></Card>;

  const v = detail.violation;
  const current = detail.current;
  const canEdit = can(me, BENCHMARK_MANAGE);
  const base = current ?? detail.versions[0] ?? null;

  return (
    <Card
      size="small"
      data-testid="benchmark-detail"
      title={
        <Space wrap>
          <span>{v.name}</span>
          <span className="mono" style={{ fontSize: 12, color: '#6b7280' }}>{v.code}</span>
          {v.majorHazard && <Tag color="red">重大事故隐患</Tag>}
        </Space>
      }
      extra={
        canEdit && base ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="benchmark-edit">
            修订
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="违反条款">{v.violated.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="处罚依据">{v.penaltyBasis.join('、')}</Descriptions.Item>
        <Descriptions.Item label="条款施行">
          {v.validFrom} 起{v.validTo ? `，${v.validTo} 起不再适用` : ''}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 0 }}>法定处罚幅度</Typography.Title>
      <ClausesTable clauses={v.clauses} party={v.party} />

      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={(key) => setParam('tab', key === 'tiers' ? undefined : key)}
        items={[
          {
            key: 'tiers',
            label: '裁量档次',
            children: (
              <>
                <Space style={{ marginBottom: 12 }} wrap>
                  <span>适用日期</span>
                  <DatePicker
                    allowClear
                    value={date ? dayjs(date) : null}
                    placeholder="今天"
                    onChange={(d) => setParam('date', d ? d.format('YYYY-MM-DD') : undefined)}
                    data-testid="benchmark-date"
                  />
                  <Typography.Text type="secondary">显示该日施行的版本</Typography.Text>
                </Space>
                {current ? (
                  <>
                    <VersionHeader version={current} />
                    <Problems version={current} />
                    <TiersTable tiers={current.tiers} item={v.item} party={v.party} />
                    {current.mitigation.length > 0 && (
                      <>
                        <Typography.Title level={5}>减轻处罚幅度（行政处罚法第三十二条）</Typography.Title>
                        <MitigationTable mitigation={current.mitigation} item={v.item} party={v.party} />
                      </>
                    )}
                  </>
                ) : (
                  <Empty description={`${detail.date} 没有施行中的裁量基准版本（条款自 ${v.validFrom} 起施行）`} />
                )}
              </>
            ),
          },
          { key: 'history', label: `历史版本（${detail.versions.length}）`, children: <History detail={detail} /> },
          ...(can(me, PENALTY_COMPUTE) ? [{ key: 'calculator', label: '裁量计算', children: <PenaltyCalculator code={v.code} /> }] : []),
        ]}
      />

      {editing && base && (
        <Suspense fallback={null}>
          <BenchmarkEditor
            detail={detail}
            base={base}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              result.reload();
              onChanged();
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
