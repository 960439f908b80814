import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { RISK_GRADES } from '../../../domain/glossary.ts';
import type { RiskGrade } from '../../../domain/glossary.ts';
import { query } from '../../api/client.ts';
import { useReferenceData } from '../../api/reference.ts';
import type { EnterpriseSummary, Page } from '../../api/types.ts';
import { can, useMe } from '../../auth/session.tsx';
import { RiskGradeTag } from '../../components/RiskGradeTag.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { formatCount, RISK_GRADE_META } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

// Only administrators edit: the form (and its antd form controls) loads on first use.
const EnterpriseFormModal = lazy(() => import('./EnterpriseFormModal.tsx'));

const PAGE_SIZES = [20, 50, 100];
const SEARCH_DEBOUNCE_MS = 350;

const isGrade = (value: string | null): value is RiskGrade => RISK_GRADES.includes(value as RiskGrade);

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * 生产经营单位: search and filter the enterprises of the user's jurisdiction. The filters live in
 * the URL, so the back button from a detail page returns to the same list.
 */
export default function EnterpriseListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { orgs, industries, loading: referenceLoading } = useReferenceData();
  const [creating, setCreating] = useState(false);

  const q = params.get('q') ?? '';
  const district = params.get('district') ?? undefined;
  const industry = params.get('industry') ?? undefined;
  const gradeParam = params.get('grade');
  const grade = isGrade(gradeParam) ? gradeParam : undefined;
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), PAGE_SIZES[0] ?? 20);

  const update = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (resetPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  const [searchText, setSearchText] = useState(q);
  const debouncedSearch = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debouncedSearch !== q) update({ q: debouncedSearch });
    // Only a settled change of the typed text moves the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);
  useEffect(() => {
    // The URL changed by other means (back button, reset): show its query in the box.
    setSearchText((text) => (text.trim() === q ? text : q));
  }, [q]);

  const path = '/api/enterprises' + query({ q, district, industry, grade, page, pageSize });
  const result = useApi<Page<EnterpriseSummary>>(path);
  const data = result.data;

  // A city-level user chooses a district; district and township staff only ever see their own.
  const showDistrictFilter = me.org.level === 'city';
  const districtOptions = useMemo(
    () => orgs.filter((o) => o.level === 'district').map((o) => ({ value: o.id, label: o.name })),
    [orgs],
  );
  const industryOptions = useMemo(() => industries.map((i) => ({ value: i.code, label: i.name })), [industries]);
  const gradeOptions = RISK_GRADES.map((g) => ({ value: g, label: RISK_GRADE_META[g].label }));
  const filtered = Boolean(q || district || industry || grade);

  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      title: '名称',
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string, row) => (
        <Link to={`/enterprises/${row.id}`} onClick={(e) => e.stopPropagation()} data-testid="enterprise-name">
          {name}
        </Link>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 210, render: (code: string) => <span className="mono">{code}</span> },
    { title: '行业', dataIndex: ['industry', 'name'], width: 200, ellipsis: true },
    { title: '风险等级', dataIndex: 'riskGrade', width: 96, align: 'center', render: (g: RiskGrade) => <RiskGradeTag grade={g} /> },
    {
      title: '所属区县',
      key: 'district',
      width: 170,
      render: (_, row) => (
        <>
          {row.district?.name ?? row.org.name}
          {row.district && row.org.id !== row.district.id && <span style={{ color: '#9ca3af' }}> · {row.org.name}</span>}
        </>
      ),
    },
    { title: '从业人员', dataIndex: 'employees', width: 100, align: 'right', render: (n: number) => formatCount(n) },
  ];

  return (
    <Card variant="borderless">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16, gap: 12, flexWrap: 'wrap' }}>
        <h1 className="page-title" style={{ margin: 0 }}>
          生产经营单位
        </h1>
        {can(me, PERMISSIONS.enterpriseWrite) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="enterprise-create">
            新增
          </Button>
        )}
      </div>

      <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
        <Input
          allowClear
          prefix={<SearchOutlined style={{ color: '#9ca3af' }} />}
          placeholder="按单位名称搜索，支持模糊匹配"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onPressEnter={() => update({ q: searchText.trim() })}
          style={{ width: 300 }}
          data-testid="enterprise-search"
        />
        {showDistrictFilter && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="所属区县"
            loading={referenceLoading}
            options={districtOptions}
            value={district}
            onChange={(value: string | undefined) => update({ district: value })}
            style={{ width: 160 }}
            data-testid="filter-district"
          />
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="行业"
          loading={referenceLoading}
          options={industryOptions}
          value={industry}
          onChange={(value: string | undefined) => update({ industry: value })}
          style={{ width: 200 }}
          data-testid="filter-industry"
        />
        <Select
          allowClear
          placeholder="风险等级"
          options={gradeOptions}
          value={grade}
          onChange={(value: RiskGrade | undefined) => update({ grade: value })}
          style={{ width: 120 }}
          data-testid="filter-grade"
        />
        {filtered && (
          <Button
            type="link"
            onClick={() => {
              setSearchText('');
              update({ q: undefined, district: undefined, industry: undefined, grade: undefined });
            }}
          >
            清除筛选
          </Button>
        )}
      </Space>

      {result.status === 'error' && (
        <Alert
          type="error"
          showIcon
          title="列表加载失败"
          description={errorMessage(result.error)}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      )}

      <div data-testid="enterprise-table">
        <Table<EnterpriseSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={result.status === 'loading'}
          onRow={(row) =>
            ({
              className: 'clickable-row',
              'data-testid': 'enterprise-row',
              onClick: () => navigate(`/enterprises/${row.id}`),
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{
            emptyText:
              result.status === 'loading' && !data ? (
                <div style={{ height: 160 }} />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filtered ? '没有符合条件的生产经营单位' : '辖区内暂无登记的生产经营单位'}
                />
              ),
          }}
          pagination={{
            current: data?.page ?? page,
            pageSize: data?.pageSize ?? pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => `共 ${formatCount(total)} 家`,
            onChange: (nextPage, nextSize) =>
              update({ page: nextSize !== pageSize ? undefined : nextPage, pageSize: nextSize === PAGE_SIZES[0] ? undefined : nextSize }, false),
          }}
        />
      </div>

      {creating && (
        <Suspense fallback={null}>
          <EnterpriseFormModal
            mode="create"
            onClose={() => setCreating(false)}
            onSaved={(saved) => {
              setCreating(false);
              navigate(`/enterprises/${saved.id}`);
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
