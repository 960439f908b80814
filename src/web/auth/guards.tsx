import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Permission } from '../../domain/access.ts';
import { errorMessage } from '../lib/messages.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { can, useMe, useSession } from './session.tsx';

/** Renders its children only for a signed-in user; otherwise sends to sign-in, remembering where to come back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading fullScreen />;
  if (state.status === 'unreachable') {
    return (
      <Result
        status="warning"
        title="暂时无法连接服务器"
        subTitle={errorMessage(state.error)}
        extra={<Button type="primary" onClick={retry}>重试</Button>}
      />
    );
  }
  if (state.status === 'anonymous') {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return children;
}

/** Nested routes visible only with `permission`. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useMe();
  if (!can(me, permission)) return <Result status="403" title="无权访问" subTitle="您的角色没有查看此页面的权限。" />;
  return <Outlet />;
}
