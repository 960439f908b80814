/** The part of pdfmake 0.3's server API we use (the package ships no types). */
declare module 'pdfmake' {
  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
    write(path: string): Promise<void>;
  }
  export interface FontDescriptor {
    /** A file path, or [collection path, PostScript name] for a TrueType collection (.ttc). */
    normal: string | [string, string];
    bold?: string | [string, string];
    italics?: string | [string, string];
    bolditalics?: string | [string, string];
  }
  export interface PdfMake {
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setFonts(fonts: Record<string, FontDescriptor>): void;
    addFonts(fonts: Record<string, FontDescriptor>): void;
    createPdf(docDefinition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
