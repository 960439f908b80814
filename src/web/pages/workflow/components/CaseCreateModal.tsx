import { Alert, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import type { CaseDetail, MatchCandidate } from '../api.ts';
import { useWorkflowMeta } from '../api.ts';
import { workflowErrorMessage } from '../format.ts';
import { LegalMatchPanel } from './LegalMatchPanel.tsx';
import { StaffSelect } from './StaffSelect.tsx';
import { EnterpriseSelect } from './Summaries.tsx';

export interface CaseDraft {
  enterpriseId?: string;
  enterpriseName?: string;
  hazardId?: string;
  inspectionId?: string;
  title?: string;
  facts?: string;
  violation?: { code: string; name: string } | null;
  investigatorIds?: string[];
  actEndedOn?: string;
  discoveredOn?: string;
}

/** 行政处罚法 art. 57, 58: what makes a case need legal review or collective deliberation besides amounts. */
const FLAGS = [
  { key: 'majorPublicInterest', label: '涉及重大公共利益' },
  { key: 'majorRights', label: '直接关系当事人或者第三人重大权益' },
  { key: 'difficultMultipleRelations', label: '案件情况疑难复杂、涉及多个法律关系' },
  { key: 'reviewRequiredByLaw', label: '法律、法规规定应当进行法制审核' },
  { key: 'complexCircumstances', label: '情节复杂' },
  { key: 'majorViolation', label: '重大违法行为' },
];

const FALLBACK_SOURCES = [
  { key: 'inspection', label: '监督检查发现' },
  { key: 'tip', label: '投诉举报' },
  { key: 'transfer', label: '其他机关移送' },
  { key: 'accident', label: '事故调查' },
];

interface Values {
  enterpriseId: string;
  title: string;
  partyKind: 'organisation' | 'citizen';
  source: string;
  actEndedOn: Dayjs;
  discoveredOn: Dayjs;
  investigatorIds: string[];
  facts?: string;
  flags?: string[];
  harmToLifeHealthOrFinance?: boolean;
  actAlreadyFined?: boolean;
}

/** 新建案件 (待立案): from a hazard or inspection with its facts filled in, or from scratch. */
export function CaseCreateModal({ draft, onCreated, onClose }: { draft: CaseDraft; onCreated: (c: CaseDetail) => void; onClose: () => void }) {
  const meta = useWorkflowMeta();
  const [form] = Form.useForm<Values>();
  const [violation, setViolation] = useState<MatchCandidate | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const facts = Form.useWatch('facts', form) ?? '';
  const discovered = Form.useWatch('discoveredOn', form);
  const fixedViolation = draft.violation ?? null;

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const code = fixedViolation?.code ?? violation?.violation;
      const created = await api<CaseDetail>('/api/cases', {
        method: 'POST',
        body: {
          enterpriseId: v.enterpriseId,
          title: v.title.trim(),
          partyKind: v.partyKind,
          source: v.source,
          actEndedOn: v.actEndedOn.format('YYYY-MM-DD'),
          discoveredOn: v.discoveredOn.format('YYYY-MM-DD'),
          investigatorIds: v.investigatorIds,
          ...(code ? { violationCode: code } : {}),
          ...(draft.hazardId ? { hazardId: draft.hazardId } : {}),
          ...(draft.inspectionId ? { inspectionId: draft.inspectionId } : {}),
          ...(v.facts?.trim() ? { facts: v.facts.trim() } : {}),
          ...(v.harmToLifeHealthOrFinance ? { harmToLifeHealthOrFinance: true } : {}),
          ...(v.actAlreadyFined ? { actAlreadyFined: true } : {}),
          ...(v.flags?.length ? { flags: Object.fromEntries(v.flags.map((f) => [f, true])) } : {}),
        },
      });
      onCreated(created);
    } catch (e) {
      setError(workflowErrorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title="新建案件（待立案）"
      okText="创建案件"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      okButtonProps={{ ...({ 'data-testid': 'case-create-submit' } as Record<`data-${string}`, string>) }}
      width={680}
      style={{ maxWidth: 'calc(100vw - 24px)' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          ...(draft.enterpriseId ? { enterpriseId: draft.enterpriseId } : {}),
          title: draft.title ?? '',
          partyKind: 'organisation',
          source: draft.hazardId || draft.inspectionId ? 'inspection' : 'tip',
          actEndedOn: dayjs(draft.actEndedOn ?? undefined),
          discoveredOn: dayjs(draft.discoveredOn ?? undefined),
          investigatorIds: draft.investigatorIds ?? [],
          facts: draft.facts ?? '',
        }}
        data-testid="case-create"
      >
        <Form.Item name="enterpriseId" label="当事人（生产经营单位）" rules={[{ required: true, message: '请选择当事人' }]}>
          {draft.enterpriseId ? <Input disabled value={draft.enterpriseName} /> : <EnterpriseSelect />}
        </Form.Item>
        <Form.Item name="title" label="案由" rules={[{ required: true, message: '请填写案由' }]}>
          <Input placeholder="例如：某公司未按规定安装漏电保护装置案" data-testid="case-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="partyKind" label="当事人类别">
              <Radio.Group
                options={[
                  { value: 'organisation', label: '法人或其他组织' },
                  { value: 'citizen', label: '公民' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="source" label="案件来源">
              <Select options={(meta?.caseSources ?? FALLBACK_SOURCES).map((s) => ({ value: s.key, label: s.label }))} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="actEndedOn" label="违法行为终了日期" rules={[{ required: true }]} extra="连续或继续状态的，从行为终了之日起计算（第三十六条）">
              <DatePicker style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="discoveredOn" label="发现日期" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="investigatorIds"
          label="办案人员"
          extra="两名以上具有行政执法资格的执法人员（行政处罚法第四十二条）"
          rules={[{ validator: (_, v: string[] | undefined) => ((v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error('至少选择两名办案人员'))) }]}
        >
          <StaffSelect roles={['officer']} multiple date={(discovered ?? dayjs()).format('YYYY-MM-DD')} testId="case-investigators" />
        </Form.Item>
        <Form.Item name="facts" label="违法事实">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="case-facts" />
        </Form.Item>
        {fixedViolation ? (
          <div style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">违法行为：</Typography.Text>
            <Typography.Text strong>{fixedViolation.name}</Typography.Text>
            <Typography.Text type="secondary">（隐患登记时已由执法人员确认）</Typography.Text>
          </div>
        ) : (
          <div style={{ marginBottom: 16 }}>
            <LegalMatchPanel text={facts} confirmed={violation} onConfirm={setViolation} />
          </div>
        )}
        <Form.Item name="flags" label="案件情形（决定是否须法制审核、集体讨论）">
          <Checkbox.Group options={FLAGS.map((f) => ({ value: f.key, label: f.label }))} style={{ display: 'grid', gap: 4 }} />
        </Form.Item>
        <Form.Item name="harmToLifeHealthOrFinance" valuePropName="checked">
          <Checkbox>涉及公民生命健康安全、金融安全且有危害后果（追责期限五年）</Checkbox>
        </Form.Item>
        <Form.Item name="actAlreadyFined" valuePropName="checked">
          <Checkbox>同一违法行为已被处以罚款</Checkbox>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title="未能创建案件" description={error} data-testid="case-create-error" />}
    </Modal>
  );
}
