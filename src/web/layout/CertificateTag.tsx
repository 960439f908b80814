import { SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { Me } from '../api/types.ts';
import { formatDate } from '../lib/labels.ts';

const EXPIRY_WARNING_DAYS = 30;

/**
 * The enforcement certificate (执法证) state: only certified officers may act (持证上岗), so an
 * officer sees at a glance whether his certificate is valid or about to lapse.
 */
export function CertificateTag({ me }: { me: Me }) {
  const certificate = me.certificate;
  if (!certificate) {
    if (me.role !== 'officer') return null;
    return (
      <Tag color="orange" icon={<WarningOutlined />} data-testid="certificate-tag">
        未登记执法证
      </Tag>
    );
  }
  const detail = `证号 ${certificate.number} · ${certificate.issuer} · ${formatDate(certificate.validFrom)} 至 ${formatDate(certificate.validTo)}`;
  if (!certificate.valid) {
    return (
      <Tooltip title={detail}>
        <Tag color="red" icon={<WarningOutlined />} data-testid="certificate-tag">
          执法证无效
        </Tag>
      </Tooltip>
    );
  }
  const daysLeft = dayjs(certificate.validTo).diff(dayjs(), 'day');
  const expiring = daysLeft <= EXPIRY_WARNING_DAYS;
  return (
    <Tooltip title={detail}>
      <Tag color={expiring ? 'gold' : 'green'} icon={<SafetyCertificateOutlined />} data-testid="certificate-tag">
        {expiring ? `执法证 ${daysLeft} 天后到期` : `执法证有效至 ${formatDate(certificate.validTo)}`}
      </Tag>
    </Tooltip>
  );
}
