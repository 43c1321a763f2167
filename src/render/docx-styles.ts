import type { IFontAttributesProperties, IStylesOptions } from 'docx';
import type { FontFamily } from '../model/index.js';
import { createExtraStyles } from './docx-extras.js';

/** Style ids the writer puts on paragraphs; named after Word's own styles so Word shows them as such. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: 'Heading1',
  publication: 'Publication',
  legend: 'PublicationLegend',
  header: 'Header',
  footer: 'Footer',
} as const;

/**
 * Times New Roman and Arial ship with Word on Windows and macOS, and LibreOffice swaps in
 * Liberation Serif and Sans, which have the same glyph widths, so lines break at the same words
 * everywhere. All cover the Latin Extended, Greek and Cyrillic letters of co-authors' names.
 */
const LATIN_FONTS = {
  serif: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' },
  sans: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial' },
} as const satisfies Record<FontFamily, IFontAttributesProperties>;

/**
 * Chinese, Japanese and Korean text takes the east-Asian font of the same kind that Windows and
 * Office ship for the CV's language: a Han character is drawn differently in Japan, Taiwan and
 * mainland China (骨, 直), and a Japanese reader notices a Chinese form. A CV in another language
 * keeps the Simplified Chinese fonts, which also hold kana. Word falls back per character where a
 * font lacks one; LibreOffice replaces them with the CJK font it has.
 */
const EAST_ASIAN_FONTS: Readonly<Record<'zh-Hans' | 'zh-Hant' | 'ja' | 'ko', Record<FontFamily, string>>> = {
  'zh-Hans': { serif: 'SimSun', sans: 'Microsoft YaHei' },
  'zh-Hant': { serif: 'PMingLiU', sans: 'Microsoft JhengHei' },
  ja: { serif: 'Yu Mincho', sans: 'Yu Gothic' },
  ko: { serif: 'Batang', sans: 'Malgun Gothic' },
};

/** Which east-Asian fonts a locale's CV names: zh-TW, zh-HK, zh-MO and zh-Hant-* are Traditional Chinese. */
function eastAsianFonts(lang: string): Record<FontFamily, string> {
  const [language = '', ...subtags] = lang.toLowerCase().split(/[-_]/);
  if (language === 'ja') return EAST_ASIAN_FONTS.ja;
  if (language === 'ko') return EAST_ASIAN_FONTS.ko;
  if (language === 'zh' && subtags.some((tag) => ['hant', 'tw', 'hk', 'mo'].includes(tag)) && !subtags.includes('hans')) return EAST_ASIAN_FONTS['zh-Hant'];
  return EAST_ASIAN_FONTS['zh-Hans'];
}

/** Width of the gutter that holds labels, and of the hanging indent of unlabelled entries (0.5 in, as APA asks). */
const HANGING_INDENT = 720;

/** Half-points, as Word counts font sizes. */
const BODY_SIZE = 22;
const LEGEND_SIZE = 18;
const MARGIN_TEXT_SIZE = 17;

/**
 * The run language for a locale, in the slot Word reads it from: a Chinese, Japanese or Korean CV
 * still holds Latin-script names and titles, and `w:val="ja-JP"` makes LibreOffice break them
 * anywhere ("Mu|ltimodal"); the locale goes to `eastAsia` (right-to-left ones to `bidi`), so
 * Latin text keeps the reader's own Latin rules.
 */
function runLanguage(lang: string): { value?: string; eastAsia?: string; bidirectional?: string } {
  const language = lang.split('-')[0]?.toLowerCase() ?? '';
  if (['zh', 'ja', 'ko'].includes(language)) return { eastAsia: lang };
  if (['ar', 'he', 'fa', 'ur'].includes(language)) return { bidirectional: lang };
  return { value: lang };
}

/** Word styles for the publication list; a user restyles the whole list from Word's Styles pane. */
export function createStyles(lang: string, family: FontFamily = 'serif'): IStylesOptions {
  const font = { ...LATIN_FONTS[family], eastAsia: eastAsianFonts(lang)[family] };
  return {
    default: {
      document: {
        run: { font, size: BODY_SIZE, language: runLanguage(lang) },
      },
      title: {
        run: { font, size: 40, bold: true },
        paragraph: { spacing: { after: 60 } },
      },
      heading1: {
        // docx's default Heading 1 is blue Calibri-like; a CV reads better in plain black serif.
        run: { font, size: 26, bold: true, color: '000000' },
        // Outline level 0 puts sections in Word's navigation pane and in exported PDF bookmarks.
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font, size: 26, color: '404040' },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: STYLE.publication,
        name: 'Publication',
        basedOn: 'Normal',
        next: STYLE.publication,
        quickFormat: true,
        run: { font, size: BODY_SIZE },
        paragraph: {
          indent: { left: HANGING_INDENT, hanging: HANGING_INDENT },
          // Word treats a hanging indent as an implicit tab stop, LibreOffice does not: say it outright.
          leftTabStop: HANGING_INDENT,
          spacing: { after: 120 },
          keepLines: true,
        },
      },
      {
        id: STYLE.legend,
        name: 'Publication legend',
        basedOn: 'Normal',
        next: STYLE.legend,
        quickFormat: true,
        run: { font, size: LEGEND_SIZE },
        paragraph: { spacing: { after: 40 }, keepNext: true, keepLines: true },
      },
      ...[STYLE.header, STYLE.footer].map((id) => ({
        id,
        name: id,
        basedOn: 'Normal',
        run: { font, size: MARGIN_TEXT_SIZE, color: '555555' },
        paragraph: { spacing: { after: 0 } },
      })),
      ...createExtraStyles(font, HANGING_INDENT),
    ],
  };
}
