/** Enterprises (生产经营单位): the only place that queries the enterprises table. */
import { sql } from 'kysely';
import type { Jurisdiction } from '../../domain/access.ts';
import type { RiskGrade } from '../../domain/glossary.ts';
import type { Enterprise, EnterpriseSummary } from '../../domain/views/enterprises.ts';
import type { Database } from '../db/database.ts';
import { escapeLike, jurisdictionWhere } from '../db/where.ts';

export interface EnterpriseFilter {
  q?: string;
  district?: string;
  industry?: string;
  grade?: RiskGrade;
  page: number;
  pageSize: number;
}

/** Enterprises `e` joined to their org unit `o`, restricted to a jurisdiction. */
const scoped = (db: Database, scope: Jurisdiction) =>
  db.selectFrom('enterprises as e').innerJoin('org_units as o', 'o.id', 'e.org_id').where(jurisdictionWhere(scope));

/** The joins a view shows: the industry's name and the district the org unit lies in. */
const withDisplay = (q: ReturnType<typeof scoped>) =>
  q
    .innerJoin('industries as i', 'i.code', 'e.industry_code')
    .leftJoin('org_units as d', (j) => j.on('d.level', '=', 'district').onRef('d.code', '=', sql`split_part(o.path, '.', 2)`));

const columns = [
  'e.id', 'e.name', 'e.credit_code', 'e.address', 'e.industry_code', 'i.name as industry_name', 'e.risk_grade',
  'e.employees', 'e.org_id', 'o.name as org_name', 'd.id as district_id', 'd.name as district_name',
] as const;

type Row = {
  id: string; name: string; credit_code: string; address: string; industry_code: string; industry_name: string;
  risk_grade: RiskGrade; employees: number; org_id: string; org_name: string; district_id: string | null; district_name: string | null;
};

const toSummary = (r: Row): EnterpriseSummary => ({
  id: r.id,
  name: r.name,
  creditCode: r.credit_code,
  address: r.address,
  industry: { code: r.industry_code, name: r.industry_name },
  riskGrade: r.risk_grade,
  employees: r.employees,
  org: { id: r.org_id, name: r.org_name },
  district: r.district_id ? { id: r.district_id, name: r.district_name ?? '' } : null,
});

export async function listEnterprises(db: Database, scope: Jurisdiction, f: EnterpriseFilter): Promise<{ items: EnterpriseSummary[]; total: number }> {
  // Filter on enterprises and their org only; the display joins come after, for the page alone.
  let q = scoped(db, scope);
  const term = f.q?.trim();
  if (term) {
    const like = `%${escapeLike(term)}%`;
    q = q.where((eb) => {
      // Substring: all the query's bigrams present (GIN), then ILIKE confirms.
      const substring = term.length >= 2
        ? eb.and([eb(sql`e.name_bigrams`, '@>', sql`safelaw_bigrams(${term})`), eb('e.name', 'ilike', like)])
        : eb('e.name', 'ilike', like);
      // Fuzzy (typos, missing characters): word similarity through the trigram index.
      return term.length >= 3 ? eb.or([substring, eb(sql`${term} <% e.name`, '=', true)]) : substring;
    });
  }
  if (f.district) {
    const district = sql<string>`(SELECT path FROM org_units WHERE id = ${f.district} AND level = 'district')`;
    q = q.where((eb) => eb.or([eb('o.path', '=', district), eb('o.path', 'like', sql<string>`${district} || '.%'`)]));
  }
  if (f.industry) q = q.where('e.industry_code', '=', f.industry);
  if (f.grade) q = q.where('e.risk_grade', '=', f.grade);

  const totalQuery = q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  let items = withDisplay(q).select(columns);
  // Substring matches first, earliest and shortest first; then fuzzy matches by similarity
  // (computed only for those, CASE being lazy).
  items = term
    ? items
        .orderBy(sql`CASE WHEN strpos(lower(e.name), lower(${term})) > 0 THEN strpos(lower(e.name), lower(${term})) ELSE 1000 + (1 - word_similarity(${term}, e.name)) * 1000 END`)
        .orderBy(sql`length(e.name)`)
        .orderBy('e.name')
    : items.orderBy('e.name');
  // The page and the count run side by side on two connections.
  const [rows, totalRow] = await Promise.all([items.limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(), totalQuery]);
  return { items: rows.map((r) => toSummary(r as Row)), total: Number(totalRow?.n ?? 0) };
}

export async function findEnterprise(db: Database, scope: Jurisdiction, id: string): Promise<Enterprise | undefined> {
  const r = await withDisplay(scoped(db, scope))
    .select([...columns, 'e.legal_representative', 'e.created_at', 'e.updated_at', 'e.version'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    ...toSummary(r as Row),
    legalRepresentative: r.legal_representative,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}
