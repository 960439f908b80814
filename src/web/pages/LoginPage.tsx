import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { Logo } from '../components/Logo.tsx';
import { errorMessage } from '../lib/messages.ts';

interface Credentials {
  username: string;
  password: string;
}

/** Where to go after signing in: the page the user was sent away from, never another site. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export default function LoginPage() {
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      navigate(returnPath(location.state), { replace: true });
    } catch (e) {
      setError(errorMessage(e));
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 24,
        background: 'linear-gradient(160deg, #eef3f9 0%, #f6f7f9 55%, #eef1f5 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Logo size={48} />
          <Typography.Title level={3} style={{ margin: '12px 0 4px', fontWeight: 600 }}>
            SafeLaw 应急管理综合行政执法平台
          </Typography.Title>
          <Typography.Text type="secondary">一网统管 · 全程留痕</Typography.Text>
        </div>
        <Card variant="borderless" style={{ boxShadow: '0 6px 24px rgba(31, 41, 55, 0.08)' }}>
          <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 20 }}>
            账号登录
          </Typography.Title>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form<Credentials> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={submitting} size="large">
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder="请输入用户名" data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="请输入密码" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit" style={{ marginTop: 4 }}>
              登录
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 20, fontSize: 12 }}>
          仅限授权人员使用，所有操作均记录在案
        </Typography.Paragraph>
      </div>
    </div>
  );
}
