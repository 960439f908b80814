import { InfoCircleOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError } from '../../../api/client.ts';
import type { Aggregate, AllowedActionView, WorkflowDetail } from '../api.ts';
import { runTransition, useWorkflowMeta } from '../api.ts';
import type { FieldSpec } from '../actions.ts';
import { actionSpec, isDangerous, isMainPath } from '../actions.ts';
import { workflowErrorMessage, yuan } from '../format.ts';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { StaffSelect } from './StaffSelect.tsx';

export interface ActionRequest {
  event: string;
  /** Initial form values (e.g. the amount the penalty calculator proposes). */
  initial?: Record<string, unknown>;
  /** Input sent as is besides the form's (e.g. the discretion facts). */
  extra?: Record<string, unknown>;
}

/** The rule that blocks an action, as an officer reads it: the message, then the article. */
export function BlockedRule({ action }: { action: AllowedActionView }) {
  if (!action.blockedBy) return null;
  const { message, article } = action.blockedBy;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="blocked-rule">
      {message}
      {article && !message.includes(article) && <span style={{ color: '#9ca3af' }}>（{article}）</span>}
    </Typography.Text>
  );
}

/** A rule in one line: the message, then its article unless the message already cites it. */
export const ruleText = (rule: { message: string; article: string }): string =>
  rule.article && !rule.message.includes(rule.article) ? `${rule.message}（${rule.article}）` : rule.message;

/**
 * 可办理的操作: the allowed actions as buttons (the first one primary); the others listed
 * disabled with the rule that blocks each, so an officer sees why, and which article says so.
 */
export function ActionBar({
  aggregate,
  actions,
  onRequest,
  hide = [],
}: {
  aggregate: Aggregate;
  actions: AllowedActionView[];
  onRequest: (request: ActionRequest) => void;
  hide?: readonly string[];
}) {
  const shown = actions.filter((a) => !hide.includes(a.event));
  const allowed = shown.filter((a) => a.allowed);
  // Actions of another role are summed up in one line; those a rule blocks are listed with the rule.
  const otherRole = shown.filter((a) => !a.allowed && a.blockedBy?.code === 'FORBIDDEN');
  const blocked = shown.filter((a) => !a.allowed && a.blockedBy?.code !== 'FORBIDDEN');
  const primary = allowed.find((a) => isMainPath(a.event) && !isDangerous(aggregate, a.event))?.event;
  if (shown.length === 0) return <Typography.Text type="secondary">当前环节没有需要办理的操作。</Typography.Text>;
  return (
    <div data-testid="action-bar">
      {allowed.length > 0 ? (
        <Space wrap size={[8, 8]}>
          {allowed.map((a) => (
            <Button
              key={a.event}
              type={a.event === primary ? 'primary' : 'default'}
              danger={isDangerous(aggregate, a.event)}
              onClick={() => onRequest({ event: a.event })}
              data-testid={`action-${a.event}`}
            >
              {a.label}
            </Button>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">当前环节没有需要您办理的操作。</Typography.Text>
      )}
      {blocked.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            暂不能办理：
          </Typography.Text>
          <Space orientation="vertical" size={6} style={{ width: '100%', marginTop: 4 }}>
            {blocked.map((a) => (
              <div key={a.event} style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }} data-testid="blocked-action">
                <Tooltip title={a.blockedBy ? ruleText(a.blockedBy) : undefined}>
                  <Button size="small" disabled icon={<LockOutlined />} data-testid={`action-${a.event}`}>
                    {a.label}
                  </Button>
                </Tooltip>
                <BlockedRule action={a} />
              </div>
            ))}
          </Space>
        </div>
      )}
      {otherRole.length > 0 && (
        <div style={{ marginTop: 10, fontSize: 12, color: '#9ca3af' }} data-testid="other-role-actions">
          {otherRoleText(otherRole)}
        </div>
      )}
    </div>
  );
}

/** 由负责人办理：立案、不予立案. Grouped by the roles named in each action's rule message (仅负责人可以进行该操作). */
function otherRoleText(actions: AllowedActionView[]): string {
  const groups = new Map<string, string[]>();
  for (const a of actions) {
    const who = /^仅(.+)可以进行该操作$/.exec(a.blockedBy?.message ?? '')?.[1] ?? '其他人员';
    groups.set(who, [...(groups.get(who) ?? []), a.label]);
  }
  return [...groups].map(([who, labels]) => `由${who}办理：${labels.join('、')}`).join('；');
}

type FormValues = Record<string, unknown>;

const toIso = (value: unknown): string | undefined => (dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : undefined);

function initialValues(fields: FieldSpec[], initial: Record<string, unknown> | undefined): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    if (f.kind === 'date' && f.defaultToday) values[f.name] = dayjs();
    if (f.kind === 'choice' && f.initial !== undefined) values[f.name] = f.initial;
    if (f.kind === 'instalments') values['planKind'] = 'deferral';
  }
  for (const [key, value] of Object.entries(initial ?? {})) {
    values[key] = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : value;
  }
  return values;
}

/** The form's values as the action's API input. */
function toInput(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const value = values[f.name];
    switch (f.kind) {
      case 'date': {
        const iso = toIso(value);
        if (iso) input[f.name] = iso;
        break;
      }
      case 'check':
        if (value === true) input[f.name] = true;
        break;
      case 'choice':
        if (value === 'true' || value === 'false') input[f.name] = value === 'true';
        else if (value !== undefined && value !== '') input[f.name] = value;
        break;
      case 'text':
      case 'textarea':
        if (typeof value === 'string' && value.trim()) input[f.name] = value.trim();
        break;
      case 'amount':
      case 'staff':
        if (value !== undefined && value !== null && value !== '') input[f.name] = value;
        break;
      case 'evidence':
        if (Array.isArray(value) && value.length > 0) input[f.name] = value;
        break;
      case 'penalty': {
        const amount = Number(values['penaltyAmount'] ?? 0);
        const measures = (values['penaltyMeasures'] as string[] | undefined) ?? [];
        const deviationReason = typeof values['deviationReason'] === 'string' ? values['deviationReason'].trim() : '';
        input['penalty'] = { amount, measures, ...(deviationReason ? { deviationReason } : {}) };
        break;
      }
      case 'instalments':
        if (values['planKind'] === 'deferral') {
          const iso = toIso(values['deferredUntil']);
          if (iso) input['deferredUntil'] = iso;
        } else {
          const rows = (values['instalmentRows'] as { dueDate?: unknown; amount?: number }[] | undefined) ?? [];
          input['instalments'] = rows.map((r) => ({ dueDate: toIso(r.dueDate) ?? '', amount: Number(r.amount ?? 0) }));
        }
        break;
    }
  }
  return input;
}

function Field({ spec, aggregate, recordId, investigators }: { spec: FieldSpec; aggregate: Aggregate; recordId: string; investigators: readonly string[] }) {
  const meta = useWorkflowMeta();
  const rules = 'required' in spec && spec.required ? [{ required: true, message: `请填写${spec.label}` }] : [];
  switch (spec.kind) {
    case 'date':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules} {...(spec.help ? { extra: spec.help } : {})}>
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(d) => (spec.future ? d.isBefore(dayjs(), 'day') : d.isAfter(dayjs(), 'day'))}
            data-testid={`field-${spec.name}`}
          />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Input placeholder={spec.placeholder} data-testid={`field-${spec.name}`} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={spec.placeholder} data-testid={`field-${spec.name}`} />
        </Form.Item>
      );
    case 'check':
      return (
        <Form.Item
          name={spec.name}
          valuePropName="checked"
          rules={spec.required ? [{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请确认此项'))) }] : []}
          {...(spec.help ? { extra: spec.help } : {})}
        >
          <Checkbox data-testid={`field-${spec.name}`}>{spec.label}</Checkbox>
        </Form.Item>
      );
    case 'choice': {
      const options = spec.name === 'method' && spec.options.length === 0 ? (meta?.serviceMethods ?? []).map((m) => ({ value: m.key, label: m.label })) : spec.options;
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          {options.length <= 3 ? (
            <Radio.Group options={options} data-testid={`field-${spec.name}`} />
          ) : (
            <Select options={options} data-testid={`field-${spec.name}`} />
          )}
        </Form.Item>
      );
    }
    case 'amount':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules} {...(spec.help ? { extra: spec.help } : {})}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid={`field-${spec.name}`} />
        </Form.Item>
      );
    case 'staff':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={rules}>
          <StaffSelect roles={spec.roles} exclude={spec.excludeInvestigators ? investigators : []} testId={`field-${spec.name}`} />
        </Form.Item>
      );
    case 'evidence':
      return (
        <Form.Item name={spec.name} label={spec.label} rules={spec.required ? [{ required: true, type: 'array', min: 1, message: `请上传${spec.label}` }] : []}>
          <EvidenceField aggregate={aggregate} recordId={recordId} testId={`field-${spec.name}`} />
        </Form.Item>
      );
    case 'penalty':
      return (
        <>
          <Form.Item name="penaltyAmount" label="罚款金额（元）" rules={[{ required: true, message: '请填写罚款金额（不罚款填 0）' }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="field-penaltyAmount" />
          </Form.Item>
          <Form.Item name="penaltyMeasures" label="其他处罚">
            <Select
              mode="multiple"
              allowClear
              placeholder="如：警告"
              options={(meta?.measures ?? []).filter((m) => m.key !== 'orderCorrection').map((m) => ({ value: m.key, label: m.label }))}
            />
          </Form.Item>
          <Form.Item name="deviationReason" label="偏离裁量基准的理由" extra="金额超出裁量基准幅度时必须说明理由（行政处罚法第三十四条）">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="field-deviationReason" />
          </Form.Item>
        </>
      );
    case 'instalments':
      return (
        <>
          <Form.Item name="planKind" label={spec.label}>
            <Radio.Group
              options={[
                { value: 'deferral', label: '延期缴纳' },
                { value: 'instalments', label: '分期缴纳' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a['planKind'] !== b['planKind']}>
            {({ getFieldValue }) =>
              getFieldValue('planKind') === 'deferral' ? (
                <Form.Item name="deferredUntil" label="延期至" rules={[{ required: true, message: '请选择延期缴纳的日期' }]}>
                  <DatePicker style={{ width: '100%' }} inputReadOnly />
                </Form.Item>
              ) : (
                <Form.List name="instalmentRows" initialValue={[{}, {}]}>
                  {(rows, { add, remove }) => (
                    <>
                      {rows.map((row, index) => (
                        <Space key={row.key} align="baseline" wrap>
                          <span style={{ color: '#6b7280' }}>第 {index + 1} 期</span>
                          <Form.Item name={[row.name, 'dueDate']} rules={[{ required: true, message: '期限' }]}>
                            <DatePicker inputReadOnly placeholder="缴纳期限" />
                          </Form.Item>
                          <Form.Item name={[row.name, 'amount']} rules={[{ required: true, message: '金额' }]}>
                            <InputNumber min={0.01} precision={2} placeholder="金额（元）" />
                          </Form.Item>
                          {rows.length > 2 && (
                            <Button type="link" onClick={() => remove(row.name)}>
                              删除
                            </Button>
                          )}
                        </Space>
                      ))}
                      <Button type="dashed" onClick={() => add({})} block>
                        增加一期
                      </Button>
                    </>
                  )}
                </Form.List>
              )
            }
          </Form.Item>
        </>
      );
  }
}

function EvidenceField({ aggregate, recordId, onChange, testId }: { aggregate: Aggregate; recordId: string; onChange?: (ids: string[]) => void; testId: string }) {
  return <EvidenceUpload aggregate={aggregate} id={recordId} testId={testId} {...(onChange ? { onChange } : {})} />;
}

/**
 * The small form of one action. Submits `{ event, version, input }`; a refusal shows the rule
 * and its article; a stale version reloads the record.
 */
export function ActionModal<D extends WorkflowDetail<unknown>>({
  aggregate,
  detail,
  request,
  investigators = [],
  summary,
  onDone,
  onStale,
  onClose,
}: {
  aggregate: Aggregate;
  detail: D;
  request: ActionRequest;
  investigators?: readonly string[];
  /** Facts shown above the form (e.g. the proposed penalty before a decision). */
  summary?: ReactNode;
  onDone: (detail: D) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const action = detail.allowedActions.find((a) => a.event === request.event);
  const spec = actionSpec(aggregate, request.event);
  const label = action?.label ?? request.event;

  const submit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const input = { ...toInput(spec.fields, values), ...request.extra };
      const next = await runTransition<D>(aggregate, detail.id, request.event, detail.version, input);
      onDone(next);
    } catch (e) {
      setError(workflowErrorMessage(e));
      if (e instanceof ApiError && e.code === 'CONFLICT') onStale();
    } finally {
      setSubmitting(false);
    }
  };

  const initial = { ...initialValues(spec.fields, request.initial) };
  if (request.initial?.['amount'] !== undefined) initial['penaltyAmount'] = request.initial['amount'];

  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="确认办理"
      cancelText="取消"
      confirmLoading={submitting}
      okButtonProps={{ danger: spec.danger === true, ...({ 'data-testid': 'action-submit' } as Record<`data-${string}`, string>) }}
      destroyOnHidden
      width={560}
      style={{ maxWidth: 'calc(100vw - 24px)' }}
    >
      <div data-testid="action-modal">
        {summary}
        {spec.note && (
          <Alert type="info" showIcon icon={<InfoCircleOutlined />} title={spec.note} style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" initialValues={initial} requiredMark="optional">
          {spec.fields.map((f) => (
            <Field key={f.name} spec={f} aggregate={aggregate} recordId={detail.id} investigators={investigators} />
          ))}
        </Form>
        {action && action.checkedOnSubmit.length > 0 && (
          <div style={{ fontSize: 12, color: '#6b7280', marginBottom: 8 }}>
            提交时将核对：
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {action.checkedOnSubmit.map((r) => (
                <li key={r.id}>{ruleText(r)}</li>
              ))}
            </ul>
          </div>
        )}
        {error && <Alert type="error" showIcon title="未能办理" description={error} data-testid="action-error" />}
      </div>
    </Modal>
  );
}

/** A penalty in one line: 罚款 30,000 元，警告. */
export function penaltyText(penalty: { amount: number; measures: string[] } | undefined, measureLabel: (key: string) => string): string {
  if (!penalty) return '—';
  const parts = [penalty.amount > 0 ? `罚款 ${yuan(penalty.amount)}` : '', ...penalty.measures.map(measureLabel)].filter(Boolean);
  return parts.length > 0 ? parts.join('，') : '不予罚款';
}

/**
 * A record page's open action: the modal while `request` is set. Done → the page shows the
 * record the transition returned and says 已办理 (`afterDone` for what follows, e.g. opening the
 * new case); a stale version reloads the record.
 */
export function RecordActionModal<D extends WorkflowDetail<unknown>>({
  request,
  replace,
  reload,
  onClose,
  afterDone,
  ...modal
}: {
  aggregate: Aggregate;
  detail: D;
  request: ActionRequest | null;
  investigators?: readonly string[];
  summary?: ReactNode;
  replace: (detail: D) => void;
  reload: () => void;
  onClose: () => void;
  afterDone?: (detail: D, request: ActionRequest) => void;
}) {
  const { message } = App.useApp();
  if (!request) return null;
  return (
    <ActionModal<D>
      {...modal}
      request={request}
      onDone={(next) => {
        replace(next);
        onClose();
        message.success('已办理');
        afterDone?.(next, request);
      }}
      onStale={reload}
      onClose={onClose}
    />
  );
}
