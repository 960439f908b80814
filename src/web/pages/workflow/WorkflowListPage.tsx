import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Pagination, Segmented, Select, Space, Switch, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { query } from '../../api/client.ts';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { Aggregate, WorkflowSummary } from './api.ts';
import { useWorkflowMeta } from './api.ts';
import { SummaryList } from './components/Summaries.tsx';
import { workflowErrorMessage } from './format.ts';

const PAGE_SIZE = 20;

const TITLES: Record<Aggregate, { title: string; empty: string; api: string }> = {
  inspection: { title: '监督检查', empty: '暂无检查记录', api: '/api/inspections' },
  hazard: { title: '隐患治理', empty: '暂无隐患', api: '/api/hazards' },
  case: { title: '案件办理', empty: '暂无案件', api: '/api/cases' },
};

/**
 * The inspections, hazards or cases of the jurisdiction (or only mine), filtered by stage;
 * hazards also by 逾期未整改, cases also by the approval and review queues. Filters live in the URL.
 */
export function WorkflowListPage({ aggregate }: { aggregate: Aggregate }) {
  const me = useMe();
  const meta = useWorkflowMeta();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? undefined;
  const mine = params.get('mine') === 'true';
  const overdue = params.get('overdue') === 'true';
  const queue = params.get('queue') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const texts = TITLES[aggregate];

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  const path =
    texts.api +
    query({
      state,
      mine: mine ? 'true' : undefined,
      overdue: aggregate === 'hazard' && overdue ? 'true' : undefined,
      queue: aggregate === 'case' ? queue : undefined,
      page,
      pageSize: PAGE_SIZE,
    });
  const result = useApi<{ items: WorkflowSummary[]; total: number }>(path);
  const states = meta?.machines[aggregate].states ?? [];
  const canCreate = aggregate === 'inspection' && can(me, PERMISSIONS.inspectionWrite);

  return (
    <Card variant="borderless">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 16 }}>
        <h1 className="page-title" style={{ margin: 0 }}>
          {texts.title}
        </h1>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/new')} data-testid="inspection-new">
            新建检查
          </Button>
        )}
      </div>
      <Space wrap size={[12, 12]} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部环节"
          value={state}
          onChange={(v?: string) => set({ state: v })}
          options={states.map((s) => ({ value: s.key, label: s.label }))}
          style={{ width: 180 }}
        />
        <Segmented
          value={mine ? 'mine' : 'all'}
          onChange={(v) => set({ mine: v === 'mine' ? 'true' : undefined })}
          options={[
            { value: 'all', label: '本辖区' },
            { value: 'mine', label: '我经办的' },
          ]}
        />
        {aggregate === 'hazard' && (
          <Space size={6}>
            <Switch size="small" checked={overdue} onChange={(v) => set({ overdue: v ? 'true' : undefined })} />
            <Typography.Text>只看逾期未整改</Typography.Text>
          </Space>
        )}
        {aggregate === 'case' && (
          <Select
            allowClear
            placeholder="待办"
            value={queue}
            onChange={(v?: string) => set({ queue: v })}
            options={[
              { value: 'approval', label: '待负责人审批' },
              { value: 'review', label: '待法制审核' },
            ]}
            style={{ width: 150 }}
          />
        )}
      </Space>
      {result.status === 'error' && <Alert type="warning" showIcon title="加载失败" description={workflowErrorMessage(result.error)} style={{ marginBottom: 12 }} />}
      <SummaryList items={result.data?.items ?? []} loading={result.status === 'loading'} empty={texts.empty} testId={`${aggregate}-list`} />
      {(result.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 12, textAlign: 'right' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={result.data?.total ?? 0}
          showSizeChanger={false}
          onChange={(p) => set({ page: String(p) })}
        />
      )}
    </Card>
  );
}

export function InspectionListPage() {
  return <WorkflowListPage aggregate="inspection" />;
}
export function HazardListPage() {
  return <WorkflowListPage aggregate="hazard" />;
}
export function CaseListPage() {
  return <WorkflowListPage aggregate="case" />;
}
