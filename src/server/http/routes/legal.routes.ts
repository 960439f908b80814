/**
 * The law library and legal matching (法律法规库、法条检索、法条自动对应), read-only for every
 * signed-in role ('legal:read'). Importing is done from the command line (`safelaw laws import`)
 * or at start (SAFELAW_LAWS_DIR).
 */
import { Type } from 'typebox';
import { isoDateInChina } from '../../../domain/calendar/calendar.ts';
import { chapterCn, sectionCn } from '../../../domain/legal/numerals.ts';
import type { LawListItem, LawStructureView } from '../../../domain/views/legal.ts';
import type { AppContext } from '../../context.ts';
import { searchLaw } from '../../legal/legal-search.ts';
import { articleView, getLaws, getLawStructure, getProvision } from '../../legal/law.service.ts';
import { getMatcher } from '../../legal/matcher.ts';
import { requireActor, type App } from '../app.ts';
import { errors, IsoDate, Text } from '../schemas.ts';

const NullableText = Type.Union([Type.String(), Type.Null()]);

const LawRefBody = Type.Object({
  law: Type.String(),
  article: Type.Integer(),
  paragraph: Type.Optional(Type.Integer()),
  item: Type.Optional(Type.Integer()),
});

const LawBody = {
  slug: Type.String(),
  title: Type.String(),
  short: Type.String(),
  level: Type.String(),
  issuer: Type.String(),
  status: Type.String(),
};

const VersionBody = Type.Object({
  code: Type.String(),
  label: Type.String(),
  docNumber: NullableText,
  adopted: Type.String(),
  effective: Type.String(),
  expires: NullableText,
  status: Type.String(),
  note: NullableText,
  sourceFile: Type.String(),
  source: NullableText,
  history: NullableText,
  sha256: Type.String(),
  articleCount: Type.Integer(),
  importedAt: Type.String(),
});

const ArticleBody = Type.Object({
  number: Type.Integer(),
  label: Type.String(),
  text: Type.String(),
  paragraphs: Type.Array(
    Type.Object({
      number: Type.Integer(),
      label: Type.String(),
      text: Type.String(),
      items: Type.Array(Type.Object({ number: Type.Integer(), marker: Type.String(), text: Type.String() })),
    }),
  ),
});

const Heading = Type.Object({ number: Type.Integer(), title: Type.String(), label: Type.String() });

const Band = Type.Object({ min: Type.Number(), max: Type.Number() });
const FineBody = Type.Union([
  Type.Object({ kind: Type.Literal('amount'), min: Type.Number(), max: Type.Number() }),
  Type.Object({
    kind: Type.Literal('multipleOfIllegalGain'),
    minTimes: Type.Number(),
    maxTimes: Type.Number(),
    threshold: Type.Optional(Type.Number()),
    fallback: Band,
    base: Type.Optional(Type.Union([Type.Literal('illegalGain'), Type.Literal('goodsValue')])),
  }),
  Type.Object({ kind: Type.Literal('percentOfAnnualIncome'), minPercent: Type.Number(), maxPercent: Type.Number() }),
]);

const Candidate = Type.Object({
  violation: Type.String(),
  name: Type.String(),
  penaltyBasis: Type.Array(LawRefBody),
  violated: Type.Array(LawRefBody),
  range: Type.Object({ unit: Type.Optional(FineBody), persons: Type.Optional(FineBody) }),
  score: Type.Number(),
  why: Type.Array(Type.String()),
});

const AsOf = {
  date: Type.Optional(IsoDate),
  version: Type.Optional(Text(80, 1)),
};

export default async function legalRoutes(app: App, ctx: AppContext): Promise<void> {
  const today = (): string => isoDateInChina(ctx.now());

  app.get(
    '/legal/laws',
    {
      schema: {
        tags: ['legal'],
        summary: '法律法规列表（元数据、现行版本、条文数）',
        querystring: Type.Object({ date: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ ...LawBody, version: VersionBody, versionCount: Type.Integer(), chapterCount: Type.Integer(), articleCount: Type.Integer() }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      const laws = await getLaws(ctx.db, req.query.date ?? today());
      return { items: laws.map((l): LawListItem => ({ ...l, articleCount: l.version.articleCount })) };
    },
  );

  app.get(
    '/legal/laws/:slug',
    {
      schema: {
        tags: ['legal'],
        summary: '法律法规全文结构（章、节、条、款、项）；date 或 version 选择版本',
        params: Type.Object({ slug: Text(80, 1) }),
        querystring: Type.Object(AsOf, { additionalProperties: false }),
        response: {
          200: Type.Object({
            ...LawBody,
            version: VersionBody,
            versions: Type.Array(VersionBody),
            chapters: Type.Array(
              Type.Object({
                number: Type.Integer(),
                title: Type.String(),
                label: Type.String(),
                sections: Type.Array(Heading),
                articles: Type.Array(Type.Integer()),
              }),
            ),
            articles: Type.Array(
              Type.Object({ ...ArticleBody.properties, chapter: Type.Union([Type.Integer(), Type.Null()]), section: Type.Union([Type.Integer(), Type.Null()]) }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      const s = await getLawStructure(ctx.db, req.params.slug, req.query.date ?? today(), req.query.version);
      return {
        ...s.law,
        version: s.version,
        versions: s.versions,
        chapters: s.chapters.map((c) => ({
          number: c.number,
          title: c.title,
          label: chapterCn(c.number),
          sections: c.sections.map((x) => ({ ...x, label: sectionCn(x.number) })),
          articles: s.articles.filter((a) => a.chapter === c.number).map((a) => a.number),
        })),
        articles: s.articles.map((a) => ({ ...articleView(a), chapter: a.chapter, section: a.section })),
      } satisfies LawStructureView;
    },
  );

  app.get(
    '/legal/articles/:ref',
    {
      schema: {
        tags: ['legal'],
        summary: '条文（ref 为条文编号，如 anquan-shengchan-fa/99/i1，需 URL 编码）',
        params: Type.Object({ ref: Text(120, 1) }),
        querystring: Type.Object(AsOf, { additionalProperties: false }),
        response: {
          200: Type.Object({
            id: Type.String(),
            ref: LawRefBody,
            citation: Type.String(),
            citationShort: Type.String(),
            text: Type.String(),
            law: Type.Object(LawBody),
            version: VersionBody,
            chapter: Type.Union([Heading, Type.Null()]),
            section: Type.Union([Heading, Type.Null()]),
            article: ArticleBody,
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      return getProvision(ctx.db, req.params.ref, req.query.date ?? today(), req.query.version);
    },
  );

  app.get(
    '/legal/search',
    {
      schema: {
        tags: ['legal'],
        summary: '法条全文检索（分词检索、排序、命中词标注；law 为法律法规简称、全称或编号）',
        querystring: Type.Object(
          {
            q: Text(100, 1),
            law: Type.Optional(Text(80)),
            date: Type.Optional(IsoDate),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            q: Type.String(),
            mode: Type.String(),
            terms: Type.Array(Type.String()),
            total: Type.Integer(),
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                citation: Type.String(),
                law: Type.Object({ slug: Type.String(), title: Type.String(), short: Type.String(), level: Type.String() }),
                version: Type.String(),
                article: Type.Integer(),
                chapter: Type.Union([Type.Integer(), Type.Null()]),
                snippet: Type.String(),
                marks: Type.Array(Type.Tuple([Type.Integer(), Type.Integer()])),
                rank: Type.Number(),
              }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      const { q, law, date, limit } = req.query;
      return searchLaw(ctx.db, { q, day: date ?? today(), limit, ...(law !== undefined ? { law } : {}) });
    },
  );

  app.post(
    '/legal/match',
    {
      schema: {
        tags: ['legal'],
        summary: '法条自动对应：由隐患描述得到违法行为、违法条款、处罚依据和罚款幅度（最多10条，按相关度排序）',
        body: Type.Object(
          {
            text: Text(2000, 1),
            date: Type.Optional(IsoDate),
            industry: Type.Optional(Text(40, 1)),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ candidates: Type.Array(Candidate) }), ...errors() },
      },
    },
    async (req) => {
      requireActor(req, 'legal:read');
      const { text, date, industry } = req.body;
      return getMatcher().match({ text, date: date ?? today(), ...(industry !== undefined ? { industry } : {}) });
    },
  );
}
