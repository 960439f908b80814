import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { HazardDetail, InspectionDetail } from './api.ts';
import type { ActionRequest } from './components/ActionPanel.tsx';
import { ActionBar, RecordActionModal } from './components/ActionPanel.tsx';
import { CaseCreateModal } from './components/CaseCreateModal.tsx';
import { DeadlineTag } from './components/DeadlineTag.tsx';
import { EvidenceUpload } from './components/EvidenceUpload.tsx';
import { FileList, RecordSidePanels, useWorkflowDetail } from './components/RecordParts.tsx';
import { StateTag } from './components/Summaries.tsx';
import { workflowErrorMessage } from './format.ts';

/** Reports and re-inspections in the order of the loop: each re-inspection answers the report before it. */
function loopItems(record: HazardDetail['record']) {
  const reports = record.rectificationReports ?? [];
  const checks = record.reinspections ?? [];
  const items = [];
  for (let i = 0; i < Math.max(reports.length, checks.length); i++) {
    const r = reports[i];
    if (r) {
      items.push({
        key: `r${i}`,
        color: 'blue',
        content: (
          <div>
            <Typography.Text strong>{r.reportedOn} 报告整改</Typography.Text>
            <div>{r.description}</div>
            {r.evidenceIds.length > 0 && <Typography.Text type="secondary">附证据 {r.evidenceIds.length} 份</Typography.Text>}
          </div>
        ),
      });
    }
    const c = checks[i];
    if (c) {
      items.push({
        key: `i${i}`,
        color: c.passed ? 'green' : 'red',
        icon: c.passed ? <CheckCircleFilled /> : <CloseCircleFilled />,
        content: (
          <div>
            <Typography.Text strong>
              {c.on} 复查{c.passed ? '通过' : '未通过'}
            </Typography.Text>
            {c.note && <div>{c.note}</div>}
            <div>
              <Typography.Text type="secondary">附证据 {c.evidenceIds.length} 份</Typography.Text>
            </div>
          </div>
        ),
      });
    }
  }
  return items;
}

/**
 * 隐患: the closed loop on one page — the order and its deadline (overdue in red), the
 * enterprise's rectification reports, the re-inspections with their evidence, 销号; and, when the
 * deadline passed without rectification, the case (安全生产法第一百零二条).
 */
export default function HazardDetailPage() {
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { detail, status, error, replace, reload, auditKey } = useWorkflowDetail<HazardDetail>('hazard', id);
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const [creatingCase, setCreatingCase] = useState(false);
  const inspection = useApi<InspectionDetail>(detail?.inspectionId ? `/api/inspections/${detail.inspectionId}` : null);

  if (status === 'error' && !detail) {
    return <Result status="warning" title="无法打开该隐患" subTitle={workflowErrorMessage(error)} extra={<Button onClick={() => navigate('/hazards')}>返回隐患列表</Button>} />;
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 10 }} />;

  const record = detail.record;
  const order = record.order;
  const openDeadline = detail.deadlines.find((d) => d.kind === 'rectification' && d.status === 'open');
  const canUpload = can(me, PERMISSIONS.inspectionWrite) || can(me, PERMISSIONS.hazardReport);
  const canCreateCase = can(me, PERMISSIONS.caseWrite) && !detail.caseId;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card variant="borderless" size="small" styles={{ body: { padding: 16 } }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <div style={{ flex: 1, minWidth: 0 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
              <h1 className="page-title" style={{ margin: 0, wordBreak: 'break-all' }} data-testid="hazard-title">
                {record.description}
              </h1>
              <Space size={6}>
                {record.majorHazard && (
                  <Tag color="red" icon={<WarningFilled />}>
                    重大事故隐患
                  </Tag>
                )}
                <StateTag state={detail.state} label={detail.stateLabel} />
              </Space>
            </div>
            <Link to={`/enterprises/${detail.enterprise.id}`}>{detail.enterprise.name}</Link>
            <Typography.Text type="secondary"> · {record.location}</Typography.Text>
          </div>
        </div>
        {detail.overdue.overdue && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="hazard-overdue"
            title={`整改期限（${detail.overdue.dueDate}）已过 ${detail.overdue.daysOverdue} 天，隐患仍未消除`}
            description="生产经营单位未采取措施消除事故隐患的，可依据安全生产法第一百零二条立案查处。"
          />
        )}
        <div style={{ marginTop: 12 }}>
          <ActionBar aggregate="hazard" actions={detail.allowedActions} onRequest={setRequest} />
          {(canCreateCase || detail.caseId) && (
            <div style={{ marginTop: 12 }}>
              {detail.caseId ? (
                <Link to={`/cases/${detail.caseId}`} data-testid="hazard-case-link">
                  查看关联案件
                </Link>
              ) : (
                <Button onClick={() => setCreatingCase(true)} data-testid="hazard-create-case">
                  就该违法行为立案
                </Button>
              )}
            </div>
          )}
        </div>
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card variant="borderless" size="small" title="违法行为与整改指令">
              <Descriptions column={1} size="small">
                <Descriptions.Item label="违法行为">
                  {detail.violation ? (
                    <div>
                      <div data-testid="hazard-violation">{detail.violation.name}</div>
                      <div style={{ color: '#6b7280', fontSize: 13 }}>{detail.violation.citations.join('；')}</div>
                      {detail.violation.confirmedBy && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          由 {detail.violation.confirmedBy.name} 确认
                        </Typography.Text>
                      )}
                    </div>
                  ) : (
                    <Typography.Text type="warning">尚未确认</Typography.Text>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label="整改指令">
                  {order ? (
                    <Space wrap>
                      <span>{order.action === 'immediate' ? '立即整改' : '限期整改'}</span>
                      <Typography.Text type="secondary">{order.orderedOn} 下达</Typography.Text>
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">尚未下达</Typography.Text>
                  )}
                </Descriptions.Item>
                {order && (
                  <Descriptions.Item label="整改期限">
                    {openDeadline ? <DeadlineTag deadline={openDeadline} showKind={false} /> : order.dueDate}
                  </Descriptions.Item>
                )}
                {detail.inspectionId && (
                  <Descriptions.Item label="来源">
                    <Link to={`/inspections/${detail.inspectionId}`}>{inspection.data ? `${inspection.data.typeLabel} ${inspection.data.date}` : '监督检查'}</Link>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>

            <Card variant="borderless" size="small" title="整改与复查">
              {(record.rectificationReports ?? []).length === 0 && (record.reinspections ?? []).length === 0 ? (
                <Typography.Text type="secondary">尚无整改报告或复查记录</Typography.Text>
              ) : (
                <Timeline items={loopItems(record)} />
              )}
            </Card>

            <Card variant="borderless" size="small" title="照片与证据" data-testid="hazard-files">
              {canUpload && !detail.final && (
                <div style={{ marginBottom: 12 }}>
                  <EvidenceUpload aggregate="hazard" id={detail.id} onUploaded={() => reload()} testId="hazard-detail-photos" />
                </div>
              )}
              <FileList files={detail.files} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <RecordSidePanels
            aggregate="hazard"
            detail={detail}
            canIssue={can(me, PERMISSIONS.inspectionWrite)}
            onChanged={reload}
            auditKey={auditKey}
            violation={detail.violation}
          />
        </Col>
      </Row>

      <RecordActionModal<HazardDetail>
        aggregate="hazard"
        detail={detail}
        request={request}
        replace={replace}
        reload={reload}
        onClose={() => setRequest(null)}
        afterDone={(next, done) => {
          if (done.event === 'openCase' && next.caseId) navigate(`/cases/${next.caseId}`);
        }}
      />
      {creatingCase && (
        <CaseCreateModal
          draft={{
            enterpriseId: detail.enterprise.id,
            enterpriseName: detail.enterprise.name,
            hazardId: detail.id,
            ...(detail.inspectionId ? { inspectionId: detail.inspectionId } : {}),
            title: `${detail.enterprise.name}${detail.violation ? detail.violation.name : '安全生产违法'}案`,
            facts: `${inspection.data ? `${inspection.data.date}，执法人员在${inspection.data.typeLabel}中发现：` : ''}${record.description}（${record.location}）。`,
            violation: detail.violation ? { code: detail.violation.code, name: detail.violation.name } : null,
            investigatorIds: inspection.data?.officers.map((o) => o.userId) ?? [],
            ...(inspection.data ? { actEndedOn: inspection.data.date, discoveredOn: inspection.data.date } : {}),
          }}
          onCreated={(c) => {
            setCreatingCase(false);
            message.success('案件已创建，待负责人立案');
            navigate(`/cases/${c.id}`);
          }}
          onClose={() => setCreatingCase(false)}
        />
      )}
    </Space>
  );
}
