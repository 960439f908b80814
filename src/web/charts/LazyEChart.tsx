import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './types.ts';

const EChart = lazy(() => import('./EChart.tsx'));

/** EChart, loaded on first use; a skeleton of the same height holds its place meanwhile. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 280 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
