/**
 * The catalogue parts for the 危险化学品安全管理条例, the 中华人民共和国危险化学品安全法, the
 * 生产安全事故应急条例, the 生产安全事故报告和调查处理条例 and the 安全生产许可证条例, checked
 * against the official texts (read here, never copied into the repository) and the labelled
 * examples in test/fixtures/match.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ITEMS as SHIGU_BAOGAO } from '../../src/domain/legal/catalogue/shigu-baogao-tiaoli.ts';
import { ITEMS as WEIHUA_FA } from '../../src/domain/legal/catalogue/weihua-fa.ts';
import { ITEMS as WEIHUA_TIAOLI } from '../../src/domain/legal/catalogue/weihua-tiaoli.ts';
import { ITEMS as XUKEZHENG } from '../../src/domain/legal/catalogue/xukezheng-tiaoli.ts';
import { ITEMS as YINGJI } from '../../src/domain/legal/catalogue/yingji-tiaoli.ts';
import { readChineseNumeral, toChineseNumeral } from '../../src/domain/legal/numerals.ts';
import type { Fine, LawRef, StatutoryPenalty, Violation } from '../../src/domain/legal/violation.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const LAWS_DIR = join(HERE, '../../../shared/data/laws');
const FIXTURES_DIR = join(HERE, '../fixtures/match');

const TIAOLI = '危险化学品安全管理条例';
const FA = '中华人民共和国危险化学品安全法';
const YINGJI_LAW = '生产安全事故应急条例';
const SHIGU_LAW = '生产安全事故报告和调查处理条例';
const XUKEZHENG_LAW = '安全生产许可证条例';
const AQSCF = '中华人民共和国安全生产法';
const SWITCH_DATE = '2026-05-01';

const PARTS: { prefix: string; law: string; items: Violation[] }[] = [
  { prefix: 'WHTL', law: TIAOLI, items: WEIHUA_TIAOLI },
  { prefix: 'WHF', law: FA, items: WEIHUA_FA },
  { prefix: 'YJTL', law: YINGJI_LAW, items: YINGJI },
  { prefix: 'SGBG', law: SHIGU_LAW, items: SHIGU_BAOGAO },
  { prefix: 'XKZ', law: XUKEZHENG_LAW, items: XUKEZHENG },
];
const ALL = PARTS.flatMap((p) => p.items);

// ---------------------------------------------------------------------------------------------
// The official texts: article → paragraphs (款), each with its lead-in and its items (项).
// ---------------------------------------------------------------------------------------------
interface Paragraph {
  lead: string;
  items: string[];
}
interface ManifestLaw {
  file: string;
  title: string;
  effective: string;
  articles: number;
}

const ARTICLE_LINE = /^第([零一二三四五六七八九十百]+)条[\s\u3000]+(.*)$/;
const HEADING_LINE = /^第[零一二三四五六七八九十百]+[编章节][\s\u3000]/;
const ITEM_LINE = /^（([一二三四五六七八九十]+)）/;

function readArticles(file: string): Map<number, Paragraph[]> {
  const articles = new Map<number, Paragraph[]>();
  let current: Paragraph[] | undefined;
  for (const raw of readFileSync(join(LAWS_DIR, file), 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const article = ARTICLE_LINE.exec(line);
    if (article) {
      current = [{ lead: article[2] ?? '', items: [] }];
      articles.set(readChineseNumeral(article[1] ?? '') ?? -1, current);
    } else if (HEADING_LINE.test(line)) {
      current = undefined;
    } else if (current) {
      const item = ITEM_LINE.exec(line);
      const last = current[current.length - 1];
      if (item && last) {
        expect(readChineseNumeral(item[1] ?? '')).toBe(last.items.length + 1);
        last.items.push(line);
      } else current.push({ lead: line, items: [] });
    }
  }
  return articles;
}

const MANIFEST = (JSON.parse(readFileSync(join(LAWS_DIR, 'manifest.json'), 'utf8')) as { laws: ManifestLaw[] }).laws;
const TEXTS = new Map(MANIFEST.map((l) => [l.title, readArticles(l.file)] as const));
const EFFECTIVE = new Map(MANIFEST.map((l) => [l.title, l.effective] as const));

/** The paragraphs a reference points at, or a reason why it points at nothing. */
function resolve(ref: LawRef): { text: string } | { missing: string } {
  const article = TEXTS.get(ref.law)?.get(ref.article);
  if (!article) return { missing: `${ref.law} has no article ${ref.article}` };
  if (ref.paragraph === undefined && ref.item === undefined) {
    return { text: article.map((p) => [p.lead, ...p.items].join('')).join('') };
  }
  // An item without a paragraph is only unambiguous in a one-paragraph article.
  if (ref.paragraph === undefined && article.length > 1) {
    return { missing: `${ref.law} art. ${ref.article} has ${article.length} paragraphs: name the one of item ${ref.item}` };
  }
  const paragraph = article[(ref.paragraph ?? 1) - 1];
  if (!paragraph) return { missing: `${ref.law} art. ${ref.article} has no paragraph ${ref.paragraph}` };
  if (ref.item === undefined) return { text: [paragraph.lead, ...paragraph.items].join('') };
  const item = paragraph.items[ref.item - 1];
  if (!item) return { missing: `${ref.law} art. ${ref.article} para. ${ref.paragraph ?? 1} has no item ${ref.item}` };
  return { text: paragraph.lead + item };
}

const allRefs = (v: Violation): LawRef[] => [
  ...v.violated,
  ...v.penaltyBasis,
  ...v.penalties.flatMap((p) => (p.basis ? [p.basis] : [])),
];
const sameRef = (a: LawRef, b: LawRef): boolean =>
  a.law === b.law && a.article === b.article && a.paragraph === b.paragraph && a.item === b.item;
const inForce = (v: Violation, date: string): boolean =>
  v.validFrom <= date && (v.validTo === undefined || date < v.validTo);

// ---------------------------------------------------------------------------------------------
// How the texts write the amounts: 5万元 or 五万元, 40% or 百分之四十, 五倍.
// ---------------------------------------------------------------------------------------------
const yuanWritten = (n: number): [string, string] =>
  n % 10_000 === 0 && n > 0
    ? [`${n / 10_000}万元`, `${toChineseNumeral(n / 10_000)}万元`]
    : [`${n}元`, `${toChineseNumeral(n)}元`];
const percentWritten = (n: number): [string, string] => [`${n}%`, `百分之${toChineseNumeral(n)}`];

/** Phrases one of which the penalty provision must contain for the fine to be the text's. */
function phrasesOf(fine: Fine): string[][] {
  const range = (min: number, max: number): string[] => {
    const [hiA, hiC] = yuanWritten(max);
    if (min === 0) return [`${hiA}以下`, `${hiC}以下`];
    const [loA, loC] = yuanWritten(min);
    return [`${loA}以上${hiA}以下`, `${loC}以上${hiC}以下`];
  };
  switch (fine.kind) {
    case 'amount':
      return [range(fine.min, fine.max)];
    case 'multipleOfIllegalGain':
      return [
        [`${toChineseNumeral(fine.minTimes)}倍以上${toChineseNumeral(fine.maxTimes)}倍以下`],
        range(fine.fallback.min, fine.fallback.max),
        ...(fine.threshold === undefined ? [] : [yuanWritten(fine.threshold).map((w) => `${w}以上`)]),
      ];
    case 'percentOfAnnualIncome': {
      const [loA, loC] = percentWritten(fine.minPercent);
      const [hiA, hiC] = percentWritten(fine.maxPercent);
      return fine.minPercent === fine.maxPercent ? [[`年收入${loA}`, loC]] : [[`${loA}至${hiA}`, `${loC}至${hiC}`]];
    }
  }
}

const finesOf = (p: StatutoryPenalty): Fine[] => [p.unit, p.persons].filter((f): f is Fine => f !== undefined);

// ---------------------------------------------------------------------------------------------
// Labelled examples
// ---------------------------------------------------------------------------------------------
interface Example {
  file: string;
  text: string;
  date: string;
  expect: LawRef;
}
const FIXTURE_FILES = ['weihua.jsonl', 'yingji.jsonl', 'shigu-baogao.jsonl', 'xukezheng.jsonl'];
const EXAMPLES: Example[] = FIXTURE_FILES.flatMap((file) =>
  readFileSync(join(FIXTURES_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ file, ...(JSON.parse(l) as Omit<Example, 'file'>) })),
);

const get = (code: string): Violation => {
  const v = ALL.find((i) => i.code === code);
  if (!v) throw new Error(`${code} missing`);
  return v;
};
const clause = (code: string, trigger: StatutoryPenalty['trigger']): StatutoryPenalty | undefined =>
  get(code).penalties.find((p) => p.trigger === trigger);

describe('the official texts the parts cite', () => {
  it('reads every article the manifest counts', () => {
    for (const law of MANIFEST) {
      const sut = TEXTS.get(law.title);
      expect(sut?.size, law.title).toBe(law.articles);
      expect([...(sut?.keys() ?? [])], law.title).toEqual(Array.from({ length: law.articles }, (_, i) => i + 1));
    }
  });

  it('sees paragraphs and items where the 条例 has them: art. 78 has 12 items and two more paragraphs', () => {
    const sut = TEXTS.get(TIAOLI)?.get(78);
    expect(sut?.map((p) => p.items.length)).toEqual([12, 0, 0]);
    expect(resolve({ law: TIAOLI, article: 78, paragraph: 1, item: 13 })).toHaveProperty('missing');
    expect(resolve({ law: TIAOLI, article: 78, item: 1 })).toHaveProperty('missing');
  });
});

describe('catalogue parts: 危化品条例, 危险化学品安全法, 应急条例, 事故报告条例, 许可证条例', () => {
  it('holds 60 items or more across the five parts', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every item a unique code with its part prefix and the article of one of its penalty provisions', () => {
    const codes = ALL.map((v) => v.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const part of PARTS) {
      for (const v of part.items) {
        const m = new RegExp(`^${part.prefix}-(\\d{3})(-(\\d+|K\\d+)[A-Z]?|[A-Z])?$`).exec(v.code);
        expect(m, v.code).not.toBeNull();
        const article = Number(m?.[1]);
        expect(
          v.penaltyBasis.some((r) => r.law === part.law && r.article === article),
          `${v.code} cites ${part.law} art. ${article}`,
        ).toBe(true);
      }
    }
  });

  it('cites laws by their official full titles only', () => {
    const titles = new Set(MANIFEST.map((l) => l.title));
    for (const v of ALL) {
      for (const r of allRefs(v)) expect(titles.has(r.law), `${v.code}: ${r.law}`).toBe(true);
    }
  });

  it('points every violated and penalty reference at an article, paragraph and item that exist in the text', () => {
    const missing = ALL.flatMap((v) =>
      allRefs(v).flatMap((r) => {
        const found = resolve(r);
        return 'missing' in found ? [`${v.code}: ${found.missing}`] : [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('writes every fine range in order and within sense', () => {
    for (const v of ALL) {
      for (const p of v.penalties) {
        for (const f of finesOf(p)) {
          if (f.kind === 'amount') expect(f.min, v.code).toBeLessThanOrEqual(f.max);
          if (f.kind === 'amount') expect(f.min, v.code).toBeGreaterThanOrEqual(0);
          if (f.kind === 'percentOfAnnualIncome') {
            expect(f.minPercent, v.code).toBeLessThanOrEqual(f.maxPercent);
            expect(f.maxPercent, v.code).toBeLessThanOrEqual(100);
          }
          if (f.kind === 'multipleOfIllegalGain') {
            expect(f.minTimes, v.code).toBeLessThanOrEqual(f.maxTimes);
            expect(f.fallback.min, v.code).toBeLessThanOrEqual(f.fallback.max);
          }
        }
      }
    }
  });

  it('takes every amount, percentage and multiple from the words of its own penalty provision', () => {
    const unfounded: string[] = [];
    for (const v of ALL) {
      for (const p of v.penalties) {
        const refs = p.basis ? [p.basis, ...v.penaltyBasis] : v.penaltyBasis;
        const text = refs.map((r) => {
          const found = resolve(r);
          return 'text' in found ? found.text : '';
        }).join('');
        for (const f of finesOf(p)) {
          for (const alternatives of phrasesOf(f)) {
            if (!alternatives.some((w) => text.includes(w))) {
              unfounded.push(`${v.code} ${p.trigger}: none of ${alternatives.join(' / ')}`);
            }
          }
        }
      }
    }
    expect(unfounded).toEqual([]);
  });

  it('has exactly one base clause per item unless only an accident triggers it, and no trigger twice', () => {
    for (const v of ALL) {
      const triggers = v.penalties.map((p) => p.trigger);
      expect(new Set(triggers).size, v.code).toBe(triggers.length);
      const bases = triggers.filter((t) => t === 'base').length;
      if (bases === 0) expect(triggers.every((t) => t.startsWith('accident')), v.code).toBe(true);
      else expect(bases, v.code).toBe(1);
    }
  });

  it('applies 危化品条例 items to acts before 2026-05-01 and 危险化学品安全法 items from that day', () => {
    for (const v of WEIHUA_TIAOLI) {
      expect(v.validTo, v.code).toBe(SWITCH_DATE);
      expect(v.validFrom, v.code).toBe(EFFECTIVE.get(TIAOLI));
    }
    for (const v of WEIHUA_FA) {
      expect(v.validFrom, v.code).toBe(SWITCH_DATE);
      expect(v.validTo, v.code).toBeUndefined();
    }
    expect(EFFECTIVE.get(FA)).toBe(SWITCH_DATE);
  });

  it('starts no item before every text in its penalty basis took effect', () => {
    for (const v of ALL) {
      expect(v.validFrom, v.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const r of v.penaltyBasis) {
        expect(v.validFrom >= (EFFECTIVE.get(r.law) ?? '9999'), `${v.code} vs ${r.law}`).toBe(true);
      }
      if (v.validTo !== undefined) expect(v.validTo > v.validFrom, v.code).toBe(true);
    }
  });

  it('links each 条例 item and 法 item that cover the same conduct both ways', () => {
    const tiaoliCodes = new Set(WEIHUA_TIAOLI.map((v) => v.code));
    const faCodes = new Set(WEIHUA_FA.map((v) => v.code));
    for (const [items, otherCodes] of [
      [WEIHUA_TIAOLI, faCodes],
      [WEIHUA_FA, tiaoliCodes],
    ] as const) {
      for (const v of items) {
        for (const c of v.counterparts ?? []) {
          expect(otherCodes.has(c), `${v.code} → ${c}`).toBe(true);
          expect(get(c).counterparts ?? [], `${c} → ${v.code}`).toContain(v.code);
        }
      }
    }
    // Almost every 条例 item has a successor in the law; only the law adds new conduct.
    expect(WEIHUA_TIAOLI.filter((v) => (v.counterparts ?? []).length === 0).map((v) => v.code)).toEqual([]);
    for (const v of [...YINGJI, ...SHIGU_BAOGAO, ...XUKEZHENG]) expect(v.counterparts, v.code).toBeUndefined();
  });
});

describe('the parts as legal examples', () => {
  it('fines mixed storage of incompatible chemicals under 条例 art. 80 item 5 before 2026-05-01 and under the law art. 103 item 6 after', () => {
    expect(get('WHTL-080-5').penaltyBasis).toEqual([{ law: TIAOLI, article: 80, paragraph: 1, item: 5 }]);
    expect(clause('WHTL-080-5', 'base')?.unit).toEqual({ kind: 'amount', min: 50_000, max: 100_000 });
    expect(clause('WHTL-080-5', 'notCorrectedByDeadline')?.measures).toEqual(['suspendProduction', 'revokeLicence']);

    expect(get('WHF-103-6').penaltyBasis).toEqual([{ law: FA, article: 103, paragraph: 1, item: 6 }]);
    expect(clause('WHF-103-6', 'base')?.unit).toEqual({ kind: 'amount', min: 50_000, max: 100_000 });
    expect(clause('WHF-103-6', 'notCorrectedByDeadline')).toMatchObject({
      unit: { kind: 'amount', min: 100_000, max: 200_000 },
      persons: { kind: 'amount', min: 20_000, max: 50_000 },
    });
    expect(get('WHTL-080-5').majorHazard && get('WHF-103-6').majorHazard).toBe(true);
  });

  it('fines banned chemicals from 2026-05-01 by the goods value: 5–10 times from 100,000, otherwise 300,000–500,000', () => {
    expect(clause('WHF-098-1', 'base')?.unit).toEqual({
      kind: 'multipleOfIllegalGain',
      base: 'goodsValue',
      minTimes: 5,
      maxTimes: 10,
      threshold: 100_000,
      fallback: { min: 300_000, max: 500_000 },
    });
    expect(clause('WHTL-075-1', 'base')?.unit).toEqual({ kind: 'amount', min: 200_000, max: 500_000 });
  });

  it('imposes no fine under 应急条例 art. 32 until the correction deadline passes, then 30,000–50,000 and 10,000–20,000', () => {
    expect(clause('YJTL-032A', 'base')).toEqual({ trigger: 'base', measures: ['orderCorrection'] });
    expect(clause('YJTL-032A', 'notCorrectedByDeadline')).toMatchObject({
      unit: { kind: 'amount', min: 30_000, max: 50_000 },
      persons: { kind: 'amount', min: 10_000, max: 20_000 },
    });
  });

  it('charges missing emergency drills under 安全生产法 art. 97 item 6, cited with 应急条例 art. 30, from 2021-09-01', () => {
    const sut = get('YJTL-030B');
    expect(sut.penaltyBasis).toEqual([
      { law: AQSCF, article: 97, item: 6 },
      { law: YINGJI_LAW, article: 30 },
    ]);
    expect(sut.validFrom).toBe('2021-09-01');
  });

  it('fines the principal of an accident unit by grade under 事故报告条例 art. 38: 30, 40, 60, 80 % of last year’s income', () => {
    const sut = [1, 2, 3, 4].map((i) => clause(`SGBG-038-${i}`, get(`SGBG-038-${i}`).penalties[0]!.trigger));
    expect(sut.map((p) => p?.trigger)).toEqual(['accident:一般', 'accident:较大', 'accident:重大', 'accident:特别重大']);
    expect(sut.map((p) => (p?.persons?.kind === 'percentOfAnnualIncome' ? p.persons.minPercent : undefined))).toEqual([
      30, 40, 60, 80,
    ]);
  });

  it('fines a unit that conceals an accident 1,000,000–5,000,000 and its responsible persons 60–100 % of income', () => {
    expect(clause('SGBG-036-1', 'base')).toMatchObject({
      unit: { kind: 'amount', min: 1_000_000, max: 5_000_000 },
      persons: { kind: 'percentOfAnnualIncome', minPercent: 60, maxPercent: 100 },
    });
  });

  it('punishes producing on with an expired licence first under 许可证条例 art. 20, then as unlicensed production under art. 19', () => {
    expect(clause('XKZ-020', 'base')?.unit).toEqual({ kind: 'amount', min: 50_000, max: 100_000 });
    expect(clause('XKZ-020', 'notCorrectedByDeadline')).toMatchObject({
      unit: { kind: 'amount', min: 100_000, max: 500_000 },
      basis: { law: XUKEZHENG_LAW, article: 19 },
    });
  });
});

describe('labelled examples (test/fixtures/match)', () => {
  it('holds at least 40 well-formed examples citing official titles', () => {
    const titles = new Set(MANIFEST.map((l) => l.title));
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(40);
    for (const e of EXAMPLES) {
      expect(e.text.length, e.text).toBeGreaterThanOrEqual(8);
      expect(e.date, e.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(titles.has(e.expect.law), e.expect.law).toBe(true);
      expect(Object.keys(e.expect).every((k) => ['law', 'article', 'paragraph', 'item'].includes(k)), e.text).toBe(true);
    }
  });

  it('expects for each example the penalty provision of an item in force on its date', () => {
    const unmatched = EXAMPLES.filter(
      (e) => !ALL.some((v) => inForce(v, e.date) && v.penaltyBasis[0] && sameRef(v.penaltyBasis[0], e.expect)),
    ).map((e) => `${e.file}: ${e.text} (${e.date})`);
    expect(unmatched).toEqual([]);
  });

  it('judges 危化品 conduct under the 条例 before 2026-05-01 and under the law from that day, in pairs of the same conduct', () => {
    const weihua = EXAMPLES.filter((e) => e.file === 'weihua.jsonl');
    for (const e of weihua) {
      if (e.date < SWITCH_DATE) expect(e.expect.law, e.text).not.toBe(FA);
      else expect(e.expect.law, e.text).not.toBe(TIAOLI);
    }
    const pairs = weihua.filter(
      (e) => e.date < SWITCH_DATE && weihua.some((f) => f.text === e.text && f.date >= SWITCH_DATE),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const before of pairs) {
      const after = weihua.find((f) => f.text === before.text && f.date >= SWITCH_DATE)!;
      const old = ALL.find((v) => v.penaltyBasis[0] && sameRef(v.penaltyBasis[0], before.expect))!;
      const successor = ALL.find((v) => v.penaltyBasis[0] && sameRef(v.penaltyBasis[0], after.expect))!;
      expect(old.counterparts, before.text).toContain(successor.code);
    }
  });
});
