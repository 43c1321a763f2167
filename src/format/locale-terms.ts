import { localeTree, styleLocale, type CslStyle } from './csl-style.js';
import { textOf, walkNodes, type CslNode } from './csl-tree.js';

function termsIn(tree: CslNode | undefined, name: string, into: Set<string>): void {
  if (!tree) return;
  for (const node of walkNodes(tree)) {
    const form = node.attrs.form;
    if (node.name !== 'term' || node.attrs.name !== name || (form !== undefined && form !== 'short' && form !== 'long' && form !== 'symbol')) continue;
    const text = textOf(node).trim();
    if (text) into.add(text);
  }
}

/** The texts a style prints for a CSL term ("and" -> "and", "&"), from its own and its locale's terms. */
export function localeTerms(style: CslStyle, lang: string | undefined, name: string): string[] {
  const terms = new Set<string>();
  termsIn(style.root, name, terms);
  termsIn(localeTree(lang ?? styleLocale(style)) ?? localeTree('en-US'), name, terms);
  return [...terms];
}
