/**
 * The page layout shared by the documents: A4, the authority's name and the title centred
 * and bold, the number right-aligned, body text in Noto Serif CJK SC (the 宋体-like face of
 * Debian's fonts-noto-cjk; no 仿宋 is packaged) with two-character first-line indent, a
 * signature block with a seal placeholder, and bordered tables for the approval forms.
 */
import type { Content, DocDefinition, Inline, Style, TableCell, TableNode } from './doc-definition.ts';
import type { ApprovalOpinion, Issuer, Party } from './common.ts';
import { formatDateCn } from './common.ts';

export const BODY_FONT_SIZE = 13;
export const TABLE_FONT_SIZE = 11;
/** Two Chinese characters. */
const INDENT = BODY_FONT_SIZE * 2;
/** Line for handwriting. */
export const BLANK = '__________';
export const BLANK_DATE = '_____年___月___日';

export const STYLES: Record<string, Style> = {
  authority: { fontSize: 18, bold: true, alignment: 'center', characterSpacing: 1, margin: [0, 0, 0, 6] },
  title: { fontSize: 24, bold: true, alignment: 'center', characterSpacing: 4, margin: [0, 0, 0, 10] },
  number: { fontSize: 12, alignment: 'right', margin: [0, 0, 0, 14] },
  body: { fontSize: BODY_FONT_SIZE, lineHeight: 1.5, alignment: 'justify' },
  label: { fontSize: BODY_FONT_SIZE, lineHeight: 1.5, alignment: 'left' },
  addressee: { fontSize: BODY_FONT_SIZE, lineHeight: 1.5, margin: [0, 4, 0, 2] },
  heading: { fontSize: BODY_FONT_SIZE, bold: true, lineHeight: 1.5, margin: [0, 6, 0, 0] },
  cellLabel: { fontSize: TABLE_FONT_SIZE, bold: true, alignment: 'center', lineHeight: 1.2 },
  cell: { fontSize: TABLE_FONT_SIZE, lineHeight: 1.25 },
  small: { fontSize: 11, lineHeight: 1.4 },
};

export function page(
  issuer: Issuer,
  title: string,
  number: string,
  subject: string,
  content: Content[],
  compact = false,
): DocDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: compact ? [64, 48, 60, 44] : [72, 64, 68, 64],
    info: { title: `${title}（${number}）`, author: issuer.authorityName, subject, keywords: number },
    language: 'zh-CN',
    defaultStyle: { font: 'NotoSerifSC', fontSize: BODY_FONT_SIZE },
    styles: STYLES,
    content,
  };
}

/** 重庆市渝北区应急管理局 / 行政处罚决定书 / 渝北应急罚〔2026〕12号. */
export function header(issuer: Issuer, title: string, number: string, compact = false): Content[] {
  return [
    { text: issuer.authorityName, style: 'authority' },
    compact ? { text: title, style: 'title', fontSize: 22, margin: [0, 0, 0, 4] } : { text: title, style: 'title' },
    compact ? { text: number, style: 'number', margin: [0, 0, 0, 6] } : { text: number, style: 'number' },
  ];
}

/** A body paragraph with first-line indent. */
export function para(text: string | Inline[], extra: Style = {}): Content {
  return { text, style: 'body', leadingIndent: INDENT, ...extra };
}

/** A paragraph without indent (labelled lines such as 当事人：…). */
export function line(text: string | Inline[], extra: Style = {}): Content {
  return { text, style: 'label', ...extra };
}

/**
 * The end of a document kept on one page: the last paragraph(s), the seal block and what follows
 * it (the receipt line), so the seal never stands alone on a page without text.
 */
export function keepWithSeal(last: Content[], seal: Content, ...after: Content[]): Content {
  return { stack: [...last, seal, ...after], unbreakable: true };
}

/** 当事人：… followed by the party's identification lines. */
export function partyBlock(party: Party, label = '当事人'): Content[] {
  const lines: Content[] = [line([{ text: `${label}：`, bold: true }, party.name])];
  if (party.kind === 'unit') {
    if (party.creditCode) lines.push(line(`统一社会信用代码：${party.creditCode}`));
    lines.push(line(`住所（地址）：${party.address}`));
    if (party.legalRepresentative) {
      const post = party.legalRepresentativeTitle ? `　　职务：${party.legalRepresentativeTitle}` : '';
      lines.push(line(`法定代表人（负责人）：${party.legalRepresentative}${post}`));
    }
  } else {
    if (party.idNumber) lines.push(line(`身份证件号码：${party.idNumber}`));
    lines.push(line(`住址：${party.address}`));
  }
  if (party.phone) lines.push(line(`联系电话：${party.phone}`));
  return lines;
}

/** The addressee line of a notice: 重庆某某化工有限公司： */
export function addressee(party: Party): Content {
  return { text: `${party.name}：`, style: 'addressee' };
}

/** A numbered list of paragraphs: （一）… （二）… */
export function numbered(items: string[]): Content[] {
  return items.map((t, i) => para(`（${ordinalCn(i + 1)}）${t}`));
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function ordinalCn(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  if (n < 20) return `十${ORDINALS[n - 11]!}`;
  return String(n);
}

/**
 * The issuing authority's name and date at the right, with a dashed circle marking where the
 * seal goes (行政处罚法 art. 59 para. 2 for the decision). `date` undefined → blank to fill.
 */
export function sealBlock(issuer: Issuer, date: string | undefined): Content {
  return {
    margin: [0, 20, 0, 0],
    stack: [
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 220,
            stack: [
              {
                canvas: [
                  {
                    type: 'ellipse',
                    x: 110,
                    y: 42,
                    r1: 42,
                    r2: 42,
                    lineWidth: 1,
                    lineColor: '#c00000',
                    dash: { length: 3, space: 3 },
                  },
                ],
              },
              { text: '（印章）', alignment: 'center', fontSize: 9, color: '#c00000', margin: [0, -78, 0, 0] },
              { text: issuer.authorityName, alignment: 'center', margin: [0, 4, 0, 0] },
              { text: date ? formatDateCn(date) : BLANK_DATE, alignment: 'center' },
            ],
          },
        ],
      },
    ],
  };
}

/** Acknowledgement of receipt by the party (送达/签收). */
export function receiptLine(party: Party): Content {
  const who = party.kind === 'unit' ? '当事人（签收人）' : '当事人';
  return {
    margin: [0, 24, 0, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 455, y2: 0, lineWidth: 0.5 }] },
      line(`${who}签收：${BLANK}　　　　${BLANK_DATE}`, { margin: [0, 8, 0, 0], fontSize: 12 }),
    ],
  };
}

/** The approval form's table: label | value rows, full-width rows and opinion boxes. */
export type FormRow =
  | { label: string; value: string | Inline[]; minHeight?: number }
  | { pair: [string, string | Inline[], string, string | Inline[]] }
  | { opinion: string; value: ApprovalOpinion; minHeight?: number };

export function formTable(rows: FormRow[]): TableNode {
  const body: TableCell[][] = rows.map((row) => {
    if ('pair' in row) {
      const [l1, v1, l2, v2] = row.pair;
      return [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)];
    }
    if ('opinion' in row) {
      return [labelCell(row.opinion), { ...opinionCell(row.value, row.minHeight ?? 58), colSpan: 3 }, {}, {}];
    }
    return [labelCell(row.label), { ...valueCell(row.value), colSpan: 3 }, {}, {}];
  });
  // A row height in pdfmake is a minimum: longer content still grows the row. 0 = auto.
  const heights = rows.map((row) => ('minHeight' in row && !('opinion' in row) ? (row.minHeight ?? 0) : 0));
  return {
    table: { widths: [100, '*', 72, '*'], heights, body, dontBreakRows: true },
    margin: [0, 4, 0, 0],
  };
}

function labelCell(text: string): TableCell {
  return { text, style: 'cellLabel', margin: [2, 4, 2, 4] };
}

function valueCell(value: string | Inline[]): TableCell {
  return { text: value, style: 'cell', margin: [2, 3, 2, 3] };
}

function opinionCell(op: ApprovalOpinion, minHeight: number): TableCell {
  return {
    stack: [
      { text: op.opinion ?? '', style: 'cell', margin: [0, 0, 0, Math.max(8, minHeight - 40)] },
      {
        text: `签名：${op.signer ?? BLANK}　　　${op.date ? formatDateCn(op.date) : BLANK_DATE}`,
        style: 'cell',
        alignment: 'right',
      },
    ],
    margin: [2, 4, 2, 4],
  };
}
