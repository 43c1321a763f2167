// pdfkit 0.20 ships no type declarations and @types/pdfkit stops at 0.17; these cover the parts
// pubcv (and its tests and bench) use, as pdfkit 0.20.2 has them.
declare namespace PDFKit {
  /** The Info dictionary: what viewers show as title, author and topic. */
  interface DocumentInfo {
    Title?: string;
    Author?: string;
    Subject?: string;
    Keywords?: string;
    Creator?: string;
    CreationDate?: Date;
    ModDate?: Date;
  }

  interface DocumentOptions {
    size?: string | [number, number];
    margin?: number;
    info?: DocumentInfo;
    lang?: string;
    displayTitle?: boolean;
    autoFirstPage?: boolean;
    /** Page streams are deflated unless this is false (tests read them as written). */
    compress?: boolean;
  }

  namespace Mixins {
    interface TextOptions {
      lineBreak?: boolean;
      baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom' | 'hanging' | 'ideographic' | number;
      /** OpenType features to apply, e.g. `smcp` for small capitals. */
      features?: string[];
      /** Slants the text (true: pdfkit's default slant, a skew of 0.25). */
      oblique?: boolean;
    }
  }

  /** The document outline (bookmarks). */
  interface Outline {
    addItem(title: string): Outline;
  }

  /** A document being written; its bytes are read from it as from any readable stream. */
  interface PDFDocument extends NodeJS.ReadableStream {
    readonly readableLength: number;
    readonly outline: Outline;
    addPage(options?: DocumentOptions): this;
    /** A file's path or bytes, or a font fontkit has opened (pdfkit 0.20 takes any object with a `layout` method as one). */
    registerFont(name: string, src: string | Buffer | { layout: unknown }): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: Mixins.TextOptions): this;
    widthOfString(text: string, options?: Mixins.TextOptions): number;
    link(x: number, y: number, width: number, height: number, url: string): this;
    save(): this;
    restore(): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    stroke(): this;
    end(): void;
  }
}

declare module 'pdfkit' {
  const PDFDocument: new (options?: PDFKit.DocumentOptions) => PDFKit.PDFDocument;
  export default PDFDocument;
}
