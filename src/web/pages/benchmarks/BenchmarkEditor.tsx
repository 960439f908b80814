import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Drawer, Input, InputNumber, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { isIsoDate } from '../../../domain/calendar/calendar.ts';
import type { Band, BenchmarkLayer, BenchmarkProblem, BenchmarkTier, MitigationBand, TierFine, TierKey } from '../../../domain/discretion/index.ts';
import { BENCHMARK_LAYER_LABELS, BENCHMARK_LAYERS, TIER_KEYS, validateBenchmark } from '../../../domain/discretion/index.ts';
import { MEASURE_LABELS, type Measure } from '../../../domain/legal/violation.ts';
import type { BenchmarkDetail, VersionView } from '../../../domain/views/benchmarks.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorMessage } from '../../lib/messages.ts';
import { personsLabel, TIER_COLORS, triggerLabel } from './format.tsx';

interface Draft {
  layer: BenchmarkLayer;
  effectiveFrom: string;
  label: string;
  firstOffenceWaiver: boolean;
  note: string;
  tiers: BenchmarkTier[];
  mitigation: MitigationBand[];
}

interface ServerError {
  message: string;
  key?: string;
  problems?: BenchmarkProblem[];
}

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Empty or non-numeric inputs, by key path (tiers[2].unit.yuan.max), before the legal checks can run. */
function fieldErrors(d: Draft): Map<string, string> {
  const out = new Map<string, string>();
  const band = (b: Band, path: string) => {
    if (!isNum(b.min)) out.set(`${path}.min`, '请填写下限');
    if (!isNum(b.max)) out.set(`${path}.max`, '请填写上限');
  };
  const fine = (f: TierFine | undefined, path: string) => {
    if (!f) return;
    if (f.kind === 'amount') band(f.yuan, `${path}.yuan`);
    else if (f.kind === 'multipleOfIllegalGain') {
      band(f.times, `${path}.times`);
      band(f.fallback, `${path}.fallback`);
    } else band(f.percent, `${path}.percent`);
  };
  if (!isIsoDate(d.effectiveFrom)) out.set('effectiveFrom', '请选择施行日期');
  d.tiers.forEach((t, i) => {
    fine(t.unit, `tiers[${i}].unit`);
    fine(t.persons, `tiers[${i}].persons`);
    if (!Number.isInteger(t.basis.article) || t.basis.article < 1) out.set(`tiers[${i}].basis.article`, '请填写条');
  });
  d.mitigation.forEach((m, i) => {
    fine(m.unit, `mitigation[${i}].unit`);
    fine(m.persons, `mitigation[${i}].persons`);
  });
  return out;
}

const Label = ({ children }: { children: ReactNode }) => <div style={{ fontSize: 13, color: '#4b5563', margin: '4px 0' }}>{children}</div>;

const FieldHint = ({ text }: { text: string | undefined }) => (text ? <div style={{ color: '#d4380d', fontSize: 12 }}>{text}</div> : null);

function BandInput({ band, path, unit, errors, onChange }: { band: Band; path: string; unit: string; errors: Map<string, string>; onChange: (b: Band) => void }) {
  const num = (v: number | string | null): number => (v === null || v === '' ? (null as unknown as number) : Number(v));
  return (
    <div>
      <Space.Compact size="small">
        <InputNumber
          value={band.min}
          status={errors.has(`${path}.min`) ? 'error' : ''}
          onChange={(v) => onChange({ ...band, min: num(v) })}
          style={{ width: 110 }}
          placeholder="下限"
          data-testid={`${path}.min`}
        />
        <InputNumber
          value={band.max}
          status={errors.has(`${path}.max`) ? 'error' : ''}
          onChange={(v) => onChange({ ...band, max: num(v) })}
          style={{ width: 110 }}
          placeholder="上限"
          data-testid={`${path}.max`}
        />
      </Space.Compact>
      <span style={{ marginInlineStart: 6, color: '#6b7280' }}>{unit}</span>
      <Checkbox
        style={{ marginInlineStart: 8 }}
        checked={band.minExclusive === true}
        onChange={(e) => {
          const { minExclusive: _drop, ...rest } = band;
          onChange(e.target.checked ? { ...rest, minExclusive: true } : rest);
        }}
      >
        不含下限（超过）
      </Checkbox>
      <FieldHint text={errors.get(`${path}.min`) ?? errors.get(`${path}.max`)} />
    </div>
  );
}

function FineInput({ fine, path, errors, onChange }: { fine: TierFine; path: string; errors: Map<string, string>; onChange: (f: TierFine) => void }) {
  switch (fine.kind) {
    case 'amount':
      return <BandInput band={fine.yuan} path={`${path}.yuan`} unit="元" errors={errors} onChange={(yuan) => onChange({ ...fine, yuan })} />;
    case 'multipleOfIllegalGain':
      return (
        <>
          <BandInput band={fine.times} path={`${path}.times`} unit="倍" errors={errors} onChange={(times) => onChange({ ...fine, times })} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>不适用倍数时：</Typography.Text>
          <BandInput band={fine.fallback} path={`${path}.fallback`} unit="元" errors={errors} onChange={(fallback) => onChange({ ...fine, fallback })} />
        </>
      );
    case 'percentOfAnnualIncome':
      return <BandInput band={fine.percent} path={`${path}.percent`} unit="%（上一年年收入）" errors={errors} onChange={(percent) => onChange({ ...fine, percent })} />;
  }
}

function ProblemList({ problems, testId }: { problems: BenchmarkProblem[]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      style={{ marginTop: 8 }}
      data-testid={testId ?? 'tier-problems'}
      title={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p, i) => (
            // The item is named in the page title: drop the repeated prefix.
            <li key={i}>{p.message.replace(/^[^：]*：/u, '')}</li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * 修订裁量基准: a new version from the one shown, checked as it is typed with the same rules as
 * the server (validateBenchmark), problems shown under the tier they concern and empty fields
 * marked; saved as a new version in force from its effective date.
 */
export default function BenchmarkEditor({ detail, base, onClose, onSaved }: { detail: BenchmarkDetail; base: VersionView; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const item = detail.violation.item;
  const [draft, setDraft] = useState<Draft>(() => ({
    layer: base.layer,
    effectiveFrom: dayjs().format('YYYY-MM-DD'),
    // A new version is the administrator's text: it does not inherit the platform default's label.
    label: base.isDefault ? '' : base.label,
    firstOffenceWaiver: base.firstOffenceWaiver,
    note: '',
    tiers: structuredClone(base.tiers),
    mitigation: structuredClone(base.mitigation),
  }));
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<ServerError | null>(null);

  const update = (mutate: (d: Draft) => void) => {
    setServerError(null);
    setDraft((previous) => {
      const next = structuredClone(previous);
      mutate(next);
      return next;
    });
  };

  const errors = useMemo(() => {
    const e = fieldErrors(draft);
    if (serverError?.key) e.set(serverError.key, serverError.message);
    return e;
  }, [draft, serverError]);

  const problems: BenchmarkProblem[] = useMemo(() => {
    if (serverError?.problems) return serverError.problems;
    if (fieldErrors(draft).size > 0) return [];
    try {
      const { note: _note, ...version } = draft;
      return validateBenchmark({ violation: item.code, ...version }, item);
    } catch {
      return [];
    }
  }, [draft, item, serverError]);

  const clauses = detail.violation.clauses;
  const tierProblems = (t: BenchmarkTier) => problems.filter((p) => p.trigger === t.trigger && p.tier === t.key && !p.message.includes('减轻处罚幅度'));
  const clauseProblems = (trigger: string) => problems.filter((p) => p.trigger === trigger && p.tier === undefined && !p.message.includes('减轻处罚幅度'));
  const mitigationProblems = problems.filter((p) => p.message.includes('减轻处罚幅度'));
  const versionProblems = problems.filter((p) => p.trigger === undefined);
  const blocking = errors.size > 0 || problems.length > 0;

  const save = async () => {
    setSaving(true);
    try {
      const { note, ...version } = draft;
      await api('/api/benchmarks/' + encodeURIComponent(item.code) + '/versions', {
        method: 'POST',
        body: { ...version, expectedVersion: detail.latestVersion, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      message.success(`已保存为第${detail.latestVersion + 1}版，自 ${draft.effectiveFrom} 起施行`);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'BENCHMARK_INVALID' && Array.isArray(e.details?.problems)) {
        setServerError({ message: '裁量基准未通过校验', problems: e.details.problems as BenchmarkProblem[] });
      } else if (e instanceof ApiError && e.status === 400) {
        const key = typeof e.details?.key === 'string' ? e.details.key : undefined;
        setServerError({ message: e.message, ...(key ? { key } : {}) });
      } else {
        setServerError({ message: errorMessage(e) });
      }
    } finally {
      setSaving(false);
    }
  };

  const tierIndexes = (trigger: string) => draft.tiers.map((t, i) => ({ t, i })).filter((x) => x.t.trigger === trigger);

  return (
    <Drawer
      open
      width={1040}
      title={`修订裁量基准：${detail.violation.name}（${item.code}）`}
      onClose={onClose}
      data-testid="benchmark-editor"
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} disabled={blocking} onClick={save} data-testid="benchmark-save">
            保存为第{detail.latestVersion + 1}版
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        以第{base.version}版为基础。保存后形成新版本，自施行日期起适用；此前发生的违法行为仍适用旧版本，新版本较轻的除外（行政处罚法第三十七条）。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Label>层级</Label>
          <Select<BenchmarkLayer>
            style={{ width: '100%' }}
            value={draft.layer}
            onChange={(layer) => update((d) => void (d.layer = layer))}
            options={BENCHMARK_LAYERS.map((l) => ({ value: l, label: BENCHMARK_LAYER_LABELS[l] }))}
          />
        </Col>
        <Col xs={24} md={8}>
          <Label>施行日期</Label>
          <DatePicker
            style={{ width: '100%' }}
            status={errors.has('effectiveFrom') ? 'error' : ''}
            value={draft.effectiveFrom ? dayjs(draft.effectiveFrom) : null}
            onChange={(d) => update((x) => void (x.effectiveFrom = d ? d.format('YYYY-MM-DD') : ''))}
            data-testid="editor-effective-from"
          />
          <FieldHint text={errors.get('effectiveFrom')} />
        </Col>
        <Col xs={24} md={8}>
          <Label>首违不罚</Label>
          <Switch checked={draft.firstOffenceWaiver} onChange={(on) => update((d) => void (d.firstOffenceWaiver = on))} checkedChildren="可适用" unCheckedChildren="不适用" />
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col xs={24} md={12}>
          <Label>名称</Label>
          <Input value={draft.label} status={errors.has('label') || !draft.label.trim() ? 'error' : ''} maxLength={100} placeholder="如：重庆市应急管理行政处罚裁量基准（2026年）" onChange={(e) => update((d) => void (d.label = e.target.value))} data-testid="editor-label" />
        </Col>
        <Col xs={24} md={12}>
          <Label>修订说明</Label>
          <Input value={draft.note} maxLength={500} placeholder="如：依据重庆市应急管理局2026年1月裁量基准" onChange={(e) => update((d) => void (d.note = e.target.value))} />
        </Col>
      </Row>

      {serverError && !serverError.problems && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title={serverError.message} description={serverError.key ? `字段：${serverError.key}` : undefined} data-testid="editor-server-error" />
      )}
      {problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={`有 ${problems.length} 处问题需要修改后才能保存（问题显示在相应档次下方）`} data-testid="editor-problem-count" />
      )}
      <ProblemList problems={versionProblems} testId="version-problems" />

      {clauses.map((clause) => {
        const own = tierIndexes(clause.trigger);
        const statutory = item.penalties.find((p) => p.trigger === clause.trigger);
        const measures = statutory?.measures ?? [];
        return (
          <Card
            key={clause.trigger}
            size="small"
            style={{ marginTop: 16 }}
            title={
              <Space wrap>
                <span>{clause.label}</span>
                {clause.unit && <Typography.Text type="secondary">单位 {clause.unit}</Typography.Text>}
                {clause.persons && <Typography.Text type="secondary">个人 {clause.persons}</Typography.Text>}
              </Space>
            }
            extra={
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() =>
                  update((d) => {
                    const last = own[own.length - 1];
                    if (!last) return;
                    const used = new Set(own.map((x) => x.t.key));
                    const key = TIER_KEYS.find((k) => !used.has(k) && k !== '法定') ?? last.t.key;
                    d.tiers.splice(last.i + 1, 0, { ...structuredClone(last.t), key });
                  })
                }
              >
                添加档次
              </Button>
            }
          >
            <ProblemList problems={clauseProblems(clause.trigger)} />
            {own.map(({ t, i }) => {
              const path = `tiers[${i}]`;
              const set = (mutate: (tier: BenchmarkTier) => void) => update((d) => mutate(d.tiers[i]!));
              const mine = tierProblems(t);
              return (
                <div
                  key={i}
                  data-testid="tier-editor"
                  style={{ border: `1px solid ${mine.length ? '#ffa39e' : '#f0f0f0'}`, borderRadius: 6, padding: 12, marginTop: 12 }}
                >
                  <Space wrap align="center" style={{ marginBottom: 8 }}>
                    <Select<TierKey>
                      size="small"
                      value={t.key}
                      style={{ width: 96 }}
                      onChange={(key) => set((x) => void (x.key = key))}
                      options={TIER_KEYS.map((k) => ({ value: k, label: <Tag color={TIER_COLORS[k]}>{k}</Tag> }))}
                    />
                    <span>情节分值</span>
                    <InputNumber size="small" precision={0} placeholder="不限" value={t.when.min} onChange={(v) => set((x) => void (x.when.min = v === null ? null : Number(v)))} style={{ width: 80 }} />
                    <span>至</span>
                    <InputNumber size="small" precision={0} placeholder="不限" value={t.when.max} onChange={(v) => set((x) => void (x.when.max = v === null ? null : Number(v)))} style={{ width: 80 }} />
                    <span>分</span>
                    {own.length > 1 && (
                      <Button size="small" danger type="text" icon={<DeleteOutlined />} onClick={() => update((d) => void d.tiers.splice(i, 1))}>
                        删除档次
                      </Button>
                    )}
                  </Space>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={t.circumstances}
                    placeholder="适用情形（公开文本）"
                    status={!t.circumstances.trim() ? 'error' : ''}
                    onChange={(e) => set((x) => void (x.circumstances = e.target.value))}
                  />
                  <Row gutter={16} style={{ marginTop: 8 }}>
                    {t.unit && (
                      <Col xs={24} lg={12}>
                        <Label>单位罚款</Label>
                        <FineInput fine={t.unit} path={`${path}.unit`} errors={errors} onChange={(f) => set((x) => void (x.unit = f))} />
                      </Col>
                    )}
                    {t.persons && (
                      <Col xs={24} lg={12}>
                        <Label>{personsLabel(detail.violation.party)}</Label>
                        <FineInput fine={t.persons} path={`${path}.persons`} errors={errors} onChange={(f) => set((x) => void (x.persons = f))} />
                      </Col>
                    )}
                  </Row>
                  <Row gutter={16} style={{ marginTop: 8 }}>
                    <Col xs={24} lg={10}>
                      <Label>处罚措施</Label>
                      <Select<Measure[]>
                        mode="multiple"
                        size="small"
                        style={{ width: '100%' }}
                        value={t.measures}
                        placeholder="无"
                        onChange={(m) => set((x) => void (x.measures = m))}
                        options={measures.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
                      />
                    </Col>
                    <Col xs={24} lg={14}>
                      <Label>依据</Label>
                      <Space.Compact size="small">
                        <Input value={t.basis.law} style={{ width: 220 }} onChange={(e) => set((x) => void (x.basis.law = e.target.value))} />
                        <InputNumber
                          min={1}
                          precision={0}
                          value={t.basis.article}
                          status={errors.has(`${path}.basis.article`) ? 'error' : ''}
                          addonAfter="条"
                          style={{ width: 100 }}
                          onChange={(v) => set((x) => void (x.basis.article = v === null ? (null as unknown as number) : Number(v)))}
                        />
                        <InputNumber min={1} precision={0} value={t.basis.paragraph ?? null} placeholder="款" style={{ width: 64 }} onChange={(v) => set((x) => {
                          if (v === null) delete x.basis.paragraph;
                          else x.basis.paragraph = Number(v);
                        })} />
                        <InputNumber min={1} precision={0} value={t.basis.item ?? null} placeholder="项" style={{ width: 64 }} onChange={(v) => set((x) => {
                          if (v === null) delete x.basis.item;
                          else x.basis.item = Number(v);
                        })} />
                      </Space.Compact>
                    </Col>
                  </Row>
                  <ProblemList problems={mine} />
                </div>
              );
            })}
          </Card>
        );
      })}

      {draft.mitigation.length > 0 && (
        <Card size="small" style={{ marginTop: 16 }} title="减轻处罚幅度（行政处罚法第三十二条，低于法定最低额）">
          {draft.mitigation.map((m, i) => (
            <div key={m.trigger} style={{ marginTop: i ? 12 : 0 }}>
              <Typography.Text strong>{triggerLabel(m.trigger)}</Typography.Text>
              <Row gutter={16}>
                {m.unit && (
                  <Col xs={24} lg={12}>
                    <Label>单位罚款</Label>
                    <FineInput fine={m.unit} path={`mitigation[${i}].unit`} errors={errors} onChange={(f) => update((d) => void (d.mitigation[i]!.unit = f))} />
                  </Col>
                )}
                {m.persons && (
                  <Col xs={24} lg={12}>
                    <Label>{personsLabel(detail.violation.party)}</Label>
                    <FineInput fine={m.persons} path={`mitigation[${i}].persons`} errors={errors} onChange={(f) => update((d) => void (d.mitigation[i]!.persons = f))} />
                  </Col>
                )}
              </Row>
            </div>
          ))}
          <ProblemList problems={mitigationProblems} />
        </Card>
      )}
    </Drawer>
  );
}
