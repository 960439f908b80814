/**
 * Law library and legal matching on the command line:
 *
 *   safelaw laws import DIR          import the statute texts of DIR (with manifest.json)
 *   safelaw laws list                the laws in the library
 *   safelaw laws search QUERY        full-text search of the articles
 *   safelaw legal match "TEXT"       法条自动对应 for one hazard description
 *   safelaw legal match --jsonl      one JSON line per input line {"text","date"?,"industry"?}
 *
 * `legal match` works offline: the matcher is built in process from the repository's catalogue,
 * without a database. Heavy modules are imported inside the actions so that other commands start
 * fast.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { formatStatutoryFine } from '../../domain/discretion/format.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { MatchCandidate, MatchQuery } from '../../domain/legal/match/matcher.ts';
import { isoDateArg, jsonLines, withCliContext } from './support.ts';

const STATUS_CN = { created: '新增', updated: '更新', unchanged: '未变' } as const;

async function importCommand(dir: string): Promise<void> {
  const path = await import('node:path');
  const { importLaws } = await import('../../server/legal/law-import.service.ts');
  const { progressBar } = await import('../progress.ts');
  await withCliContext(async (ctx) => {
    const bar = progressBar('导入法律法规 / importing laws');
    let report;
    try {
      report = await importLaws(ctx, path.resolve(dir), { onProgress: (done, total) => bar.update(done, total) });
    } finally {
      bar.stop();
    }
    for (const l of report.laws) {
      console.log(`  ${l.short.padEnd(10, '　')} ${l.version.padEnd(10, '　')} ${String(l.articles).padStart(4)} 条 ${String(l.chapters).padStart(3)} 章  ${STATUS_CN[l.status]}  ${l.file}`);
    }
    const changed = report.laws.filter((l) => l.status !== 'unchanged').length;
    console.log(`法律法规 ${report.laws.length} 部，条文 ${report.articles} 条，${changed} 部有变化，用时 ${report.ms} ms`);
    const { problems, unchecked } = report.catalogue;
    if (problems.length === 0) {
      console.log(`违法行为库引用核对：全部条文引用均存在${unchecked ? `（${unchecked} 处引用的法律法规不在库中，未核对）` : ''}`);
    } else {
      console.log(`违法行为库引用核对：${problems.length} 处问题 / catalogue references not found:`);
      for (const p of problems) console.log(`  ${p.code}: ${p.problem}`);
      process.exitCode = 2;
    }
  });
}

async function listCommand(): Promise<void> {
  const { getLaws } = await import('../../server/legal/law.service.ts');
  await withCliContext(async (ctx) => {
    const laws = await getLaws(ctx.db, isoDateInChina(ctx.now()));
    if (laws.length === 0) console.log('法律法规库为空。用 safelaw laws import DIR 导入。');
    for (const l of laws) {
      console.log(`${l.slug.padEnd(32)} ${l.title}（${l.version.label}，${l.version.effective}起施行，${l.level}，${l.status}）${l.version.articleCount} 条`);
    }
  });
}

async function searchCommand(q: string, o: { law?: string; limit: number; json: boolean }): Promise<void> {
  const { searchLaw } = await import('../../server/legal/legal-search.ts');
  await withCliContext(async (ctx) => {
    const r = await searchLaw(ctx.db, { q, day: isoDateInChina(ctx.now()), limit: o.limit, ...(o.law ? { law: o.law } : {}) });
    if (o.json) {
      console.log(JSON.stringify(r));
      return;
    }
    console.log(`共 ${r.total} 条${r.total > r.items.length ? `，显示前 ${r.items.length} 条` : ''}`);
    const tty = process.stdout.isTTY;
    for (const h of r.items) {
      let text = '';
      let at = 0;
      for (const [s, e] of h.marks) {
        text += h.snippet.slice(at, s) + (tty ? `\x1b[1;31m${h.snippet.slice(s, e)}\x1b[0m` : `【${h.snippet.slice(s, e)}】`);
        at = e;
      }
      text += h.snippet.slice(at);
      console.log(`\n${h.citation}  (${h.id})\n  ${text}`);
    }
  });
}

/** 5万元以下; 违法所得2倍以上5倍以下（…）; 上一年年收入30%以上40%以下. */
export const fineCn = formatStatutoryFine;

async function printCandidates(candidates: MatchCandidate[]): Promise<void> {
  const { formatRefCn } = await import('../../domain/legal/reference.ts');
  if (candidates.length === 0) {
    console.log('未找到对应的违法行为。请换一种说法，或写明具体部位和情形。');
    return;
  }
  candidates.forEach((c, i) => {
    console.log(`${i + 1}. ${c.name}  [${c.violation}]  相关度 ${c.score}`);
    console.log(`   违法条款：${c.violated.map((r) => formatRefCn(r)).join('、')}`);
    console.log(`   处罚依据：${c.penaltyBasis.map((r) => formatRefCn(r)).join('、')}`);
    const range = [
      ...(c.range.unit ? [`对单位处${fineCn(c.range.unit)}罚款`] : []),
      ...(c.range.persons ? [`对直接负责的主管人员和其他直接责任人员处${fineCn(c.range.persons)}罚款`] : []),
    ];
    console.log(`   罚款幅度：${range.length ? range.join('；') : '无罚款（见处罚依据所列措施）'}`);
    if (c.why.length) console.log(`   匹配依据：${c.why.join('；')}`);
  });
}

interface MatchOptions {
  date?: string;
  industry?: string;
  json: boolean;
  jsonl: boolean;
}

const errorLine = (e: unknown): { code: string; message: string } =>
  isDomainError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: (e as Error).message ?? String(e) };

/** Reads JSON lines from stdin and writes one JSON line per input; a bad line gets an error line. */
async function matchJsonl(defaults: Omit<MatchQuery, 'text'>): Promise<void> {
  const { getMatcher } = await import('../../server/legal/matcher.ts');
  const matcher = getMatcher();
  await jsonLines((raw, lineNo) => {
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch (e) {
      throw new DomainError('VALIDATION_FAILED', `line ${lineNo}: not JSON: ${(e as Error).message.split('\n')[0]}`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new DomainError('VALIDATION_FAILED', `line ${lineNo}: expected an object {"text", "date"?, "industry"?}`);
    }
    const { text, date, industry } = input as Record<string, unknown>;
    if (typeof text !== 'string' || text.trim() === '') throw new DomainError('VALIDATION_FAILED', `line ${lineNo}: "text" must be a non-empty string`);
    if (date !== undefined && typeof date !== 'string') throw new DomainError('INVALID_DATE', `line ${lineNo}: "date" must be a string YYYY-MM-DD`);
    if (industry !== undefined && typeof industry !== 'string') throw new DomainError('UNKNOWN_VALUE', `line ${lineNo}: "industry" must be a string`);
    const query: MatchQuery = { ...defaults, text };
    if (date !== undefined) query.date = date;
    if (industry !== undefined) query.industry = industry;
    return matcher.match(query);
  }, errorLine);
}

async function matchCommand(text: string | undefined, o: MatchOptions): Promise<void> {
  const defaults: Omit<MatchQuery, 'text'> = {};
  if (o.date !== undefined) defaults.date = o.date;
  if (o.industry !== undefined) defaults.industry = o.industry;
  if (o.jsonl) {
    if (text !== undefined) throw new InvalidArgumentError('--jsonl reads the texts from stdin: give no TEXT');
    await matchJsonl(defaults);
    return;
  }
  if (text === undefined || text.trim() === '') throw new InvalidArgumentError('give the hazard description as TEXT, or use --jsonl');
  const { getMatcher } = await import('../../server/legal/matcher.ts');
  const result = getMatcher().match({ ...defaults, text });
  if (o.json) console.log(JSON.stringify(result, null, 2));
  else await printCandidates(result.candidates);
}

export function registerLegalCommands(program: Command): void {
  const laws = program.command('laws').description('法律法规库 law library');
  laws
    .command('import')
    .description('import the statute texts of DIR (manifest.json + texts); idempotent, all or nothing')
    .argument('<dir>', 'directory with manifest.json and the statute .txt files')
    .action(importCommand);
  laws.command('list').description('list the laws in the library').action(listCommand);
  laws
    .command('search')
    .description('full-text search of the articles')
    .argument('<query>', 'words to look for, e.g. 疏散通道')
    .option('--law <name>', 'only in this law (short title, full title or slug)')
    .option('--limit <n>', 'most results', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('must be an integer from 1 to 100');
      return n;
    }, 10)
    .option('--json', 'JSON output', false)
    .action(searchCommand);

  const legal = program.command('legal').description('法条自动对应 legal matching (offline, from the built-in catalogue)');
  legal
    .command('match')
    .description('candidate violations for a hazard description, best first (at most 10)')
    .argument('[text]', 'the hazard as described, e.g. "厂房东侧疏散通道上堆满了货物"')
    .option('--date <YYYY-MM-DD>', 'date of the act (default: today)', isoDateArg)
    .option('--industry <code>', 'industry code of the enterprise (e.g. hazchem)')
    .option('--json', 'JSON output', false)
    .option('--jsonl', 'batch: read JSON lines {"text","date"?,"industry"?} from stdin, write one JSON line each', false)
    .action(matchCommand);
}
