// fontkit (pdfkit's font engine) ships no type declarations; these cover the parts pubcv uses.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { readonly id: number };
    /** Shapes text; pdfkit takes any object with this method as an opened font. */
    layout(text: string, features?: unknown): unknown;
    /** The glyph with this id, made once per font with the characters of the first request. */
    getGlyph(id: number, characters?: number[]): Glyph | null;
  }
  export interface Glyph {
    readonly id: number;
    /** The characters the glyph stands for: pdfkit writes them into the PDF's text layer (ToUnicode). */
    codePoints: number[];
  }
  export interface FontCollection {
    readonly fonts: Font[];
  }
  export function create(buffer: Uint8Array): Font | FontCollection;
}
