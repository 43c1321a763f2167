import { InternalError } from '../model/errors.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { FontFamily } from '../model/index.js';

/** The four faces of the family the PDF is set in. */
export type TextFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * The fonts that draw what Noto Serif and Noto Sans cannot, tried in this order. Script fonts
 * come first; the symbol fonts after them, as Noto Sans Math also has Arabic and Greek letters
 * (in math styles) that should come from the script's own font; the 8 MB CJK fonts last, so a
 * stray symbol never loads them.
 */
const FALLBACK_FONTS = [
  'armenian',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'gurmukhi',
  'gujarati',
  'oriya',
  'tamil',
  'telugu',
  'kannada',
  'malayalam',
  'sinhala',
  'thai',
  'lao',
  'georgian',
  'ethiopic',
  'math',
  'symbols2',
  'symbols',
  'emoji',
  'cjk',
  'hangul',
] as const;
type FallbackFont = (typeof FALLBACK_FONTS)[number];

/** A fallback font's face: regular or bold (none has italics). */
type FallbackFace = `${FallbackFont}Regular` | `${FallbackFont}Bold`;

/** Every face a PDF may register; `doc.font(face)` selects one. */
export type FontFace = TextFace | FallbackFace;

/** Where a face's file is: a file of an npm package, or a file in the `fonts/` folder beside a package's entry point. */
type FontFile = string | readonly [pkg: string, file: string];

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

interface FallbackSpec {
  /** The family's name, as DOCX and HTML name it and warnings cite it. */
  readonly family: string;
  readonly regular: FontFile;
  /** Absent: the font has one weight, and bold text is set in it too. */
  readonly bold?: FontFile;
  /** Characters the font is for: only these are looked up in it (opening a font costs its file). */
  readonly covers: RegExp;
}

const expo = (pkg: string, family: string, weight: '400Regular' | '700Bold'): string => `@expo-google-fonts/${pkg}/${weight}/${family}_${weight}.ttf`;
/** Symbols, punctuation and marks shared by all scripts (Unicode's Common and Inherited). */
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The fallback fonts' files. Noto Sans Hans (Simplified Chinese, with Japanese kana) from
 * @embedpdf/fonts-sc and Noto Sans KR (Hangul) from @embedpdf/fonts-kr export no file paths, so
 * their fonts are found beside the entry points. Noto Emoji is the monochrome outline font
 * (Noto Color Emoji's bitmaps cannot be embedded by pdfkit).
 */
const FALLBACK_SPECS = {
  armenian: {
    family: 'Noto Sans Armenian',
    regular: expo('noto-sans-armenian', 'NotoSansArmenian', '400Regular'),
    bold: expo('noto-sans-armenian', 'NotoSansArmenian', '700Bold'),
    covers: /\p{scx=Armenian}/u,
  },
  arabic: {
    family: 'Noto Sans Arabic',
    regular: expo('noto-sans-arabic', 'NotoSansArabic', '400Regular'),
    bold: expo('noto-sans-arabic', 'NotoSansArabic', '700Bold'),
    covers: /\p{scx=Arabic}/u,
  },
  hebrew: {
    family: 'Noto Sans Hebrew',
    regular: expo('noto-sans-hebrew', 'NotoSansHebrew', '400Regular'),
    bold: expo('noto-sans-hebrew', 'NotoSansHebrew', '700Bold'),
    covers: /\p{scx=Hebrew}/u,
  },
  devanagari: {
    family: 'Noto Sans Devanagari',
    regular: expo('noto-sans-devanagari', 'NotoSansDevanagari', '400Regular'),
    bold: expo('noto-sans-devanagari', 'NotoSansDevanagari', '700Bold'),
    covers: /\p{scx=Devanagari}/u,
  },
  bengali: {
    family: 'Noto Sans Bengali',
    regular: expo('noto-sans-bengali', 'NotoSansBengali', '400Regular'),
    bold: expo('noto-sans-bengali', 'NotoSansBengali', '700Bold'),
    covers: /\p{scx=Bengali}/u,
  },
  gurmukhi: {
    family: 'Noto Sans Gurmukhi',
    regular: expo('noto-sans-gurmukhi', 'NotoSansGurmukhi', '400Regular'),
    bold: expo('noto-sans-gurmukhi', 'NotoSansGurmukhi', '700Bold'),
    covers: /\p{scx=Gurmukhi}/u,
  },
  gujarati: {
    family: 'Noto Sans Gujarati',
    regular: expo('noto-sans-gujarati', 'NotoSansGujarati', '400Regular'),
    bold: expo('noto-sans-gujarati', 'NotoSansGujarati', '700Bold'),
    covers: /\p{scx=Gujarati}/u,
  },
  oriya: {
    family: 'Noto Sans Oriya',
    regular: expo('noto-sans-oriya', 'NotoSansOriya', '400Regular'),
    bold: expo('noto-sans-oriya', 'NotoSansOriya', '700Bold'),
    covers: /\p{scx=Oriya}/u,
  },
  tamil: {
    family: 'Noto Sans Tamil',
    regular: expo('noto-sans-tamil', 'NotoSansTamil', '400Regular'),
    bold: expo('noto-sans-tamil', 'NotoSansTamil', '700Bold'),
    covers: /\p{scx=Tamil}/u,
  },
  telugu: {
    family: 'Noto Sans Telugu',
    regular: expo('noto-sans-telugu', 'NotoSansTelugu', '400Regular'),
    bold: expo('noto-sans-telugu', 'NotoSansTelugu', '700Bold'),
    covers: /\p{scx=Telugu}/u,
  },
  kannada: {
    family: 'Noto Sans Kannada',
    regular: expo('noto-sans-kannada', 'NotoSansKannada', '400Regular'),
    bold: expo('noto-sans-kannada', 'NotoSansKannada', '700Bold'),
    covers: /\p{scx=Kannada}/u,
  },
  malayalam: {
    family: 'Noto Sans Malayalam',
    regular: expo('noto-sans-malayalam', 'NotoSansMalayalam', '400Regular'),
    bold: expo('noto-sans-malayalam', 'NotoSansMalayalam', '700Bold'),
    covers: /\p{scx=Malayalam}/u,
  },
  sinhala: {
    family: 'Noto Sans Sinhala',
    regular: expo('noto-sans-sinhala', 'NotoSansSinhala', '400Regular'),
    bold: expo('noto-sans-sinhala', 'NotoSansSinhala', '700Bold'),
    covers: /\p{scx=Sinhala}/u,
  },
  thai: {
    family: 'Noto Sans Thai',
    regular: expo('noto-sans-thai', 'NotoSansThai', '400Regular'),
    bold: expo('noto-sans-thai', 'NotoSansThai', '700Bold'),
    covers: /\p{scx=Thai}/u,
  },
  lao: {
    family: 'Noto Sans Lao',
    regular: expo('noto-sans-lao', 'NotoSansLao', '400Regular'),
    bold: expo('noto-sans-lao', 'NotoSansLao', '700Bold'),
    covers: /\p{scx=Lao}/u,
  },
  georgian: {
    family: 'Noto Sans Georgian',
    regular: expo('noto-sans-georgian', 'NotoSansGeorgian', '400Regular'),
    bold: expo('noto-sans-georgian', 'NotoSansGeorgian', '700Bold'),
    covers: /\p{scx=Georgian}/u,
  },
  ethiopic: {
    family: 'Noto Sans Ethiopic',
    regular: expo('noto-sans-ethiopic', 'NotoSansEthiopic', '400Regular'),
    bold: expo('noto-sans-ethiopic', 'NotoSansEthiopic', '700Bold'),
    covers: /\p{scx=Ethiopic}/u,
  },
  math: { family: 'Noto Sans Math', regular: expo('noto-sans-math', 'NotoSansMath', '400Regular'), covers: SHARED },
  symbols2: { family: 'Noto Sans Symbols 2', regular: expo('noto-sans-symbols-2', 'NotoSansSymbols2', '400Regular'), covers: SHARED },
  symbols: { family: 'Noto Sans Symbols', regular: expo('noto-sans-symbols', 'NotoSansSymbols', '400Regular'), covers: SHARED },
  emoji: { family: 'Noto Emoji', regular: expo('noto-emoji', 'NotoEmoji', '400Regular'), bold: expo('noto-emoji', 'NotoEmoji', '700Bold'), covers: SHARED },
  cjk: {
    family: 'Noto Sans SC',
    regular: ['@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'],
    bold: ['@embedpdf/fonts-sc', 'NotoSansHans-Bold.otf'],
    covers: /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
  },
  hangul: {
    family: 'Noto Sans KR',
    regular: ['@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'],
    bold: ['@embedpdf/fonts-kr', 'NotoSansKR-Bold.otf'],
    covers: /[\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u,
  },
} as const satisfies Record<FallbackFont, FallbackSpec>;

/** Module resolution finds node_modules the same way from src/ under tsx and from dist/. */
const requireFromHere = createRequire(import.meta.url);

function resolveFile(file: FontFile): string {
  if (typeof file === 'string') return requireFromHere.resolve(file);
  return join(dirname(requireFromHere.resolve(file[0])), '..', 'fonts', file[1]);
}

/** Absolute paths of the files of every face a PDF set in `family` may use. */
export function resolveFontFiles(family: FontFamily): Record<FontFace, string> {
  const files: Partial<Record<FontFace, string>> = {};
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) files[face] = requireFromHere.resolve(FAMILY_FILES[family][face]);
  for (const font of FALLBACK_FONTS) {
    const spec: FallbackSpec = FALLBACK_SPECS[font];
    files[`${font}Regular`] = resolveFile(spec.regular);
    files[`${font}Bold`] = resolveFile(spec.bold ?? spec.regular);
  }
  return files as Record<FontFace, string>;
}

/** True for a face of bold weight. */
function isBoldFace(face: FontFace): boolean {
  return face === 'bold' || face === 'boldItalic' || face.endsWith('Bold');
}

/** A font's character map, as fontkit reads it (the same lookup pdfkit's shaping does). */
interface Coverage {
  has(codePoint: number): boolean;
}

/** Fonts opened for their character maps, per file: each is read at most once per process. */
const coverages = new Map<string, Coverage>();

function coverageOf(path: string): Coverage {
  let coverage = coverages.get(path);
  if (!coverage) {
    const font = fontkit.create(readFileSync(path));
    if (!('hasGlyphForCodePoint' in font)) throw new InternalError(`${path} is a font collection, not a font`);
    const known = new Map<number, boolean>();
    coverage = {
      has: (codePoint) => {
        let has = known.get(codePoint);
        if (has === undefined) known.set(codePoint, (has = font.hasGlyphForCodePoint(codePoint)));
        return has;
      },
    };
    coverages.set(path, coverage);
  }
  return coverage;
}

/**
 * Characters no font needs to draw: fontkit replaces default-ignorable ones (joiners, variation
 * selectors, soft hyphens, bidi controls) by an invisible space after shaping.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** The code points of a grapheme cluster that some font must have. */
function drawnCodePoints(cluster: string): number[] {
  const points: number[] = [];
  for (const char of cluster) if (!IGNORABLE.test(char)) points.push(char.codePointAt(0) as number);
  return points;
}

/** Emoji meant to be drawn as emoji (pictographs by default, or asked for with U+FE0F). */
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;

/** A font choice for the faces of one family; memoised per code point sequence. */
export interface FontChain {
  /** The face that draws `cluster` in text set in `face`, or undefined when no bundled font has all its characters. */
  faceFor(cluster: string, face: TextFace): FontFace | undefined;
}

function fallbackFace(font: FallbackFont, face: TextFace): FallbackFace {
  return isBoldFace(face) ? `${font}Bold` : `${font}Regular`;
}

/** One chain per family for the life of the process, so its choices made in one build serve the next. */
const chains = new Map<FontFamily, FontChain>();

/** The fallback chain of a family: its own face first, then the fallback fonts in order. */
export function fontChain(family: FontFamily): FontChain {
  let chain = chains.get(family);
  if (!chain) chains.set(family, (chain = newFontChain(family)));
  return chain;
}

function newFontChain(family: FontFamily): FontChain {
  const files = resolveFontFiles(family);
  const covers = (face: FontFace, points: readonly number[]): boolean => {
    const coverage = coverageOf(files[face]);
    return points.every((p) => coverage.has(p));
  };
  const chosen = new Map<string, FontFace | null>();
  return {
    faceFor(cluster, face) {
      const key = `${face}\u0000${cluster}`;
      const known = chosen.get(key);
      if (known !== undefined) return known ?? undefined;
      const points = drawnCodePoints(cluster);
      let result: FontFace | undefined;
      if (covers(face, points)) result = face;
      else {
        const order: readonly FallbackFont[] = EMOJI_PRESENTATION.test(cluster) ? ['emoji', ...FALLBACK_FONTS] : FALLBACK_FONTS;
        const font = order.find((f) => FALLBACK_SPECS[f].covers.test(cluster) && covers(fallbackFace(f, face), points));
        result = font === undefined ? undefined : fallbackFace(font, face);
      }
      chosen.set(key, result ?? null);
      return result;
    },
  };
}

/** Fast path: every code point below U+0250 that is not a control character is in both Noto families. */
const PLAIN_LATIN = /^[\u0020-\u007e\u00a0-\u024f\s]*$/;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** A stretch of text and the face that draws it (undefined: no bundled font does). */
interface FontSpan {
  readonly text: string;
  readonly face: FontFace | undefined;
}

/**
 * Splits text set in `face` into spans of one font each, grapheme cluster by cluster, so a base
 * letter and its marks (and an emoji and its joiners) always stay in one font.
 */
export function splitByFont(chain: FontChain, text: string, face: TextFace): FontSpan[] {
  if (PLAIN_LATIN.test(text)) return [{ text, face }];
  const spans: { text: string; face: FontFace | undefined }[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const drawn = chain.faceFor(segment, face);
    const last = spans[spans.length - 1];
    if (last && last.face === drawn) last.text += segment;
    else spans.push({ text: segment, face: drawn });
  }
  return spans;
}
