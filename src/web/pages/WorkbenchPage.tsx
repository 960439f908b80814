import { BankOutlined, BookOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { RISK_GRADES, ROLE_LABELS } from '../../domain/glossary.ts';
import type { RiskGrade } from '../../domain/glossary.ts';
import { api } from '../api/client.ts';
import type { EnterpriseSummary, Page } from '../api/types.ts';
import { can, useMe } from '../auth/session.tsx';
import { LazyEChart } from '../charts/LazyEChart.tsx';
import type { ChartOption } from '../charts/types.ts';
import { PERMISSIONS } from '../layout/nav.tsx';
import { formatCount, RISK_GRADE_META } from '../lib/labels.ts';
import { errorMessage } from '../lib/messages.ts';
import { useAsync } from '../lib/useAsync.ts';
import { WorkbenchPanels } from './workflow/WorkbenchPanels.tsx';

function greeting(hour: number): string {
  if (hour < 6) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

type GradeCounts = Record<RiskGrade, number>;

/** Counts per risk grade in the user's jurisdiction: the API scopes the list, we read its totals. */
const loadGradeCounts = async (signal: AbortSignal): Promise<GradeCounts> => {
  const pairs = await Promise.all(
    RISK_GRADES.map(async (grade) => {
      const page = await api<Page<EnterpriseSummary>>(`/api/enterprises?grade=${grade}&pageSize=1`, { signal });
      return [grade, page.total] as const;
    }),
  );
  return Object.fromEntries(pairs) as GradeCounts;
};

export default function WorkbenchPage() {
  const me = useMe();
  const navigate = useNavigate();
  const canReadEnterprises = can(me, PERMISSIONS.enterpriseRead);
  const grades = useAsync(canReadEnterprises ? 'grades' : null, loadGradeCounts);
  const counts = grades.data;
  const now = dayjs();
  const total = counts ? RISK_GRADES.reduce((sum, grade) => sum + counts[grade], 0) : 0;

  const option = useMemo<ChartOption | null>(() => {
    if (!counts) return null;
    return {
      grid: { left: 48, right: 24, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${formatCount(Number(value))} 家` },
      xAxis: { type: 'category', data: RISK_GRADES.map((g) => RISK_GRADE_META[g].label), axisTick: { show: false }, axisLine: { lineStyle: { color: '#d1d5db' } } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } } },
      series: [
        {
          type: 'bar',
          name: '生产经营单位',
          barMaxWidth: 48,
          data: RISK_GRADES.map((g) => ({ value: counts[g], itemStyle: { color: RISK_GRADE_META[g].chart, borderRadius: [4, 4, 0, 0] } })),
          label: { show: true, position: 'top', color: '#4b5563', formatter: (p) => formatCount(Number(p.value)) },
        },
      ],
    };
  }, [counts]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless">
        <Row gutter={[16, 16]} align="middle" justify="space-between">
          <Col>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {greeting(now.hour())}，{me.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {ROLE_LABELS[me.role]} · {me.org.name} · {now.format('YYYY年M月D日 dddd')}
            </Typography.Text>
          </Col>
          <Col>
            <Space wrap>
              {can(me, PERMISSIONS.inspectionWrite) && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/new')} data-testid="workbench-new-inspection">
                  新建检查
                </Button>
              )}
              {canReadEnterprises && (
                <Button icon={<BankOutlined />} onClick={() => navigate('/enterprises')}>
                  查找生产经营单位
                </Button>
              )}
              {can(me, PERMISSIONS.legalRead) && (
                <Button icon={<BookOutlined />} onClick={() => navigate('/laws')}>
                  法律法规
                </Button>
              )}
            </Space>
          </Col>
        </Row>
      </Card>

      {(can(me, PERMISSIONS.inspectionRead) || can(me, PERMISSIONS.caseRead)) && <WorkbenchPanels />}

      {canReadEnterprises && (
        <Card
          variant="borderless"
          title="辖区生产经营单位风险分级"
          extra={counts && <Typography.Text type="secondary">共 {formatCount(total)} 家</Typography.Text>}
          data-testid="grade-chart-card"
        >
          {grades.status === 'error' ? (
            <Alert
              type="warning"
              showIcon
              title="统计数据加载失败"
              description={errorMessage(grades.error)}
              action={<Button size="small" icon={<ReloadOutlined />} onClick={grades.reload}>重试</Button>}
            />
          ) : !counts || !option ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : total === 0 ? (
            <Empty description="辖区内暂无登记的生产经营单位" />
          ) : (
            <Row gutter={[24, 16]}>
              <Col xs={24} lg={8}>
                <Row gutter={[12, 12]}>
                  {RISK_GRADES.map((grade) => (
                    <Col span={12} key={grade}>
                      <Card
                        size="small"
                        hoverable
                        onClick={() => navigate(`/enterprises?grade=${grade}`)}
                        style={{ borderLeft: `3px solid ${RISK_GRADE_META[grade].chart}` }}
                      >
                        <Statistic title={RISK_GRADE_META[grade].label} value={counts[grade]} suffix="家" />
                      </Card>
                    </Col>
                  ))}
                </Row>
              </Col>
              <Col xs={24} lg={16}>
                <LazyEChart
                  option={option}
                  height={260}
                  ariaLabel={RISK_GRADES.map((g) => `${RISK_GRADE_META[g].label} ${counts[g]} 家`).join('，')}
                  onItemClick={({ dataIndex }) => {
                    const grade = RISK_GRADES[dataIndex];
                    if (grade) navigate(`/enterprises?grade=${grade}`);
                  }}
                />
              </Col>
            </Row>
          )}
        </Card>
      )}
    </Space>
  );
}
