import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LIST,
  documentNumberFor,
  formatDocumentNumber as sut,
} from '../../src/domain/documents/kinds.ts';
import { isDomainError } from '../../src/domain/errors.ts';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isDomainError(e) ? e.code : 'not a DomainError';
  }
  return undefined;
};

describe('document numbers', () => {
  it('formats unit, kind, year and sequence as 渝北应急罚〔2026〕12号', () => {
    expect(sut({ unitAbbr: '渝北应急', kindAbbr: '罚', year: 2026, seq: 12 })).toBe('渝北应急罚〔2026〕12号');
  });

  it('numbers a document of a kind with that kind’s abbreviation', () => {
    expect(documentNumberFor('rectificationOrder', '渝北应急', 2026, 3)).toBe('渝北应急改〔2026〕3号');
    expect(documentNumberFor('closingApproval', '市应急', 2027, 101)).toBe('市应急结〔2027〕101号');
  });

  it.each([
    ['a sequence of 0', { unitAbbr: '渝北应急', kindAbbr: '罚', year: 2026, seq: 0 }],
    ['a fractional sequence', { unitAbbr: '渝北应急', kindAbbr: '罚', year: 2026, seq: 1.5 }],
    ['a two-digit year', { unitAbbr: '渝北应急', kindAbbr: '罚', year: 26, seq: 1 }],
    ['an empty unit', { unitAbbr: ' ', kindAbbr: '罚', year: 2026, seq: 1 }],
    ['brackets in the unit', { unitAbbr: '渝北〔应急', kindAbbr: '罚', year: 2026, seq: 1 }],
  ])('rejects %s', (_name, parts) => {
    expect(codeOf(() => sut(parts))).toBe('VALIDATION_FAILED');
  });
});

describe('document kinds', () => {
  it('lists the nine documents of issue #4 with their titles and abbreviations', () => {
    expect(DOCUMENT_KIND_LIST.map((k) => [k.title, k.kindAbbr])).toEqual([
      ['现场检查记录', '检'],
      ['责令限期整改指令书', '改'],
      ['整改复查意见书', '复'],
      ['立案审批表', '立'],
      ['行政处罚告知书', '告'],
      ['听证告知书', '听'],
      ['行政处罚决定书', '罚'],
      ['分期（延期）缴纳罚款审批表', '分'],
      ['结案审批表', '结'],
    ]);
  });

  it('gives every kind its own abbreviation, so numbers of different kinds never collide', () => {
    const abbrs = DOCUMENT_KIND_LIST.map((k) => k.kindAbbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it('keys the table by the kind key', () => {
    for (const [key, info] of Object.entries(DOCUMENT_KINDS)) expect(info.key).toBe(key);
  });

  it('marks the approval forms (审批表)', () => {
    expect(DOCUMENT_KIND_LIST.filter((k) => k.approvalForm).map((k) => k.key)).toEqual([
      'filingApproval',
      'instalmentApproval',
      'closingApproval',
    ]);
  });
});
