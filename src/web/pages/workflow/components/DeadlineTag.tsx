import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';

/** Days before the due date from which a deadline shows as due soon (orange); the workbench's 7 日内到期. */
export const DUE_SOON_DAYS = 7;

export interface DeadlineLike {
  dueDate: string;
  overdue: boolean;
  daysLeft?: number;
  provisional?: boolean;
  kindLabel?: string;
  status?: 'open' | 'satisfied' | 'cancelled';
  rule?: { article: string; text: string };
}

function daysLeftOf(d: DeadlineLike, today?: string): number {
  if (d.daysLeft !== undefined) return d.daysLeft;
  return dayjs(d.dueDate).diff(dayjs(today ?? undefined).startOf('day'), 'day');
}

/**
 * A deadline as a tag: red when overdue, orange when due within three days, plain otherwise;
 * 暂定 when it was counted over a year whose holidays are not yet published.
 */
export function DeadlineTag({ deadline, today, showKind = true }: { deadline: DeadlineLike; today?: string; showKind?: boolean }) {
  const days = daysLeftOf(deadline, today);
  const open = (deadline.status ?? 'open') === 'open';
  const color = !open ? 'default' : deadline.overdue ? 'red' : days <= DUE_SOON_DAYS ? 'orange' : 'blue';
  const when = !open
    ? deadline.status === 'satisfied'
      ? '已完成'
      : '已取消'
    : deadline.overdue
      ? `已逾期 ${Math.abs(days)} 天`
      : days === 0
        ? '今天到期'
        : `剩 ${days} 天`;
  const label = `${showKind && deadline.kindLabel ? deadline.kindLabel + ' ' : ''}${deadline.dueDate}（${when}）`;
  const tag = (
    <Space size={4} wrap={false}>
      <Tag
        color={color}
        icon={deadline.overdue && open ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />}
        style={{ marginInlineEnd: 0 }}
        data-testid={deadline.overdue && open ? 'deadline-overdue' : days <= DUE_SOON_DAYS && open ? 'deadline-due-soon' : 'deadline'}
      >
        {label}
      </Tag>
      {deadline.provisional && open && (
        <Tooltip title="该期限跨越节假日安排尚未公布的年份，按周末计算，公布后将重新计算">
          <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="deadline-provisional">
            暂定
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
  if (!deadline.rule) return tag;
  return (
    <Tooltip title={`${deadline.rule.text}（${deadline.rule.article}）`}>
      <span>{tag}</span>
    </Tooltip>
  );
}
