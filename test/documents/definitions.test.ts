import { describe, expect, it } from 'vitest';
import type { DocumentKind, PenaltyDecisionInput } from '../../src/domain/documents/index.ts';
import { buildDocument as sut } from '../../src/domain/documents/index.ts';
import { formatLawRefsCn } from '../../src/domain/documents/law-ref-cn.ts';
import { LEGAL_PERIODS, formatPeriodCn } from '../../src/domain/documents/legal-periods.ts';
import { DomainError, isDomainError } from '../../src/domain/errors.ts';
import { samples } from './samples.ts';
import { textOf } from './text-of.ts';

const failure = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('document definitions', () => {
  it.each(Object.keys(samples) as DocumentKind[])('builds %s as A4 with its title and number', (kind) => {
    const doc = sut(kind, samples[kind] as never);
    const text = textOf(doc);
    expect(doc.pageSize).toBe('A4');
    expect(doc.defaultStyle.font).toBe('NotoSerifSC');
    expect(text).toContain('重庆市渝北区应急管理局');
    expect(text).toContain(samples[kind].number);
    expect(doc.info.title).toContain(samples[kind].number);
  });

  it('builds plain data that survives a JSON round trip (storable, no functions)', () => {
    const doc = sut('penaltyDecision', samples.penaltyDecision);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('rejects an unknown kind', () => {
    expect(failure(() => sut('warrant' as DocumentKind, samples.penaltyDecision as never)).code).toBe('UNKNOWN_KEY');
  });
});

describe('行政处罚决定书 (行政处罚法 art. 59)', () => {
  const input = samples.penaltyDecision;
  const text = textOf(sut('penaltyDecision', input));

  it('states the party’s name and address (item 1)', () => {
    expect(text).toContain('当事人：重庆渝兴化工有限公司');
    expect(text).toContain('重庆市渝北区空港工业园区宝环路88号');
    expect(text).toContain('91500112MA5U123456');
  });

  it('states the facts and the evidence (item 2)', () => {
    expect(text).toContain(`经查，${input.facts}`);
    for (const e of input.evidence) expect(text).toContain(e.name);
  });

  it('states the provisions broken, the kind of penalty and its basis (item 3), with the amount in 大写', () => {
    expect(text).toContain(`违反了《中华人民共和国安全生产法》第三十六条第一款的规定`);
    expect(text).toContain(`依据《中华人民共和国安全生产法》第九十九条第三项的规定`);
    expect(text).toContain('罚款人民币伍万元整（¥50,000.00）');
  });

  it('states the manner and period of payment and the 3 % daily surcharge (item 4; art. 67, 72)', () => {
    expect(text).toContain('自收到本决定书之日起十五日内缴至中国工商银行重庆渝北支行');
    expect(text).toContain('3100021119200012345');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额');
  });

  it('states where and within what period to seek review or sue (item 5)', () => {
    expect(text).toContain('六十日内向重庆市渝北区人民政府申请行政复议');
    expect(text).toContain('六个月内依法向重庆市渝北区人民法院提起行政诉讼');
    expect(text).toContain('本决定不停止执行');
  });

  it('states the deciding authority and the date, with the place of the seal (item 6, para. 2)', () => {
    expect(text).toContain('（印章）重庆市渝北区应急管理局2026年4月2日');
  });

  it('records that the party was notified and did not answer (art. 44, 62)', () => {
    expect(text).toContain('本机关于2026年3月20日向你单位送达了《听证告知书》（渝北应急听〔2026〕2号）');
    expect(text).toContain('你单位在规定期限内未提出陈述、申辩，也未要求听证。');
  });

  it('rejects a decision dated before the notice was served (art. 62)', () => {
    const error = failure(() => sut('penaltyDecision', { ...input, decidedOn: '2026-03-19' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('第六十二条');
  });

  it('names a plain penalty notice and the rights it gave when no hearing was offered', () => {
    const notice = { kind: 'penaltyNotice' as const, number: '渝北应急告〔2026〕8号', servedOn: '2026-03-20' };
    const t = textOf(sut('penaltyDecision', { ...input, notice }));
    expect(t).toContain('送达了《行政处罚告知书》（渝北应急告〔2026〕8号）');
    expect(t).toContain('以及你单位依法享有的陈述、申辩的权利。');
    expect(t).toContain('你单位在规定期限内未提出陈述、申辩。');
  });

  it('records the party’s statement and the re-check (art. 45)', () => {
    const t = textOf(
      sut('penaltyDecision', {
        ...input,
        partyResponse: { kind: 'statement', summary: '称报警装置已于案发后维修。', review: '维修发生在检查之后，不影响违法事实的认定。' },
      }),
    );
    expect(t).toContain('你单位在规定期限内提出了陈述、申辩：称报警装置已于案发后维修。');
    expect(t).toContain('经复核，维修发生在检查之后');
  });

  it('addresses a natural person as 你, not 你单位', () => {
    const t = textOf(
      sut('penaltyDecision', {
        ...input,
        party: { kind: 'person', name: '陈建国', idNumber: '500112198001011234', address: '重庆市渝北区龙溪街道' },
        facts: '你在无特种作业操作证的情况下从事电工作业。',
      }),
    );
    expect(t).toContain('决定给予你以下行政处罚');
    expect(t).not.toContain('你单位');
  });

  it.each<[string, Partial<PenaltyDecisionInput>, string]>([
    ['without evidence', { evidence: [] }, '证据'],
    ['without a penalty basis', { penaltyBasis: [] }, '处罚依据'],
    ['without the party’s address', { party: { ...input.party, address: '' } }, '当事人地址'],
    ['with a fine but nowhere to pay it', { payment: undefined }, '缴款方式'],
    ['without a review body', { remedies: { reviewBody: '', court: '重庆市渝北区人民法院' } }, '行政复议机关'],
  ])('rejects a decision %s', (_name, change, field) => {
    const error = failure(() => sut('penaltyDecision', { ...input, ...change }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.missing).toContainEqual(expect.objectContaining({ field }));
    expect(error.message).toContain('第五十九条');
  });

  it('accepts a decision without a fine and without payment instructions (a warning only)', () => {
    const t = textOf(
      sut('penaltyDecision', { ...input, penalties: [{ kind: 'measure', measure: 'warning' }], payment: undefined }),
    );
    expect(t).toContain('（一）警告');
    expect(t).toContain('警告自本决定书送达之日起执行。');
    expect(t).not.toContain('加处罚款');
  });

  it('rejects a date that does not exist', () => {
    expect(failure(() => sut('penaltyDecision', { ...input, decidedOn: '2026-02-30' })).code).toBe('INVALID_DATE');
  });
});

describe('the other documents', () => {
  it('prints the provision a rectification order rests on and each deadline (安全生产法 art. 65)', () => {
    const t = textOf(sut('rectificationOrder', samples.rectificationOrder));
    expect(t).toContain('依据《中华人民共和国安全生产法》第六十五条第一款第三项的规定');
    expect(t).toContain('整改期限：于2026年3月26日前整改完毕。');
    expect(t).toContain('整改期限：立即整改。');
  });

  it('rejects a rectification deadline before the order was issued', () => {
    const input = samples.rectificationOrder;
    const hazards = [{ description: '安全出口堵塞', deadline: '2026-03-11' }];
    expect(failure(() => sut('rectificationOrder', { ...input, hazards })).code).toBe('VALIDATION_FAILED');
  });

  it('rejects an inspection record with one officer (行政处罚法 art. 42; the bureau’s two-officer policy)', () => {
    const input = samples.inspectionRecord;
    const error = failure(() => sut('inspectionRecord', { ...input, officers: input.officers.slice(0, 1) }));
    expect(error.code).toBe('NOT_ENOUGH_OFFICERS');
  });

  it('records the head’s refusal to sign the inspection record (安全生产法 art. 68)', () => {
    const t = textOf(sut('inspectionRecord', { ...samples.inspectionRecord, partyRefusedToSign: true }));
    expect(t).toContain('被检查单位负责人拒绝签字');
    expect(t).not.toContain('被检查单位负责人签名');
  });

  it('concludes a re-inspection by the items still open', () => {
    const input = samples.reinspectionOpinion;
    const items = [input.items[0]!, { description: '配电房配电箱漏电保护器', rectified: false }];
    const t = textOf(sut('reinspectionOpinion', { ...input, items }));
    expect(t).toContain('配电房配电箱漏电保护器：未整改完毕。');
    expect(t).toContain('有1项未整改完毕');
  });

  it('gives the party five working days to ask for a hearing (行政处罚法 art. 64 item 1, art. 85)', () => {
    const t = textOf(sut('hearingNotice', samples.hearingNotice));
    expect(formatPeriodCn(LEGAL_PERIODS.hearingRequest)).toBe('五个工作日');
    expect(t).toContain('因本机关拟作出的行政处罚属于较大数额罚款');
    expect(t).toContain('应当自收到本告知书之日起五个工作日内向本机关提出；逾期未提出的，视为放弃听证权利');
    expect(t).toContain('拟对你单位作出罚款人民币伍万元整（¥50,000.00）的行政处罚');
  });

  it('uses the statement period configured for the notice, or the default (行政处罚法 art. 44, 45)', () => {
    const input = samples.penaltyNotice;
    expect(textOf(sut('penaltyNotice', input))).toContain('可以自收到本告知书之日起五个工作日内向本机关提出');
    expect(textOf(sut('penaltyNotice', { ...input, statementPeriodWorkingDays: 3 }))).toContain(
      '可以自收到本告知书之日起三个工作日内向本机关提出',
    );
    expect(textOf(sut('penaltyNotice', input))).toContain('本机关不因你单位陈述、申辩而给予更重的处罚');
  });

  it('prints the filing form’s legal grounds and blank lines for the missing approval', () => {
    const t = textOf(sut('filingApproval', samples.filingApproval));
    expect(t).toContain('涉嫌违反《中华人民共和国安全生产法》第三十六条第一款的规定');
    expect(t).toContain('符合立案条件（《中华人民共和国行政处罚法》第五十四条）');
    expect(t).toContain('签名：赵磊');
    expect(t).toContain('签名：__________');
  });

  it('lists the instalments with their amounts in 大写 (行政处罚法 art. 66 para. 2)', () => {
    const t = textOf(sut('instalmentApproval', samples.instalmentApproval));
    expect(t).toContain('申请分3期缴纳：');
    expect(t).toContain('第1期：2026年4月30日前缴纳人民币贰万元整（¥20,000.00）');
    expect(t).toContain('《中华人民共和国行政处罚法》第六十六条第二款');
  });

  it('rejects instalments that do not add up to the fine', () => {
    const input = samples.instalmentApproval;
    const arrangement = {
      kind: 'instalments' as const,
      schedule: [
        { dueOn: '2026-04-30', amount: 20000 },
        { dueOn: '2026-05-29', amount: 20000 },
      ],
    };
    const error = failure(() => sut('instalmentApproval', { ...input, arrangement }));
    expect(error.details?.missing).toContainEqual({ field: '各期金额之和应等于尚未缴纳的罚款数额' });
  });

  it('shows the fine, the amount already paid and the instalments for the rest (行政处罚法 art. 66 para. 2)', () => {
    const input = { ...samples.instalmentApproval, paid: 10000 };
    const arrangement = {
      kind: 'instalments' as const,
      schedule: [
        { dueOn: '2026-04-30', amount: 20000 },
        { dueOn: '2026-05-29', amount: 20000 },
      ],
    };
    const t = textOf(sut('instalmentApproval', { ...input, arrangement }));
    expect(t).toContain('人民币伍万元整（¥50,000.00）');
    expect(t).toContain('已缴纳');
    expect(t).toContain('人民币壹万元整（¥10,000.00）');
    expect(t).toContain('余款人民币肆万元整（¥40,000.00）申请分2期缴纳：');
    // A plan for the whole fine after a partial payment does not add up.
    const error = failure(() => sut('instalmentApproval', input));
    expect(error.details?.missing).toContainEqual({ field: '各期金额之和应等于尚未缴纳的罚款数额' });
  });

  it('rejects an amount already paid that leaves nothing to arrange', () => {
    const error = failure(() => sut('instalmentApproval', { ...samples.instalmentApproval, paid: 50000 }));
    expect(error.details?.missing).toContainEqual({ field: '已缴纳数额应小于罚款数额' });
  });

  it('rejects instalments out of date order', () => {
    const input = samples.instalmentApproval;
    const arrangement = {
      kind: 'instalments' as const,
      schedule: [
        { dueOn: '2026-05-29', amount: 25000 },
        { dueOn: '2026-04-30', amount: 25000 },
      ],
    };
    expect(failure(() => sut('instalmentApproval', { ...input, arrangement })).code).toBe('VALIDATION_FAILED');
  });

  it('prints a deferral with its end date', () => {
    const input = samples.instalmentApproval;
    const t = textOf(sut('instalmentApproval', { ...input, arrangement: { kind: 'deferral', until: '2026-06-30' } }));
    expect(t).toContain('申请延期缴纳，延期至2026年6月30日前缴清。');
  });

  it('prints the closing form’s outcome from the decision', () => {
    const t = textOf(sut('closingApproval', samples.closingApproval));
    expect(t).toContain('罚款人民币伍万元整（¥50,000.00）（渝北应急罚〔2026〕12号，2026年4月2日）');
  });
});

describe('citations', () => {
  it('shares the title among consecutive references to one law', () => {
    expect(
      formatLawRefsCn([
        { law: '中华人民共和国安全生产法', article: 41, paragraph: 2 },
        { law: '中华人民共和国安全生产法', article: 102 },
        { law: '危险化学品安全管理条例', article: 20 },
      ]),
    ).toBe('《中华人民共和国安全生产法》第四十一条第二款、第一百零二条和《危险化学品安全管理条例》第二十条');
  });
});
