/**
 * 责令限期整改指令书: orders the hazards found eliminated at once or by a deadline
 * (安全生产法 art. 65 para. 1 item 3). The order is an administrative act: it names the
 * channels and periods of review and litigation.
 */
import type { LawRef } from '../legal/violation.ts';
import type { Content, DocDefinition } from './doc-definition.ts';
import type { DocumentBase, IsoDate, Officer, Party, Remedies } from './common.ts';
import { Requirements, formatDateCn, formatOfficers, notBefore, requireOfficers, you } from './common.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { formatLawRefsCn } from './law-ref-cn.ts';
import { LEGAL_PERIODS, PROCEDURE_BASIS, formatPeriodCn } from './legal-periods.ts';
import { addressee, header, keepWithSeal, line, numbered, page, para, receiptLine, sealBlock } from './layout.ts';

export interface OrderedHazard {
  description: string;
  violated?: LawRef[];
  /** 'immediate': 立即整改; otherwise the last day to finish. */
  deadline: IsoDate | 'immediate';
}

export interface RectificationOrderInput extends DocumentBase {
  party: Party;
  inspectedOn: IsoDate;
  /** The inspection record the hazards come from. */
  inspectionRecordNumber?: string;
  hazards: OrderedHazard[];
  /** Default PROCEDURE_BASIS.rectificationOrder (安全生产法 art. 65 para. 1 item 3). */
  orderBasis?: LawRef[];
  remedies: Remedies;
  officers: Officer[];
  issuedOn: IsoDate;
}

export function rectificationOrder(input: RectificationOrderInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.rectificationOrder;
  requireOfficers(title, input.officers);
  new Requirements(title)
    .text('当事人', input.party.name)
    .list('事故隐患', input.hazards)
    .check(
      '整改期限不得早于指令日期',
      input.hazards.every((h) => h.deadline === 'immediate' || notBefore(h.deadline, input.issuedOn)),
    )
    .text('行政复议机关', input.remedies.reviewBody)
    .text('人民法院', input.remedies.court)
    .done();
  const y = you(input.party);
  const basis = input.orderBasis ?? PROCEDURE_BASIS.rectificationOrder;
  const record = input.inspectionRecordNumber ? `（现场检查记录：${input.inspectionRecordNumber}）` : '';
  const hazardTexts = input.hazards.map((h) => {
    const breach = h.violated && h.violated.length > 0 ? `，违反了${formatLawRefsCn(h.violated)}的规定` : '';
    const when = h.deadline === 'immediate' ? '立即整改' : `于${formatDateCn(h.deadline)}前整改完毕`;
    return `${h.description}${breach}。整改期限：${when}。`;
  });
  const review = LEGAL_PERIODS.administrativeReview;
  const suit = LEGAL_PERIODS.litigation;
  const content: Content[] = [
    ...header(input.issuer, title, input.number),
    addressee(input.party),
    para(`经${formatDateCn(input.inspectedOn)}现场检查${record}，${y}存在下列问题：`),
    ...numbered(hazardTexts),
    para(
      `依据${formatLawRefsCn(basis)}的规定，现责令${y}按上述期限整改完毕，达到法律、法规、规章和国家标准或者行业标准规定的要求。` +
        `整改期间，${y}应当采取必要的安全防范措施，防止事故发生；重大事故隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员。` +
        `本机关将对整改情况进行复查。`,
    ),
    keepWithSeal(
      [
        para(
          `${y}如不服本指令，可以自收到本指令书之日起${formatPeriodCn(review)}内向${input.remedies.reviewBody}申请行政复议，` +
            `或者${formatPeriodCn(suit)}内依法向${input.remedies.court}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。`,
        ),
        line(`执法人员：${formatOfficers(input.officers)}`, { margin: [0, 8, 0, 0] }),
      ],
      sealBlock(input.issuer, input.issuedOn),
      receiptLine(input.party),
    ),
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content);
}
