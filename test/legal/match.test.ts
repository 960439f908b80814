import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/legal/catalogue/index.ts';
import { accidentGrade, statedGrade } from '../../src/domain/legal/match/accident-grade.ts';
import { createMatcher } from '../../src/domain/legal/match/matcher.ts';
import { canonicalize, normalize } from '../../src/domain/legal/match/text.ts';
import type { LawRef, Violation } from '../../src/domain/legal/violation.ts';
import { createJiebaTokenizer } from '../../src/server/text/jieba.ts';

const AQSCF = '中华人民共和国安全生产法';
const tokenizer = createJiebaTokenizer();
const sut = createMatcher(CATALOGUE, tokenizer, { today: () => '2026-11-25' });

const top = (text: string, extra: { date?: string; industry?: string } = {}) => {
  const first = sut.match({ text, ...extra }).candidates[0];
  if (!first) throw new Error(`no candidate for ${text}`);
  return first;
};
const basis = (article: number, item?: number, paragraph?: number): LawRef => ({
  law: AQSCF,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

describe('legal matching on the real catalogue', () => {
  it('matches goods piled in an evacuation route to art. 105 item 2 (breaking art. 42 para. 2)', () => {
    const c = top('3号车间东侧疏散通道堆放大量纸箱，通道宽度不足');
    expect(c.penaltyBasis).toEqual([basis(105, 2)]);
    expect(c.violated).toEqual([basis(42, undefined, 2)]);
    expect(c.range.unit).toEqual({ kind: 'amount', min: 0, max: 50_000 });
    expect(c.range.persons).toEqual({ kind: 'amount', min: 0, max: 10_000 });
  });

  it('matches a locked exit to art. 105 item 2', () => {
    expect(top('仓库北侧安全出口被铁链锁死').penaltyBasis).toEqual([basis(105, 2)]);
  });

  it('matches missing warning signs to art. 99 item 1 (breaking art. 35)', () => {
    const c = top('配电房门口没有设置当心触电警示标志');
    expect(c.penaltyBasis).toEqual([basis(99, 1)]);
    expect(c.violated).toEqual([basis(35)]);
  });

  it('matches an unlicensed welder to art. 97 item 7', () => {
    expect(top('现场电焊工未取得特种作业操作证上岗作业').penaltyBasis).toEqual([basis(97, 7)]);
  });

  it('matches a restaurant using gas without an alarm to art. 99 item 8', () => {
    expect(top('火锅店后厨使用液化气罐，没有装燃气报警器').penaltyBasis).toEqual([basis(99, 8)]);
  });

  it('matches a switched-off gas alarm to art. 99 item 4', () => {
    expect(top('喷漆房可燃气体报警器被人为断电停用').penaltyBasis).toEqual([basis(99, 4)]);
  });

  it('matches confined-space work without gas testing to art. 101 item 3', () => {
    expect(top('污水池清淤作业前未进行气体检测，无人监护').penaltyBasis).toEqual([basis(101, 3)]);
  });

  it('grades an accident from its death toll: 2 deaths is a 一般事故 under art. 114 para. 1 item 1', () => {
    const c = top('发生一起物体打击事故，造成2人死亡，企业对事故负有责任');
    expect(c.penaltyBasis).toContainEqual(basis(114, 1, 1));
    expect(c.why).toContain('事故等级: 一般事故');
  });

  it('matches late reporting of a fatal accident to art. 110 para. 2, the accident being only its occasion', () => {
    const c = top('车间发生触电事故致1人死亡，企业过了一天才向应急局报告');
    expect(c.penaltyBasis).toEqual([basis(110, undefined, 2)]);
  });

  it('matches a missing guard to art. 99 item 2 and a guard left broken to art. 99 item 3', () => {
    expect(top('剪板机传动部位缺少防护罩').penaltyBasis).toEqual([basis(99, 2)]);
    expect(top('剪板机防护罩坏了一直没修').penaltyBasis).toEqual([basis(99, 3)]);
  });

  it('explains a match with the keywords and words it found', () => {
    const c = top('车间配电箱未安装漏电保护器');
    expect(c.penaltyBasis).toEqual([basis(99, 2)]);
    expect(c.why.join(' ')).toContain('漏电保护器');
  });

  it('returns at most ten candidates, best first', () => {
    const { candidates } = sut.match({ text: '企业安全管理混乱，存在多处事故隐患，培训记录缺失，应急预案未演练' });
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates.length).toBeGreaterThan(3);
    const scores = candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('leaves out items limited to other industries when the industry is given', () => {
    const text = '企业未投保安全生产责任保险';
    expect(top(text).penaltyBasis).toEqual([basis(109)]);
    expect(sut.match({ text, industry: 'textile' }).candidates.some((c) => c.violation === 'AQSCF-109')).toBe(false);
    expect(top(text, { industry: 'mining' }).violation).toBe('AQSCF-109');
  });

  it('offers no 安全生产法 (2021) item for an act before it took effect', () => {
    const { candidates } = sut.match({ text: '疏散通道堆放杂物', date: '2021-08-31' });
    expect(candidates.some((c) => c.violation.startsWith('AQSCF'))).toBe(false);
  });

  it('rejects an empty description, an impossible date and an unknown industry', () => {
    expect(() => sut.match({ text: '  ' })).toThrowError(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => sut.match({ text: '疏散通道堵塞', date: '2026-02-30' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => sut.match({ text: '疏散通道堵塞', industry: 'space' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_VALUE' }),
    );
  });
});

describe('hazardous chemicals as officers word them (危化品条例 before 2026-05-01, 危险化学品安全法 from then on)', () => {
  const code = (text: string, date: string) => top(text, { date }).violation;

  it('reads goods put together without separation as 混存: 条例 art. 80 item 5, then 法 art. 103 item 6', () => {
    expect(code('易燃液体和氧化剂堆一起，没分区分类', '2026-03-01')).toBe('WHTL-080-5');
    expect(code('易燃液体和氧化剂堆一起，没分区分类', '2026-06-01')).toBe('WHF-103-6');
  });

  it('reads stock above the approved quantity as 超量储存 (条例 art. 80 item 5)', () => {
    expect(code('库房里面的酒精桶码得比人还高，远远超过核定的量', '2026-03-01')).toBe('WHTL-080-5');
  });

  it('reads one person alone with the keys of the poisons store as no 双人收发 (法 art. 101 item 11)', () => {
    expect(code('剧毒品一个人拿钥匙，没有双人双锁', '2026-06-01')).toBe('WHF-101-11');
  });

  it('does not read 购买许可证 as insurance: selling without checking it is 条例 art. 84, not 安全生产法 art. 109', () => {
    expect(code('卖氰化钠给买家的时候没看购买许可证', '2026-03-01')).toMatch(/^WHTL-084-/);
  });

  it('tells the licences apart: no 安全生产许可证 is 许可证条例 art. 19, no 经营许可证 is 条例 art. 77 para. 3', () => {
    expect(code('烟花爆竹厂没有安全生产许可证就在生产', '2026-04-01')).toBe('XKZ-019');
    expect(code('没有办危险化学品经营许可证就在批发油漆稀料', '2026-03-01')).toBe('WHTL-077-3');
  });
});

describe('date filtering (synthetic catalogue)', () => {
  const item = (code: string, validFrom: string, validTo?: string): Violation => ({
    code,
    name: '安全出口锁闭',
    party: 'unit',
    violated: [basis(42, undefined, 2)],
    penaltyBasis: [basis(105, 2)],
    penalties: [{ trigger: 'base', unit: { kind: 'amount', min: 0, max: 50_000 }, measures: [] }],
    industries: [],
    majorHazard: false,
    keywords: ['安全出口上锁'],
    validFrom,
    ...(validTo ? { validTo } : {}),
  });
  const old = item('OLD-001', '2014-12-01', '2021-09-01');
  const current = item('NEW-001', '2021-09-01');
  // A naive tokenizer: the matcher finds its dictionary words by itself.
  const matcher = createMatcher([old, current], (t) => [t], { today: () => '2025-01-01' });
  const codes = (date?: string) =>
    matcher.match({ text: '安全出口被锁住', ...(date ? { date } : {}) }).candidates.map((c) => c.violation);

  it('offers the old item for an act the day before its end date', () => {
    expect(codes('2021-08-31')).toEqual(['OLD-001']);
  });

  it('offers only the new item from the day the old one ends (validTo is exclusive)', () => {
    expect(codes('2021-09-01')).toEqual(['NEW-001']);
  });

  it('uses today when no date is given', () => {
    expect(codes()).toEqual(['NEW-001']);
  });

  it('offers nothing before either item took effect', () => {
    expect(codes('2014-11-30')).toEqual([]);
  });
});

describe('accident grades (事故报告条例 art. 3)', () => {
  it('grades by deaths, serious injuries and direct loss, the highest winning', () => {
    expect(accidentGrade('造成1人死亡')).toBe('一般');
    expect(accidentGrade('事故造成三人死亡')).toBe('较大');
    expect(accidentGrade('爆炸造成12人死亡')).toBe('重大');
    expect(accidentGrade('死亡30人')).toBe('特别重大');
    expect(accidentGrade('2人死亡、15人重伤')).toBe('较大');
    expect(accidentGrade('直接经济损失1.2亿元')).toBe('特别重大');
    expect(accidentGrade('直接经济损失800万元')).toBe('一般');
    expect(accidentGrade('疏散通道堵塞')).toBeUndefined();
  });

  it('reads the figures as officers say them', () => {
    expect(accidentGrade('港区仓储那个爆炸，人死了二十几个，光直接损失就上了三个亿')).toBe('特别重大');
    expect(accidentGrade('那次烟花厂爆炸，重伤的就有108个')).toBe('特别重大');
    expect(accidentGrade('冷库起火，人都跑出来了，直接损失算下来六千多万')).toBe('重大');
    expect(accidentGrade('喷涂线闪爆，4死6伤，企业担责')).toBe('较大');
    expect(accidentGrade('粉尘爆炸，重伤十五六个')).toBe('较大');
    expect(accidentGrade('液氨泄漏，一百零四人急性工业中毒')).toBe('特别重大');
  });

  it('takes a death or serious injury without figures as at least 一般, but not 焊死 or 锁死', () => {
    expect(accidentGrade('熏倒两个工人，一个没抢救过来')).toBe('一般');
    expect(accidentGrade('冲床光栅拆了，工人1人手臂离断')).toBe('一般');
    expect(accidentGrade('泄爆片被钢板焊死了，安全出口锁死')).toBeUndefined();
  });

  it('reads a grade named in words but not a major hazard (重大事故隐患)', () => {
    expect(statedGrade(canonicalize('导致发生较大事故', tokenizer))).toBe('较大');
    expect(statedGrade(canonicalize('存在重大事故隐患', tokenizer))).toBeUndefined();
  });
});

describe('synonyms', () => {
  it('folds officers’ wordings onto one word, longest match first', () => {
    expect(canonicalize(normalize('安全出口锁死'), tokenizer)).toBe('安全出口锁闭');
    expect(canonicalize('副总经理', tokenizer)).toBe('分管负责人');
    expect(canonicalize('总经理', tokenizer)).toBe('主要负责人');
    expect(canonicalize(normalize('ＡＢ 灭火器材'), tokenizer)).toBe('ab灭火器');
    expect(canonicalize('灭火器超过检验期限', tokenizer)).toBe('灭火器过期');
  });

  it('never folds a variant cut across two words', () => {
    expect(canonicalize('去年检查发现的隐患', tokenizer)).toBe('去年检查发现的隐患');
  });
});
