import type { IFontAttributesProperties } from 'docx';

/**
 * The font a DOCX run names for a script Times New Roman and Arial lack (or draw poorly), in the
 * slot Word draws that script from: Arabic, Hebrew, Devanagari and Thai are complex scripts (the
 * `cs` slot); Armenian is drawn from `hAnsi`. The Noto families are the ones the PDF embeds; Word
 * and LibreOffice substitute a font of their own for the script where one is not installed.
 */
const SCRIPT_FONTS: readonly [RegExp, IFontAttributesProperties][] = [
  [/\p{Script=Arabic}/u, { cs: 'Noto Sans Arabic' }],
  [/\p{Script=Hebrew}/u, { cs: 'Noto Sans Hebrew' }],
  [/\p{Script=Devanagari}/u, { cs: 'Noto Sans Devanagari' }],
  [/\p{Script=Thai}/u, { cs: 'Noto Sans Thai' }],
  [/\p{Script=Armenian}/u, { hAnsi: 'Noto Sans Armenian' }],
];

/** The script fonts a run's text needs, merged; undefined when it needs none (the paragraph style's fonts apply). */
export function scriptFonts(text: string): IFontAttributesProperties | undefined {
  const fonts = SCRIPT_FONTS.filter(([script]) => script.test(text)).map(([, font]) => font);
  return fonts.length === 0 ? undefined : Object.assign({}, ...fonts);
}
