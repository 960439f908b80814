import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MatchCandidate, MatchResult } from '../../../domain/legal/match/matcher.ts';
import { formatRefCn } from '../../../domain/legal/reference.ts';
import type { LawRef } from '../../../domain/legal/violation.ts';
import { api } from '../../api/client.ts';
import { useReferenceData } from '../../api/reference.ts';
import { errorMessage } from '../../lib/messages.ts';
import { fineCn, provisionSearch } from './format.tsx';

const EXAMPLES = ['厂房东侧疏散通道上堆满了货物', '配电箱未安装漏电保护器，电线私拉乱接', '叉车司机无特种作业操作证上岗', '未按规定对从业人员进行安全生产教育和培训'];

function Citations({ refs }: { refs: LawRef[] }) {
  return (
    <>
      {refs.map((r, i) => {
        const to = provisionSearch(r);
        const text = formatRefCn(r);
        return (
          <span key={i}>
            {i > 0 && '、'}
            {to ? <Link to={`/laws${to}`}>{text}</Link> : text}
          </span>
        );
      })}
    </>
  );
}

function CandidateCard({ c, rank }: { c: MatchCandidate; rank: number }) {
  const fines = [
    ...(c.range.unit ? [`对单位处${fineCn(c.range.unit)}罚款`] : []),
    ...(c.range.persons ? [`对直接负责的主管人员和其他直接责任人员处${fineCn(c.range.persons)}罚款`] : []),
  ];
  return (
    <div style={{ padding: '14px 0', borderBottom: '1px solid #f0f0f0', lineHeight: 1.9 }} data-testid="match-candidate">
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <span style={{ color: '#9ca3af', width: 20 }}>{rank}.</span>
        <strong style={{ fontSize: 15 }}>{c.name}</strong>
        <span className="mono" style={{ color: '#6b7280' }}>{c.violation}</span>
        <Tag>相关度 {c.score}</Tag>
      </div>
      <div style={{ paddingInlineStart: 28 }}>
        <div><Typography.Text type="secondary">违法条款：</Typography.Text><Citations refs={c.violated} /></div>
        <div><Typography.Text type="secondary">处罚依据：</Typography.Text><Citations refs={c.penaltyBasis} /></div>
        <div><Typography.Text type="secondary">罚款幅度：</Typography.Text>{fines.length > 0 ? fines.join('；') : '无罚款（见处罚依据所列措施）'}</div>
        {c.why.length > 0 && (
          <div style={{ fontSize: 12, color: '#6b7280' }}>
            {c.why.map((w) => <Tag key={w} bordered={false} style={{ whiteSpace: 'normal', marginBottom: 4 }}>{w}</Tag>)}
          </div>
        )}
      </div>
    </div>
  );
}

/** 法条自动对应: a hazard description → candidate violations with their provisions and ranges. */
export default function LegalMatch() {
  const { industries } = useReferenceData();
  const [text, setText] = useState('');
  const [date, setDate] = useState<Dayjs>(() => dayjs());
  const [industry, setIndustry] = useState<string | undefined>();
  const [state, setState] = useState<{ status: 'idle' } | { status: 'loading' } | { status: 'done'; result: MatchResult } | { status: 'error'; error: unknown }>({ status: 'idle' });

  const run = async (value = text) => {
    if (value.trim() === '') return;
    setState({ status: 'loading' });
    try {
      const result = await api<MatchResult>('/api/legal/match', {
        method: 'POST',
        body: { text: value.trim(), date: date.format('YYYY-MM-DD'), ...(industry ? { industry } : {}) },
      });
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  return (
    <div style={{ maxWidth: 920 }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="描述检查发现的问题，如：厂房东侧疏散通道上堆满了货物"
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        showCount
        data-testid="match-text"
      />
      <Space wrap size={[12, 12]} style={{ margin: '12px 0 8px' }}>
        <span>
          违法行为发生日期：
          <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} />
        </span>
        <Select
          allowClear
          placeholder="行业（可选）"
          value={industry}
          onChange={(v: string | undefined) => setIndustry(v)}
          options={industries.map((i) => ({ value: i.code, label: i.name }))}
          style={{ width: 180 }}
        />
        <Button type="primary" icon={<ThunderboltOutlined />} loading={state.status === 'loading'} onClick={() => void run()} data-testid="match-run">
          对应法条
        </Button>
      </Space>
      <div style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">示例：</Typography.Text>
        {EXAMPLES.map((e) => (
          <Tag key={e} style={{ cursor: 'pointer' }} onClick={() => { setText(e); void run(e); }}>{e}</Tag>
        ))}
      </div>
      {state.status === 'error' && <Alert type="error" showIcon title="对应失败" description={errorMessage(state.error)} />}
      {state.status === 'done' &&
        (state.result.candidates.length === 0 ? (
          <Empty description="未找到对应的违法行为。请换一种说法，或写明具体部位和情形。" />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              按相关度排列，供执法人员核对；适用的条文以违法行为发生日期（{date.format('YYYY-MM-DD')}）施行的规定为准。
            </Typography.Paragraph>
            {state.result.candidates.map((c, i) => <CandidateCard key={c.violation} c={c} rank={i + 1} />)}
          </>
        ))}
    </div>
  );
}
