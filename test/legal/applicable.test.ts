import { describe, expect, it } from 'vitest';
import {
  applicableInstrument,
  chooseByArt37,
  FAMILY_HAZARDOUS_CHEMICALS,
  instrumentInForce,
  type InstrumentVersion,
} from '../../src/domain/legal/applicable.ts';
import type { LawRef } from '../../src/domain/legal/violation.ts';
import { codeOf } from '../support/errors.ts';

/** A penalty provision as the discretion engine would pass it: the article and its fine range. */
interface Provision {
  ref: LawRef;
  fine: { min: number; max: number };
}
/** Lighter = lower maximum, then lower minimum (the engine's own comparison is passed in the same way). */
const lighter = (a: Provision, b: Provision): boolean => a.fine.max < b.fine.max || (a.fine.max === b.fine.max && a.fine.min < b.fine.min);

const TIAOLI = '危险化学品安全管理条例';
const ANQUAN_FA = '中华人民共和国危险化学品安全法';
// 危化品条例 art. 80 item 1 and 危险化学品安全法 art. 103 item 2 (both: 5万元以上10万元以下).
const tiaoli80: Provision = { ref: { law: TIAOLI, article: 80, item: 1 }, fine: { min: 50_000, max: 100_000 } };
const fa103: Provision = { ref: { law: ANQUAN_FA, article: 103, item: 2 }, fine: { min: 50_000, max: 100_000 } };

describe('instrument in force on a day', () => {
  it('危险化学品安全法 is in force from 2026-05-01 (art. 127), not the day before', () => {
    expect(instrumentInForce(ANQUAN_FA, '2026-04-30')).toBeUndefined();
    expect(instrumentInForce('危险化学品安全法', '2026-05-01')?.id).toBe('weihua-anquan-fa-2025');
  });

  it('危化品条例 was never formally repealed: still in force on 2026-06-01', () => {
    expect(instrumentInForce('危化品条例', '2026-06-01')?.id).toBe('weihua-tiaoli-2013');
  });

  it('knows no version of 安全生产法 before its 2021 amendment took effect on 2021-09-01', () => {
    expect(instrumentInForce('安全生产法', '2021-08-31')).toBeUndefined();
    expect(instrumentInForce('安全生产法', '2021-09-01')?.version).toBe('2021年修正');
  });

  it('rejects a date that is not an ISO day', () => {
    expect(codeOf(() => instrumentInForce('安全生产法', '2026-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => instrumentInForce('安全生产法', '2026/05/01'))).toBe('INVALID_DATE');
  });
});

describe('instrument that governs conduct on a day', () => {
  it('conduct on 2026-04-10 falls under 危险化学品安全管理条例', () => {
    const sut = applicableInstrument(TIAOLI, '2026-04-10');
    expect(sut?.version.id).toBe('weihua-tiaoli-2013');
    expect(sut?.explanation).toContain('2026-04-10适用《危险化学品安全管理条例》');
  });

  it('conduct from 2026-05-01 falls under 危险化学品安全法, asked by the regulation’s title or the family', () => {
    for (const name of [TIAOLI, '危化品条例', ANQUAN_FA, FAMILY_HAZARDOUS_CHEMICALS]) {
      const sut = applicableInstrument(name, '2026-05-01');
      expect(sut?.version.id, name).toBe('weihua-anquan-fa-2025');
      expect(sut?.explanation).toContain('《危险化学品安全管理条例》自2026-05-01起不再适用');
    }
  });

  it('an instrument without a family governs its own conduct', () => {
    expect(applicableInstrument('事故报告条例', '2026-06-01')?.version.id).toBe('shigu-baogao-tiaoli-2007');
    expect(applicableInstrument('安全生产法', '2020-06-01')).toBeUndefined();
  });

  it('rejects an unknown instrument', () => {
    expect(codeOf(() => applicableInstrument('消防法', '2026-06-01'))).toBe('UNKNOWN_VALUE');
  });

  it('prefers the higher-ranking instrument, then the newer, when several govern the same conduct', () => {
    const versions: InstrumentVersion[] = [
      { id: 'rule-2020', slug: 'rule', title: '某规章', level: '部门规章', version: '2020', effective: '2020-01-01', family: 'f' },
      { id: 'reg-2018', slug: 'reg', title: '某条例', level: '行政法规', version: '2018', effective: '2018-01-01', family: 'f' },
      { id: 'reg2-2022', slug: 'reg2', title: '另一条例', level: '行政法规', version: '2022', effective: '2022-01-01', family: 'f' },
    ];
    expect(applicableInstrument('f', '2021-01-01', versions)?.version.id).toBe('reg-2018');
    expect(applicableInstrument('某规章', '2023-01-01', versions)?.version.id).toBe('reg2-2022');
    expect(applicableInstrument('f', '2017-12-31', versions)).toBeUndefined();
  });

  it('a version stops governing on its expiry day', () => {
    const versions: InstrumentVersion[] = [
      { id: 'x-2010', slug: 'x', title: '某办法', level: '部门规章', version: '2010', effective: '2010-01-01', expires: '2026-02-01' },
      { id: 'x-2026', slug: 'x', title: '某办法', level: '部门规章', version: '2026', effective: '2026-02-01' },
    ];
    expect(applicableInstrument('某办法', '2026-01-31', versions)?.version.id).toBe('x-2010');
    expect(applicableInstrument('某办法', '2026-02-01', versions)?.version.id).toBe('x-2026');
    expect(instrumentInForce('某办法', '2026-02-01', versions)?.id).toBe('x-2026');
  });
});

describe('从旧兼从轻 (行政处罚法 art. 37)', () => {
  const actDate = '2026-04-10';
  const decisionDate = '2026-06-01';

  it('act on 2026-04-10 decided on 2026-06-01: the regulation applies when the new law is not lighter', () => {
    const sut = chooseByArt37({ actDate, decisionDate, atAct: tiaoli80, atDecision: fa103, lighter });
    expect(sut.outcome).toBe('lawAtAct');
    expect(sut.outcome !== 'notPunishable' && sut.applies).toBe(tiaoli80);
    expect(sut.basis).toEqual({ law: '中华人民共和国行政处罚法', article: 37 });
    expect(sut.explanation).toContain('《中华人民共和国行政处罚法》第三十七条');
    expect(sut.explanation).toContain('《危险化学品安全管理条例》第八十条第一项');
    expect(sut.explanation).toContain('适用违法行为发生时的规定');
  });

  it('the new law applies when it punishes more lightly (hypothetical lower maximum)', () => {
    const lighterNew: Provision = { ...fa103, fine: { min: 10_000, max: 50_000 } };
    const sut = chooseByArt37({ actDate, decisionDate, atAct: tiaoli80, atDecision: lighterNew, lighter });
    expect(sut.outcome).toBe('lawAtDecision');
    expect(sut.outcome !== 'notPunishable' && sut.applies).toBe(lighterNew);
    expect(sut.explanation).toContain('处罚较轻');
    expect(sut.explanation).toContain('适用新的规定');
  });

  it('the old provision applies when the new one is heavier (hypothetical higher maximum)', () => {
    const heavierNew: Provision = { ...fa103, fine: { min: 100_000, max: 200_000 } };
    expect(chooseByArt37({ actDate, decisionDate, atAct: tiaoli80, atDecision: heavierNew, lighter }).outcome).toBe('lawAtAct');
  });

  it('no penalty when the law at decision time no longer treats the act as unlawful', () => {
    const sut = chooseByArt37<Provision>({ actDate, decisionDate, atAct: tiaoli80, atDecision: null, lighter });
    expect(sut.outcome).toBe('notPunishable');
    expect(sut.explanation).toContain('不予行政处罚');
  });

  it('no penalty under a later provision for an act that was not punishable when it occurred', () => {
    const sut = chooseByArt37<Provision>({ actDate, decisionDate, atAct: null, atDecision: fa103, lighter });
    expect(sut.outcome).toBe('notPunishable');
    expect(sut.explanation).toContain('违法行为发生时（2026-04-10）没有');
  });

  it('an unchanged provision simply applies', () => {
    const sut = chooseByArt37({ actDate: '2025-03-01', decisionDate: '2025-05-01', atAct: tiaoli80, atDecision: tiaoli80, lighter });
    expect(sut.outcome).toBe('lawAtAct');
    expect(sut.explanation).toContain('均适用《危险化学品安全管理条例》第八十条第一项');
  });

  it('works for any provision type with a caller-supplied label', () => {
    const sut = chooseByArt37({
      actDate,
      decisionDate,
      atAct: { name: '旧规定', max: 3 },
      atDecision: { name: '新规定', max: 2 },
      lighter: (a, b) => a.max < b.max,
      label: (p) => p.name,
    });
    expect(sut.outcome).toBe('lawAtDecision');
    expect(sut.explanation).toContain('新规定处罚较轻');
  });

  it('rejects a decision dated before the act', () => {
    expect(codeOf(() => chooseByArt37({ actDate: decisionDate, decisionDate: actDate, atAct: tiaoli80, atDecision: fa103, lighter }))).toBe(
      'INVALID_DATE',
    );
  });

  it('combined with the instrument table: act before 2026-05-01, decision after', () => {
    const atAct = applicableInstrument(FAMILY_HAZARDOUS_CHEMICALS, actDate)!.version;
    const atDecision = applicableInstrument(FAMILY_HAZARDOUS_CHEMICALS, decisionDate)!.version;
    expect([atAct.id, atDecision.id]).toEqual(['weihua-tiaoli-2013', 'weihua-anquan-fa-2025']);
    const provisionOf = (v: InstrumentVersion): Provision => (v.id === atAct.id ? tiaoli80 : fa103);
    const sut = chooseByArt37({ actDate, decisionDate, atAct: provisionOf(atAct), atDecision: provisionOf(atDecision), lighter });
    expect(sut.outcome !== 'notPunishable' && sut.applies.ref.law).toBe(TIAOLI);
  });
});
