/** Display pieces shared by the benchmark page: tiers as a table, version tags. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { BenchmarkTier, MitigationBand, ScoreBand, TierFine } from '../../../domain/discretion/index.ts';
import { formatTierFine, TRIGGER_LABELS } from '../../../domain/discretion/index.ts';
import { formatRefCn } from '../../../domain/legal/reference.ts';
import { MEASURE_LABELS, type Measure, type PenaltyTrigger } from '../../../domain/legal/violation.ts';
import type { Violation } from '../../../domain/legal/violation.ts';
import type { VersionSummary, VersionView } from '../../../domain/views/benchmarks.ts';

export const TIER_COLORS: Record<string, string> = { 轻微: 'green', 一般: 'blue', 较重: 'orange', 严重: 'red', 法定: 'purple' };

export const triggerLabel = (trigger: string): string => TRIGGER_LABELS[trigger as PenaltyTrigger] ?? trigger;

/** 情节分值 band in words: -1分及以下, 0至2分, 5分及以上, 不限. */
export function scoreText(when: ScoreBand): string {
  if (when.min === null && when.max === null) return '不限';
  if (when.min === null) return `${when.max}分及以下`;
  if (when.max === null) return `${when.min}分及以上`;
  return when.min === when.max ? `${when.min}分` : `${when.min}至${when.max}分`;
}

export function fineText(fine: TierFine | undefined, item: Violation | undefined, trigger: string, target: 'unit' | 'persons'): string {
  if (!fine) return '—';
  const statutory = item?.penalties.find((p) => p.trigger === trigger)?.[target];
  const base = statutory?.kind === 'multipleOfIllegalGain' && statutory.base === 'goodsValue' ? '货值金额' : '违法所得';
  return formatTierFine(fine, base);
}

/** Who the persons' fine is on: the responsible persons of a unit, or the person who is the party. */
export const personsLabel = (party: string): string => (party === 'unit' ? '责任人员罚款（每人）' : '当事人罚款');

export function VersionTag({ version }: { version: Pick<VersionSummary, 'isDefault'> }) {
  return version.isDefault ? <Tag color="default">平台默认（非官方文本）</Tag> : <Tag color="geekblue">管理员修订</Tag>;
}

export function versionState(v: VersionView): { text: string; color: string } {
  if (v.problems.length > 0) return { text: '校验未通过', color: 'red' };
  if (v.current) return { text: '现行', color: 'green' };
  if (v.supersededBy !== null) return { text: `已被第${v.supersededBy}版取代`, color: 'default' };
  return { text: '', color: 'default' };
}

interface Row {
  key: string;
  tier: BenchmarkTier;
  span: number;
}

/** The tiers of a version: one row per tier, grouped by the statutory situation they divide. */
export function TiersTable({ tiers, item, party, testId }: { tiers: BenchmarkTier[]; item?: Violation; party: string; testId?: string }) {
  const rows: Row[] = tiers.map((tier, i) => {
    const first = i === 0 || tiers[i - 1]!.trigger !== tier.trigger;
    let span = 0;
    if (first) for (let j = i; j < tiers.length && tiers[j]!.trigger === tier.trigger; j++) span++;
    return { key: `${tier.trigger}-${tier.key}-${i}`, tier, span };
  });
  const hasPersons = tiers.some((t) => t.persons);
  const hasUnit = tiers.some((t) => t.unit);
  const columns: TableColumnsType<Row> = [
    { title: '情形', key: 'trigger', width: 88, onCell: (r) => ({ rowSpan: r.span }), render: (_, r) => triggerLabel(r.tier.trigger) },
    {
      title: '档次（情节分值）',
      key: 'tier',
      width: 104,
      render: (_, r) => (
        <>
          <Tag color={TIER_COLORS[r.tier.key] ?? 'default'}>{r.tier.key}</Tag>
          <div style={{ fontSize: 12, color: '#6b7280', marginTop: 2 }}>{scoreText(r.tier.when)}</div>
        </>
      ),
    },
    { title: '适用情形', key: 'circumstances', render: (_, r) => <span style={{ fontSize: 13 }}>{r.tier.circumstances}</span> },
    ...(hasUnit ? [{ title: '单位罚款', key: 'unit', width: 140, render: (_: unknown, r: Row) => fineText(r.tier.unit, item, r.tier.trigger, 'unit') }] : []),
    ...(hasPersons ? [{ title: personsLabel(party), key: 'persons', width: 140, render: (_: unknown, r: Row) => fineText(r.tier.persons, item, r.tier.trigger, 'persons') }] : []),
    {
      title: '处罚措施',
      key: 'measures',
      width: 130,
      render: (_, r) => (r.tier.measures.length ? r.tier.measures.map((m) => MEASURE_LABELS[m as Measure] ?? m).join('、') : '—'),
    },
    {
      title: '依据',
      key: 'basis',
      width: 130,
      render: (_, r) => (
        <Tooltip title={formatRefCn(r.tier.basis)}>
          <Typography.Text style={{ fontSize: 12 }}>{formatRefCn(r.tier.basis, { title: 'short' })}</Typography.Text>
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid={testId ?? 'benchmark-tiers'}
      scroll={{ x: 900 }}
    />
  );
}

/** 减轻处罚幅度 (行政处罚法 art. 32): the bands below the statutory minimum. */
export function MitigationTable({ mitigation, item, party }: { mitigation: MitigationBand[]; item?: Violation; party: string }) {
  if (mitigation.length === 0) return null;
  return (
    <Table<MitigationBand>
      size="small"
      bordered
      pagination={false}
      rowKey={(m) => m.trigger}
      dataSource={mitigation}
      columns={[
        { title: '情形', key: 'trigger', width: 180, render: (_, m) => triggerLabel(m.trigger) },
        { title: '单位罚款', key: 'unit', render: (_, m) => fineText(m.unit, item, m.trigger, 'unit') },
        { title: personsLabel(party), key: 'persons', render: (_, m) => fineText(m.persons, item, m.trigger, 'persons') },
        { title: '依据', key: 'basis', width: 220, render: (_, m) => formatRefCn(m.basis) },
      ]}
    />
  );
}
