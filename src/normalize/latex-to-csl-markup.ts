import { LatexReader } from './latex-reader.js';

// What the reader would change besides spaces: commands, groups, math, ties and TeX ligatures.
const LATEX = /[\\{}$~`]|--|''/;

/** How to read braces. */
interface LatexOptions {
  /** Turn `{DNA}` into a nocase span, as BibTeX titles mean it (default); false just drops the braces. */
  readonly protectCase?: boolean;
}

/**
 * Converts LaTeX in a title or abstract into Unicode plus CSL's inline HTML markup
 * (<i>, <b>, <sup>, <sub>, small caps and nocase spans), e.g. `MoE-I$^2$` -> `MoE-I<sup>2</sup>`.
 *
 * Literal `<`, `>` and `&` are left as they are: citeproc-js reads them as text and escapes them in
 * its HTML output, while entities such as `&lt;` would come out double-escaped (`&#38;lt;`).
 */
export function latexToCslMarkup(latex: string, options: LatexOptions = {}): string {
  // Most values hold no LaTeX at all: only their spaces need collapsing.
  if (!LATEX.test(latex)) return latex.replace(/\s+/g, ' ').trim();
  return new LatexReader(latex, options.protectCase ?? true).convert().replace(/ {2,}/g, ' ').trim();
}
