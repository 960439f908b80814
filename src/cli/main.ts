/**
 * The `safelaw` command line. Every command builds its context with the same factory as the
 * server (src/server/context.ts).
 */
import { Command, InvalidArgumentError } from 'commander';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { ROLES, type Role } from '../domain/glossary.ts';
import { isDomainError } from '../domain/errors.ts';
import { SYSTEM_ACTOR, verifyAudit } from '../server/audit/audit.repository.ts';
import { createUser } from '../server/auth/auth.service.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { createContext, DataDirBusyError } from '../server/context.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../server/demo/generate.ts';
import { drainDatabase } from '../server/db/database.ts';
import { isDemoSeeded, seedDemo } from '../server/demo/seed-demo.ts';
import { listen, PortInUseError } from '../server/server.ts';
import { START_HOOKS } from '../server/start-hooks.ts';
import { progressBar } from './progress.ts';
import { registerExtraCommands } from './commands/index.ts';
import { say, withCliContext } from './commands/support.ts';

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a non-negative integer');
  return n;
};

/**
 * The server's logger: JSON lines (with request ids) for machines; on a terminal, the same
 * records made readable by pino-pretty when it is installed (LOG_FORMAT=json keeps JSON).
 */
function serverLogger(level: string): Logger {
  if (process.stdout.isTTY && process.env.LOG_FORMAT !== 'json') {
    try {
      createRequire(import.meta.url).resolve('pino-pretty');
      return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
    } catch {
      // not installed (npm ci --omit=dev): JSON it is
    }
  }
  return pino({ level });
}

async function serve(opts: { demo: boolean }): Promise<void> {
  const t0 = Date.now();
  let config = loadConfig();
  // The demo imports the statutes from the shared data folder beside the repository when
  // SAFELAW_LAWS_DIR does not name another one (the texts are never copied into the repo).
  const sharedLaws = path.resolve('../shared/data/laws');
  if (opts.demo && !config.lawsDir && fs.existsSync(path.join(sharedLaws, 'manifest.json'))) {
    config = loadConfig(process.env, { lawsDir: sharedLaws });
  }
  const ctx = await createContext(config, { role: 'server', log: say, logger: serverLogger(config.logLevel) });
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    say(`\n收到 ${signal}，正在关闭 / shutting down…`);
    await running?.close().catch(() => undefined);
    await drainDatabase(ctx.db); // requests whose client went away still finish their queries
    await ctx.stop();
    say('已关闭 / stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let running: Awaited<ReturnType<typeof listen>> | undefined;
  try {
    if (opts.demo && !(await isDemoSeeded(ctx))) {
      const bar = progressBar('生成演示数据 / seeding demo data');
      const r = await seedDemo(ctx, { onProgress: (d, t) => bar.update(d, t) });
      bar.stop();
      say(`演示数据：${r.enterprisesTotal} 家生产经营单位，${r.usersAdded} 个账号 / demo data seeded`);
    }
    for (const hook of START_HOOKS) await hook(ctx, say);
    running = await listen(ctx);
  } catch (e) {
    await ctx.stop();
    throw e;
  }
  say('');
  say(`SafeLaw 应急管理综合行政执法平台 已启动 (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  say(`  打开 / open:      ${running.url}`);
  say(`  数据库 / database: ${ctx.database.kind === 'embedded' ? `内置 PostgreSQL，数据目录 ${config.dataDir}` : ctx.database.url}`);
  say(`  法律法规 / statutes: ${config.lawsDir ? `已从 ${config.lawsDir} 导入` : '未配置 SAFELAW_LAWS_DIR（违法行为库仍可用，仅引用条文编号）'}`);
  if (opts.demo) {
    say(`  演示账号 / demo accounts (密码 password: ${DEMO_PASSWORD}):`);
    say(`    ${DEMO_USERS.filter((u) => ['admin', 'yubei.officer1', 'yubei.reviewer', 'yubei.leader', 'jiangbei.officer1'].includes(u.username)).map((u) => u.username).join(', ')}`);
  }
  say('  Ctrl-C 停止 / to stop');
}

export function buildProgram(): Command {
  const program = new Command('safelaw')
    .description('SafeLaw 应急管理综合行政执法平台 command line')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });

  program
    .command('serve')
    .description('run the platform: API and web UI (PORT, DATABASE_URL, SAFELAW_DATA_DIR)')
    .option('--demo', 'seed the demo data set on first start', false)
    .action(serve);

  const db = program.command('db').description('database administration');
  db.command('migrate')
    .description('apply pending migrations')
    .action(() => withCliContext(async () => say('数据库已是最新 / database is up to date')));
  db.command('seed-demo')
    .description('seed the deterministic demo data set (same seed → same data)')
    .option('--scale <n>', 'number of demo enterprises in total', positiveInt, 3000)
    .option('--seed <n>', 'random seed', positiveInt, 20260101)
    .action((o: { scale: number; seed: number }) =>
      withCliContext(async (ctx) => {
        const bar = progressBar('生成演示数据 / seeding');
        const t0 = Date.now();
        const r = await seedDemo(ctx, { enterprises: o.scale, seed: o.seed, onProgress: (d, t) => bar.update(d, t) });
        bar.stop();
        say(`added ${r.enterprisesAdded} enterprises (total ${r.enterprisesTotal}), ${r.usersAdded} users in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }),
    );

  const user = program.command('user').description('user administration');
  user
    .command('add')
    .description('add a user (password from SAFELAW_PASSWORD or --password)')
    .requiredOption('--username <name>', 'login name (lower case)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--org <code>', 'org unit code, e.g. 500112 for 渝北区')
    .option('--password <pw>', 'initial password (at least 8 characters)')
    .option('--cert-number <n>', 'enforcement certificate number (officers)')
    .option('--cert-issuer <s>', 'certificate issuing body', '重庆市人民政府')
    .option('--cert-from <date>', 'certificate valid from (YYYY-MM-DD)')
    .option('--cert-to <date>', 'certificate valid to (YYYY-MM-DD)')
    .option('--legal-qualification', 'holds the national legal professional qualification', false)
    .action((o: { username: string; name: string; role: string; org: string; password?: string; certNumber?: string; certIssuer: string; certFrom?: string; certTo?: string; legalQualification: boolean }) =>
      withCliContext(async (ctx) => {
        if (!ROLES.includes(o.role as Role)) throw new InvalidArgumentError(`--role must be one of ${ROLES.join(', ')}`);
        const password = o.password ?? process.env.SAFELAW_PASSWORD;
        if (!password) throw new InvalidArgumentError('give --password or set SAFELAW_PASSWORD');
        const certificate = o.certNumber && o.certFrom && o.certTo ? { number: o.certNumber, issuer: o.certIssuer, validFrom: o.certFrom, validTo: o.certTo } : null;
        const id = await createUser(ctx, { username: o.username, name: o.name, role: o.role as Role, orgCode: o.org, password, certificate, legalQualification: o.legalQualification }, SYSTEM_ACTOR);
        console.log(id);
      }),
    );

  const audit = program.command('audit').description('audit trail');
  audit
    .command('verify')
    .description('re-check every hash chain of the audit trail; names the first broken link')
    .action(() =>
      withCliContext(async (ctx) => {
        const t0 = Date.now();
        const r = await verifyAudit(ctx.db, (n) => process.stderr.isTTY && process.stderr.write(`\r已校验 ${n} 条`));
        if (process.stderr.isTTY) say('');
        if (r.ok) {
          console.log(`审计记录完整 / audit trail intact: ${r.events} events in ${r.chains} chains (${Date.now() - t0} ms)`);
        } else {
          const b = r.broken!;
          console.log(`审计记录被篡改 / audit trail BROKEN at event id ${b.id} (${b.aggregateType}/${b.aggregateId} #${b.seq}): ${b.problem}`);
          process.exitCode = 2;
        }
      }),
    );

  registerExtraCommands(program);
  return program;
}

// Output piped into head or less that closes early: stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof ConfigError || e instanceof DataDirBusyError || e instanceof PortInUseError || e instanceof InvalidArgumentError || isDomainError(e)) {
    say(`错误 / error: ${(e as Error).message}`);
  } else {
    say(`错误 / error: ${(e as Error).stack ?? String(e)}`);
  }
  process.exit(1);
}
