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
