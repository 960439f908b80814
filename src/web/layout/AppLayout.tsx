import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/glossary.ts';
import { useMe, useSession } from '../auth/session.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Logo } from '../components/Logo.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { CertificateTag } from './CertificateTag.tsx';
import { navKeyOf, visibleNavItems } from './nav.tsx';

const { Header, Sider, Content } = Layout;

export default function AppLayout() {
  const me = useMe();
  const { signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone (below md) the menu folds away completely and the header keeps only the user.
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;

  const items = useMemo(() => visibleNavItems(me), [me]);
  const menuItems = items.map((item) => ({ key: item.key, icon: item.icon, label: item.label }));
  const selectedKey = navKeyOf(location.pathname);

  const onSignOut = async () => {
    try {
      await signOut();
    } catch {
      // The session is dropped locally whatever the server answered.
    }
    message.success('已安全退出');
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={208}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        collapsedWidth={phone ? 0 : 80}
        theme="light"
        style={{ borderRight: '1px solid #e8ebf0', ...(phone && !collapsed ? { position: 'fixed', height: '100vh', zIndex: 20 } : {}) }}
      >
        <div style={{ height: 56, display: 'flex', alignItems: 'center', gap: 10, padding: collapsed ? '0 26px' : '0 20px', borderBottom: '1px solid #f0f2f5' }}>
          <Logo size={28} />
          {!collapsed && (
            <div style={{ lineHeight: 1.2, whiteSpace: 'nowrap' }}>
              <div style={{ fontWeight: 600, color: '#1d4f91' }}>SafeLaw</div>
              <div style={{ fontSize: 12, color: '#6b7280' }}>综合行政执法平台</div>
            </div>
          )}
        </div>
        <Menu
          mode="inline"
          items={menuItems}
          selectedKeys={selectedKey ? [selectedKey] : []}
          onClick={({ key }) => {
            const target = items.find((item) => item.key === key);
            if (target) navigate(target.path);
            if (phone) setCollapsed(true);
          }}
          style={{ borderInlineEnd: 'none', paddingTop: 8 }}
          data-testid="side-menu"
        />
      </Sider>
      <Layout>
        <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #e8ebf0', ...(phone ? { paddingInline: 12 } : {}) }}>
          <Typography.Text type="secondary" ellipsis style={phone ? { marginInlineStart: 28 } : undefined}>
            {phone ? 'SafeLaw' : '应急管理综合行政执法平台'}
          </Typography.Text>
          <Space size={phone ? 8 : 16}>
            {!phone && <CertificateTag me={me} />}
            {!phone && (
              <Typography.Text type="secondary" data-testid="org-name">
                {me.org.name}
              </Typography.Text>
            )}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'who', label: `${me.username}`, disabled: true },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="sign-out">退出登录</span>, danger: true },
                ],
                onClick: ({ key }) => {
                  if (key === 'logout') void onSignOut();
                },
              }}
            >
              <a onClick={(e) => e.preventDefault()} data-testid="user-menu" style={{ color: 'inherit' }}>
                <Space size={8}>
                  <Avatar size={28} style={{ background: '#1d5fa8' }}>
                    {me.name.slice(0, 1)}
                  </Avatar>
                  <span style={{ fontWeight: 500 }}>{me.name}</span>
                  {!phone && <Typography.Text type="secondary">{ROLE_LABELS[me.role] ?? me.role}</Typography.Text>}
                  <DownOutlined style={{ fontSize: 10, color: '#9ca3af' }} />
                </Space>
              </a>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: phone ? 8 : 20 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
