import { ArrowLeftOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import type { Enterprise } from '../../api/types.ts';
import { can, useMe } from '../../auth/session.tsx';
import { RiskGradeTag } from '../../components/RiskGradeTag.tsx';
import { PERMISSIONS } from '../../layout/nav.tsx';
import { formatCount, formatDateTime } from '../../lib/labels.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';
import { AuditTimeline } from './AuditTimeline.tsx';

// Only administrators edit: the form (and its antd form controls) loads on first use.
const EnterpriseFormModal = lazy(() => import('./EnterpriseFormModal.tsx'));

function descriptionItems(e: Enterprise): DescriptionsProps['items'] {
  return [
    { key: 'name', label: '单位名称', children: e.name, span: 2 },
    { key: 'creditCode', label: '统一社会信用代码', children: <span className="mono" data-testid="detail-credit-code">{e.creditCode}</span> },
    { key: 'legalRepresentative', label: '法定代表人', children: e.legalRepresentative || '—' },
    { key: 'industry', label: '行业', children: e.industry.name },
    { key: 'riskGrade', label: '风险等级', children: <RiskGradeTag grade={e.riskGrade} /> },
    { key: 'employees', label: '从业人员', children: `${formatCount(e.employees)} 人` },
    { key: 'district', label: '所属区县', children: e.district?.name ?? '—' },
    { key: 'org', label: '监管单位', children: e.org.name },
    { key: 'address', label: '地址', children: e.address, span: 'filled' },
    { key: 'createdAt', label: '登记时间', children: formatDateTime(e.createdAt) },
    { key: 'updatedAt', label: '最近更新', children: formatDateTime(e.updatedAt) },
    { key: 'version', label: '版本', children: e.version },
  ];
}

export default function EnterpriseDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const result = useApi<Enterprise>(`/api/enterprises/${encodeURIComponent(id)}`);
  const [editing, setEditing] = useState(false);
  const [auditKey, setAuditKey] = useState(0);
  const enterprise = result.data;

  const back = (
    <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      返回
    </Button>
  );

  if (result.status === 'error' && result.error instanceof ApiError && result.error.code === 'NOT_FOUND') {
    return (
      <Card variant="borderless">
        <Result
          status="404"
          title="未找到该生产经营单位"
          subTitle="记录不存在，或不在您的辖区范围内。"
          extra={<Link to="/enterprises"><Button type="primary">返回列表</Button></Link>}
        />
      </Card>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/enterprises">生产经营单位</Link> }, { title: enterprise?.name ?? '详情' }]} />
      {result.status === 'error' && (
        <Alert
          type="error"
          showIcon
          title="加载失败"
          description={errorMessage(result.error)}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={result.reload}>重试</Button>}
        />
      )}
      <Card
        variant="borderless"
        title={
          enterprise ? (
            <Space size={10}>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="detail-name">
                {enterprise.name}
              </Typography.Text>
              <RiskGradeTag grade={enterprise.riskGrade} />
            </Space>
          ) : (
            '生产经营单位'
          )
        }
        extra={
          <Space>
            {back}
            {enterprise && can(me, PERMISSIONS.enterpriseWrite) && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit">
                编辑
              </Button>
            )}
          </Space>
        }
      >
        {enterprise ? (
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={descriptionItems(enterprise)}
            styles={{ label: { width: 136, whiteSpace: 'nowrap', color: '#6b7280' } }}
            data-testid="enterprise-detail"
          />
        ) : (
          <Skeleton active paragraph={{ rows: 5 }} />
        )}
      </Card>

      {enterprise && <AuditTimeline enterpriseId={enterprise.id} refreshKey={auditKey} />}

      {editing && enterprise && (
        <Suspense fallback={null}>
          <EnterpriseFormModal
            mode="edit"
            enterprise={enterprise}
            onClose={() => setEditing(false)}
            onConflict={() => {
              setEditing(false);
              result.reload();
              setAuditKey((k) => k + 1);
            }}
            onSaved={() => {
              setEditing(false);
              result.reload();
              setAuditKey((k) => k + 1);
            }}
          />
        </Suspense>
      )}
    </Space>
  );
}
