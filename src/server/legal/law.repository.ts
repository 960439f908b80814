/**
 * The law library (法律法规库) in the database: the only place that queries the law_* tables.
 *
 * A law (slug, e.g. anquan-shengchan-fa) has versions (code = file name without .txt, e.g.
 * anquan-shengchan-fa-2021); each version holds its chapters, sections, articles, paragraphs and
 * items. Readers ask for a law "as of" a day: the version in force that day, else (not yet in force,
 * or only expired versions) the latest one.
 */
import { sql, type Transaction } from 'kysely';
import type { LawLevel, ParsedStatute } from '../../domain/legal/statute.ts';
import type { LawMeta, LawStatus, LawSummary, LawVersionMeta } from '../../domain/views/legal.ts';
import type { Database } from '../db/database.ts';
import { escapeLike } from '../db/where.ts';
import type { DB } from '../db/schema.ts';

export const LAW_STATUSES: readonly LawStatus[] = ['现行有效', '已修订', '已废止'];

export interface ItemRecord {
  number: number;
  text: string;
  line: number;
}

export interface ParagraphRecord {
  number: number;
  text: string;
  line: number;
  items: ItemRecord[];
}

export interface ArticleRecord {
  number: number;
  chapter: number | null;
  section: number | null;
  text: string;
  line: number;
}

export interface ArticleWithParagraphs extends ArticleRecord {
  paragraphs: ParagraphRecord[];
}

export interface HeadingRecord {
  number: number;
  title: string;
}

export interface LawStructure {
  law: LawMeta;
  version: LawVersionMeta;
  versions: LawVersionMeta[];
  chapters: (HeadingRecord & { sections: HeadingRecord[] })[];
  articles: ArticleWithParagraphs[];
}

/** What the importer writes for one law. */
export interface LawWrite {
  law: LawMeta & { sort: number };
  version: Omit<LawVersionMeta, 'importedAt' | 'articleCount'>;
  statute: ParsedStatute;
  /** Space-joined search tokens per article, in article order. */
  tokens: string[];
}

export interface StoredVersion {
  id: string;
  code: string;
  lawSlug: string;
  sha256: string;
  articleCount: number;
}

type Db = Database | Transaction<DB>;

const VERSION_COLUMNS = [
  'v.id', 'v.code', 'v.law_slug', 'v.label', 'v.doc_number', 'v.adopted', 'v.effective', 'v.expires', 'v.status', 'v.note',
  'v.source_file', 'v.source', 'v.history', 'v.sha256', 'v.article_count', 'v.imported_at',
] as const;

interface VersionRow {
  id: string; code: string; law_slug: string; label: string; doc_number: string | null; adopted: string; effective: string;
  expires: string | null; status: string; note: string | null; source_file: string; source: string | null; history: string | null;
  sha256: string; article_count: number; imported_at: Date;
}

const toVersion = (r: VersionRow): LawVersionMeta => ({
  code: r.code,
  label: r.label,
  docNumber: r.doc_number,
  adopted: r.adopted,
  effective: r.effective,
  expires: r.expires,
  status: r.status as LawStatus,
  note: r.note,
  sourceFile: r.source_file,
  source: r.source,
  history: r.history,
  sha256: r.sha256,
  articleCount: r.article_count,
  importedAt: r.imported_at.toISOString(),
});

interface LawRow { slug: string; title: string; short_title: string; level: string; issuer: string; status: string }

const toLaw = (r: LawRow): LawMeta => ({
  slug: r.slug,
  title: r.title,
  short: r.short_title,
  level: r.level as LawLevel,
  issuer: r.issuer,
  status: r.status as LawStatus,
});

/** Orders a law's versions so that the one to show on `day` comes first (see the file comment). */
const asOf = (day: string) =>
  sql<boolean>`(v.effective <= ${day}::date AND (v.expires IS NULL OR ${day}::date < v.expires)) DESC, v.effective DESC`;

// ---------------------------------------------------------------------------------------------
// Writing (the importer)

/** Takes the import lock: imports (CLI, start hook) never interleave. */
export async function lockLawLibrary(trx: Transaction<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('safelaw:laws.import', 0))`.execute(trx);
}

export async function storedVersions(db: Db): Promise<StoredVersion[]> {
  const rows = await db.selectFrom('law_versions').select(['id', 'code', 'law_slug', 'sha256', 'article_count']).execute();
  return rows.map((r) => ({ id: r.id, code: r.code, lawSlug: r.law_slug, sha256: r.sha256, articleCount: r.article_count }));
}

/** Stored law metadata and version metadata, to tell whether an import changes anything. */
export async function storedMeta(db: Db, slug: string, code: string): Promise<{ law?: LawMeta & { sort: number }; version?: LawVersionMeta }> {
  const law = await db.selectFrom('laws').selectAll().where('slug', '=', slug).executeTakeFirst();
  const version = await db.selectFrom('law_versions as v').select(VERSION_COLUMNS).where('v.code', '=', code).executeTakeFirst();
  return {
    ...(law ? { law: { ...toLaw(law), sort: law.sort } } : {}),
    ...(version ? { version: toVersion(version) } : {}),
  };
}

const chunks = <T>(rows: T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

/**
 * Creates or updates the law and the version, and replaces the version's structure.
 * Returns the number of articles stored.
 */
export async function writeLaw(trx: Transaction<DB>, w: LawWrite, at: Date): Promise<number> {
  const { law, version, statute } = w;
  await trx
    .insertInto('laws')
    .values({ slug: law.slug, title: law.title, short_title: law.short, level: law.level, issuer: law.issuer, status: law.status, sort: law.sort, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({ title: law.title, short_title: law.short, level: law.level, issuer: law.issuer, status: law.status, sort: law.sort, updated_at: at }),
    )
    .execute();
  const values = {
    code: version.code,
    law_slug: law.slug,
    label: version.label,
    doc_number: version.docNumber,
    adopted: version.adopted,
    effective: version.effective,
    expires: version.expires,
    status: version.status,
    note: version.note,
    source_file: version.sourceFile,
    source: version.source,
    history: version.history,
    sha256: version.sha256,
    article_count: statute.articles.length,
    imported_at: at,
  };
  const { id } = await trx
    .insertInto('law_versions')
    .values(values)
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();

  // Replace the structure: articles first (paragraphs and items cascade), then the headings.
  await trx.deleteFrom('law_articles').where('version_id', '=', id).execute();
  await trx.deleteFrom('law_chapters').where('version_id', '=', id).execute();

  const chapters = statute.chapters.map((c) => ({ version_id: id, number: c.number, title: c.title, line: c.line }));
  const sections = statute.chapters.flatMap((c) =>
    c.sections.map((s) => ({ version_id: id, chapter: c.number, number: s.number, title: s.title, line: s.line })),
  );
  const articles = statute.articles.map((a, i) => ({
    version_id: id,
    number: a.number,
    chapter: a.chapter ?? null,
    section: a.section ?? null,
    text: a.text,
    line: a.line,
    search_tokens: w.tokens[i] ?? '',
  }));
  const paragraphs = statute.articles.flatMap((a) =>
    a.paragraphs.map((p) => ({ version_id: id, article: a.number, number: p.number, text: p.text, line: p.line })),
  );
  const items = statute.articles.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.items.map((it) => ({ version_id: id, article: a.number, paragraph: p.number, number: it.number, text: it.text, line: it.line }))),
  );
  for (const rows of chunks(chapters)) await trx.insertInto('law_chapters').values(rows).execute();
  for (const rows of chunks(sections)) await trx.insertInto('law_sections').values(rows).execute();
  for (const rows of chunks(articles)) await trx.insertInto('law_articles').values(rows).execute();
  for (const rows of chunks(paragraphs)) await trx.insertInto('law_paragraphs').values(rows).execute();
  for (const rows of chunks(items)) await trx.insertInto('law_items').values(rows).execute();

  const stored = await trx
    .selectFrom('law_articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('version_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(stored.n);
}

const INDEX_META_KEY = 'laws.search_index';

/** The segmentation fingerprint the stored search tokens were made with (undefined: none yet). */
export async function storedIndexFingerprint(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', INDEX_META_KEY).executeTakeFirst();
  const value = row?.value as { fingerprint?: unknown } | undefined;
  return typeof value?.fingerprint === 'string' ? value.fingerprint : undefined;
}

export async function saveIndexFingerprint(trx: Transaction<DB>, fingerprint: string, at: Date): Promise<void> {
  const value = JSON.stringify({ fingerprint });
  await trx
    .insertInto('app_meta')
    .values({ key: INDEX_META_KEY, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

const LIBRARY_META_KEY = 'laws.library';

/** The sha256 of the manifest.json last imported (undefined: never imported). */
export async function storedManifestSha256(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', LIBRARY_META_KEY).executeTakeFirst();
  const value = row?.value as { manifestSha256?: unknown } | undefined;
  return typeof value?.manifestSha256 === 'string' ? value.manifestSha256 : undefined;
}

export async function saveManifestSha256(trx: Transaction<DB>, manifestSha256: string, at: Date): Promise<void> {
  const value = JSON.stringify({ manifestSha256 });
  await trx
    .insertInto('app_meta')
    .values({ key: LIBRARY_META_KEY, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

/** Re-segments every stored article with `tokens` (after a change of the segmentation). Returns the count. */
export async function resegmentArticles(trx: Transaction<DB>, tokens: (text: string) => string): Promise<number> {
  const rows = await trx.selectFrom('law_articles').select(['version_id', 'number', 'text']).execute();
  for (const part of chunks(rows, 2000)) {
    await sql`
      UPDATE law_articles a SET search_tokens = u.t
      FROM unnest(${part.map((r) => r.version_id)}::uuid[], ${part.map((r) => r.number)}::int[], ${part.map((r) => tokens(r.text))}::text[]) AS u(v, n, t)
      WHERE a.version_id = u.v AND a.number = u.n`.execute(trx);
  }
  return rows.length;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Number of versions in the library (0: never imported). */
export async function countVersions(db: Db): Promise<number> {
  const r = await db.selectFrom('law_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every law with the version shown on `day`, and its counts. */
export async function listLaws(db: Database, day: string): Promise<LawSummary[]> {
  const rows = await db
    .selectFrom('laws as l')
    .innerJoin('law_versions as v', 'v.law_slug', 'l.slug')
    .select(['l.slug', 'l.title', 'l.short_title', 'l.level', 'l.issuer', 'l.status', 'l.sort', ...VERSION_COLUMNS])
    .select([
      sql<number>`(SELECT count(*) FROM law_versions w WHERE w.law_slug = l.slug)`.as('version_count'),
      sql<number>`(SELECT count(*) FROM law_chapters c WHERE c.version_id = v.id)`.as('chapter_count'),
    ])
    .distinctOn('l.sort')
    .orderBy('l.sort')
    .orderBy(asOf(day))
    .execute();
  return rows.map((r) => ({
    ...toLaw(r),
    version: toVersion(r),
    versionCount: Number(r.version_count),
    chapterCount: Number(r.chapter_count),
  }));
}

/** The law, its versions, and the version to show: `version` (a code) when given, else as of `day`. */
async function findVersion(db: Database, slug: string, day: string, versionCode?: string): Promise<{ law: LawMeta; version: LawVersionMeta & { id: string }; versions: LawVersionMeta[] } | undefined> {
  const law = await db.selectFrom('laws').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!law) return undefined;
  const versions = await db.selectFrom('law_versions as v').select(VERSION_COLUMNS).where('v.law_slug', '=', slug).orderBy(asOf(day)).execute();
  const chosen = versionCode === undefined ? versions[0] : versions.find((v) => v.code === versionCode);
  if (!chosen) return undefined;
  return {
    law: toLaw(law),
    version: { ...toVersion(chosen), id: chosen.id },
    versions: [...versions].sort((a, b) => b.effective.localeCompare(a.effective)).map(toVersion),
  };
}

async function paragraphsOf(db: Database, versionId: string, articles?: number[]): Promise<Map<number, ParagraphRecord[]>> {
  let pq = db.selectFrom('law_paragraphs').select(['article', 'number', 'text', 'line']).where('version_id', '=', versionId);
  let iq = db.selectFrom('law_items').select(['article', 'paragraph', 'number', 'text', 'line']).where('version_id', '=', versionId);
  if (articles) {
    pq = pq.where('article', 'in', articles);
    iq = iq.where('article', 'in', articles);
  }
  const [paragraphs, items] = await Promise.all([
    pq.orderBy('article').orderBy('number').execute(),
    iq.orderBy('article').orderBy('paragraph').orderBy('number').execute(),
  ]);
  const out = new Map<number, ParagraphRecord[]>();
  const byKey = new Map<string, ParagraphRecord>();
  for (const p of paragraphs) {
    const record: ParagraphRecord = { number: p.number, text: p.text, line: p.line, items: [] };
    byKey.set(`${p.article}/${p.number}`, record);
    const list = out.get(p.article) ?? [];
    list.push(record);
    out.set(p.article, list);
  }
  for (const it of items) byKey.get(`${it.article}/${it.paragraph}`)?.items.push({ number: it.number, text: it.text, line: it.line });
  return out;
}

/** A law's structure (chapters, sections, every article with paragraphs and items). */
export async function findLawStructure(db: Database, slug: string, day: string, versionCode?: string): Promise<LawStructure | undefined> {
  const found = await findVersion(db, slug, day, versionCode);
  if (!found) return undefined;
  const id = found.version.id;
  const [chapters, sections, articles, paragraphs] = await Promise.all([
    db.selectFrom('law_chapters').select(['number', 'title']).where('version_id', '=', id).orderBy('number').execute(),
    db.selectFrom('law_sections').select(['chapter', 'number', 'title']).where('version_id', '=', id).orderBy('chapter').orderBy('number').execute(),
    db.selectFrom('law_articles').select(['number', 'chapter', 'section', 'text', 'line']).where('version_id', '=', id).orderBy('number').execute(),
    paragraphsOf(db, id),
  ]);
  const { id: _id, ...version } = found.version;
  return {
    law: found.law,
    version,
    versions: found.versions,
    chapters: chapters.map((c) => ({
      number: c.number,
      title: c.title,
      sections: sections.filter((s) => s.chapter === c.number).map((s) => ({ number: s.number, title: s.title })),
    })),
    articles: articles.map((a) => ({ ...a, paragraphs: paragraphs.get(a.number) ?? [] })),
  };
}

export interface ArticleInContext {
  law: LawMeta;
  version: LawVersionMeta;
  article: ArticleWithParagraphs;
  chapter: HeadingRecord | null;
  section: HeadingRecord | null;
}

/** One article with its paragraphs and items, its chapter and section, the law and the version. */
export async function findArticle(db: Database, slug: string, number: number, day: string, versionCode?: string): Promise<ArticleInContext | undefined> {
  const found = await findVersion(db, slug, day, versionCode);
  if (!found) return undefined;
  const id = found.version.id;
  const article = await db.selectFrom('law_articles').select(['number', 'chapter', 'section', 'text', 'line']).where('version_id', '=', id).where('number', '=', number).executeTakeFirst();
  if (!article) return undefined;
  const [paragraphs, chapter, section] = await Promise.all([
    paragraphsOf(db, id, [number]),
    article.chapter === null
      ? undefined
      : db.selectFrom('law_chapters').select(['number', 'title']).where('version_id', '=', id).where('number', '=', article.chapter).executeTakeFirst(),
    article.chapter === null || article.section === null
      ? undefined
      : db.selectFrom('law_sections').select(['number', 'title']).where('version_id', '=', id).where('chapter', '=', article.chapter).where('number', '=', article.section).executeTakeFirst(),
  ]);
  const { id: _id, ...version } = found.version;
  return {
    law: found.law,
    version,
    article: { ...article, paragraphs: paragraphs.get(number) ?? [] },
    chapter: chapter ?? null,
    section: section ?? null,
  };
}

/** Law title → article number → item count of each paragraph, over every stored version. */
export async function articleShapes(db: Db): Promise<Map<string, Map<number, number[]>>> {
  const rows = await db
    .selectFrom('law_paragraphs as p')
    .innerJoin('law_versions as v', 'v.id', 'p.version_id')
    .innerJoin('laws as l', 'l.slug', 'v.law_slug')
    .select(['l.title', 'p.article', 'p.number'])
    .select(sql<number>`(SELECT count(*) FROM law_items i WHERE i.version_id = p.version_id AND i.article = p.article AND i.paragraph = p.number)`.as('items'))
    .orderBy('l.title')
    .orderBy('p.article')
    .orderBy('p.number')
    .execute();
  const out = new Map<string, Map<number, number[]>>();
  for (const r of rows) {
    const law = out.get(r.title) ?? new Map<number, number[]>();
    out.set(r.title, law);
    const shape = law.get(r.article) ?? [];
    law.set(r.article, shape);
    shape[r.number - 1] = Math.max(shape[r.number - 1] ?? 0, Number(r.items));
  }
  return out;
}

/** Slug ↔ title of every stored law (for references to laws outside LAWS_KNOWN). */
export async function lawNames(db: Db): Promise<{ slug: string; title: string; short: string }[]> {
  const rows = await db.selectFrom('laws').select(['slug', 'title', 'short_title']).orderBy('sort').execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, short: r.short_title }));
}

// ---------------------------------------------------------------------------------------------
// Search (the query analysis and highlighting live in legal-search.ts)

export interface SearchRow {
  slug: string;
  title: string;
  short: string;
  level: string;
  versionCode: string;
  number: number;
  chapter: number | null;
  text: string;
  rank: number;
}

export interface SearchQuery {
  day: string;
  /** Restrict to one law. */
  slug?: string;
  limit: number;
}

function searchBase(db: Database, q: SearchQuery) {
  // The version shown on `day` for each law, as in listLaws.
  const shown = db
    .selectFrom('law_versions as v')
    .select(['v.id', 'v.law_slug', 'v.code'])
    .distinctOn('v.law_slug')
    .orderBy('v.law_slug')
    .orderBy(asOf(q.day));
  let base = db
    .selectFrom('law_articles as a')
    .innerJoin(shown.as('sv'), 'sv.id', 'a.version_id')
    .innerJoin('laws as l', 'l.slug', 'sv.law_slug')
    .select(['l.slug', 'l.title', 'l.short_title as short', 'l.level', 'sv.code as versionCode', 'a.number', 'a.chapter', 'a.text']);
  if (q.slug !== undefined) base = base.where('l.slug', '=', q.slug);
  return base;
}

/** Occurrences of `term` in the article text. */
const occurrences = (term: string) =>
  sql<number>`((length(a.text) - length(replace(a.text, ${term}, ''))) / ${term.length})`;

/**
 * Articles containing the terms: every term (all) or at least one (any). A term is present when
 * it is one of the article's jieba tokens (tsvector, GIN index) or a substring of its text (trigram
 * index), since a word can be segmented differently inside a longer one (安全生产责任制 inside
 * 全员安全生产责任制).
 *
 * Rank: for `any`, first the number of distinct terms present; then cover density of the tokens
 * (ts_rank_cd, normalised by length), plus 0.1 per occurrence of each term (at most 3 counted),
 * plus 0.5 when `phrase` appears verbatim.
 */
export async function searchTerms(
  db: Database,
  q: SearchQuery & { terms: string[]; mode: 'all' | 'any'; phrase: string },
): Promise<{ rows: SearchRow[]; total: number }> {
  const present = q.terms.map(
    (t) => sql<boolean>`(a.search_tsv @@ to_tsquery('simple', ${quoteLexeme(t)}) OR a.text LIKE ${'%' + escapeLike(t) + '%'})`,
  );
  const condition = sql<boolean>`(${sql.join(present, q.mode === 'all' ? sql` AND ` : sql` OR `)})`;
  const anyQuery = sql`to_tsquery('simple', ${q.terms.map(quoteLexeme).join(' | ')})`;
  const covered = sql<number>`(${sql.join(present.map((p) => sql`${p}::int`), sql` + `)})`;
  const score = sql<number>`(ts_rank_cd(a.search_tsv, ${anyQuery}, 1)
    + 0.1 * (${sql.join(q.terms.map((t) => sql`least(${occurrences(t)}, 3)`), sql` + `)})
    + CASE WHEN a.text LIKE ${'%' + escapeLike(q.phrase) + '%'} THEN 0.5 ELSE 0 END)`;
  const base = searchBase(db, q).where(condition);
  const [rows, total] = await Promise.all([
    base
      .select(sql<number>`${q.mode === 'any' ? covered : sql`0`} + ${score}`.as('rank'))
      .orderBy('rank', 'desc')
      .orderBy('l.sort')
      .orderBy('a.number')
      .limit(q.limit)
      .execute(),
    db.selectFrom(base.as('hits')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, rank: Number(r.rank) })), total: Number(total.n) };
}

/** Substring search (trigram index for three characters or more), ranked by the number of occurrences. */
export async function searchSubstring(db: Database, q: SearchQuery & { phrase: string }): Promise<{ rows: SearchRow[]; total: number }> {
  const base = searchBase(db, q).where('a.text', 'like', `%${escapeLike(q.phrase)}%`);
  const [rows, total] = await Promise.all([
    base.select(occurrences(q.phrase).as('rank')).orderBy('rank', 'desc').orderBy('l.sort').orderBy('a.number').limit(q.limit).execute(),
    db.selectFrom(base.as('hits')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, rank: Number(r.rank) })), total: Number(total.n) };
}

/** A term as a quoted tsquery lexeme: operators and quotes inside it lose their meaning. */
function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
