import { Button, Result } from 'antd';
import { Component } from 'react';
import type { ReactNode } from 'react';

/** Catches render errors and failed chunk loads (e.g. after a redeploy) with a way out. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title="页面加载失败"
        subTitle="可能是网络中断或系统刚刚更新，请刷新页面。"
        extra={<Button type="primary" onClick={() => window.location.reload()}>刷新页面</Button>}
      />
    );
  }
}
