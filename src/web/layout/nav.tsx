/**
 * The side menu. An item shows only when the signed-in user holds its permission; the routes in
 * App.tsx check the same permission so a typed URL cannot bypass the menu.
 */
import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalculatorOutlined,
  FileSearchOutlined,
  InboxOutlined,
  SettingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../domain/access.ts';
import type { Me } from '../api/types.ts';
import { can } from '../auth/session.tsx';

export interface NavItem {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  /** Permission needed to see the item; none: every signed-in user. */
  permission?: Permission;
  /** Shown when the user holds any of these (instead of one `permission`). */
  anyOf?: readonly Permission[];
}

/** The permissions the shell checks (names from src/domain/access.ts, so a typo fails to compile). */
export const PERMISSIONS = {
  enterpriseRead: 'enterprise:read',
  enterpriseWrite: 'enterprise:write',
  auditRead: 'audit:read',
  legalRead: 'legal:read',
  caseRead: 'case:read',
  caseWrite: 'case:write',
  caseApprove: 'case:approve',
  caseReview: 'case:review',
  inspectionRead: 'inspection:read',
  inspectionWrite: 'inspection:write',
  hazardReport: 'hazard:report',
  penaltyCompute: 'penalty:compute',
  userManage: 'user:manage',
} as const satisfies Record<string, Permission>;

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'workbench', path: '/', label: '工作台', icon: <AppstoreOutlined /> },
  { key: 'enterprises', path: '/enterprises', label: '生产经营单位', icon: <BankOutlined />, permission: PERMISSIONS.enterpriseRead },
  { key: 'laws', path: '/laws', label: '法律法规', icon: <BookOutlined />, permission: PERMISSIONS.legalRead },
  { key: 'benchmarks', path: '/benchmarks', label: '裁量基准', icon: <CalculatorOutlined />, permission: PERMISSIONS.legalRead },
  { key: 'inspections', path: '/inspections', label: '监督检查', icon: <FileSearchOutlined />, permission: PERMISSIONS.inspectionRead },
  { key: 'hazards', path: '/hazards', label: '隐患治理', icon: <WarningOutlined />, permission: PERMISSIONS.inspectionRead },
  { key: 'cases', path: '/cases', label: '案件办理', icon: <AuditOutlined />, permission: PERMISSIONS.caseRead },
  { key: 'queues', path: '/queues', label: '待办审批', icon: <InboxOutlined />, anyOf: [PERMISSIONS.caseApprove, PERMISSIONS.caseReview] },
  { key: 'admin', path: '/admin', label: '系统管理', icon: <SettingOutlined />, permission: PERMISSIONS.userManage },
];

export const visibleNavItems = (me: Me): NavItem[] =>
  NAV_ITEMS.filter(
    (item) => (item.permission === undefined || can(me, item.permission)) && (item.anyOf === undefined || item.anyOf.some((p) => can(me, p))),
  );

/** The menu key of a location: the first path segment, '' being the workbench. */
export function navKeyOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return NAV_ITEMS.find((item) => item.path === '/' + first)?.key ?? (first === '' ? 'workbench' : '');
}
