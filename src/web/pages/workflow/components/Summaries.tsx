import { Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, query } from '../../../api/client.ts';
import type { EnterpriseSummary, Page } from '../../../api/types.ts';
import { useAsync } from '../../../lib/useAsync.ts';
import { useDebounced } from '../../../lib/useDebounced.ts';
import type { WorkflowSummary } from '../api.ts';
import { pagePath } from '../api.ts';
import { DeadlineTag } from './DeadlineTag.tsx';

const FINAL_STATES = new Set(['completed', 'cancelled', 'closed', 'archived', 'notFiled', 'transferred', 'withdrawn']);
const ATTENTION_STATES = new Set(['reinspectionFailed', 'legalReview', 'deliberation', 'hearingScheduled', 'rectificationReported']);

/** A state as a coloured tag: calm blue while in progress, orange where someone must act, grey once ended. */
export function StateTag({ state, label }: { state: string; label: string }) {
  const color = FINAL_STATES.has(state) ? 'default' : ATTENTION_STATES.has(state) ? 'orange' : 'blue';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }} data-testid="state-tag" data-state={state}>
      {label}
    </Tag>
  );
}

/** Inspections, hazards or cases as a list an officer can scan on a phone: title, unit, state, next deadline. */
export function SummaryList({ items, empty, loading = false, testId }: { items: WorkflowSummary[]; empty: string; loading?: boolean; testId?: string }) {
  if (!loading && items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      loading={loading}
      dataSource={items}
      data-testid={testId}
      renderItem={(item) => (
        <List.Item data-testid="summary-item" style={{ paddingInline: 0 }}>
          <div style={{ width: '100%', minWidth: 0 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
              <Link to={pagePath(item.aggregate, item.id)} style={{ fontWeight: 500, minWidth: 0, wordBreak: 'break-all' }} data-testid="summary-link">
                {item.title}
              </Link>
              <StateTag state={item.state} label={item.stateLabel} />
            </div>
            <Space size={8} wrap style={{ marginTop: 4 }}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {item.enterprise.name}
              </Typography.Text>
              {item.nextDeadline && <DeadlineTag deadline={item.nextDeadline} />}
            </Space>
          </div>
        </List.Item>
      )}
    />
  );
}

/** 生产经营单位 search box: type part of the name, choose from the matches of the jurisdiction. */
export function EnterpriseSelect({
  value,
  onChange,
  initialLabel,
}: {
  value?: string;
  onChange?: (id: string, enterprise: EnterpriseSummary | undefined) => void;
  initialLabel?: string;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const result = useAsync(`enterprises:${q}`, (signal) => api<Page<EnterpriseSummary>>('/api/enterprises' + query({ q, pageSize: 20 }), { signal }));
  const items = result.data?.items ?? [];
  const options = items.map((e) => ({
    value: e.id,
    label: e.name,
    enterprise: e,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel, enterprise: undefined as unknown as EnterpriseSummary });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      placeholder="输入单位名称的一部分搜索"
      onChange={(id: string) => onChange?.(id, items.find((e) => e.id === id))}
      loading={result.status === 'loading'}
      notFoundContent={result.status === 'loading' ? '搜索中…' : '没有找到，请换个关键词'}
      options={options}
      optionRender={renderEnterpriseOption}
      data-testid="enterprise-select"
      style={{ width: '100%' }}
    />
  );
}

function renderEnterpriseOption(option: { data: unknown }) {
  const { enterprise, label } = option.data as { enterprise?: EnterpriseSummary; label: string };
  return (
    <div style={{ lineHeight: 1.4, padding: '2px 0' }} data-testid="enterprise-option">
      <div style={{ whiteSpace: 'normal' }}>{label}</div>
      {enterprise && (
        <div style={{ fontSize: 12, color: '#9ca3af', whiteSpace: 'normal' }}>
          {enterprise.industry.name} · {enterprise.address}
        </div>
      )}
    </div>
  );
}
