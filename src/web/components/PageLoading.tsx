import { Spin } from 'antd';

export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: fullScreen ? '100vh' : 240 }}>
      <Spin description="加载中…" />
    </div>
  );
}
