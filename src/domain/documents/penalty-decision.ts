/**
 * 行政处罚决定书: the decision of a general-procedure penalty case. It carries everything
 * 行政处罚法 art. 59 para. 1 requires, and the builder refuses input that lacks any of it:
 * (一) the party's name and address; (二) the facts and evidence; (三) the kind of penalty and
 * its basis; (四) the manner and period of performance; (五) the channels and periods of
 * review and litigation; (六) the deciding authority's name and the date. The seal
 * (art. 59 para. 2) is a marked place on the page.
 */
import type { Content } from './doc-definition.ts';
import type {
  DocumentBase,
  IsoDate,
  PaymentInstructions,
  PenaltyFindings,
  PenaltyItem,
  Remedies,
} from './common.ts';
import {
  Requirements,
  notBefore,
  formatDateCn,
  formatEvidence,
  formatPenaltyItem,
  totalFine,
  you,
} from './common.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { formatLawRefCn, formatLawRefsCn } from './law-ref-cn.ts';
import { LEGAL_PERIODS, PROCEDURE_BASIS, formatPeriodCn, numberCn } from './legal-periods.ts';
import { header, keepWithSeal, numbered, page, para, partyBlock, receiptLine, sealBlock } from './layout.ts';
import type { DocDefinition } from './doc-definition.ts';
import { MEASURE_LABELS } from '../legal/violation.ts';

/** How the party answered the notice (行政处罚法 art. 44, 45, 62–65). */
export type PartyResponse =
  /** Did not state or defend within the period. */
  | { kind: 'none' }
  /** Expressly waived the right (art. 62). */
  | { kind: 'waived' }
  /** Stated and defended; the authority re-checked (art. 45). */
  | { kind: 'statement'; summary: string; review: string }
  /** A hearing was held (art. 64, 65). */
  | { kind: 'hearing'; heldOn: IsoDate; summary: string; review: string };

export interface PenaltyDecisionInput extends DocumentBase, PenaltyFindings {
  penalties: PenaltyItem[];
  /**
   * The notice served before the decision (art. 44): a 行政处罚告知书, or a 听证告知书 when the
   * party was offered a hearing (art. 63).
   */
  notice?: { kind: 'penaltyNotice' | 'hearingNotice'; number: string; servedOn: IsoDate };
  partyResponse?: PartyResponse;
  /** Required when a fine is imposed (art. 59 item 4, art. 67). */
  payment?: PaymentInstructions;
  remedies: Remedies;
  decidedOn: IsoDate;
}

const ART59 = (item: number) => `《中华人民共和国行政处罚法》第五十九条第一款第${numberCn(item)}项`;

export function validatePenaltyDecision(input: PenaltyDecisionInput): void {
  const title = DOCUMENT_KINDS.penaltyDecision.title;
  const fines = input.penalties.filter((p) => p.kind === 'fine');
  new Requirements(title)
    .text('发文机关名称', input.issuer.authorityName, ART59(6))
    .text('文书编号', input.number)
    .text('当事人名称', input.party.name, ART59(1))
    .text('当事人地址', input.party.address, ART59(1))
    .text('违法事实', input.facts, ART59(2))
    .list('证据', input.evidence, ART59(2))
    .list('违法条款', input.violated, ART59(3))
    .list('处罚依据', input.penaltyBasis, ART59(3))
    .list('处罚种类', input.penalties, ART59(3))
    .check('罚款数额', fines.every((f) => f.amount > 0), ART59(3))
    .check(
      '缴款方式',
      fines.length === 0 ||
        Boolean(input.payment && (input.payment.electronic || (input.payment.bank && input.payment.accountNo))),
      ART59(4),
    )
    .text('行政复议机关', input.remedies.reviewBody, ART59(5))
    .text('人民法院', input.remedies.court, ART59(5))
    .text('决定日期', input.decidedOn, ART59(6))
    .check(
      '决定日期不得早于告知书送达日期',
      !input.notice || notBefore(input.decidedOn, input.notice.servedOn),
      '《中华人民共和国行政处罚法》第六十二条',
    )
    .done();
}

function procedureParagraph(input: PenaltyDecisionInput): Content[] {
  const out: Content[] = [];
  const y = you(input.party);
  const hearingOffered = input.notice?.kind === 'hearingNotice';
  if (input.notice) {
    const rights = hearingOffered ? '陈述、申辩和要求听证的权利' : '陈述、申辩的权利';
    out.push(
      para(
        `本机关于${formatDateCn(input.notice.servedOn)}向${y}送达了《${DOCUMENT_KINDS[input.notice.kind].title}》（${input.notice.number}），` +
          `告知${y}拟作出行政处罚的内容及事实、理由、依据，以及${y}依法享有的${rights}。`,
      ),
    );
  }
  const r = input.partyResponse;
  if (!r) return out;
  switch (r.kind) {
    case 'none':
      out.push(para(`${y}在规定期限内未提出陈述、申辩${hearingOffered ? '，也未要求听证' : ''}。`));
      break;
    case 'waived':
      out.push(para(`${y}明确表示放弃陈述、申辩${hearingOffered ? '和听证' : ''}的权利。`));
      break;
    case 'statement':
      out.push(para(`${y}在规定期限内提出了陈述、申辩：${r.summary}`));
      out.push(para(`经复核，${r.review}`));
      break;
    case 'hearing':
      out.push(para(`应${y}要求，本机关于${formatDateCn(r.heldOn)}依法举行了听证。${r.summary}`));
      out.push(para(`经复核，${r.review}`));
      break;
  }
  return out;
}

function performanceParagraphs(input: PenaltyDecisionInput): Content[] {
  const y = you(input.party);
  const out: Content[] = [];
  const fine = totalFine(input.penalties);
  if (fine > 0 && input.payment) {
    const p = input.payment;
    const pay = LEGAL_PERIODS.payment;
    const late = LEGAL_PERIODS.lateSurcharge;
    const where: string[] = [];
    if (p.bank && p.accountNo) {
      where.push(`缴至${p.bank}（户名：${p.accountName ?? input.issuer.authorityName}；账号：${p.accountNo}）`);
    }
    if (p.electronic) where.push(p.electronic);
    out.push(
      para(
        `罚款限${y}自收到本决定书之日起${formatPeriodCn(pay)}内${where.join('，或者')}（${formatLawRefsCn(pay.basis)}）。` +
          `到期不缴纳罚款的，本机关可以依据${formatLawRefCn(late.basis[0])}的规定，` +
          `每日按罚款数额的百分之${numberCn(late.value)}加处罚款，加处罚款的数额不得超出罚款的数额，` +
          `并依法申请人民法院强制执行。`,
      ),
    );
  }
  const measures = input.penalties.filter((p) => p.kind === 'measure');
  if (measures.length > 0) {
    const names = measures.map((m) => (m.kind === 'measure' ? MEASURE_LABELS[m.measure] : '')).join('、');
    out.push(para(`${names}自本决定书送达之日起执行。`));
  }
  return out;
}

function remediesParagraph(input: PenaltyDecisionInput): Content {
  const y = you(input.party);
  const review = LEGAL_PERIODS.administrativeReview;
  const suit = LEGAL_PERIODS.litigation;
  return para(
    `${y}如不服本决定，可以自收到本决定书之日起${formatPeriodCn(review)}内向${input.remedies.reviewBody}申请行政复议，` +
      `或者自收到本决定书之日起${formatPeriodCn(suit)}内依法向${input.remedies.court}提起行政诉讼` +
      `（${formatLawRefCn(review.basis[0])}、${formatLawRefCn(suit.basis[0])}）。` +
      `行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外（${formatLawRefsCn(PROCEDURE_BASIS.executionNotSuspended)}）。`,
  );
}

export function penaltyDecision(input: PenaltyDecisionInput): DocDefinition {
  validatePenaltyDecision(input);
  const { title } = DOCUMENT_KINDS.penaltyDecision;
  const y = you(input.party);
  const content: Content[] = [
    ...header(input.issuer, title, input.number),
    ...partyBlock(input.party),
    para(`经查，${input.facts}`, { margin: [0, 8, 0, 0] }),
    para('以上事实有下列证据证明：'),
    ...numbered(input.evidence.map(formatEvidence)),
    ...procedureParagraph(input),
    para(
      `本机关认为，${y}的上述行为违反了${formatLawRefsCn(input.violated)}的规定，` +
        `依据${formatLawRefsCn(input.penaltyBasis)}的规定，` +
        `${input.discretionReason ? `${input.discretionReason}，` : ''}本机关决定给予${y}以下行政处罚：`,
    ),
    ...numbered(input.penalties.map(formatPenaltyItem)),
    ...performanceParagraphs(input),
    keepWithSeal([remediesParagraph(input)], sealBlock(input.issuer, input.decidedOn), receiptLine(input.party)),
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content);
}
