import { ArrowLeftOutlined, CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Descriptions, Grid, Progress, Result, Row, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CaseRecord, CaseState } from '../../../domain/workflow/case.ts';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import type { CaseDetail, WorkflowMeta } from './api.ts';
import { useWorkflowMeta } from './api.ts';
import type { ActionRequest } from './components/ActionPanel.tsx';
import { ActionBar, penaltyText, RecordActionModal } from './components/ActionPanel.tsx';
import { EvidenceUpload } from './components/EvidenceUpload.tsx';
import { PenaltyCalculator } from './components/PenaltyCalculator.tsx';
import { FileList, RecordSidePanels, useWorkflowDetail } from './components/RecordParts.tsx';
import { CertificateValidity, useStaff } from './components/StaffSelect.tsx';
import { StateTag } from './components/Summaries.tsx';
import { workflowErrorMessage, yuan } from './format.ts';

interface Stage {
  key: string;
  title: string;
  states: CaseState[];
  /** The day the stage was reached, from the record. */
  date?: (r: CaseRecord) => string | undefined;
}

const GENERAL: Stage[] = [
  { key: 'file', title: '立案', states: ['draft', 'notFiled'], date: (r) => r.filedOn },
  { key: 'investigate', title: '调查取证', states: ['investigating'] },
  { key: 'propose', title: '拟处罚', states: ['proposed'] },
  { key: 'notify', title: '告知', states: ['notified', 'hearingRequested', 'hearingScheduled', 'heard'], date: (r) => r.notice?.servedOn },
  { key: 'review', title: '法制审核', states: ['legalReview', 'reviewed'], date: (r) => r.legalReview?.completedOn },
  { key: 'deliberate', title: '集体讨论', states: ['deliberation', 'deliberated'], date: (r) => r.deliberation?.heldOn },
  { key: 'decide', title: '决定', states: ['decided'], date: (r) => r.decision?.decidedOn },
  { key: 'serve', title: '送达执行', states: ['served', 'courtEnforcement'], date: (r) => r.service?.servedOn },
  { key: 'close', title: '结案归档', states: ['closed', 'archived'], date: (r) => r.closedOn },
];

const SIMPLE: Stage[] = [
  { key: 'spot', title: '当场处罚', states: ['draft'], date: (r) => r.decision?.decidedOn },
  { key: 'serve', title: '执行', states: ['served', 'courtEnforcement'] },
  { key: 'close', title: '结案归档', states: ['closed', 'archived'], date: (r) => r.closedOn },
];

const ENDED: Partial<Record<CaseState, string>> = {
  notFiled: '不予立案',
  transferred: '已移送司法机关',
  withdrawn: '已撤销案件',
};

/** The furthest stage the record shows was reached (for a case that left the procedure midway). */
function reachedIndex(stages: Stage[], r: CaseRecord): number {
  const facts: [string, unknown][] = [
    ['investigate', r.filedOn],
    ['propose', r.proposal],
    ['notify', r.notice],
    ['review', r.legalReview],
    ['deliberate', r.deliberation],
    ['decide', r.decision],
    ['serve', r.service],
  ];
  let index = 0;
  for (const [key, fact] of facts) if (fact) index = Math.max(index, stages.findIndex((s) => s.key === key));
  return index;
}

/** 办案环节 as antd Steps: the stages this case goes through (review and deliberation only when needed). */
function ProcedureSteps({ detail, compact }: { detail: CaseDetail; compact: boolean }) {
  const r = detail.record;
  const state = detail.state as CaseState;
  const simple = r.decision?.outcome === 'onSpot';
  const stages = (simple ? SIMPLE : GENERAL).filter((s) => {
    if (s.key === 'review') return detail.requirements.legalReview.length > 0 || Boolean(r.legalReview) || s.states.includes(state);
    if (s.key === 'deliberate') return detail.requirements.collectiveDeliberation.length > 0 || Boolean(r.deliberation) || s.states.includes(state);
    return true;
  });
  const ended = ENDED[state];
  const at = stages.findIndex((s) => s.states.includes(state));
  const current = at >= 0 ? at : reachedIndex(stages, r);
  const finished = state === 'archived';
  if (compact) {
    const stage = stages[current];
    const next = stages[current + 1];
    return (
      <div data-testid="case-steps">
        <Progress
          percent={Math.round(((current + 1) / stages.length) * 100)}
          steps={stages.length}
          size={{ width: Math.floor(300 / stages.length) - 2, height: 6 }}
          showInfo={false}
          status={ended ? 'exception' : 'normal'}
        />
        <div style={{ marginTop: 6, fontSize: 13 }}>
          第 {current + 1}/{stages.length} 步：<Typography.Text strong>{stage?.title}</Typography.Text>
          <Typography.Text type="secondary">（{ended ?? detail.stateLabel}）</Typography.Text>
          {next && !ended && <Typography.Text type="secondary"> · 下一步：{next.title}</Typography.Text>}
        </div>
      </div>
    );
  }
  return (
    <Steps
      size="small"
      current={current}
      status={ended ? 'error' : finished ? 'finish' : 'process'}
      data-testid="case-steps"
      items={stages.map((s, i) => {
        const date = s.date?.(r);
        return {
          title: s.title,
          ...(i === current && ended ? { content: ended } : i === current && !finished ? { content: detail.stateLabel } : date ? { content: date } : {}),
        };
      })}
    />
  );
}

function measureLabelOf(meta: WorkflowMeta | null) {
  return (key: string) => meta?.measures.find((m) => m.key === key)?.label ?? key;
}

function Facts({ detail, meta }: { detail: CaseDetail; meta: WorkflowMeta | null }) {
  const r = detail.record;
  const reviewers = useStaff(['legal_reviewer']);
  const measure = measureLabelOf(meta);
  const source = meta?.caseSources.find((s) => s.key === r.source)?.label ?? r.source;
  const method = (key: string) => meta?.serviceMethods.find((m) => m.key === key)?.label ?? key;
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'party', label: '当事人', children: <Link to={`/enterprises/${detail.enterprise.id}`}>{detail.enterprise.name}</Link> },
    { key: 'partyKind', label: '当事人类别', children: r.partyKind === 'citizen' ? '公民' : '法人或其他组织' },
    { key: 'source', label: '案件来源', children: source },
    {
      key: 'violation',
      label: '违法行为',
      children: detail.violation ? (
        <div>
          <div data-testid="case-violation">{detail.violation.name}</div>
          <div style={{ color: '#6b7280', fontSize: 13 }}>{detail.violation.citations.join('；')}</div>
        </div>
      ) : (
        <Typography.Text type="warning">尚未确定</Typography.Text>
      ),
    },
    { key: 'actEnded', label: '违法行为终了', children: r.actEndedOn },
    { key: 'discovered', label: '发现日期', children: r.discoveredOn },
  ];
  if (r.filedOn) items.push({ key: 'filed', label: '立案日期', children: r.filedOn });
  if (detail.decisionDueDate && !r.decision) items.push({ key: 'due', label: '应作出决定', children: `${detail.decisionDueDate} 前（第六十条）` });
  items.push({
    key: 'investigators',
    label: '办案人员',
    children: (
      <Space orientation="vertical" size={2}>
        {detail.investigators.map((o) => (
          <Space key={o.userId} size={6} wrap>
            {o.name}
            <CertificateValidity member={{ certificate: o.certificate, certificateValid: o.certificateValid, role: 'officer' }} />
          </Space>
        ))}
      </Space>
    ),
  });
  if (r.proposal) {
    items.push({
      key: 'proposal',
      label: '拟处罚',
      children: (
        <div data-testid="case-proposal">
          {penaltyText(r.proposal, measure)}
          {r.proposal.benchmark && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              裁量基准幅度 {yuan(r.proposal.benchmark.min)} ～ {yuan(r.proposal.benchmark.max)}
              {r.proposal.benchmark.tier ? `（${r.proposal.benchmark.tier}）` : ''}
            </Typography.Text>
          )}
          {r.proposal.deviationReason && <div style={{ fontSize: 12 }}>偏离基准理由：{r.proposal.deviationReason}</div>}
        </div>
      ),
    });
  }
  if (r.notice) {
    items.push({
      key: 'notice',
      label: '告知',
      children: (
        <div>
          {r.notice.servedOn} 送达告知书；陈述申辩期限至 {r.notice.statementDueDate}
          {r.notice.hearingRights ? `；听证申请期限至 ${r.notice.hearingRequestDueDate ?? '—'}` : '；不属于听证情形'}
        </div>
      ),
    });
  }
  if (r.waiver) {
    items.push({
      key: 'waiver',
      label: '放弃权利',
      children: [r.waiver.statement ? '放弃陈述、申辩' : '', r.waiver.hearing ? '放弃听证' : ''].filter(Boolean).join('、') + `（${r.waiver.recordedOn}）`,
    });
  }
  for (const [i, s] of (r.statements ?? []).entries()) {
    items.push({
      key: `statement${i}`,
      label: `陈述申辩 ${i + 1}`,
      children: `${s.receivedOn}：${s.summary}${s.reviewed ? (s.accepted ? '（已复核，采纳）' : '（已复核，不采纳）') : '（待复核）'}`,
    });
  }
  if (r.hearing) {
    items.push({
      key: 'hearing',
      label: '听证',
      children: `${r.hearing.requestedOn} 申请${r.hearing.date ? `；${r.hearing.date} 举行` : ''}${r.hearing.outcome === 'deemedWaived' ? '（当事人未出席，视为放弃）' : r.hearing.heldOn ? '（已举行）' : ''}`,
    });
  }
  if (r.legalReview) {
    const reviewer = reviewers.data?.find((m) => m.id === r.legalReview?.reviewer.userId)?.name ?? '法制审核人员';
    items.push({
      key: 'review',
      label: '法制审核',
      children: (
        <span data-testid="case-review">
          {reviewer}，{r.legalReview.submittedOn} 提交
          {r.legalReview.completedOn ? `，${r.legalReview.completedOn} ${r.legalReview.passed ? '审核通过' : '退回'}` : '，审核中'}
          {r.legalReview.opinion ? `：${r.legalReview.opinion}` : ''}
        </span>
      ),
    });
  }
  if (r.deliberation) {
    items.push({ key: 'deliberation', label: '集体讨论', children: r.deliberation.heldOn ? `${r.deliberation.heldOn}：${r.deliberation.conclusion ?? ''}` : `${r.deliberation.submittedOn} 提交，待讨论` });
  }
  if (r.decision) {
    items.push({
      key: 'decision',
      label: '处罚决定',
      children: (
        <span data-testid="case-decision">
          {r.decision.decidedOn}：{r.decision.outcome === 'noPenalty' ? `不予行政处罚（${r.decision.reason ?? ''}）` : penaltyText(r.decision.penalty, measure)}
        </span>
      ),
    });
  }
  if (r.service) items.push({ key: 'service', label: '送达', children: `${r.service.servedOn}，${method(r.service.method)}` });
  if (r.payment) {
    const total = r.payment.amount + (r.payment.surcharge ?? 0);
    const outstanding = Math.max(0, Math.round((total - r.payment.paid) * 100) / 100);
    items.push({
      key: 'payment',
      label: '缴纳罚款',
      children: (
        <span data-testid="case-payment">
          应缴 {yuan(r.payment.amount)}
          {r.payment.surcharge ? `，加处罚款 ${yuan(r.payment.surcharge)}` : ''}，已缴 {yuan(r.payment.paid)}
          {outstanding > 0 ? `，尚欠 ${yuan(outstanding)}（${r.payment.deferredUntil ?? r.payment.dueDate} 前）` : '，已缴清'}
        </span>
      ),
    });
  }
  if (r.transfer) items.push({ key: 'transfer', label: '移送', children: `${r.transfer.transferredOn} 移送${r.transfer.to}：${r.transfer.reason}` });
  if (r.withdrawal) items.push({ key: 'withdrawal', label: '撤销', children: `${r.withdrawal.withdrawnOn}：${r.withdrawal.reason}` });
  if (r.dismissal) items.push({ key: 'dismissal', label: '不予立案', children: `${r.dismissal.dismissedOn}：${r.dismissal.reason}` });

  return (
    <>
      {detail.facts && (
        <Typography.Paragraph style={{ background: '#fafbfc', padding: '8px 12px', borderRadius: 6, marginBottom: 12 }} data-testid="case-facts-text">
          {detail.facts}
        </Typography.Paragraph>
      )}
      <Descriptions column={1} size="small" items={items} styles={{ label: { width: 112 } }} />
    </>
  );
}

function Requirements({ detail }: { detail: CaseDetail }) {
  const { legalReview, collectiveDeliberation, hearingRights } = detail.requirements;
  const groups = [
    { key: 'review', title: '须经法制审核', reasons: legalReview },
    { key: 'deliberation', title: '须经负责人集体讨论', reasons: collectiveDeliberation },
    { key: 'hearing', title: '应告知听证权利', reasons: hearingRights },
  ].filter((g) => g.reasons.length > 0);
  if (groups.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="case-requirements"
      title="本案适用的程序要求"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {groups.map((g) => (
            <li key={g.key}>
              {g.title}：{g.reasons.map((r) => `${r.text}（${r.article}）`).join('；')}
            </li>
          ))}
        </ul>
      }
    />
  );
}

const BEFORE_DECISION = new Set(['investigating', 'proposed', 'notified', 'hearingRequested', 'hearingScheduled', 'heard', 'legalReview', 'reviewed', 'deliberation', 'deliberated']);

/**
 * 案件: the stage of the procedure, the facts, what can be done next (and what cannot yet, with the
 * rule and article), the penalty calculator, the deadlines, the documents and the whole audit trail.
 */
export default function CaseDetailPage() {
  const { id } = useParams();
  const me = useMe();
  const meta = useWorkflowMeta();
  const navigate = useNavigate();
  const { detail, status, error, replace, reload, auditKey } = useWorkflowDetail<CaseDetail>('case', id);
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const screens = Grid.useBreakpoint();

  if (status === 'error' && !detail) {
    return <Result status="warning" title="无法打开该案件" subTitle={workflowErrorMessage(error)} extra={<Button onClick={() => navigate('/cases')}>返回案件列表</Button>} />;
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 12 }} />;

  const r = detail.record;
  const propose = detail.allowedActions.find((a) => a.event === 'propose');
  const showCalculator = can(me, PERMISSIONS.penaltyCompute) && detail.violation !== null && BEFORE_DECISION.has(detail.state);
  const investigatorIds = detail.investigators.map((o) => o.userId);
  const measure = measureLabelOf(meta);
  const decideSummary =
    request && (request.event === 'decide' || request.event === 'notify') && r.proposal ? (
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`拟处罚内容：${penaltyText(r.proposal, measure)}`} />
    ) : null;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card variant="borderless" size="small" styles={{ body: { padding: 16 } }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 12 }}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <div style={{ flex: 1, minWidth: 0 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
              <h1 className="page-title" style={{ margin: 0, wordBreak: 'break-all' }} data-testid="case-title">
                {detail.title}
              </h1>
              <StateTag state={detail.state} label={detail.stateLabel} />
            </div>
            <Space size={8} wrap>
              <Link to={`/enterprises/${detail.enterprise.id}`}>{detail.enterprise.name}</Link>
              {detail.hazardId && <Link to={`/hazards/${detail.hazardId}`}>关联隐患</Link>}
              {detail.inspectionId && <Link to={`/inspections/${detail.inspectionId}`}>关联检查</Link>}
            </Space>
          </div>
        </div>
        <ProcedureSteps detail={detail} compact={screens.md === false} />
      </Card>

      <Card variant="borderless" size="small" title="办理" data-testid="case-actions">
        <ActionBar
          aggregate="case"
          actions={detail.allowedActions}
          onRequest={(req) => {
            // The amount still owed is the usual payment.
            const payment = r.payment;
            if (req.event === 'recordPayment' && payment) {
              const outstanding = Math.round((payment.amount + (payment.surcharge ?? 0) - payment.paid) * 100) / 100;
              setRequest({ ...req, initial: { amount: Math.max(0, outstanding) } });
            } else setRequest(req);
          }}
        />
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Requirements detail={detail} />
            <Card variant="borderless" size="small" title="案件情况">
              <Facts detail={detail} meta={meta} />
            </Card>
            {showCalculator && (
              <Collapse
                defaultActiveKey={propose?.allowed ? ['calculator'] : []}
                items={[
                  {
                    key: 'calculator',
                    label: (
                      <span>
                        <CalculatorOutlined /> 处罚裁量计算
                        {r.proposal ? (
                          <Tag style={{ marginInlineStart: 8 }}>已拟处罚 {yuan(r.proposal.amount)}</Tag>
                        ) : detail.discretion?.recommended != null ? (
                          <Tag style={{ marginInlineStart: 8 }}>
                            {detail.discretion.computedOn} 计算：{detail.discretion.range?.text ?? ''}，推荐 {yuan(detail.discretion.recommended)}
                          </Tag>
                        ) : null}
                      </span>
                    ),
                    children: (
                      <PenaltyCalculator
                        caseId={detail.id}
                        canPropose={propose?.allowed === true}
                        onPropose={(p) =>
                          setRequest({
                            event: 'propose',
                            initial: { ...(p.amount === undefined ? {} : { amount: p.amount }), penaltyMeasures: p.measures },
                            extra: { discretion: { facts: p.facts } },
                          })
                        }
                      />
                    ),
                  },
                ]}
                style={{ background: '#fff' }}
              />
            )}
            <Card variant="borderless" size="small" title="证据材料" data-testid="case-files">
              {can(me, PERMISSIONS.caseWrite) && !detail.final && (
                <div style={{ marginBottom: 12 }}>
                  <EvidenceUpload aggregate="case" id={detail.id} onUploaded={() => reload()} testId="case-evidence" />
                </div>
              )}
              <FileList files={detail.files} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <RecordSidePanels
            aggregate="case"
            detail={detail}
            canIssue={can(me, PERMISSIONS.caseWrite) || can(me, PERMISSIONS.caseApprove)}
            onChanged={reload}
            auditKey={auditKey}
            violation={detail.violation}
          />
        </Col>
      </Row>

      <RecordActionModal<CaseDetail>
        aggregate="case"
        detail={detail}
        request={request}
        investigators={investigatorIds}
        summary={decideSummary}
        replace={replace}
        reload={reload}
        onClose={() => setRequest(null)}
      />
    </Space>
  );
}
