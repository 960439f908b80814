/**
 * The subset of pdfmake 0.3's document definition that the enforcement documents use.
 * pdfmake ships no TypeScript types; these describe plain JSON data (no functions), so a
 * definition can be stored, diffed and rendered later by src/server/documents/render-pdf.ts.
 */

/** Font families the server registers (src/server/documents/fonts.ts). */
export type FontFamily = 'NotoSerifSC' | 'NotoSansSC';

export type Margin = number | [number, number] | [number, number, number, number];

export interface Style {
  font?: FontFamily;
  fontSize?: number;
  bold?: boolean;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  margin?: Margin;
  lineHeight?: number;
  characterSpacing?: number;
  color?: string;
  /** Indent of the first line, in points (two characters for Chinese body text). */
  leadingIndent?: number;
  decoration?: 'underline';
  style?: string | string[];
}

export interface TextNode extends Style {
  text: string | Inline[];
}

/** A run inside a paragraph. */
export type Inline = string | (Style & { text: string });

export interface StackNode extends Style {
  stack: Content[];
  unbreakable?: boolean;
}

export interface ColumnsNode extends Style {
  columns: (Content & { width?: number | string })[];
  columnGap?: number;
}

export interface TableCell extends Style {
  text?: string | Inline[];
  stack?: Content[];
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
}

export interface TableNode extends Style {
  table: {
    widths: (number | string)[];
    /** Minimum row heights; 0 = auto. */
    heights?: number | number[];
    body: (TableCell | string)[][];
    headerRows?: number;
    dontBreakRows?: boolean;
  };
  layout?: string;
}

export interface ListNode extends Style {
  ol?: Content[];
  ul?: Content[];
  type?: string;
  separator?: [string, string];
}

export type CanvasShape =
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }
  | {
      type: 'ellipse';
      x: number;
      y: number;
      r1: number;
      r2: number;
      lineWidth?: number;
      lineColor?: string;
      dash?: { length: number; space?: number };
    };

export interface CanvasNode extends Style {
  canvas: CanvasShape[];
  absolutePosition?: { x: number; y: number };
  relativePosition?: { x: number; y: number };
}

export type Content = string | TextNode | StackNode | ColumnsNode | TableNode | ListNode | CanvasNode;

export interface DocDefinition {
  pageSize: 'A4';
  pageOrientation?: 'portrait';
  /** [left, top, right, bottom] in points. */
  pageMargins: [number, number, number, number];
  info: { title: string; author: string; subject: string; keywords?: string };
  content: Content[];
  styles: Record<string, Style>;
  defaultStyle: Style;
  language?: string;
}
