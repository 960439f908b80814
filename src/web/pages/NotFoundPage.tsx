import { Button, Card, Result } from 'antd';
import { Link } from 'react-router-dom';

export default function NotFoundPage() {
  return (
    <Card variant="borderless">
      <Result
        status="404"
        title="页面不存在"
        subTitle="您访问的地址不存在或已被移动。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
        data-testid="not-found"
      />
    </Card>
  );
}
