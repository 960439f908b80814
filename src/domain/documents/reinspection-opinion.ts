/**
 * 整改复查意见书: the result of re-inspecting the hazards of a rectification order. A hazard
 * closes only with re-inspection evidence; one not eliminated is itself a violation
 * (安全生产法 art. 102).
 */
import type { Content, DocDefinition } from './doc-definition.ts';
import type { DocumentBase, IsoDate, Officer, Party } from './common.ts';
import { Requirements, formatDateCn, formatOfficers, notBefore, requireOfficers, you } from './common.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { addressee, header, keepWithSeal, line, numbered, page, para, receiptLine, sealBlock } from './layout.ts';

export interface ReinspectedItem {
  description: string;
  rectified: boolean;
  /** What was seen, e.g. 已更换合格的漏电保护器并经检测合格. */
  note?: string;
}

export interface ReinspectionOpinionInput extends DocumentBase {
  party: Party;
  /** The rectification order re-inspected. */
  order: { number: string; issuedOn: IsoDate };
  reinspectedOn: IsoDate;
  items: ReinspectedItem[];
  /** Further opinion, printed after the generated conclusion. */
  opinion?: string;
  officers: Officer[];
  issuedOn: IsoDate;
}

export function reinspectionOpinion(input: ReinspectionOpinionInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.reinspectionOpinion;
  requireOfficers(title, input.officers);
  new Requirements(title)
    .text('当事人', input.party.name)
    .text('整改指令书编号', input.order.number)
    .list('复查事项', input.items)
    .check('复查日期不得早于指令日期', notBefore(input.reinspectedOn, input.order.issuedOn))
    .done();
  const y = you(input.party);
  const open = input.items.filter((i) => !i.rectified).length;
  const conclusion =
    open === 0
      ? `经复查，上述问题已整改完毕。`
      : `经复查，上述问题中有${open}项未整改完毕。对未整改完毕的问题，本机关将依照《中华人民共和国安全生产法》等有关规定依法处理；${y}应当立即采取措施消除事故隐患，确保安全。`;
  const content: Content[] = [
    ...header(input.issuer, title, input.number),
    addressee(input.party),
    para(
      `本机关于${formatDateCn(input.order.issuedOn)}作出了《责令限期整改指令书》（${input.order.number}），` +
        `于${formatDateCn(input.reinspectedOn)}对${y}的整改情况进行了复查，意见如下：`,
    ),
    ...numbered(
      input.items.map(
        (i) => `${i.description}：${i.rectified ? '已整改' : '未整改完毕'}。${i.note ? `${i.note}${/[。！？]$/.test(i.note) ? '' : '。'}` : ''}`,
      ),
    ),
    para(conclusion),
    ...(input.opinion ? [para(input.opinion)] : []),
    keepWithSeal(
      [line(`复查人员：${formatOfficers(input.officers)}`, { margin: [0, 8, 0, 0] })],
      sealBlock(input.issuer, input.issuedOn),
      receiptLine(input.party),
    ),
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content);
}
