/**
 * Reading the law library: the list of laws, a law's structure, one provision by its id.
 * Missing laws, versions, articles, paragraphs or items are NOT_FOUND.
 */
import { DomainError } from '../../domain/errors.ts';
import { articleCn, chapterCn, itemMarkerCn, paragraphCn, sectionCn } from '../../domain/legal/numerals.ts';
import { findKnownLaw, formatRefCn, parseRefId, refId } from '../../domain/legal/reference.ts';
import type { LawRef } from '../../domain/legal/violation.ts';
import type { ArticleView, LawSummary, ProvisionView } from '../../domain/views/legal.ts';
import type { Database } from '../db/database.ts';
import {
  findArticle,
  findLawStructure,
  lawNames,
  listLaws,
  type ArticleWithParagraphs,
  type LawStructure,
} from './law.repository.ts';

/** A stored law by slug, official title, short title, title without 中华人民共和国, or a LAWS_KNOWN alias. */
export function resolveLawName<T extends { slug: string; title: string; short: string }>(name: string, stored: readonly T[]): T | undefined {
  const n = name.replace(/[《》\s]/gu, '');
  const direct = stored.find((l) => l.slug === n || l.title === n || l.short === n || l.title === '中华人民共和国' + n);
  if (direct) return direct;
  const known = findKnownLaw(n);
  return known ? stored.find((l) => l.title === known.title) : undefined;
}

export const getLaws = (db: Database, day: string): Promise<LawSummary[]> => listLaws(db, day);

export async function getLawStructure(db: Database, slug: string, day: string, version?: string): Promise<LawStructure> {
  const found = await findLawStructure(db, slug, day, version);
  if (!found) throw new DomainError('NOT_FOUND', version ? `法律法规库中没有 ${slug} 的版本 ${version}` : `法律法规库中没有 ${slug}`);
  return found;
}

export function articleView(a: ArticleWithParagraphs): ArticleView {
  return {
    number: a.number,
    label: articleCn(a.number),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({
      number: p.number,
      label: paragraphCn(p.number),
      text: p.text,
      items: p.items.map((i) => ({ number: i.number, marker: itemMarkerCn(i.number), text: i.text })),
    })),
  };
}

/**
 * The provision an id points at (refId form: slug/article[/pN][/iN]) in the version shown on
 * `day` (or the given version code). An item without a paragraph is looked up in the only
 * paragraph that has items, as resolveRef does.
 */
export async function getProvision(db: Database, id: string, day: string, version?: string): Promise<ProvisionView> {
  const stored = await lawNames(db);
  let ref: LawRef;
  try {
    ref = parseRefId(id, (slug) => stored.find((l) => l.slug === slug)?.title);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'UNKNOWN_VALUE') throw new DomainError('NOT_FOUND', `法律法规库中没有 ${id}`, { id });
    throw e;
  }
  const law = stored.find((l) => l.title === ref.law)!;
  const notFound = (): DomainError => new DomainError('NOT_FOUND', `${formatRefCn(ref)} 不存在`, { id });
  const found = await findArticle(db, law.slug, ref.article, day, version);
  if (!found) throw notFound();
  const paragraphs = found.article.paragraphs;
  let paragraph = ref.paragraph === undefined ? undefined : paragraphs[ref.paragraph - 1];
  if (ref.paragraph !== undefined && !paragraph) throw notFound();
  if (ref.paragraph === undefined && ref.item !== undefined) {
    const withItems = paragraphs.filter((p) => p.items.length > 0);
    if (withItems.length !== 1) throw notFound();
    paragraph = withItems[0];
  }
  let text = found.article.text;
  if (paragraph) {
    text = [paragraph.text, ...paragraph.items.map((i) => itemMarkerCn(i.number) + i.text)].join('\n');
  }
  if (ref.item !== undefined) {
    const item = paragraph?.items[ref.item - 1];
    if (!item) throw notFound();
    text = item.text;
  }
  const paragraphCount = (): number => paragraphs.length;
  return {
    id: refId(ref, () => law.slug),
    ref,
    citation: formatRefCn(ref, { paragraphCount }),
    citationShort: formatRefCn({ ...ref, law: found.law.short }, { title: 'full', paragraphCount }).replace(/[《》]/gu, ''),
    text,
    law: found.law,
    version: found.version,
    chapter: found.chapter ? { ...found.chapter, label: chapterCn(found.chapter.number) } : null,
    section: found.section ? { ...found.section, label: sectionCn(found.section.number) } : null,
    article: articleView(found.article),
  };
}
