import { createRequire } from 'node:module';

/** The four faces of the one family the PDF is set in. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * Noto Serif draws Latin (with every European accent), Greek and Cyrillic from one file per face;
 * the expo package ships whole TTFs (the @fontsource ones are split by Unicode range).
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const satisfies Record<FontFace, string>;

/** Module resolution finds node_modules the same way from src/ under tsx and from dist/. */
const requireFromHere = createRequire(import.meta.url);

/** Absolute paths of the font files, keyed by face. */
export function resolveFontFiles(): Record<FontFace, string> {
  return {
    regular: requireFromHere.resolve(FONT_FILES.regular),
    bold: requireFromHere.resolve(FONT_FILES.bold),
    italic: requireFromHere.resolve(FONT_FILES.italic),
    boldItalic: requireFromHere.resolve(FONT_FILES.boldItalic),
  };
}

/** Registers every face under its FontFace name, so `doc.font(face)` selects it. */
export function registerFonts(pdf: PDFKit.PDFDocument): void {
  const files = resolveFontFiles();
  for (const face of Object.keys(files) as FontFace[]) pdf.registerFont(face, files[face]);
}

/** The face for a combination of weight and slant. */
export function chooseFace(bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
