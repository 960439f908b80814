import { Tag } from 'antd';
import type { RiskGrade } from '../../domain/glossary.ts';
import { RISK_GRADE_META } from '../lib/labels.ts';

export function RiskGradeTag({ grade }: { grade: RiskGrade }) {
  const meta = RISK_GRADE_META[grade];
  if (!meta) return <Tag>{grade}</Tag>;
  return (
    <Tag color={meta.tag} style={{ marginInlineEnd: 0 }}>
      {meta.label}
    </Tag>
  );
}
