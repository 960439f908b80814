import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { AGGRAVATING_CIRCUMSTANCES, ART32_ITEMS, SCORE_LABELS } from '../../../../domain/discretion/circumstances.ts';
import { ACCIDENT_GRADES } from '../../../../domain/discretion/types.ts';
import type { AccidentGrade, Art32Item, Harm } from '../../../../domain/discretion/types.ts';
import { api } from '../../../api/client.ts';
import type { PenaltyFacts, PenaltySuggestion } from '../api.ts';
import { workflowErrorMessage, yuan } from '../format.ts';

interface Values {
  flags: string[];
  harm: Harm | 'unknown';
  mitigating: Art32Item[];
  aggravating: string[];
  employees?: number | null;
  accidentGrade?: AccidentGrade;
  illegalGain?: number | null;
}

const FACT_FLAGS = [
  { value: 'firstOffence', label: SCORE_LABELS.firstOffence },
  { value: 'correctedInTime', label: SCORE_LABELS.correctedInTime },
  { value: 'notCorrectedByDeadline', label: SCORE_LABELS.notCorrectedByDeadline },
  { value: 'repeatWithinYear', label: SCORE_LABELS.repeatWithinYear },
  { value: 'refusedToCooperate', label: SCORE_LABELS.refusedToCooperate },
  { value: 'noFault', label: '当事人有证据足以证明没有主观过错' },
];

function toFacts(v: Values): PenaltyFacts {
  const has = (flag: string) => v.flags.includes(flag);
  return {
    firstOffence: has('firstOffence'),
    correctedInTime: has('correctedInTime'),
    notCorrectedByDeadline: has('notCorrectedByDeadline'),
    repeatWithinYear: has('repeatWithinYear'),
    refusedToCooperate: has('refusedToCooperate'),
    noFault: has('noFault'),
    ...(v.harm !== 'unknown' ? { harm: v.harm } : {}),
    mitigating: [...v.mitigating].sort((a, b) => a - b),
    aggravating: v.aggravating,
    ...(typeof v.employees === 'number' ? { employees: v.employees } : {}),
    ...(v.accidentGrade ? { accidentGrade: v.accidentGrade } : {}),
    ...(typeof v.illegalGain === 'number' ? { illegalGain: v.illegalGain } : {}),
  };
}

/** Checkbox lists in as many columns as fit: one on a phone, two on a desktop. */
const GRID = { display: 'grid', gap: 4, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' } as const;

export interface Proposal {
  amount?: number;
  measures: string[];
  facts: PenaltyFacts;
}

/**
 * 处罚裁量计算, inside the case: the officer states the circumstances, the engine answers with the
 * benchmark tier, the range and a recommended amount, and every step of its reasoning in
 * Chinese. He may propose that amount, or another one with a justification.
 */
export function PenaltyCalculator({ caseId, canPropose, onPropose }: { caseId: string; canPropose: boolean; onPropose: (proposal: Proposal) => void }) {
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<{ suggestion: PenaltySuggestion; facts: PenaltyFacts } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const compute = async (values: Values) => {
    setBusy(true);
    setError(null);
    const facts = toFacts(values);
    try {
      const suggestion = await api<PenaltySuggestion>(`/api/cases/${caseId}/penalty-suggestion`, { method: 'POST', body: { facts } });
      setResult({ suggestion, facts });
    } catch (e) {
      setError(workflowErrorMessage(e));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  const r = result?.suggestion.result;
  const penalty = result?.suggestion.penalty;

  return (
    <div data-testid="penalty-calculator">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ flags: [], harm: 'unknown', mitigating: [], aggravating: [] }}
        onFinish={(v) => void compute(v)}
        onValuesChange={() => setResult(null)}
      >
        <Form.Item name="flags" label="情节">
          <Checkbox.Group options={FACT_FLAGS} style={GRID} />
        </Form.Item>
        <Form.Item name="harm" label="危害后果">
          <Radio.Group
            options={[
              { value: 'none', label: SCORE_LABELS.harm.none },
              { value: 'minor', label: SCORE_LABELS.harm.minor },
              { value: 'serious', label: SCORE_LABELS.harm.serious },
              { value: 'unknown', label: '尚未查明' },
            ]}
          />
        </Form.Item>
        <Form.Item name="mitigating" label="应当从轻或者减轻处罚的情形（行政处罚法第三十二条）">
          <Checkbox.Group
            options={(Object.entries(ART32_ITEMS) as [string, string][]).map(([item, label]) => ({ value: Number(item) as Art32Item, label }))}
            style={GRID}
          />
        </Form.Item>
        <Form.Item name="aggravating" label="从重情节">
          <Checkbox.Group options={AGGRAVATING_CIRCUMSTANCES.map((a) => ({ value: a.key, label: a.label }))} style={GRID} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="employees" label="从业人员数">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="accidentGrade" label="导致事故的等级">
              <Select allowClear placeholder="未发生事故" options={ACCIDENT_GRADES.map((g) => ({ value: g, label: `${g}事故` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="illegalGain" label="违法所得（元）">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button htmlType="submit" icon={<CalculatorOutlined />} loading={busy} data-testid="penalty-compute">
          计算裁量结果
        </Button>
      </Form>

      {error && <Alert type="warning" showIcon title="暂时无法计算" description={error} style={{ marginTop: 12 }} />}

      {r && penalty && result && (
        <div style={{ marginTop: 16, padding: 12, background: '#f7f9fc', borderRadius: 8, border: '1px solid #e3e9f2' }} data-testid="penalty-result">
          <Space wrap size={8} style={{ marginBottom: 8 }}>
            <Tag color={r.outcome === '不予处罚' ? 'green' : 'blue'} data-testid="penalty-outcome">
              {r.outcome}
            </Tag>
            {r.tier && <Tag>裁量阶次：{r.tier}</Tag>}
            {r.benchmark && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.benchmark.label}</Typography.Text>}
          </Space>
          {r.unit && (
            <div style={{ marginBottom: 6 }}>
              <Typography.Text type="secondary">{r.unit.payer}：</Typography.Text>
              {r.unit.text}，推荐 <Typography.Text strong style={{ fontSize: 18 }} data-testid="penalty-recommended">{yuan(r.unit.recommended)}</Typography.Text>
              {r.unit.mitigation && <Tag color="green" style={{ marginInlineStart: 8 }}>{r.unit.mitigation}</Tag>}
            </div>
          )}
          {r.persons && (
            <div style={{ marginBottom: 6 }}>
              <Typography.Text type="secondary">{r.persons.payer}：</Typography.Text>
              {r.persons.text}，推荐 <Typography.Text strong>{yuan(r.persons.recommended)}</Typography.Text>
            </div>
          )}
          {r.measures.length > 0 && (
            <div style={{ marginBottom: 6 }}>
              <Typography.Text type="secondary">其他措施：</Typography.Text>
              {r.measures.map((m) => m.label).join('、')}
            </div>
          )}
          <div style={{ marginBottom: 6, fontSize: 13 }}>
            <Typography.Text type="secondary">依据：</Typography.Text>
            {r.basis.map((b) => b.citation).join('；')}
          </div>
          <ol style={{ margin: '8px 0', paddingInlineStart: 20, fontSize: 13, lineHeight: 1.8 }} data-testid="penalty-explanation">
            {r.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          {canPropose && (
            <Space wrap>
              <Button
                type="primary"
                onClick={() => onPropose({ amount: penalty.amount, measures: penalty.measures, facts: result.facts })}
                data-testid="penalty-propose"
              >
                按推荐金额拟处罚（{yuan(penalty.amount)}）
              </Button>
              <Button onClick={() => onPropose({ measures: penalty.measures, facts: result.facts })} data-testid="penalty-propose-other">
                另定金额（须说明理由）
              </Button>
            </Space>
          )}
        </div>
      )}
    </div>
  );
}
