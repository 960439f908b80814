import { Card, Result } from 'antd';

/** A section that later issues will fill; it says so instead of showing an empty page. */
export default function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <Card variant="borderless">
      <Result status="info" title={`${title} · 建设中`} subTitle={description} />
    </Card>
  );
}
