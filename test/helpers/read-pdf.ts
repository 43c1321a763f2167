import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';

export { dumpPdf, pageLines, pdfLines, type PdfLine, type PdfRun } from './pdf-lines.js';

/** One text item as pdf.js extracts it, with the real font it is drawn in. */
export interface PdfTextItem {
  readonly text: string;
  /** PostScript name without the subset tag, e.g. "NotoSerif-Bold". */
  readonly font: string;
  readonly bold: boolean;
  /** In an italic face, or slanted as it is drawn (italics in a font that has none). */
  readonly italic: boolean;
  readonly size: number;
  /** Baseline origin in PDF page space (points, y up). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** A horizontal rule runs just under the item's baseline. */
  readonly underline: boolean;
  /** URL of the link annotation the item sits in. */
  readonly href: string | undefined;
}

export interface PdfLink {
  readonly url: string;
  /** [x1, y1, x2, y2] in page space. */
  readonly rect: readonly number[];
}

export interface PdfPage {
  readonly number: number;
  readonly items: readonly PdfTextItem[];
  readonly links: readonly PdfLink[];
  /** How many glyphs are drawn as .notdef (an empty box): characters the font lacks. */
  readonly notdefGlyphs: number;
}

/** A font as pdf.js loaded it; `embedded` is false when the file carries no font program. */
export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
}

export interface PdfText {
  readonly pages: readonly PdfPage[];
  readonly fonts: readonly PdfFont[];
  /** The Info dictionary (Title, Author, Subject, Creator, CreationDate, ...). */
  readonly info: Readonly<Record<string, unknown>>;
}

type Matrix = [number, number, number, number, number, number];
interface Rule {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/** pdfkit prefixes subset fonts with a six-letter tag ("CZZZZZ+"); tests care about the family. */
function stripSubsetTag(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

/** The matrix product n × m (apply n, then m), as PDF concatenates a `cm` onto the CTM. */
function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]];
}

/** How many coordinates each path operator of a pdf.js `constructPath` consumes. */
const PATH_ARITY = new Map<number, number>([
  [OPS.moveTo, 2],
  [OPS.lineTo, 2],
  [OPS.curveTo, 6],
  [OPS.curveTo2, 4],
  [OPS.curveTo3, 4],
  [OPS.closePath, 0],
  [OPS.rectangle, 4],
]);

/** Horizontal segments of one path, mapped to page space by `ctm`. */
function horizontalSegments(ops: readonly number[], coords: readonly number[], ctm: Matrix): Rule[] {
  const rules: Rule[] = [];
  const toPage = (at: number): [number, number] => {
    const [x, y] = [coords[at] ?? 0, coords[at + 1] ?? 0];
    return [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  };
  let at = 0;
  let from: [number, number] | undefined;
  for (const op of ops) {
    if (op === OPS.moveTo) from = toPage(at);
    if (op === OPS.lineTo) {
      const to = toPage(at);
      if (from && Math.abs(from[1] - to[1]) < 0.01) rules.push({ x1: Math.min(from[0], to[0]), x2: Math.max(from[0], to[0]), y: to[1] });
      from = to;
    }
    at += PATH_ARITY.get(op) ?? 0;
  }
  return rules;
}

/** pdf.js glyph objects in `showText` arguments; `originalCharCode` is the CID drawn. */
interface Glyph {
  readonly originalCharCode: number;
}

/**
 * Walks the drawing operators: horizontal strokes in page space (underlines, rules), following
 * save/restore/transform, and glyphs the font could not draw (CID 0 is .notdef in pdfkit's subsets).
 */
async function readOperators(page: PDFPageProxy): Promise<{ rules: Rule[]; notdefGlyphs: number }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const rules: Rule[] = [];
  let notdefGlyphs = 0;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.constructPath) rules.push(...horizontalSegments(args[0] as number[], args[1] as number[], ctm));
    else if (fn === OPS.showText) {
      const glyphs = args[0] as (Glyph | number | null)[];
      notdefGlyphs += glyphs.filter((g) => typeof g === 'object' && g?.originalCharCode === 0).length;
    }
  });
  return { rules, notdefGlyphs };
}

/** Reads one page: text items with real font names, underlines and links resolved. */
async function readPage(page: PDFPageProxy): Promise<{ page: PdfPage; fonts: PdfFont[] }> {
  const { rules, notdefGlyphs } = await readOperators(page);
  const content = await page.getTextContent({ disableNormalization: true });
  const links: PdfLink[] = (await page.getAnnotations())
    .filter((a: { subtype?: string; url?: string }) => a.subtype === 'Link' && typeof a.url === 'string')
    .map((a: { url: string; rect: number[] }) => ({ url: a.url, rect: a.rect }));
  const fonts = new Map<string, PdfFont>();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    const item = raw as TextItem;
    const loaded = page.commonObjs.get(item.fontName) as { name?: string; missingFile?: boolean };
    const font = stripSubsetTag(loaded.name ?? item.fontName);
    fonts.set(font, { name: font, embedded: loaded.missingFile === false });
    const [, , c, d, x, y] = item.transform as Matrix;
    const size = Math.abs(d);
    const mid = x + item.width / 2;
    const underline = rules.some((r) => r.y <= y && r.y >= y - 0.25 * size && r.x1 <= mid && r.x2 >= mid);
    const link = links.find((l) => {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = l.rect;
      return mid >= x1 && mid <= x2 && y >= y1 && y <= y2;
    });
    const bold = /bold|black|heavy/i.test(font);
    const italic = /italic|oblique/i.test(font) || Math.abs(c) > 1e-6;
    items.push({ text: item.str, font, bold, italic, size, x, y, width: item.width, underline, href: link?.url });
  }
  return { page: { number: page.pageNumber, items, links, notdefGlyphs }, fonts: [...fonts.values()] };
}

/** Extracts every page's text, fonts, underlines and links with pdf.js (no worker, no canvas). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    fontExtraProperties: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: PdfPage[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let n = 1; n <= pdf.numPages; n++) {
      const read = await readPage(await pdf.getPage(n));
      pages.push(read.page);
      for (const font of read.fonts) fonts.set(font.name, font);
    }
    const { info } = await pdf.getMetadata();
    return { pages, fonts: [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name)), info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

/**
 * Names of the fonts whose FontDescriptor carries a font program (FontFile2 for TrueType,
 * FontFile3 for CFF-based OpenType such as the CJK fallback), read from the raw file. pdfkit writes descriptors as plain dictionaries (no object streams), so a scan finds
 * them all; a font drawn but missing here is not embedded.
 */
export function embeddedFontNames(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const names = new Set<string>();
  for (const [descriptor] of raw.matchAll(/<<[^<>]*\/Type\s*\/FontDescriptor[^<>]*>>/g)) {
    const name = /\/FontName\s*\/([^\s/<>[\]()]+)/.exec(descriptor)?.[1];
    if (name && /\/FontFile[23]\s+\d+\s+\d+\s+R/.test(descriptor)) names.add(stripSubsetTag(name));
  }
  return [...names].sort();
}
