/**
 * The CJK fonts the documents are set in: Noto CJK from Debian's fonts-noto-cjk (TrueType
 * collections; the SC face is picked by PostScript name). npm web-font packages are sliced
 * and render Chinese blank (see /work/shared/STACK-NOTES.md), so the system files are required.
 */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { FontDescriptor } from 'pdfmake';
import type { FontFamily } from '../../domain/documents/doc-definition.ts';
import { DomainError } from '../../domain/errors.ts';

export const DEFAULT_FONT_DIR = '/usr/share/fonts/opentype/noto';
const FONT_PACKAGE = 'fonts-noto-cjk';

const FILES: Record<FontFamily, { normal: [string, string]; bold: [string, string] }> = {
  NotoSerifSC: {
    normal: ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
    bold: ['NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
  },
  NotoSansSC: {
    normal: ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
    bold: ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold'],
  },
};

/** pdfmake font descriptors for the files in `fontDir`. */
export function fontDescriptors(fontDir = DEFAULT_FONT_DIR): Record<FontFamily, FontDescriptor> {
  const out = {} as Record<FontFamily, FontDescriptor>;
  for (const [family, f] of Object.entries(FILES) as [FontFamily, (typeof FILES)[FontFamily]][]) {
    out[family] = {
      normal: [join(fontDir, f.normal[0]), f.normal[1]],
      bold: [join(fontDir, f.bold[0]), f.bold[1]],
    };
  }
  return out;
}

/** Every font file the documents need, as absolute paths. */
function fontFiles(fontDir = DEFAULT_FONT_DIR): string[] {
  return Object.values(FILES).flatMap((f) => [join(fontDir, f.normal[0]), join(fontDir, f.bold[0])]);
}

/** Throws FONT_MISSING naming the Debian package and the first missing path. */
export function checkFonts(fontDir = DEFAULT_FONT_DIR): void {
  const missing = fontFiles(fontDir).filter((path) => {
    try {
      accessSync(path, constants.R_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    throw new DomainError(
      'FONT_MISSING',
      `缺少中文字体文件 ${missing[0]!}：请安装 Debian 软件包 ${FONT_PACKAGE}（apt-get install ${FONT_PACKAGE}）`,
      { package: FONT_PACKAGE, missing },
    );
  }
}
