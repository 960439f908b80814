/**
 * npm run bench:search — enterprise fuzzy name search latency at scale (default 200,000
 * enterprises), in process through the same repository the API uses, for a city-wide admin
 * and a district officer. Seeds the data set once into BENCH_DATA_DIR (default .tmp/bench-200k).
 * BENCH_ENTERPRISES overrides the size.
 */
import { sql } from 'kysely';
import { pino } from 'pino';
import type { Actor } from '../src/domain/access.ts';
import { loadConfig } from '../src/server/config.ts';
import { createContext } from '../src/server/context.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { searchEnterprises } from '../src/server/enterprises/enterprise.service.ts';
import { progressBar } from '../src/cli/progress.ts';
import { percentile } from './support.ts';

const size = Number(process.env.BENCH_ENTERPRISES ?? 200_000);
const config = loadConfig({ ...process.env, SAFELAW_DATA_DIR: process.env.BENCH_DATA_DIR ?? '.tmp/bench-200k', LOG_LEVEL: 'error' });
const ctx = await createContext(config, { role: 'cli', logger: pino({ level: 'error' }), log: (l) => console.error(l) });
try {
  const t0 = Date.now();
  const bar = progressBar('seeding');
  const seeded = await seedDemo(ctx, { enterprises: size, onProgress: (d, t) => bar.update(d, t) });
  bar.stop();
  if (seeded.enterprisesAdded) console.log(`seeded ${seeded.enterprisesAdded} enterprises in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await sql`ANALYZE enterprises`.execute(ctx.db);

  const actorOf = async (username: string): Promise<Actor> => {
    const u = await ctx.db.selectFrom('users as u').innerJoin('org_units as o', 'o.id', 'u.org_id')
      .select(['u.id', 'u.username', 'u.name', 'u.role', 'u.org_id', 'u.enterprise_id', 'o.name as org_name', 'o.path as org_path'])
      .where('u.username', '=', username).executeTakeFirstOrThrow();
    return { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id, orgName: u.org_name, orgPath: u.org_path, enterpriseId: u.enterprise_id };
  };
  const queries = ['化工', '精细化工', '渝源', '重庆鑫盛机械', '物流有限公司', '烟花爆竹', '汽车零部件', '混凝土', '恒通', '建材', '华润食品', '长江运输'];
  for (const username of ['admin', 'yubei.officer1']) {
    const actor = await actorOf(username);
    const times: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const s = performance.now();
        await searchEnterprises(ctx, actor, { q, page: 1, pageSize: 20 });
        const ms = performance.now() - s;
        times.push(ms);
        perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      }
    }
    if (process.env.BENCH_VERBOSE) {
      for (const [q, ms] of perQuery) console.log(`  ${q.padEnd(10)} median ${percentile(ms.sort((a, b) => a - b), 50).toFixed(1)} ms`);
    }
    times.sort((a, b) => a - b);
    const total = (await searchEnterprises(ctx, actor, { page: 1, pageSize: 1 })).total;
    console.log(`${username.padEnd(16)} scope ${String(total).padStart(7)} enterprises: ${times.length} searches  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  max ${times[times.length - 1]!.toFixed(1)} ms`);
  }
} finally {
  await ctx.stop();
}
