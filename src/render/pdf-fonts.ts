import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFamily } from '../model/index.js';

/** The four faces of the family the PDF is set in. */
export type TextFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Faces of the CJK fallback fonts (Han and kana; Hangul), which have no italics. */
export type FallbackFace = 'cjkRegular' | 'cjkBold' | 'hangulRegular' | 'hangulBold';

/** Which fallback font a stretch of text needs. */
export type FallbackScript = 'cjk' | 'hangul';

/** Every face a PDF may register; `doc.font(face)` selects one. */
export type FontFace = TextFace | FallbackFace;

/**
 * Noto Serif and Noto Sans draw Latin (with every European accent), Greek and Cyrillic from one
 * file per face; the expo packages ship whole TTFs (the @fontsource ones are split by Unicode range).
 */
const FAMILY_FILES = {
  serif: {
    regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
    bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
    italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  },
  sans: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  },
} as const satisfies Record<FontFamily, Record<TextFace, string>>;

/**
 * Noto Sans Hans (Simplified Chinese, with Japanese kana) from @embedpdf/fonts-sc and Noto Sans KR
 * (Hangul) from @embedpdf/fonts-kr, for names and titles in CJK scripts. The packages export no
 * file paths, so the fonts are found beside their entry points. pdfkit reads a registered font
 * only when text is set in it: a document without CJK text never loads these 5-8 MB files.
 */
const FALLBACK_FILES = {
  cjkRegular: ['@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'],
  cjkBold: ['@embedpdf/fonts-sc', 'NotoSansHans-Bold.otf'],
  hangulRegular: ['@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'],
  hangulBold: ['@embedpdf/fonts-kr', 'NotoSansKR-Bold.otf'],
} as const satisfies Record<FallbackFace, readonly [string, string]>;

function fallbackFile([pkg, file]: readonly [string, string]): string {
  return join(dirname(requireFromHere.resolve(pkg)), '..', 'fonts', file);
}

/** Module resolution finds node_modules the same way from src/ under tsx and from dist/. */
const requireFromHere = createRequire(import.meta.url);

/** Absolute paths of the font files of a family and of the fallback, keyed by face. */
function resolveFontFiles(family: FontFamily): Record<FontFace, string> {
  const files = FAMILY_FILES[family];
  return {
    regular: requireFromHere.resolve(files.regular),
    bold: requireFromHere.resolve(files.bold),
    italic: requireFromHere.resolve(files.italic),
    boldItalic: requireFromHere.resolve(files.boldItalic),
    cjkRegular: fallbackFile(FALLBACK_FILES.cjkRegular),
    cjkBold: fallbackFile(FALLBACK_FILES.cjkBold),
    hangulRegular: fallbackFile(FALLBACK_FILES.hangulRegular),
    hangulBold: fallbackFile(FALLBACK_FILES.hangulBold),
  };
}

/** Registers every face under its FontFace name, so `doc.font(face)` selects it. */
export function registerFonts(pdf: PDFKit.PDFDocument, family: FontFamily = 'serif'): void {
  const files = resolveFontFiles(family);
  for (const face of Object.keys(files) as FontFace[]) pdf.registerFont(face, files[face]);
}

/** The face for a combination of weight and slant. */
export function chooseFace(bold: boolean, italic: boolean): TextFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** The fallback face standing in for `face`: CJK has no italics, so only the weight carries over. */
export function fallbackFace(face: FontFace, script: FallbackScript): FallbackFace {
  const bold = face === 'bold' || face === 'boldItalic' || face === 'cjkBold' || face === 'hangulBold';
  if (script === 'hangul') return bold ? 'hangulBold' : 'hangulRegular';
  return bold ? 'cjkBold' : 'cjkRegular';
}
