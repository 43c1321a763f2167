import type { IFontAttributesProperties } from 'docx';

/**
 * The font a DOCX run names for a script Times New Roman and Arial lack (or draw poorly), in the
 * slot Word draws that script from: Arabic, Hebrew, the Indic scripts, Thai and Lao are complex
 * scripts (the `cs` slot); Armenian, Georgian and Ethiopic are drawn from `hAnsi`. The Noto
 * families are the ones the PDF embeds; Word and LibreOffice substitute a font of their own for
 * the script where one is not installed.
 */
const SCRIPT_FONTS: readonly [RegExp, IFontAttributesProperties][] = [
  [/\p{Script=Arabic}/u, { cs: 'Noto Sans Arabic' }],
  [/\p{Script=Hebrew}/u, { cs: 'Noto Sans Hebrew' }],
  [/\p{Script=Devanagari}/u, { cs: 'Noto Sans Devanagari' }],
  [/\p{Script=Bengali}/u, { cs: 'Noto Sans Bengali' }],
  [/\p{Script=Gurmukhi}/u, { cs: 'Noto Sans Gurmukhi' }],
  [/\p{Script=Gujarati}/u, { cs: 'Noto Sans Gujarati' }],
  [/\p{Script=Oriya}/u, { cs: 'Noto Sans Oriya' }],
  [/\p{Script=Tamil}/u, { cs: 'Noto Sans Tamil' }],
  [/\p{Script=Telugu}/u, { cs: 'Noto Sans Telugu' }],
  [/\p{Script=Kannada}/u, { cs: 'Noto Sans Kannada' }],
  [/\p{Script=Malayalam}/u, { cs: 'Noto Sans Malayalam' }],
  [/\p{Script=Sinhala}/u, { cs: 'Noto Sans Sinhala' }],
  [/\p{Script=Thai}/u, { cs: 'Noto Sans Thai' }],
  [/\p{Script=Lao}/u, { cs: 'Noto Sans Lao' }],
  [/\p{Script=Armenian}/u, { hAnsi: 'Noto Sans Armenian' }],
  [/\p{Script=Georgian}/u, { hAnsi: 'Noto Sans Georgian' }],
  [/\p{Script=Ethiopic}/u, { hAnsi: 'Noto Sans Ethiopic' }],
];

/** Any character of the scripts above: text without one needs no font of its own. */
const ANY_SCRIPT = new RegExp(SCRIPT_FONTS.map(([script]) => script.source).join('|'), 'u');

/** A stretch of a run's text and the script fonts it names (undefined: the paragraph style's). */
interface ScriptSpan {
  readonly text: string;
  readonly font: IFontAttributesProperties | undefined;
}

/**
 * A run's text cut where a font slot would have to name a second font: a run names one font per
 * slot, so Tamil and Lao names in one author list (both complex scripts) need a run each, or
 * Word draws the Tamil in the Lao font. Punctuation and spaces stay with the text before them.
 */
export function scriptSpans(text: string): ScriptSpan[] {
  if (!ANY_SCRIPT.test(text)) return [{ text, font: undefined }];
  const spans: ScriptSpan[] = [];
  let current = '';
  let font: Record<string, string> = {};
  for (const char of text) {
    const needed = SCRIPT_FONTS.find(([script]) => script.test(char))?.[1];
    const clash = needed && Object.entries(needed).some(([slot, name]) => font[slot] !== undefined && font[slot] !== name);
    if (clash) {
      spans.push({ text: current, font });
      current = '';
      font = {};
    }
    if (needed) Object.assign(font, needed);
    current += char;
  }
  spans.push({ text: current, font: Object.keys(font).length === 0 ? undefined : font });
  return spans;
}
