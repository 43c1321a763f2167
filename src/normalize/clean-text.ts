/**
 * Ordinary whitespace, including line breaks from wrapped values. No-break and thin spaces are
 * left alone: they were put there on purpose (`Le~Goues`, `10\,000`).
 */
const WHITESPACE_RUN = /[ \t\n\r\f\v\u0085\u2028\u2029]+/g;

/**
 * White space just inside the markup that opens or closes a value (`{{Scaling }}` reads as
 * `<span class="nocase">Scaling </span>`): trimmed like white space outside it, or the title
 * prints "Scaling ." before the style's period.
 */
const SPACE_INSIDE_START = /^((?:<(?:i|b|sc|sup|sub|span)(?: [^<>]*)?>)+) /;
const SPACE_INSIDE_END = / ((?:<\/(?:i|b|sc|sup|sub|span)>)+)$/;

/** Trims (also just inside the markup around the whole value), collapses runs of whitespace to one space and puts the text in NFC. */
export function cleanText(text: string): string {
  // ASCII is already in NFC; normalizing only the rest saves time on large bibliographies.
  const composed = /[^\x00-\x7F]/.test(text) ? text.normalize('NFC') : text;
  return composed.replace(WHITESPACE_RUN, ' ').trim().replace(SPACE_INSIDE_START, '$1').replace(SPACE_INSIDE_END, '$1');
}
