/**
 * 现场检查记录: the written record of an inspection (安全生产法 art. 68): time, place,
 * content, problems found and how they were handled, signed by the inspectors and the
 * inspected unit's head; a refusal to sign is recorded.
 */
import type { LawRef } from '../legal/violation.ts';
import type { Content, DocDefinition } from './doc-definition.ts';
import type { DocumentBase, IsoDateTime, Officer, Party } from './common.ts';
import { Requirements, formatDateTimeCn, formatOfficers, requireOfficers, you } from './common.ts';
import { DOCUMENT_KINDS } from './kinds.ts';
import { formatLawRefsCn } from './law-ref-cn.ts';
import { PROCEDURE_BASIS } from './legal-periods.ts';
import { BLANK, BLANK_DATE, formTable, header, line, numbered, page, para } from './layout.ts';

export interface InspectionFinding {
  description: string;
  /** The provisions the finding breaks, when known. */
  violated?: LawRef[];
}

export interface InspectionRecordInput extends DocumentBase {
  party: Party;
  /** 检查场所. */
  place: string;
  startedAt: IsoDateTime;
  endedAt: IsoDateTime;
  officers: Officer[];
  /** The unit's person present (现场负责人). */
  partyPresent?: { name: string; title?: string };
  /** 检查内容, e.g. 有限空间作业、用电安全. */
  scope: string;
  /** Empty: nothing found. */
  findings: InspectionFinding[];
  /** 处理情况, e.g. 当场责令改正第1项；对第2项下达责令限期整改指令书. */
  handling?: string;
  /** The unit's head refused to sign (recorded and reported, art. 68). */
  partyRefusedToSign?: boolean;
}

export function inspectionRecord(input: InspectionRecordInput): DocDefinition {
  const { title } = DOCUMENT_KINDS.inspectionRecord;
  requireOfficers(title, input.officers);
  new Requirements(title)
    .text('被检查单位', input.party.name)
    .text('检查场所', input.place)
    .text('检查内容', input.scope)
    .check('检查时间', input.startedAt <= input.endedAt)
    .done();
  const findings =
    input.findings.length === 0
      ? [para('未发现安全生产违法行为和事故隐患。')]
      : numbered(
          input.findings.map((f) =>
            f.violated && f.violated.length > 0
              ? `${f.description}（涉嫌违反${formatLawRefsCn(f.violated)}的规定）`
              : f.description,
          ),
        );
  const present = input.partyPresent
    ? `${input.partyPresent.name}${input.partyPresent.title ? `（${input.partyPresent.title}）` : ''}`
    : BLANK;
  const content: Content[] = [
    ...header(input.issuer, title, input.number, true),
    formTable([
      { label: '被检查单位', value: input.party.name },
      {
        pair: [
          input.party.kind === 'unit' ? '统一社会信用代码' : '身份证件号码',
          (input.party.kind === 'unit' ? input.party.creditCode : input.party.idNumber) ?? '',
          '法定代表人',
          input.party.legalRepresentative ?? '—',
        ],
      },
      { pair: ['地址', input.party.address, '联系电话', input.party.phone ?? ''] },
      { label: '检查场所', value: input.place },
      { label: '检查时间', value: `${formatDateTimeCn(input.startedAt)}至${formatDateTimeCn(input.endedAt)}` },
      { label: '检查人员', value: formatOfficers(input.officers) },
      { label: '现场负责人', value: present },
      { label: '检查内容', value: input.scope },
    ]),
    para(
      `我们是${input.issuer.authorityName}的执法人员，已向${you(input.party)}出示执法证件，现依法对${you(input.party)}进行现场检查，` +
        `并依照${formatLawRefsCn(PROCEDURE_BASIS.inspectionRecord)}的规定制作本记录，请予以配合。`,
      { margin: [0, 6, 0, 0] },
    ),
    { text: '检查情况：', style: 'heading' },
    ...findings,
    {
      unbreakable: true,
      stack: [
        ...(input.handling ? [{ text: '处理情况：', style: 'heading' }, para(input.handling)] : []),
        line(`检查人员签名：${BLANK}　${BLANK}　　${BLANK_DATE}`, { margin: [0, 14, 0, 0] }),
        input.partyRefusedToSign
          ? line('被检查单位负责人拒绝签字，检查人员已将情况记录在案，并向本部门报告。', { margin: [0, 10, 0, 0] })
          : line(`被检查单位负责人签名：${BLANK}　　　${BLANK_DATE}`, { margin: [0, 10, 0, 0] }),
      ],
    },
  ];
  return page(input.issuer, title, input.number, `${input.party.name}${title}`, content, true);
}
