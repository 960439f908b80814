import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ACCIDENT_GRADES, AGGRAVATING_CIRCUMSTANCES, ART32_ITEMS } from '../../../domain/discretion/index.ts';
import type { PenaltyAnswer } from '../../../domain/views/benchmarks.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorMessage } from '../../lib/messages.ts';
import { TIER_COLORS } from './format.tsx';

const FLAGS = [
  ['firstOffence', '初次违法'],
  ['correctedInTime', '已及时改正'],
  ['notCorrectedByDeadline', '逾期未改正'],
  ['repeatWithinYear', '一年内再次违法'],
  ['refusedToCooperate', '拒不配合调查'],
  ['noFault', '有证据足以证明没有主观过错'],
] as const;

const HARM_OPTIONS = [
  { value: 'none', label: '未造成危害后果' },
  { value: 'minor', label: '危害后果轻微' },
  { value: 'serious', label: '造成严重危害后果' },
];

interface Values {
  actDate: Dayjs;
  decisionDate?: Dayjs | null;
  flags?: string[];
  harm?: string;
  mitigating?: number[];
  aggravating?: string[];
  employees?: number | null;
  accidentGrade?: string;
  illegalGain?: number | null;
  goodsValue?: number | null;
  annualIncome?: number | null;
}

/** The request body of POST /api/penalty/compute from the form. */
function inputOf(code: string, v: Values): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const f of v.flags ?? []) facts[f] = true;
  if (v.harm) facts.harm = v.harm;
  if (v.mitigating?.length) facts.mitigating = v.mitigating;
  if (v.aggravating?.length) facts.aggravating = v.aggravating;
  if (v.accidentGrade) facts.accidentGrade = v.accidentGrade;
  for (const k of ['employees', 'illegalGain', 'goodsValue', 'annualIncome'] as const) {
    const n = v[k];
    if (typeof n === 'number') facts[k] = n;
  }
  return {
    violation: code,
    actDate: v.actDate.format('YYYY-MM-DD'),
    ...(v.decisionDate ? { decisionDate: v.decisionDate.format('YYYY-MM-DD') } : {}),
    facts,
  };
}

const yuan = (n: number): string => `${n.toLocaleString('zh-CN')} 元`;

function Result({ r }: { r: PenaltyAnswer }) {
  const amounts = [r.unit, r.persons].filter((a) => a !== null);
  return (
    <div data-testid="penalty-result" style={{ marginTop: 16 }}>
      <Space size={8} wrap style={{ marginBottom: 12 }}>
        <Tag color={r.outcome === '不予处罚' ? 'green' : r.outcome === '罚款' ? 'volcano' : 'blue'} style={{ fontSize: 14, padding: '2px 10px' }}>
          {r.outcome}
        </Tag>
        {r.tier && <Tag color={TIER_COLORS[r.tier] ?? 'default'}>{r.tier}档</Tag>}
        <Typography.Text type="secondary">情节分值 {r.score}</Typography.Text>
        {r.benchmark && (
          <Typography.Text type="secondary">
            依据 {r.benchmark.label}
            {r.benchmark.version !== null ? `（第${r.benchmark.version}版，${r.benchmark.effectiveFrom}起施行）` : ''}
          </Typography.Text>
        )}
      </Space>
      {amounts.length > 0 && (
        <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }}>
          {amounts.map((a) => (
            <Descriptions.Item key={a.payer} label={`对${a.payer}`}>
              {a.text}（{yuan(a.min)}{a.minExclusive ? '（不含）' : ''} 至 {yuan(a.max)}），建议 <b data-testid="penalty-recommended">{yuan(a.recommended)}</b>
              {a.mitigation ? <Tag style={{ marginInlineStart: 8 }}>{a.mitigation}</Tag> : null}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {r.dailyFine && (
        <Alert type="warning" style={{ marginBottom: 12 }} title={`按日连续处罚：每日 ${yuan(r.dailyFine.perDay)}，${r.dailyFine.from} 至 ${r.dailyFine.to} 共 ${r.dailyFine.days} 日，计 ${yuan(r.dailyFine.total)}`} />
      )}
      {r.measures.length > 0 && <Typography.Paragraph>处罚措施：{r.measures.map((m) => m.label).join('、')}</Typography.Paragraph>}
      <Typography.Paragraph>
        法律依据：{r.basis.map((b) => b.citation).filter((c, i, all) => all.indexOf(c) === i).join('；')}
      </Typography.Paragraph>
      <Typography.Title level={5}>说理</Typography.Title>
      <div style={{ background: '#fafafa', padding: 12, borderRadius: 6 }} data-testid="penalty-explanation">
        {r.explanation.map((line, i) => (
          <Typography.Paragraph key={i} style={{ marginBottom: 6 }}>{line}</Typography.Paragraph>
        ))}
      </div>
    </div>
  );
}

/** 裁量计算 for one item: the facts of a case in, the outcome and its reasoning out (POST /api/penalty/compute). */
export default function PenaltyCalculator({ code }: { code: string }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<PenaltyAnswer | null>(null);
  const [error, setError] = useState<{ message: string; key?: string } | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await api<PenaltyAnswer>('/api/penalty/compute', { method: 'POST', body: inputOf(code, values) }));
    } catch (e) {
      setAnswer(null);
      const key = e instanceof ApiError && typeof e.details?.key === 'string' ? e.details.key : undefined;
      setError({ message: e instanceof ApiError && e.status === 400 ? e.message : errorMessage(e), ...(key ? { key } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="penalty-calculator">
      <Form<Values> form={form} layout="vertical" initialValues={{ actDate: dayjs() }} onFinish={submit} size="small">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="actDate" label="违法行为发生日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} data-testid="calc-act-date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="decisionDate" label="决定日期（默认今天）">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="harm" label="危害后果">
              <Select allowClear options={HARM_OPTIONS} placeholder="未认定" data-testid="calc-harm" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="employees" label="从业人员数">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="flags" label="情节">
          <Checkbox.Group options={FLAGS.map(([value, label]) => ({ value, label }))} data-testid="calc-flags" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="mitigating" label="从轻、减轻情节（行政处罚法第三十二条）">
              <Select mode="multiple" allowClear options={Object.entries(ART32_ITEMS).map(([n, label]) => ({ value: Number(n), label: `（${n}）${label}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="aggravating" label="从重情节">
              <Select mode="multiple" allowClear options={AGGRAVATING_CIRCUMSTANCES.map((a) => ({ value: a.key, label: a.label }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="accidentGrade" label="事故等级">
              <Select allowClear options={ACCIDENT_GRADES.map((g) => ({ value: g, label: `${g}事故` }))} placeholder="未发生事故" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="illegalGain" label="违法所得（元）">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="goodsValue" label="货值金额（元）">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="annualIncome" label="上一年年收入（元）">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={busy} data-testid="calc-submit">
          计算
        </Button>
      </Form>
      {error && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title="无法计算" description={`${error.message}${error.key ? `（字段 ${error.key}）` : ''}`} data-testid="calc-error" />
      )}
      {answer && <Result r={answer} />}
    </div>
  );
}
