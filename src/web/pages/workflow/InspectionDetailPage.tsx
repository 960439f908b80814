import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Input, Result, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { can, useMe } from '../../auth/session.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { InspectionDetail, WorkflowSummary } from './api.ts';
import type { ActionRequest } from './components/ActionPanel.tsx';
import { ActionBar, RecordActionModal } from './components/ActionPanel.tsx';
import { EvidenceUpload } from './components/EvidenceUpload.tsx';
import { HazardEntry } from './components/HazardEntry.tsx';
import { DocumentList, FileList, useWorkflowDetail, WorkflowAudit } from './components/RecordParts.tsx';
import { CertificateValidity } from './components/StaffSelect.tsx';
import { StateTag, SummaryList } from './components/Summaries.tsx';
import { dateCn, workflowErrorMessage } from './format.ts';

type ChecklistResult = 'ok' | 'finding' | 'notApplicable';
type ChecklistItem = { item: string; result: ChecklistResult };

/** Items most inspections of an ordinary enterprise cover; the officer adds his own. */
const DEFAULT_CHECKLIST = [
  '安全生产责任制和规章制度',
  '安全生产教育和培训',
  '特种作业人员持证上岗',
  '事故隐患排查治理',
  '应急预案及演练',
  '消防设施和安全出口',
  '电气线路和设备',
  '危险作业管理（动火、有限空间等）',
];

const RESULT_OPTIONS = [
  { value: 'ok', label: '符合' },
  { value: 'finding', label: '有隐患' },
  { value: 'notApplicable', label: '不适用' },
];

const RESULT_COLORS: Record<ChecklistResult, string> = { ok: 'green', finding: 'red', notApplicable: 'default' };

function Section({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card variant="borderless" title={title} extra={extra} size="small" styles={{ body: { padding: '12px 16px' } }} data-testid={testId}>
      {children}
    </Card>
  );
}

function Checklist({ detail, editable, onSave }: { detail: InspectionDetail; editable: boolean; onSave: (items: ChecklistItem[]) => Promise<void> }) {
  const saved = detail.record.checklist ?? [];
  const [items, setItems] = useState<ChecklistItem[]>(() =>
    saved.length > 0 ? saved : DEFAULT_CHECKLIST.map((item) => ({ item, result: 'notApplicable' as const })),
  );
  const [extra, setExtra] = useState('');
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(items) !== JSON.stringify(saved);
  const save = async () => {
    setSaving(true);
    try {
      await onSave(items);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="checklist">
      {items.map((it, index) => (
        <div key={it.item} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <span style={{ flex: '1 1 160px' }}>{it.item}</span>
          {editable ? (
            <Segmented
              size="small"
              value={it.result}
              options={RESULT_OPTIONS}
              onChange={(value) => setItems((list) => list.map((x, i) => (i === index ? { ...x, result: value as ChecklistResult } : x)))}
            />
          ) : (
            <Tag color={RESULT_COLORS[it.result]} style={{ marginInlineEnd: 0 }}>
              {RESULT_OPTIONS.find((o) => o.value === it.result)?.label}
            </Tag>
          )}
        </div>
      ))}
      {editable && (
        <>
          <Space.Compact style={{ width: '100%' }}>
            <Input value={extra} onChange={(e) => setExtra(e.target.value)} placeholder="增加检查项目" />
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                const item = extra.trim();
                if (item && !items.some((x) => x.item === item)) setItems((list) => [...list, { item, result: 'ok' }]);
                setExtra('');
              }}
            >
              添加
            </Button>
          </Space.Compact>
          <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={saving} onClick={() => void save()} data-testid="checklist-save">
            {dirty ? '保存检查项目' : '检查项目已保存'}
          </Button>
        </>
      )}
    </Space>
  );
}

function Signatures({ detail, editable, onSave }: { detail: InspectionDetail; editable: boolean; onSave: (body: Record<string, unknown>) => Promise<void> }) {
  const record = detail.record;
  const [signed, setSigned] = useState<string[]>(record.officerSignatures ?? []);
  const [signedBy, setSignedBy] = useState(record.enterpriseSignature?.signedBy ?? '');
  const [refused, setRefused] = useState(Boolean(record.enterpriseRefusal));
  const [note, setNote] = useState(record.enterpriseRefusal?.note ?? '');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const today = dayjs().format('YYYY-MM-DD');
    setSaving(true);
    try {
      await onSave({
        officerSignatures: signed,
        enterpriseSignature: !refused && signedBy.trim() ? { signedBy: signedBy.trim(), signedOn: record.enterpriseSignature?.signedOn ?? today } : null,
        enterpriseRefusal: refused && note.trim() ? { note: note.trim(), notedOn: record.enterpriseRefusal?.notedOn ?? today } : null,
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="signatures">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        检查记录须由检查人员和被检查单位负责人签字；负责人拒绝签字的，记录在案（安全生产法第六十八条）。
      </Typography.Text>
      <div>
        {detail.officers.map((o) => (
          <div key={o.userId}>
            <Checkbox
              disabled={!editable}
              checked={signed.includes(o.userId)}
              onChange={(e) => setSigned((list) => (e.target.checked ? [...list, o.userId] : list.filter((x) => x !== o.userId)))}
              data-testid="officer-signed"
            >
              {o.name} 已签字
            </Checkbox>
          </div>
        ))}
      </div>
      {!refused && (
        <Input
          disabled={!editable}
          value={signedBy}
          onChange={(e) => setSignedBy(e.target.value)}
          placeholder="被检查单位签字人姓名（如：王经理）"
          data-testid="enterprise-signed-by"
        />
      )}
      <Checkbox disabled={!editable} checked={refused} onChange={(e) => setRefused(e.target.checked)}>
        负责人拒绝签字
      </Checkbox>
      {refused && (
        <Input.TextArea disabled={!editable} value={note} onChange={(e) => setNote(e.target.value)} placeholder="记录拒签情况" autoSize={{ minRows: 2 }} />
      )}
      {editable && (
        <Button onClick={() => void save()} loading={saving} data-testid="signatures-save">
          保存签字情况
        </Button>
      )}
    </Space>
  );
}

/**
 * 现场检查: one inspection on a phone. Start (certificates shown), go through the checklist,
 * record hazards with their matched articles and photos, order rectification, collect the
 * signatures and finish; the record's PDF follows.
 */
export default function InspectionDetailPage() {
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { detail, status, error, replace, reload, auditKey } = useWorkflowDetail<InspectionDetail>('inspection', id);
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const [entering, setEntering] = useState(false);
  const [patchError, setPatchError] = useState<string | null>(null);
  const [hazardKey, setHazardKey] = useState(0);
  const hazards = useApi<{ items: WorkflowSummary[] }>(id ? `/api/hazards?inspectionId=${id}&pageSize=100#${hazardKey}` : null);
  const version = useRef<number | null>(null);
  useEffect(() => {
    if (detail) version.current = detail.version;
  }, [detail]);

  if (status === 'error' && !detail) {
    return <Result status="warning" title="无法打开该检查" subTitle={workflowErrorMessage(error)} extra={<Button onClick={() => navigate('/inspections')}>返回检查列表</Button>} />;
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 10 }} />;

  const writer = can(me, PERMISSIONS.inspectionWrite);
  const editable = writer && (detail.state === 'scheduled' || detail.state === 'onSite');
  const onSite = detail.state === 'onSite';

  const patch = async (body: Record<string, unknown>, done?: string) => {
    setPatchError(null);
    try {
      const next = await api<InspectionDetail>(`/api/inspections/${detail.id}`, { method: 'PATCH', body: { version: version.current ?? detail.version, ...body } });
      version.current = next.version;
      replace(next);
      if (done) message.success(done);
    } catch (e) {
      setPatchError(workflowErrorMessage(e));
      reload();
    }
  };

  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card variant="borderless" size="small" styles={{ body: { padding: 16 } }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/inspections')} aria-label="返回" />
            <div style={{ flex: 1, minWidth: 0 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                <h1 className="page-title" style={{ margin: 0 }} data-testid="inspection-title">
                  {detail.typeLabel}
                </h1>
                <StateTag state={detail.state} label={detail.stateLabel} />
              </div>
              <div style={{ marginTop: 4 }}>
                <Link to={`/enterprises/${detail.enterprise.id}`}>{detail.enterprise.name}</Link>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {dateCn(detail.date)} · {detail.enterprise.address}
              </Typography.Text>
            </div>
          </div>
          <div style={{ marginTop: 12 }} data-testid="inspection-officers">
            {detail.officers.map((o) => (
              <div key={o.userId} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '2px 0', flexWrap: 'wrap' }}>
                <span>{o.name}</span>
                <CertificateValidity member={{ certificate: o.certificate, certificateValid: o.certificateValid, role: 'officer' }} />
              </div>
            ))}
          </div>
          <div style={{ marginTop: 12 }}>
            <ActionBar aggregate="inspection" actions={detail.allowedActions} onRequest={setRequest} />
          </div>
        </Card>

        {patchError && <Alert type="error" showIcon closable title={patchError} onClose={() => setPatchError(null)} />}

        {(onSite || (detail.record.checklist ?? []).length > 0) && (
          <Section title="检查项目" testId="checklist-card">
            <Checklist detail={detail} editable={editable} onSave={(items) => patch({ checklist: items }, '检查项目已保存')} />
          </Section>
        )}

        <Section
          title="发现的隐患"
          testId="inspection-hazards"
          extra={
            onSite && writer && !entering ? (
              <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)} data-testid="hazard-add">
                登记隐患
              </Button>
            ) : (
              <Button size="small" type="text" icon={<ReloadOutlined />} onClick={() => setHazardKey((k) => k + 1)} aria-label="刷新" />
            )
          }
        >
          {entering && (
            <div style={{ marginBottom: 12 }}>
              <HazardEntry
                enterpriseId={detail.enterprise.id}
                inspectionId={detail.id}
                date={detail.date}
                onSaved={(hazard) => {
                  setHazardKey((k) => k + 1);
                  const findings = detail.record.findings ?? [];
                  if (!findings.some((f) => f.id === hazard.id)) {
                    void patch({ findings: [...findings, { id: hazard.id, description: hazard.record.description }] });
                  }
                }}
                onClose={() => setEntering(false)}
              />
            </div>
          )}
          <SummaryList items={hazards.data?.items ?? []} loading={hazards.status === 'loading' && !hazards.data} empty={onSite ? '尚未登记隐患' : '本次检查未登记隐患'} />
        </Section>

        <Section title="现场照片与证据" testId="inspection-files">
          {editable && (
            <div style={{ marginBottom: 12 }}>
              <EvidenceUpload
                aggregate="inspection"
                id={detail.id}
                testId="inspection-photos"
                onUploaded={(file) => void patch({ evidenceIds: [...(detail.record.evidenceIds ?? []), file.id] })}
              />
            </div>
          )}
          <FileList files={detail.files} />
        </Section>

        {(onSite || detail.record.officerSignatures?.length) && (
          <Section title="签字确认" testId="signatures-card">
            <Signatures detail={detail} editable={editable} onSave={(body) => patch(body, '签字情况已保存')} />
          </Section>
        )}

        <DocumentList documents={detail.documents} canIssue={writer} onChanged={reload} />
        <WorkflowAudit aggregate="inspection" id={detail.id} refreshKey={auditKey} />
      </Space>

      <RecordActionModal<InspectionDetail>
        aggregate="inspection"
        detail={detail}
        request={request}
        replace={replace}
        reload={reload}
        onClose={() => setRequest(null)}
      />
    </div>
  );
}
