import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { DeadlineItem, Workbench, WorkflowSummary } from './api.ts';
import { pagePath } from './api.ts';
import { DeadlineTag } from './components/DeadlineTag.tsx';
import { SummaryList } from './components/Summaries.tsx';
import { workflowErrorMessage } from './format.ts';

const SUBJECT_LABELS = { inspection: '检查', hazard: '隐患', case: '案件' } as const;

function DeadlineItems({ items, today }: { items: DeadlineItem[]; today: string }) {
  return (
    <List
      dataSource={items}
      renderItem={(d) => (
        <List.Item style={{ paddingInline: 0 }} data-testid={d.overdue ? 'workbench-overdue' : 'workbench-due-soon'}>
          <div style={{ width: '100%', minWidth: 0 }}>
            <Space size={6} wrap>
              <DeadlineTag deadline={d} today={today} />
            </Space>
            <div style={{ marginTop: 4 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {SUBJECT_LABELS[d.subject.aggregate]} ·{' '}
              </Typography.Text>
              <Link to={pagePath(d.subject.aggregate, d.subject.id)}>{d.subject.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                · {d.subject.enterpriseName}
              </Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/**
 * The workbench's work: deadlines that need attention (overdue in red, due within a week in
 * orange, 暂定 when counted over an unpublished holiday calendar), the leader's and reviewer's
 * queues, and the open inspections, hazards and cases (an officer's own, a leader's unit's).
 */
/** A leader's or reviewer's queue, half the row when both are shown; the count in the title. */
function QueueCard({ title, tab, items, empty, half }: { title: string; tab: 'approval' | 'review'; items: WorkflowSummary[]; empty: string; half: boolean }) {
  return (
    <Col xs={24} lg={half ? 12 : 24}>
      <Card
        variant="borderless"
        title={
          <Space size={8}>
            {title}
            <Badge count={items.length} color="#1d5fa8" />
          </Space>
        }
        extra={<Link to={`/queues?tab=${tab}`}>全部</Link>}
        data-testid={`queue-${tab}-card`}
      >
        <SummaryList items={items} empty={empty} testId={`workbench-${tab}`} />
      </Card>
    </Col>
  );
}

export function WorkbenchPanels() {
  const me = useMe();
  const result = useApi<Workbench>('/api/workbench');
  const data = result.data;

  if (result.status === 'error' && !data) {
    return (
      <Alert
        type="warning"
        showIcon
        title="待办事项加载失败"
        description={workflowErrorMessage(result.error)}
        action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
      />
    );
  }
  if (!data) return <Card variant="borderless"><Skeleton active paragraph={{ rows: 5 }} /></Card>;

  const mine = data.scope === 'mine';
  const approver = can(me, PERMISSIONS.caseApprove);
  const reviewer = can(me, PERMISSIONS.caseReview);
  const { overdue, dueSoon } = data.deadlines;

  const stats = [
    { key: 'overdue', title: '已逾期', value: overdue.length, color: overdue.length > 0 ? '#c0392b' : undefined },
    { key: 'dueSoon', title: '7 日内到期', value: dueSoon.length, color: dueSoon.length > 0 ? '#d46b08' : undefined },
    { key: 'inspections', title: mine ? '我的在办检查' : '在办检查', value: data.inspections.length },
    { key: 'hazards', title: '未销号隐患', value: data.hazards.length },
    { key: 'cases', title: mine ? '我的在办案件' : '在办案件', value: data.cases.length },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="workbench">
      <Row gutter={[12, 12]}>
        {stats.map((s) => (
          <Col key={s.key} flex="1 1 104px">
            <Card variant="borderless" size="small">
              <Statistic title={s.title} value={s.value} {...(s.color ? { styles: { content: { color: s.color } } } : {})} />
            </Card>
          </Col>
        ))}
      </Row>

      {(approver || reviewer) && (
        <Row gutter={[16, 16]}>
          {approver && (
            <QueueCard
              title="待负责人审批"
              tab="approval"
              items={data.queues.awaitingApproval}
              empty="没有等待您审批的案件"
              half={reviewer}
            />
          )}
          {reviewer && (
            <QueueCard title="待法制审核" tab="review" items={data.queues.awaitingReview} empty="没有等待您审核的案件" half={approver} />
          )}
        </Row>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card variant="borderless" title="期限提醒" data-testid="workbench-deadlines">
            {overdue.length === 0 && dueSoon.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="近期没有到期事项" />
            ) : (
              <>
                {overdue.length > 0 && (
                  <>
                    <Typography.Text type="danger" strong>
                      已逾期
                    </Typography.Text>
                    <DeadlineItems items={overdue} today={data.today} />
                  </>
                )}
                {dueSoon.length > 0 && (
                  <>
                    <Typography.Text style={{ color: '#d46b08' }} strong>
                      即将到期
                    </Typography.Text>
                    <DeadlineItems items={dueSoon} today={data.today} />
                  </>
                )}
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              defaultActiveKey={data.inspections.length > 0 ? 'inspections' : data.hazards.length > 0 ? 'hazards' : data.cases.length > 0 ? 'cases' : 'inspections'}
              items={[
                { key: 'inspections', label: `${mine ? '我的' : ''}检查（${data.inspections.length}）`, children: <SummaryList items={data.inspections} empty="没有在办的检查" testId="workbench-inspections" /> },
                { key: 'hazards', label: `隐患（${data.hazards.length}）`, children: <SummaryList items={data.hazards} empty="没有未销号的隐患" testId="workbench-hazards" /> },
                { key: 'cases', label: `${mine ? '我的' : ''}案件（${data.cases.length}）`, children: <SummaryList items={data.cases} empty="没有在办的案件" testId="workbench-cases" /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
