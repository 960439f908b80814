/**
 * npm run bench:http — autocannon against a bare Fastify hello-world and against the
 * platform's authenticated GET /api/enterprises?q= on the same machine, in one run.
 * Both servers run as child processes; the load generator is this process.
 * BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 64), BENCH_DATA_DIR (default .tmp/bench-http).
 */
import autocannon from 'autocannon';
import { freePort } from '../src/server/db/embedded.ts';
import { ROOT, startServer, stopServer, waitHealthy } from './support.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const dataDir = process.env.BENCH_DATA_DIR ?? '.tmp/bench-http';

async function load(title: string, url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number; p50: number; errors: number; non2xx: number }> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  const out = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
  console.log(`${title.padEnd(44)} ${out.rps.toFixed(0).padStart(7)} req/s   p50 ${String(out.p50).padStart(4)} ms   p99 ${String(out.p99).padStart(4)} ms   errors ${out.errors}  non-2xx ${out.non2xx}`);
  return out;
}

const barePort = await freePort();
const bare = startServer(['-e', `
  const f = require('fastify')();
  f.get('/', async () => ({ hello: 'world' }));
  f.listen({ port: ${barePort}, host: '127.0.0.1' });
`], {});
await waitHealthy(`http://127.0.0.1:${barePort}/`);

const port = await freePort();
const platform = startServer(['bin/safelaw.js', 'serve', '--demo'], { PORT: String(port), HOST: '127.0.0.1', SAFELAW_DATA_DIR: dataDir, LOG_LEVEL: 'error' });
await waitHealthy(`http://127.0.0.1:${port}/api/health`);
const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'yubei.officer1', password: 'safelaw-demo' }),
});
const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
const count = ((await (await fetch(`http://127.0.0.1:${port}/api/enterprises?pageSize=1`, { headers: { cookie } })).json()) as { total: number }).total;

console.log(`\nbench:http — ${connections} connections, ${seconds} s each, 2 cores; platform data: ${dataDir} (${count} enterprises in 渝北区 jurisdiction), root ${ROOT}\n`);
const a = await load('bare Fastify hello-world', `http://127.0.0.1:${barePort}/`);
const b = await load('GET /api/enterprises?q=化工 (signed in)', `http://127.0.0.1:${port}/api/enterprises?q=${encodeURIComponent('化工')}`, { cookie });
const c = await load('GET /api/enterprises (signed in, no q)', `http://127.0.0.1:${port}/api/enterprises`, { cookie });
console.log(`\nratio platform search / bare: ${(b.rps / a.rps).toFixed(3)} (throughput), p99 ${b.p99} ms vs ${a.p99} ms`);
console.log(`ratio platform list   / bare: ${(c.rps / a.rps).toFixed(3)}`);

await stopServer(bare);
await stopServer(platform);
process.exit(0);
