import { localeTree, styleLocale, type CslStyle } from './csl-style.js';
import { textOf, walkNodes, type CslNode } from './csl-tree.js';

function noDateTermsIn(tree: CslNode | undefined, into: Set<string>): void {
  if (!tree) return;
  for (const node of walkNodes(tree)) {
    const form = node.attrs.form;
    if (node.name !== 'term' || node.attrs.name !== 'no date' || (form !== undefined && form !== 'short' && form !== 'long')) continue;
    const text = textOf(node).trim();
    if (text) into.add(text);
  }
}

/** The texts ("n.d.", "no date") a style prints for a missing date, in its own and its locale's terms. */
export function noDateTerms(style: CslStyle, lang: string | undefined): string[] {
  const terms = new Set<string>();
  noDateTermsIn(style.root, terms);
  noDateTermsIn(localeTree(lang ?? styleLocale(style)) ?? localeTree('en-US'), terms);
  return [...terms];
}
