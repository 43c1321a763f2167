/**
 * How the owner's name parts are tagged inside CSL data before citeproc formats them.
 *
 * citeproc-js keeps inline markup inside name parts through every name transformation
 * (initials, sort order, case), so tagging the structured name survives every style, where
 * matching the rendered string would not. The tag must be one citeproc understands yet no
 * style or data ever produces: a subscript nested directly in a superscript, or the reverse.
 * Consecutive owner names alternate between the two, so their parts are never joined into one.
 */
export function wrapOwnerPart(text: string, nameIndex: number): string {
  return nameIndex % 2 === 0 ? `<sub><sup>${text}</sup></sub>` : `<sup><sub>${text}</sub></sup>`;
}

const WRAPPED = /^(?:<sub><sup>([\s\S]*)<\/sup><\/sub>|<sup><sub>([\s\S]*)<\/sub><\/sup>)$/;

/** The text inside an owner tag, or undefined when `text` is not tagged. */
export function unwrapOwnerPart(text: string): string | undefined {
  const m = WRAPPED.exec(text);
  return m ? (m[1] ?? m[2] ?? '') : undefined;
}

// A tagged name also carries its number in its entry's table of tagged names, written in Unicode tag
// digits (U+E0030-E0039): invisible, caseless, and kept by citeproc where private-use
// characters are dropped. It rides on the family name, which no style abbreviates.
const TAG_ZERO = 0xe0030;
const MARKER = /[\u{E0030}-\u{E0039}]+/u;
const MARKERS = /[\u{E0030}-\u{E0039}]+/gu;

/** The invisible marker carrying a tagged name's number. */
export function nameMarker(id: number): string {
  return [...String(id)].map((d) => String.fromCodePoint(TAG_ZERO + Number(d))).join('');
}

/** The number a marker in `text` carries, and the text without it. */
export function readNameMarker(text: string): { readonly text: string; readonly id?: number } {
  const m = MARKER.exec(text);
  if (!m) return { text };
  const id = Number([...m[0]].map((c) => (c.codePointAt(0) ?? TAG_ZERO) - TAG_ZERO).join(''));
  return { text: text.replace(MARKERS, ''), id };
}
