import { CheckCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useAsync } from '../../../lib/useAsync.ts';
import { useDebounced } from '../../../lib/useDebounced.ts';
import type { MatchCandidate } from '../api.ts';
import { citations, fineText, workflowErrorMessage } from '../format.ts';

/** The officer types; matching waits this long after the last keystroke. */
export const MATCH_DEBOUNCE_MS = 250;
const MIN_TEXT = 4;
/** Shown at first; the rest (and any far below the best) behind 「更多」. */
const SHOWN = 3;
const RELEVANT = 0.2;

function Candidate({
  candidate,
  best,
  confirmed,
  onConfirm,
}: {
  candidate: MatchCandidate;
  best: number;
  confirmed: boolean;
  onConfirm: (candidate: MatchCandidate | null) => void;
}) {
  const relevance = best > 0 ? Math.round((candidate.score / best) * 100) : 0;
  const { unit, persons } = candidate.range;
  return (
    <div
      data-testid="match-candidate"
      data-violation={candidate.violation}
      style={{
        border: `1px solid ${confirmed ? '#8cc5a0' : '#e5e7eb'}`,
        background: confirmed ? '#f2faf5' : '#fff',
        borderRadius: 8,
        padding: '10px 12px',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <Typography.Text strong style={{ fontSize: 15 }} data-testid="match-name">
          {candidate.name}
        </Typography.Text>
        <Tag color={relevance >= 80 ? 'blue' : 'default'} style={{ marginInlineEnd: 0, flex: 'none' }}>
          相关度 {relevance}%
        </Tag>
      </div>
      <div style={{ fontSize: 13, marginTop: 6, lineHeight: 1.7 }}>
        <div>
          <span style={{ color: '#6b7280' }}>违法条款：</span>
          {citations(candidate.violated) || '—'}
        </div>
        <div data-testid="match-basis">
          <span style={{ color: '#6b7280' }}>处罚依据：</span>
          {citations(candidate.penaltyBasis)}
        </div>
        {(unit || persons) && (
          <div>
            <span style={{ color: '#6b7280' }}>罚款幅度：</span>
            {unit && <>对单位{fineText(unit)}</>}
            {unit && persons && '；'}
            {persons && <>对直接负责的主管人员和其他直接责任人员{fineText(persons)}</>}
          </div>
        )}
        {candidate.why.length > 0 && (
          <div style={{ color: '#9ca3af', fontSize: 12 }}>匹配依据：{candidate.why.join('；')}</div>
        )}
      </div>
      <div style={{ marginTop: 8 }}>
        {confirmed ? (
          <Space>
            <Typography.Text style={{ color: '#3f8f5a' }} data-testid="match-confirmed">
              <CheckCircleFilled /> 已确认适用
            </Typography.Text>
            <Button size="small" type="link" onClick={() => onConfirm(null)}>
              取消确认
            </Button>
          </Space>
        ) : (
          <Button size="small" onClick={() => onConfirm(candidate)} data-testid="match-confirm">
            确认适用
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * 法条自动对应, live: as the officer describes the hazard, the likely violations with their
 * articles and fine ranges. Only a suggestion: the officer confirms one, nothing is applied
 * by itself.
 */
export function LegalMatchPanel({
  text,
  date,
  confirmed,
  onConfirm,
}: {
  text: string;
  date?: string;
  confirmed: MatchCandidate | null;
  onConfirm: (candidate: MatchCandidate | null) => void;
}) {
  const settled = useDebounced(text.trim(), MATCH_DEBOUNCE_MS);
  const key = settled.length >= MIN_TEXT ? `${date ?? ''}|${settled}` : null;
  const result = useAsync(key, (signal) =>
    api<{ candidates: MatchCandidate[] }>('/api/legal/match', { method: 'POST', body: { text: settled, ...(date ? { date } : {}) }, signal }),
  );
  const found = key === null ? [] : (result.data?.candidates ?? []);
  const best = found[0]?.score ?? confirmed?.score ?? 0;
  // The confirmed one stays on top while the officer keeps typing.
  const candidates = confirmed ? [confirmed, ...found.filter((c) => c.violation !== confirmed.violation)] : found;
  const typing = text.trim() !== settled || result.status === 'loading';
  const [expanded, setExpanded] = useState(false);
  const relevant = candidates.filter((c, i) => i < SHOWN && (best === 0 || c.score / best >= RELEVANT || c.violation === confirmed?.violation));
  const visible = expanded ? candidates : relevant;

  return (
    <div data-testid="legal-match">
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          法条自动对应（仅供参考，须由执法人员确认）
        </Typography.Text>
        {key !== null && typing && <LoadingOutlined style={{ color: '#9ca3af' }} />}
      </div>
      {key === null && !confirmed ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          输入隐患描述后，将自动列出可能对应的违法行为和法律条款。
        </Typography.Text>
      ) : result.status === 'error' && !confirmed ? (
        <Alert type="warning" showIcon title="法条匹配暂不可用" description={workflowErrorMessage(result.error)} />
      ) : candidates.length === 0 && !typing ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未找到对应的违法行为，可补充描述（如设备名称、场所）" />
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {visible.map((c) => (
            <Candidate key={c.violation} candidate={c} best={best} confirmed={confirmed?.violation === c.violation} onConfirm={onConfirm} />
          ))}
          {candidates.length > relevant.length && (
            <Button type="link" size="small" onClick={() => setExpanded((x) => !x)} style={{ paddingInline: 0 }}>
              {expanded ? '收起' : `其他可能的违法行为（${candidates.length - relevant.length}）`}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}
