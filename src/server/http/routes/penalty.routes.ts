/**
 * 行政处罚裁量计算: POST /api/penalty/compute with the engine's JSON contract
 * (src/domain/discretion/input.ts), answered in yuan with the tier, ranges, measures, the
 * articles applied and the explanation in Chinese, using the benchmark versions stored for the
 * day (art. 37 between the act and the decision).
 *
 * The body is not validated by the route schema: the engine's parser checks it and names the
 * key of the first problem (UNKNOWN_KEY, UNKNOWN_VALUE, INVALID_DATE, VALIDATION_FAILED, 400).
 */
import { Type, type TSchema } from 'typebox';
import type { AppContext } from '../../context.ts';
import { computePenaltyStored } from '../../discretion/benchmark.service.ts';
import { requireActor, type App } from '../app.ts';
import { errors } from '../schemas.ts';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const LawRefSchema = Type.Object({
  law: Type.String(),
  article: Type.Integer(),
  paragraph: Type.Optional(Type.Integer()),
  item: Type.Optional(Type.Integer()),
});

const Amount = Type.Object({
  min: Type.Number(),
  max: Type.Number(),
  minExclusive: Type.Boolean(),
  recommended: Type.Number(),
  text: Type.String({ description: '幅度，如 超过1万元、2.5万元以下' }),
  payer: Type.String(),
  tier: Type.String(),
  trigger: Type.String(),
  statutory: Type.Optional(
    Type.Object(
      { min: Type.Number(), max: Type.Number(), basis: LawRefSchema },
      { description: '所适用罚则的法定罚款幅度（元）及其条款；低于最低数额须依法减轻处罚（行政处罚法第三十二条）' },
    ),
  ),
  mitigation: Type.Optional(Type.String({ description: '从轻 or 减轻' })),
});

const ComputeInput = Type.Object(
  {
    violation: Type.Optional(Type.Unknown({ description: '违法行为编码，如 AQSCF-099-1' })),
    actDate: Type.Optional(Type.Unknown({ description: '违法行为发生日期 YYYY-MM-DD' })),
    decisionDate: Type.Optional(Type.Unknown({ description: '决定日期 YYYY-MM-DD（默认今天）' })),
    facts: Type.Optional(
      Type.Unknown({
        description:
          '情节：firstOffence, correctedInTime, harm (none|minor|serious), notCorrectedByDeadline, repeatWithinYear, refusedToCooperate, noFault, ' +
          'mitigating [1–5], aggravating [key], employees, accidentGrade (一般|较大|重大|特别重大), illegalGain, goodsValue, annualIncome',
      }),
    ),
    alsoViolates: Type.Optional(Type.Unknown({ description: '同一行为违反的其他违法行为编码（行政处罚法第二十九条）' })),
    proposed: Type.Optional(Type.Unknown({ description: '告知书拟处罚款 {unit?, persons?}（行政处罚法第四十五条）' })),
    continuing: Type.Optional(Type.Unknown({ description: '按日连续处罚 {originalFine, orderDate}（安全生产法第一百一十二条）' })),
  },
  { additionalProperties: true, description: '未知的键以 UNKNOWN_KEY 拒绝（details.key 指明）' },
);

const PenaltyAnswerSchema = Type.Object({
  violation: Type.Object({ code: Type.String(), name: Type.String() }),
  outcome: Type.String({ description: '不予处罚 | 警告 | 罚款 | 其他措施' }),
  tier: Nullable(Type.String()),
  unit: Nullable(Amount),
  persons: Nullable(Amount),
  measures: Type.Array(Type.Object({ measure: Type.String(), label: Type.String() })),
  education: Type.Boolean(),
  score: Type.Number(),
  basis: Type.Array(Type.Object({ rule: Type.String(), ref: LawRefSchema, citation: Type.String() })),
  explanation: Type.Array(Type.String()),
  benchmark: Nullable(
    Type.Object({
      layer: Type.String(),
      effectiveFrom: Type.String(),
      label: Type.String(),
      version: Nullable(Type.Integer()),
      isDefault: Type.Boolean(),
    }),
  ),
  dailyFine: Type.Optional(
    Type.Object({ perDay: Type.Number(), from: Type.String(), to: Type.String(), days: Type.Integer(), total: Type.Number() }),
  ),
});

export default async function penaltyRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post(
    '/penalty/compute',
    {
      schema: {
        tags: ['penalty'],
        summary: '行政处罚裁量计算（元）：处罚结果、裁量档次、罚款幅度与建议数额、处罚措施、法律依据和说理',
        body: ComputeInput,
        response: { 200: PenaltyAnswerSchema, ...errors() },
      },
    },
    async (req) => {
      requireActor(req, 'penalty:compute');
      return computePenaltyStored(ctx, req.body);
    },
  );
}
