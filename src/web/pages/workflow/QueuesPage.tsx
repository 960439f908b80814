import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { WorkflowSummary } from './api.ts';
import { SummaryList } from './components/Summaries.tsx';
import { workflowErrorMessage } from './format.ts';

function Queue({ queue, empty }: { queue: 'approval' | 'review'; empty: string }) {
  const result = useApi<{ items: WorkflowSummary[]; total: number }>(`/api/cases?queue=${queue}&pageSize=100`);
  if (result.status === 'error') {
    return (
      <Alert
        type="warning"
        showIcon
        title="加载失败"
        description={workflowErrorMessage(result.error)}
        action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
      />
    );
  }
  return (
    <>
      {result.data && result.data.total > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          共 {result.data.total} 件待办
        </Typography.Text>
      )}
      <SummaryList items={result.data?.items ?? []} loading={result.status === 'loading'} empty={empty} testId={`queue-${queue}`} />
    </>
  );
}

/**
 * 待办审批: the cases of the unit waiting for the signed-in leader (立案, 集体讨论, 决定, 结案…)
 * or legal reviewer (法制审核). A user holding both sees both tabs.
 */
export default function QueuesPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(can(me, PERMISSIONS.caseApprove) ? [{ key: 'approval', label: '待负责人审批', children: <Queue queue="approval" empty="没有等待您审批的案件" /> }] : []),
    ...(can(me, PERMISSIONS.caseReview) ? [{ key: 'review', label: '待法制审核', children: <Queue queue="review" empty="没有等待您审核的案件" /> }] : []),
  ];
  const active = tabs.some((t) => t.key === params.get('tab')) ? params.get('tab')! : tabs[0]?.key;
  return (
    <Card variant="borderless">
      <h1 className="page-title" style={{ marginTop: 0 }}>
        待办审批
      </h1>
      {tabs.length === 0 ? (
        <Typography.Text type="secondary">您的角色没有审批或审核事项。</Typography.Text>
      ) : (
        <Tabs activeKey={active} onChange={(tab) => setParams({ tab }, { replace: true })} items={tabs} />
      )}
    </Card>
  );
}
