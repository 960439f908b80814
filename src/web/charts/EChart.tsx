/**
 * A small React wrapper around ECharts. This module is only ever loaded through React.lazy (see
 * LazyEChart.tsx), so echarts/core and the few charts registered here form their own chunk that
 * pages without charts never download. Register further charts/components here when a
 * dashboard needs them.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { EChartProps } from './types.ts';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export default function EChart({ option, height = 280, ariaLabel, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClick = useEffectEvent((item: { name: string; dataIndex: number }) => onItemClick?.(item));

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas', locale: 'ZH' });
    chart.current = instance;
    instance.on('click', (params) => onClick({ name: params.name, dataIndex: params.dataIndex }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
