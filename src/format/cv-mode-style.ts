import { walkNodes, type CslNode } from './csl-tree.js';
import type { CslStyle } from './csl-style.js';

/** How a style is adapted to a CV, where nothing cites the entries in running text. */
interface CvModeOptions {
  /**
   * Keep the style's disambiguation: APA's "2025a/2025b" when two entries share authors and
   * year. Off by default: the letters only serve in-text citations, a CV has none, and they
   * make each entry depend on which others are in the list.
   */
  readonly yearSuffix?: boolean;
}

/** Attributes that ask citeproc to disambiguate citations (names, given names, year suffixes). */
const DISAMBIGUATION_ATTRIBUTES = new Set([
  'disambiguate-add-year-suffix',
  'disambiguate-add-names',
  'disambiguate-add-givenname',
  'givenname-disambiguation-rule',
]);

/**
 * What citeproc renders as each entry's in-text citation. It renders one per entry, only to
 * look for ambiguous ones; with disambiguation off nothing reads it, and a long author list
 * in a full citation layout costs as much as the entry itself.
 */
const PLAIN_CITATION: CslNode = {
  name: 'citation',
  attrs: {},
  children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }],
};

/** A copy of the tree without `<sort>` elements, disambiguation attributes or a citation layout. */
function adaptTree(node: CslNode): CslNode {
  if (node.name === 'citation') return PLAIN_CITATION;
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !DISAMBIGUATION_ATTRIBUTES.has(name)));
  const children = node.children.filter((c) => typeof c === 'string' || c.name !== 'sort').map((c) => (typeof c === 'string' ? c : adaptTree(c)));
  return { name: node.name, attrs, children };
}

const adapted = new WeakMap<CslNode, CslNode>();

/**
 * The style as pubcv formats a CV with it. Its `<sort>` keys go: a CV keeps its own order, and
 * citeproc would still compute every sort key (and parse the sort macros when it builds the
 * engine). Disambiguation goes too, and with it the citation layout, unless year suffixes are
 * asked for; then the style is kept whole, so suffix letters fall exactly as the style's own
 * sort assigns them. Citeproc's disambiguation registers every name of every entry against
 * every other, which is what makes a CV (the owner on every entry) slow and superlinear. None of
 * this changes what a bibliography entry says otherwise. Memoized per style tree, so the
 * adapted style keeps one identity (and one engine).
 */
export function cvModeStyle(style: CslStyle, options: CvModeOptions = {}): CslStyle {
  if (options.yearSuffix) return style;
  let root = adapted.get(style.root);
  if (!root) {
    root = adaptTree(style.root);
    adapted.set(style.root, root);
  }
  return { ...style, root };
}

/**
 * True when each entry's text depends on that entry alone, so entries may be formatted one by
 * one, cached and split across threads. Not so when the style substitutes a dash for the
 * previous entry's authors, disambiguates (year suffixes), tests `disambiguate="true"`, or
 * prints the citation number other than as plain text (which the caller fills in per entry).
 */
export function entriesAreIndependent(style: CslStyle): boolean {
  for (const node of walkNodes(style.root)) {
    if ('subsequent-author-substitute' in node.attrs || 'disambiguate' in node.attrs) return false;
    if (Object.keys(node.attrs).some((name) => DISAMBIGUATION_ATTRIBUTES.has(name) && node.attrs[name] !== 'false')) return false;
    if (node.attrs.variable?.split(/\s+/).includes('citation-number') && node.name !== 'text') return false;
  }
  return true;
}
