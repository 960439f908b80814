import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client.ts';
import { useMe } from '../../auth/session.tsx';
import type { InspectionDetail, StaffMemberView } from './api.ts';
import { useWorkflowMeta } from './api.ts';
import { CertificateValidity, StaffSelect, useStaff } from './components/StaffSelect.tsx';
import { EnterpriseSelect } from './components/Summaries.tsx';
import { workflowErrorMessage } from './format.ts';

const FALLBACK_TYPES = [
  { key: 'planned', label: '计划检查' },
  { key: 'special', label: '专项检查' },
  { key: 'tip', label: '举报核查' },
  { key: 'accident', label: '事故检查' },
  { key: 'reinspection', label: '复查' },
];

interface Values {
  enterpriseId: string;
  type: string;
  date: Dayjs;
  officerIds: string[];
  techInspectorIds?: string[];
}

function ChosenOfficers({ ids, date }: { ids: string[]; date: string }) {
  const staff = useStaff(['officer'], date);
  const chosen = (staff.data ?? []).filter((m) => ids.includes(m.id));
  if (chosen.length === 0) return null;
  const valid = chosen.filter((m) => m.certificateValid).length;
  return (
    <div style={{ marginTop: 8 }} data-testid="chosen-officers">
      {chosen.map((m) => (
        <div key={m.id} style={{ display: 'flex', justifyContent: 'space-between', padding: '4px 0', gap: 8, flexWrap: 'wrap' }}>
          <span>{m.name}</span>
          <CertificateValidity member={m} />
        </div>
      ))}
      {valid < 2 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          检查当日持有效执法证的人员不足两名，提交时将被拒绝。
        </Typography.Text>
      )}
    </div>
  );
}

/** CERTIFICATE_INVALID names the officers whose certificate is not valid that day. */
function withOfficerNames(message: string, error: unknown, staff: StaffMemberView[]): string {
  const invalid = error instanceof ApiError ? error.details?.['invalid'] : undefined;
  if (!Array.isArray(invalid) || invalid.length === 0) return message;
  const names = invalid.map((id) => staff.find((m) => m.id === id)?.name).filter(Boolean);
  return names.length > 0 ? `${message}。执法证无效：${names.join('、')}` : message;
}

/**
 * 新建监督检查, laid out for a phone: the unit, the kind of check, the day and at least two
 * certified officers (行政处罚法第四十二条). The checklist, hazards, photos and signatures follow
 * on the inspection's own page.
 */
export default function InspectionNewPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const meta = useWorkflowMeta();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const officerIds = Form.useWatch('officerIds', form) ?? [];
  const date = Form.useWatch('date', form);
  const isoDate = (date ?? dayjs()).format('YYYY-MM-DD');
  const types = meta?.inspectionTypes ?? FALLBACK_TYPES;
  const staff = useStaff(['officer'], isoDate);

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      const created = await api<InspectionDetail>('/api/inspections', {
        method: 'POST',
        body: {
          enterpriseId: values.enterpriseId,
          type: values.type,
          date: values.date.format('YYYY-MM-DD'),
          officerIds: values.officerIds,
          ...(values.techInspectorIds?.length ? { techInspectorIds: values.techInspectorIds } : {}),
        },
      });
      navigate(`/inspections/${created.id}`, { replace: true });
    } catch (e) {
      setError(withOfficerNames(workflowErrorMessage(e), e, staff.data ?? []));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Card variant="borderless">
        <Space style={{ marginBottom: 12 }}>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label="返回" />
          <h1 className="page-title" style={{ margin: 0 }}>
            新建监督检查
          </h1>
        </Space>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{
            type: 'planned',
            date: dayjs(),
            officerIds: me.role === 'officer' ? [me.id] : [],
            ...(params.get('enterpriseId') ? { enterpriseId: params.get('enterpriseId') } : {}),
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="enterpriseId" label="被检查单位" rules={[{ required: true, message: '请选择被检查单位' }]}>
            <EnterpriseSelect />
          </Form.Item>
          <Form.Item name="type" label="检查类型" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={types.map((t) => ({ value: t.key, label: t.label }))} data-testid="inspection-type" />
          </Form.Item>
          <Form.Item name="date" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="inspection-date" />
          </Form.Item>
          <Form.Item
            name="officerIds"
            label="执法人员"
            required
            extra="至少两名持有检查当日有效执法证的执法人员（行政处罚法第四十二条）"
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  (v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error('检查应当由两名以上执法人员进行')),
              },
            ]}
          >
            <StaffSelect roles={['officer']} multiple date={isoDate} placeholder="选择执法人员" testId="officer-select" />
          </Form.Item>
          <ChosenOfficers ids={officerIds} date={isoDate} />
          <Form.Item name="techInspectorIds" label="技术检查员" style={{ marginTop: 16 }}>
            <StaffSelect roles={['tech_inspector']} multiple placeholder="如需专家参加检查" />
          </Form.Item>
          {error && <Alert type="error" showIcon title="未能创建检查" description={error} style={{ marginBottom: 16 }} data-testid="inspection-error" />}
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="inspection-create">
            创建检查
          </Button>
        </Form>
      </Card>
    </div>
  );
}
