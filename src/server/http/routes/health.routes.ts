import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { App } from '../app.ts';

export default async function healthRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: '健康检查：服务与数据库状态',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Object({ kind: Type.String(), ok: Type.Boolean(), version: Type.String(), latencyMs: Type.Number(), migrations: Type.Integer() }),
          }),
          503: Type.Object({ status: Type.Literal('unavailable'), database: Type.Object({ kind: Type.String(), ok: Type.Boolean(), error: Type.String() }) }),
        },
      },
    },
    async (_req, reply) => {
      const t0 = performance.now();
      try {
        const v = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(ctx.db);
        const m = await sql<{ n: number }>`SELECT count(*)::int AS n FROM kysely_migration`.execute(ctx.db);
        return {
          status: 'ok' as const,
          database: { kind: ctx.database.kind, ok: true, version: v.rows[0]?.v ?? '', latencyMs: Math.round((performance.now() - t0) * 10) / 10, migrations: m.rows[0]?.n ?? 0 },
        };
      } catch (e) {
        return reply.code(503).send({ status: 'unavailable' as const, database: { kind: ctx.database.kind, ok: false, error: (e as Error).message } });
      }
    },
  );
}
