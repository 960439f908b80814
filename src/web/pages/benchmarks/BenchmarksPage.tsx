import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Input, Row, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DEFAULT_BENCHMARK_LABEL } from '../../../domain/discretion/index.ts';
import type { BenchmarkList, BenchmarkSummary } from '../../../domain/views/benchmarks.ts';
import { query } from '../../api/client.ts';
import { formatCount } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import BenchmarkDetailPanel from './BenchmarkDetailPanel.tsx';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * 裁量基准: every catalogue item's discretion benchmark — browse and search by code or name, the
 * tiers of the version in force, its history, a calculator, and (administrators) a new version.
 * The selection lives in the URL (?q=…&code=…&date=…&tab=…), so a link shows the same item.
 */
export default function BenchmarksPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const code = params.get('code');

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const [searchText, setSearchText] = useState(q);
  const debounced = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced !== q) set({ q: debounced });
    // Only a settled change of the typed text moves the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const list = useApi<BenchmarkList>('/api/benchmarks' + query({ q }));
  const items = list.data?.items ?? [];

  return (
    <Card variant="borderless">
      <h1 className="page-title">裁量基准</h1>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`标注“${DEFAULT_BENCHMARK_LABEL}”的版本由平台按法定处罚幅度生成，不是官方发布的裁量基准文本；管理员录入的国家或市级裁量基准自施行日期起优先适用。`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Input
            allowClear
            prefix={<SearchOutlined style={{ color: '#9ca3af' }} />}
            placeholder="按编码、违法行为名称或处罚依据搜索"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onPressEnter={() => set({ q: searchText.trim() })}
            style={{ marginBottom: 12 }}
            data-testid="benchmark-search"
          />
          {list.status === 'error' && (
            <Alert
              type="error"
              showIcon
              title="列表加载失败"
              description={errorMessage(list.error)}
              action={<Button size="small" icon={<ReloadOutlined />} onClick={list.reload}>重试</Button>}
              style={{ marginBottom: 12 }}
            />
          )}
          <Table<BenchmarkSummary>
            rowKey="code"
            size="small"
            loading={list.status === 'loading'}
            dataSource={items}
            data-testid="benchmark-list"
            pagination={{ pageSize: 15, size: 'small', showSizeChanger: false, showTotal: (total) => `共 ${formatCount(total)} 项` }}
            rowClassName={(row) => (row.code === code ? 'ant-table-row-selected clickable-row' : 'clickable-row')}
            onRow={(row) => ({ onClick: () => set({ code: row.code }), 'data-testid': 'benchmark-row' }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q ? '没有符合条件的违法行为' : '暂无数据'} /> }}
            columns={[
              { title: '编码', dataIndex: 'code', width: 120, render: (c: string) => <span className="mono" style={{ fontSize: 12 }}>{c}</span> },
              { title: '违法行为', dataIndex: 'name', ellipsis: true },
              {
                title: '现行版本',
                key: 'current',
                width: 96,
                render: (_, row) =>
                  row.current ? (
                    row.current.isDefault ? <Tag>默认</Tag> : <Tag color="geekblue">第{row.current.version}版</Tag>
                  ) : (
                    <Tag color="default">未施行</Tag>
                  ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={16}>
          {code ? (
            <BenchmarkDetailPanel key={code} code={code} onChanged={list.reload} />
          ) : (
            <Card size="small" style={{ height: '100%' }}>
              <Empty description="从左侧选择一个违法行为，查看其裁量基准、历史版本并进行裁量计算" />
            </Card>
          )}
        </Col>
      </Row>
    </Card>
  );
}
