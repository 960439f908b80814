import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { isValidCreditCode, normaliseCreditCode } from '../../../domain/credit-code.ts';
import { RISK_GRADES } from '../../../domain/glossary.ts';
import type { RiskGrade } from '../../../domain/glossary.ts';
import { api, ApiError } from '../../api/client.ts';
import { orgPath, useReferenceData } from '../../api/reference.ts';
import type { Enterprise, EnterpriseInput } from '../../api/types.ts';
import { useMe } from '../../auth/session.tsx';
import { RISK_GRADE_META } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';

interface FormValues {
  creditCode: string;
  name: string;
  legalRepresentative?: string;
  address: string;
  industryCode: string;
  employees: number;
  riskGrade: RiskGrade;
  orgId: string;
}

type Props =
  | { mode: 'create'; enterprise?: undefined; onClose: () => void; onSaved: (saved: Enterprise) => void; onConflict?: undefined }
  | { mode: 'edit'; enterprise: Enterprise; onClose: () => void; onSaved: (saved: Enterprise) => void; onConflict: () => void };

function initialValues(enterprise: Enterprise | undefined, defaultOrgId: string | undefined): Partial<FormValues> {
  if (!enterprise) return { riskGrade: 'C', employees: 0, ...(defaultOrgId ? { orgId: defaultOrgId } : {}) };
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    legalRepresentative: enterprise.legalRepresentative ?? '',
    address: enterprise.address,
    industryCode: enterprise.industry.code,
    employees: enterprise.employees,
    riskGrade: enterprise.riskGrade,
    orgId: enterprise.org.id,
  };
}

function toInput(values: FormValues): EnterpriseInput {
  return {
    creditCode: normaliseCreditCode(values.creditCode),
    name: values.name.trim(),
    address: values.address.trim(),
    industryCode: values.industryCode,
    employees: values.employees,
    riskGrade: values.riskGrade,
    orgId: values.orgId,
    legalRepresentative: values.legalRepresentative?.trim() ?? '',
  };
}

/** The fields that differ from the stored record: PATCH sends only these with the version read. */
function changedFields(before: Enterprise, input: EnterpriseInput): Partial<EnterpriseInput> {
  const stored = toInput(initialValues(before, undefined) as FormValues);
  const changes: Partial<EnterpriseInput> = {};
  for (const key of Object.keys(input) as (keyof EnterpriseInput)[]) {
    if (input[key] !== stored[key]) Object.assign(changes, { [key]: input[key] });
  }
  return changes;
}

/**
 * New enterprise (POST) or edit (PATCH with the version read; a stale version answers 409 and the
 * user is asked to refresh). The credit code is checked as the server checks it (the shared
 * src/domain/credit-code.ts); the server's 400 INVALID_CREDIT_CODE or 409 DUPLICATE is shown on
 * the field.
 */
export default function EnterpriseFormModal(props: Props) {
  const { mode, enterprise, onClose, onSaved } = props;
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { orgs, industries, loading } = useReferenceData();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ code: string; text: string } | null>(null);

  const orgOptions = useMemo(() => {
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return orgs
      .filter((o) => o.level !== 'city')
      .map((o) => ({ value: o.id, label: orgPath(o, byId) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [orgs]);
  const industryOptions = useMemo(() => industries.map((i) => ({ value: i.code, label: i.name })), [industries]);

  const submit = async (values: FormValues) => {
    const input = toInput(values);
    setSaving(true);
    setFailure(null);
    try {
      let saved: Enterprise;
      if (mode === 'create') {
        const { legalRepresentative, ...required } = input;
        saved = await api<Enterprise>('/api/enterprises', { method: 'POST', body: legalRepresentative ? input : required });
        message.success('已新增生产经营单位');
      } else {
        const changes = changedFields(enterprise, input);
        if (Object.keys(changes).length === 0) {
          onClose();
          return;
        }
        saved = await api<Enterprise>(`/api/enterprises/${enterprise.id}`, { method: 'PATCH', body: { version: enterprise.version, ...changes } });
        message.success('已保存修改');
      }
      onSaved(saved);
    } catch (error) {
      setSaving(false);
      const code = error instanceof ApiError ? error.code : 'UNKNOWN';
      if (code === 'INVALID_CREDIT_CODE' || code === 'DUPLICATE') {
        form.setFields([{ name: 'creditCode', errors: [errorMessage(error)] }]);
        return;
      }
      setFailure({ code, text: errorMessage(error) });
    }
  };

  return (
    <Modal
      open
      title={mode === 'create' ? '新增生产经营单位' : `编辑 · ${enterprise?.name ?? ''}`}
      width={720}
      okText={mode === 'create' ? '新增' : '保存'}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {failure && (
        <Alert
          type={failure.code === 'CONFLICT' ? 'warning' : 'error'}
          showIcon
          title={failure.text}
          style={{ marginBottom: 16 }}
          data-testid="enterprise-form-error"
          action={
            failure.code === 'CONFLICT' && props.mode === 'edit' ? (
              <Button size="small" onClick={props.onConflict}>
                刷新
              </Button>
            ) : undefined
          }
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(enterprise, me.org.level === 'city' ? undefined : me.org.id)}
        onFinish={submit}
        disabled={saving}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label="统一社会信用代码"
              normalize={(v: string) => normaliseCreditCode(v)}
              validateTrigger="onBlur"
              rules={[
                { required: true, message: '请输入统一社会信用代码' },
                {
                  validator: (_, value: string | undefined) =>
                    !value || isValidCreditCode(value) ? Promise.resolve() : Promise.reject(new Error('统一社会信用代码格式或校验位不正确')),
                },
              ]}
            >
              <Input className="mono" maxLength={18} placeholder="18 位代码" data-testid="form-credit-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
              <Input maxLength={200} data-testid="form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryCode" label="行业" rules={[{ required: true, message: '请选择行业' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={industryOptions} loading={loading} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgId" label="监管单位（区县 / 乡镇街道）" rules={[{ required: true, message: '请选择监管单位' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={orgOptions} loading={loading} placeholder="输入名称查找" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="riskGrade" label="风险等级" rules={[{ required: true, message: '请选择风险等级' }]}>
              <Radio.Group optionType="button" options={RISK_GRADES.map((g) => ({ value: g, label: RISK_GRADE_META[g].label }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="employees" label="从业人员" rules={[{ required: true, message: '请输入人数' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix="人" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="legalRepresentative" label="法定代表人">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label="地址" rules={[{ required: true, whitespace: true, message: '请输入地址' }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
