/**
 * 裁量基准 (discretion benchmarks): browse every catalogue item's benchmark and its versions
 * ('legal:read': benchmarks are published, 行政处罚法 art. 34), and add a version ('benchmark:manage':
 * administrators), validated, versioned with its effective date and written to the audit trail.
 *
 * The body of a new version is checked by the engine's parser, not the route schema, so that
 * every error names its key path (tiers[2].unit.yuan.max) or, for the legal checks,
 * BENCHMARK_INVALID names the item with the list of problems (details.problems).
 */
import { Type } from 'typebox';
import { isIsoDate, isoDateInChina } from '../../../domain/calendar/calendar.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { AppContext } from '../../context.ts';
import { createBenchmarkVersion, getBenchmark, listBenchmarks } from '../../discretion/benchmark.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, IsoDate, Text } from '../schemas.ts';
import { LawRefSchema, Nullable } from './penalty.routes.ts';

const Band = Type.Object({ min: Type.Number(), max: Type.Number(), minExclusive: Type.Optional(Type.Boolean()) });

const TierFine = Type.Union([
  Type.Object({ kind: Type.Literal('amount'), yuan: Band }),
  Type.Object({ kind: Type.Literal('multipleOfIllegalGain'), times: Band, fallback: Band }),
  Type.Object({ kind: Type.Literal('percentOfAnnualIncome'), percent: Band }),
]);

const Tier = Type.Object({
  key: Type.String({ description: '轻微 | 一般 | 较重 | 严重 | 法定' }),
  trigger: Type.String(),
  circumstances: Type.String(),
  when: Type.Object({ min: Nullable(Type.Integer()), max: Nullable(Type.Integer()) }, { description: '情节分值范围，null 为不设限' }),
  unit: Type.Optional(TierFine),
  persons: Type.Optional(TierFine),
  measures: Type.Array(Type.String()),
  basis: LawRefSchema,
});

const Mitigation = Type.Object({
  trigger: Type.String(),
  unit: Type.Optional(TierFine),
  persons: Type.Optional(TierFine),
  basis: LawRefSchema,
});

const Problem = Type.Object({
  violation: Type.String(),
  trigger: Type.Optional(Type.String()),
  tier: Type.Optional(Type.String()),
  message: Type.String(),
});

const Version = Type.Object({
  version: Type.Integer(),
  layer: Type.String(),
  layerLabel: Type.String(),
  effectiveFrom: Type.String(),
  label: Type.String(),
  firstOffenceWaiver: Type.Boolean(),
  isDefault: Type.Boolean(),
  stored: Type.Boolean(),
  note: Nullable(Type.String()),
  createdBy: Type.Object({ id: Nullable(Type.String()), name: Type.String() }),
  createdAt: Nullable(Type.String()),
  supersededBy: Nullable(Type.Integer()),
  current: Type.Boolean(),
  problems: Type.Array(Problem),
  tiers: Type.Array(Tier),
  mitigation: Type.Array(Mitigation),
});

const Detail = Type.Object({
  violation: Type.Object({
    code: Type.String(),
    name: Type.String(),
    party: Type.String(),
    majorHazard: Type.Boolean(),
    validFrom: Type.String(),
    validTo: Nullable(Type.String()),
    violated: Type.Array(Type.String()),
    penaltyBasis: Type.Array(Type.String()),
    clauses: Type.Array(
      Type.Object({
        trigger: Type.String(),
        label: Type.String(),
        unit: Nullable(Type.String()),
        persons: Nullable(Type.String()),
        measures: Type.Array(Type.Object({ measure: Type.String(), label: Type.String() })),
        basis: Nullable(Type.String()),
      }),
    ),
    item: Type.Unknown({ description: '违法行为库条目（用于在浏览器中按相同规则校验修订）' }),
  }),
  date: Type.String(),
  current: Nullable(Version),
  latestVersion: Type.Integer(),
  versions: Type.Array(Version),
});

const CodeParams = Type.Object({ code: Text(60, 1) });

const NewVersionBody = Type.Object(
  {
    expectedVersion: Type.Optional(Type.Unknown({ description: '修订所依据的最新版本号（并发修订时 409 CONFLICT）' })),
    layer: Type.Optional(Type.Unknown({ description: 'statute | national | municipal' })),
    effectiveFrom: Type.Optional(Type.Unknown({ description: '施行日期 YYYY-MM-DD' })),
    label: Type.Optional(Type.Unknown()),
    firstOffenceWaiver: Type.Optional(Type.Unknown()),
    tiers: Type.Optional(Type.Unknown()),
    mitigation: Type.Optional(Type.Unknown()),
    note: Type.Optional(Type.Unknown({ description: '修订说明' })),
  },
  { additionalProperties: true, description: '未知的键以 UNKNOWN_KEY 拒绝（details.key 指明路径）' },
);

function dayOf(date: string | undefined, ctx: AppContext): string {
  if (date === undefined) return isoDateInChina(ctx.now());
  if (!isIsoDate(date)) throw new DomainError('INVALID_DATE', `date 不是有效日期：${date}`, { key: 'date' });
  return date;
}

export default async function benchmarkRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/benchmarks',
    {
      schema: {
        tags: ['benchmarks'],
        summary: '裁量基准列表：每个违法行为在 date（默认今天）施行的版本；q 按编码、名称或处罚依据筛选',
        querystring: Type.Object({ q: Type.Optional(Text(100)), date: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            items: Type.Array(
              Type.Object({
                code: Type.String(),
                name: Type.String(),
                party: Type.String(),
                majorHazard: Type.Boolean(),
                penaltyBasis: Type.String(),
                validFrom: Type.String(),
                validTo: Nullable(Type.String()),
                current: Nullable(
                  Type.Object({
                    version: Type.Integer(),
                    layer: Type.String(),
                    layerLabel: Type.String(),
                    effectiveFrom: Type.String(),
                    label: Type.String(),
                    isDefault: Type.Boolean(),
                  }),
                ),
                versionCount: Type.Integer(),
                lastEdit: Nullable(Type.Object({ version: Type.Integer(), at: Type.String(), by: Type.String() })),
              }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      const day = dayOf(req.query.date, ctx);
      return listBenchmarks(ctx, { day, ...(req.query.q !== undefined ? { q: req.query.q } : {}) });
    },
  );

  app.get(
    '/benchmarks/:code',
    {
      schema: {
        tags: ['benchmarks'],
        summary: '一个违法行为的裁量基准：法定处罚情形、date（默认今天）施行的版本及全部历史版本',
        params: CodeParams,
        querystring: Type.Object({ date: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: Detail, ...errors() },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      return getBenchmark(ctx, req.params.code, dayOf(req.query.date, ctx));
    },
  );

  app.post(
    '/benchmarks/:code/versions',
    {
      schema: {
        tags: ['benchmarks'],
        summary: '修订裁量基准：新增一个自施行日期起适用的版本（管理员；校验后写入并记入审计记录）',
        params: CodeParams,
        body: NewVersionBody,
        response: { 201: Detail, ...errors() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'benchmark:manage');
      const detail = await createBenchmarkVersion(ctx, actor, req.params.code, req.body, originOf(req));
      return reply.code(201).send(detail);
    },
  );
}
