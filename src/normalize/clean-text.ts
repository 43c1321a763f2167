/**
 * Ordinary whitespace, including line breaks from wrapped values. No-break and thin spaces are
 * left alone: they were put there on purpose (`Le~Goues`, `10\,000`).
 */
const WHITESPACE_RUN = /[ \t\n\r\f\v\u0085\u2028\u2029]+/g;

/** Trims, collapses runs of whitespace to one space and puts the text in NFC. */
export function cleanText(text: string): string {
  // ASCII is already in NFC; normalizing only the rest saves time on large bibliographies.
  const composed = /[^\x00-\x7F]/.test(text) ? text.normalize('NFC') : text;
  return composed.replace(WHITESPACE_RUN, ' ').trim();
}
