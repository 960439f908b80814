import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { requireActor, type App } from '../app.ts';
import { errors } from '../schemas.ts';

export default async function referenceRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/orgs',
    {
      schema: {
        tags: ['reference'],
        summary: '组织机构（市、区县、乡镇街道）',
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), parentId: Type.Union([Type.String(), Type.Null()]), code: Type.String(), name: Type.String(), shortName: Type.String(), level: Type.String() })),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req);
      const rows = await ctx.db.selectFrom('org_units').select(['id', 'parent_id', 'code', 'name', 'short_name', 'level']).orderBy('path').execute();
      return { items: rows.map((r) => ({ id: r.id, parentId: r.parent_id, code: r.code, name: r.name, shortName: r.short_name, level: r.level })) };
    },
  );

  app.get(
    '/industries',
    {
      schema: {
        tags: ['reference'],
        summary: '行业',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })) }), ...errors() },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await ctx.db.selectFrom('industries').select(['code', 'name']).orderBy('sort').execute() };
    },
  );
}
