import { CheckCircleFilled, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import type { HazardDetail, MatchCandidate } from '../api.ts';
import { runTransition } from '../api.ts';
import { workflowErrorMessage } from '../format.ts';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { LegalMatchPanel } from './LegalMatchPanel.tsx';

/** Default 限期整改 period offered to the officer (he may choose any day from today), and quick choices. */
const DEFAULT_RECTIFICATION_DAYS = 15;
const DUE_PRESETS = [3, 7, 15, 30];

/**
 * 登记隐患, in two short steps on one card:
 * 1. describe it (the matching articles appear as he types; he confirms one), where, major or not → 登记;
 * 2. photos (uploaded at once), 立即整改 or 限期整改 with a deadline → 下达整改指令.
 */
export function HazardEntry({
  enterpriseId,
  inspectionId,
  date,
  onSaved,
  onClose,
}: {
  enterpriseId: string;
  inspectionId?: string;
  date?: string;
  onSaved: (hazard: HazardDetail) => void;
  onClose: () => void;
}) {
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [major, setMajor] = useState(false);
  const [confirmed, setConfirmed] = useState<MatchCandidate | null>(null);
  const [hazard, setHazard] = useState<HazardDetail | null>(null);
  const [action, setAction] = useState<'immediate' | 'deadline'>('deadline');
  const [dueDate, setDueDate] = useState<Dayjs | null>(dayjs().add(DEFAULT_RECTIFICATION_DAYS, 'day'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const record = async () => {
    if (!description.trim()) {
      setError('请填写隐患描述');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api<HazardDetail>('/api/hazards', {
        method: 'POST',
        body: {
          enterpriseId,
          ...(inspectionId ? { inspectionId } : {}),
          description: description.trim(),
          location: location.trim() || '现场',
          majorHazard: major,
          ...(confirmed ? { violationCode: confirmed.violation } : {}),
        },
      });
      setHazard(created);
      onSaved(created);
    } catch (e) {
      setError(workflowErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const order = async () => {
    if (!hazard) return;
    if (action === 'deadline' && !dueDate) {
      setError('请选择整改期限');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await runTransition<HazardDetail>('hazard', hazard.id, 'order', hazard.version, {
        action,
        ...(action === 'deadline' && dueDate ? { dueDate: dueDate.format('YYYY-MM-DD') } : {}),
        ...(confirmed ? { violationCode: confirmed.violation } : {}),
      });
      setHazard(next);
      onSaved(next);
    } catch (e) {
      setError(workflowErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const ordered = hazard !== null && hazard.state !== 'recorded';

  return (
    <Card size="small" title={ordered ? '隐患已登记并下达整改指令' : hazard ? '第二步：照片与整改指令' : '登记隐患'} data-testid="hazard-entry" style={{ borderColor: '#c9d9ee' }}>
      {!hazard && (
        <Form layout="vertical" requiredMark="optional">
          <Form.Item label="隐患描述" required extra="如实描述现场情况，例如：配电箱未安装漏电保护器，电线私拉乱接">
            <Input.TextArea
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              data-testid="hazard-description"
            />
          </Form.Item>
          <div style={{ marginBottom: 16 }}>
            <LegalMatchPanel text={description} {...(date ? { date } : {})} confirmed={confirmed} onConfirm={setConfirmed} />
          </div>
          <Form.Item label="隐患部位">
            <Input value={location} onChange={(e) => setLocation(e.target.value)} placeholder="例如：二号车间配电室" data-testid="hazard-location" />
          </Form.Item>
          <Form.Item label="重大事故隐患" extra="按国务院应急管理部门的判定标准认定（安全生产法第一百一十八条）">
            <Space>
              <Switch checked={major} onChange={setMajor} data-testid="hazard-major" />
              {major && (
                <Typography.Text type="danger">
                  <WarningOutlined /> 重大事故隐患，销号须经负责人审查同意
                </Typography.Text>
              )}
            </Space>
          </Form.Item>
          {!confirmed && description.trim().length > 0 && (
            <Alert type="info" showIcon title="尚未确认对应的违法行为，下达整改指令前须确认。" style={{ marginBottom: 12 }} />
          )}
        </Form>
      )}

      {hazard && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>{hazard.record.description}</Typography.Text>
            <div style={{ fontSize: 13, color: '#4b5563' }}>
              {hazard.violation ? (
                <>
                  <CheckCircleFilled style={{ color: '#3f8f5a' }} /> {hazard.violation.name}
                  <div style={{ color: '#6b7280' }}>{hazard.violation.citations.join('；')}</div>
                </>
              ) : (
                '未确认违法行为'
              )}
            </div>
          </div>
          <div>
            <Typography.Text style={{ display: 'block', marginBottom: 6 }}>现场照片</Typography.Text>
            <EvidenceUpload aggregate="hazard" id={hazard.id} testId="hazard-photos" />
          </div>
          {!ordered && (
            <div>
              <Typography.Text style={{ display: 'block', marginBottom: 6 }}>整改指令</Typography.Text>
              <Radio.Group
                value={action}
                onChange={(e) => setAction(e.target.value as 'immediate' | 'deadline')}
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: 'immediate', label: '立即整改' },
                  { value: 'deadline', label: '限期整改' },
                ]}
                data-testid="hazard-action"
              />
              {action === 'deadline' && (
                <Space size={6} wrap style={{ display: 'flex', marginTop: 8 }} data-testid="hazard-due-presets">
                  {DUE_PRESETS.map((days) => (
                    <Button
                      key={days}
                      size="small"
                      type={dueDate && dueDate.isSame(dayjs().add(days, 'day'), 'day') ? 'primary' : 'default'}
                      ghost={Boolean(dueDate && dueDate.isSame(dayjs().add(days, 'day'), 'day'))}
                      onClick={() => setDueDate(dayjs().add(days, 'day'))}
                    >
                      {days} 天
                    </Button>
                  ))}
                </Space>
              )}
              {action === 'deadline' && (
                <DatePicker
                  value={dueDate}
                  onChange={setDueDate}
                  inputReadOnly
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  style={{ width: '100%', marginTop: 8 }}
                  placeholder="整改期限"
                  data-testid="hazard-due-date"
                />
              )}
            </div>
          )}
          {ordered && hazard.record.order && (
            <Alert
              type="success"
              showIcon
              data-testid="hazard-ordered"
              title={
                hazard.record.order.action === 'immediate'
                  ? '已责令立即整改'
                  : `已责令限期整改，期限至 ${hazard.record.order.dueDate}`
              }
              description={<Link to={`/hazards/${hazard.id}`}>查看隐患及《责令限期整改指令书》</Link>}
            />
          )}
        </Space>
      )}

      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="hazard-error" />}

      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12, flexWrap: 'wrap' }}>
        <Button onClick={onClose} data-testid="hazard-entry-close">
          {ordered ? '完成' : '关闭'}
        </Button>
        {!hazard && (
          <Button type="primary" loading={busy} onClick={() => void record()} data-testid="hazard-save">
            登记隐患
          </Button>
        )}
        {hazard && !ordered && (
          <Button type="primary" loading={busy} onClick={() => void order()} data-testid="hazard-order">
            下达整改指令
          </Button>
        )}
      </div>
    </Card>
  );
}
