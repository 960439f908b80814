import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option type of the charts registered in EChart.tsx (type-only: no runtime import). */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface EChartProps {
  option: ChartOption;
  height?: number;
  /** Describes the chart for screen readers. */
  ariaLabel: string;
  onItemClick?: (item: { name: string; dataIndex: number }) => void;
}
