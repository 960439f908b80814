/** Display helpers shared by the pages: risk grade colours, dates, numbers. */
import dayjs from 'dayjs';
import type { RiskGrade } from '../../domain/glossary.ts';

/**
 * Enterprises are classed A–D for graded enforcement (分类分级执法); the platform reads A as the
 * highest risk (重点监管) and D as the lowest. Colours follow the usual red → blue warning scale.
 */
export const RISK_GRADE_META: Record<RiskGrade, { label: string; tag: string; chart: string }> = {
  A: { label: 'A 类', tag: 'red', chart: '#d4483b' },
  B: { label: 'B 类', tag: 'orange', chart: '#e8893a' },
  C: { label: 'C 类', tag: 'gold', chart: '#d9b23f' },
  D: { label: 'D 类', tag: 'blue', chart: '#4a7fc1' },
};

export const formatDateTime = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
export const formatDate = (iso: string): string => dayjs(iso).format('YYYY-MM-DD');
export const formatCount = (n: number): string => n.toLocaleString('zh-CN');
