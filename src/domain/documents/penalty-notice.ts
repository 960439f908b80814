/**
 * 行政处罚告知书 and 听证告知书: before any decision the party is told the proposed penalty,
 * its facts, reasons and basis, and its rights (行政处罚法 art. 44); the hearing notice adds
 * the right to ask for a hearing within five working days (art. 63, 64 item 1, 85).
 */
import type { Content, DocDefinition } from './doc-definition.ts';
import type { DocumentBase, IsoDate, PenaltyFindings, PenaltyItem } from './common.ts';
import { Requirements, formatEvidence, formatPenalties, formatDateCn, you } from './common.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { formatLawRefsCn } from './law-ref-cn.ts';
import { LEGAL_PERIODS, PROCEDURE_BASIS, formatPeriodCn } from './legal-periods.ts';
import { addressee, header, keepWithSeal, line, page, para, receiptLine, sealBlock } from './layout.ts';

export interface PenaltyNoticeInput extends DocumentBase, PenaltyFindings {
  proposedPenalties: PenaltyItem[];
  /**
   * Working days to state and defend. The law sets none (art. 44, 45); default
   * LEGAL_PERIODS.statement (local configuration).
   */
  statementPeriodWorkingDays?: number;
  issuedOn: IsoDate;
}

export interface HearingNoticeInput extends PenaltyNoticeInput {
  /** Why a hearing is available (art. 63 para. 1), e.g. 较大数额罚款. */
  hearingGround: string;
}

function validate(title: string, input: PenaltyNoticeInput): void {
  formatDateCn(input.issuedOn);
  new Requirements(title)
    .text('当事人名称', input.party.name)
    .text('违法事实', input.facts, '《中华人民共和国行政处罚法》第四十四条')
    .list('证据', input.evidence)
    .list('违法条款', input.violated, '《中华人民共和国行政处罚法》第四十四条')
    .list('处罚依据', input.penaltyBasis, '《中华人民共和国行政处罚法》第四十四条')
    .list('拟作出的行政处罚', input.proposedPenalties, '《中华人民共和国行政处罚法》第四十四条')
    .check(
      '陈述申辩期限',
      input.statementPeriodWorkingDays === undefined ||
        (Number.isInteger(input.statementPeriodWorkingDays) && input.statementPeriodWorkingDays >= 1),
    )
    .done();
}

function factsAndProposal(input: PenaltyNoticeInput): Content[] {
  const y = you(input.party);
  return [
    para(`经查，${input.facts}`),
    para(`以上事实有${input.evidence.map(formatEvidence).join('、')}等证据证实。`),
    para(
      `${y}的上述行为违反了${formatLawRefsCn(input.violated)}的规定，依据${formatLawRefsCn(input.penaltyBasis)}的规定，` +
        `${input.discretionReason ? `${input.discretionReason}，` : ''}本机关拟对${y}作出${formatPenalties(input.proposedPenalties)}的行政处罚。`,
    ),
  ];
}

function statementPeriod(input: PenaltyNoticeInput): string {
  return formatPeriodCn({ value: input.statementPeriodWorkingDays ?? LEGAL_PERIODS.statement.value, unit: 'workingDays' });
}

function contact(input: PenaltyNoticeInput): Content[] {
  const { address, contactPerson, phone } = input.issuer;
  const parts = [
    address ? `本机关地址：${address}` : '',
    contactPerson ? `联系人：${contactPerson}` : '',
    phone ? `联系电话：${phone}` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? [line(parts.join('　　'), { margin: [0, 6, 0, 0] })] : [];
}

export function penaltyNotice(input: PenaltyNoticeInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.penaltyNotice;
  validate(title, input);
  const y = you(input.party);
  const content: Content[] = [
    ...header(input.issuer, title, input.number),
    addressee(input.party),
    ...factsAndProposal(input),
    keepWithSeal(
      [
        para(
          `依据${formatLawRefsCn(PROCEDURE_BASIS.penaltyNotice)}的规定，${y}享有陈述、申辩的权利。` +
            `${y}如需陈述、申辩，可以自收到本告知书之日起${statementPeriod(input)}内向本机关提出，` +
            `逾期未提出的，视为放弃上述权利。本机关不因${y}陈述、申辩而给予更重的处罚。`,
        ),
        ...contact(input),
      ],
      sealBlock(input.issuer, input.issuedOn),
      receiptLine(input.party),
    ),
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content);
}

export function hearingNotice(input: HearingNoticeInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.hearingNotice;
  validate(title, input);
  new Requirements(title).text('听证事由', input.hearingGround, '《中华人民共和国行政处罚法》第六十三条').done();
  const y = you(input.party);
  const hearing = LEGAL_PERIODS.hearingRequest;
  const content: Content[] = [
    ...header(input.issuer, title, input.number),
    addressee(input.party),
    ...factsAndProposal(input),
    para(
      `因本机关拟作出的行政处罚属于${input.hearingGround}，依据${formatLawRefsCn(PROCEDURE_BASIS.hearingNotice)}的规定，` +
        `${y}有要求举行听证的权利。${y}如要求听证，应当自收到本告知书之日起${formatPeriodCn(hearing)}内向本机关提出；` +
        `逾期未提出的，视为放弃听证权利。${y}不承担本机关组织听证的费用。`,
    ),
    keepWithSeal(
      [
        para(
          `依据${formatLawRefsCn(PROCEDURE_BASIS.penaltyNotice)}的规定，${y}同时享有陈述、申辩的权利，` +
            `可以自收到本告知书之日起${statementPeriod(input)}内向本机关提出。`,
        ),
        ...contact(input),
      ],
      sealBlock(input.issuer, input.issuedOn),
      receiptLine(input.party),
    ),
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content);
}
