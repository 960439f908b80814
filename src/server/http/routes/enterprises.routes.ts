import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { createEnterprise, getEnterprise, searchEnterprises, updateEnterprise } from '../../enterprises/enterprise.service.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Page, Text, Uuid } from '../schemas.ts';

const Grade = Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C'), Type.Literal('D')]);

const Summary = {
  id: Type.String(),
  name: Type.String(),
  creditCode: Type.String(),
  address: Type.String(),
  industry: Type.Object({ code: Type.String(), name: Type.String() }),
  riskGrade: Type.String(),
  employees: Type.Integer(),
  org: Type.Object({ id: Type.String(), name: Type.String() }),
  district: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
};
const EnterpriseBody = Type.Object({
  ...Summary,
  legalRepresentative: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});

const Fields = {
  creditCode: Text(18, 1),
  name: Text(200, 1),
  address: Text(500, 1),
  industryCode: Text(40, 1),
  employees: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  riskGrade: Grade,
  orgId: Uuid,
  legalRepresentative: Type.Optional(Text(100)),
};

export default async function enterpriseRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: '生产经营单位列表（辖区内；q 为名称模糊搜索）',
        querystring: Type.Object({
          q: Type.Optional(Text(100)),
          district: Type.Optional(Uuid),
          industry: Type.Optional(Text(40)),
          grade: Type.Optional(Grade),
          ...Page,
        }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Type.Object(Summary)), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), ...errors() },
      },
    },
    async (req) => {
      const actor = requireActor(req, 'enterprise:read');
      const { items, total } = await searchEnterprises(ctx, actor, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: '生产经营单位详情',
        params: Type.Object({ id: Uuid }),
        response: { 200: EnterpriseBody, ...errors() },
      },
    },
    async (req) => getEnterprise(ctx, requireActor(req, 'enterprise:read'), req.params.id),
  );

  app.post(
    '/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: '新增生产经营单位（管理员）',
        body: Type.Object(Fields, { additionalProperties: false }),
        response: { 201: EnterpriseBody, ...errors() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'enterprise:write');
      const created = await createEnterprise(ctx, actor, req.body, originOf(req));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        summary: '修改生产经营单位（管理员；version 为乐观锁版本号）',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ version: Type.Integer({ minimum: 1 }), ...Type.Partial(Type.Object(Fields)).properties }, { additionalProperties: false }),
        response: { 200: EnterpriseBody, ...errors() },
      },
    },
    async (req) => updateEnterprise(ctx, requireActor(req, 'enterprise:write'), req.params.id, req.body, originOf(req)),
  );
}
