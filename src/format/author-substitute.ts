import { mapAttrs, type CslNode } from './csl-tree.js';
import type { CslStyle } from './csl-style.js';

const SUBSTITUTE = new Set(['subsequent-author-substitute', 'subsequent-author-substitute-rule']);
const cache = new WeakMap<CslNode, CslNode>();

/**
 * The style without `subsequent-author-substitute` ("———" for the authors of the entry above).
 * In a CV nearly every entry shares the owner, and the dash would hide the owner's highlighted
 * name, so every entry shows its own authors. Memoized per style tree.
 */
export function withoutAuthorSubstitute(style: CslStyle): CslStyle {
  let root = cache.get(style.root);
  if (!root) {
    root = mapAttrs(style.root, (node) => Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !SUBSTITUTE.has(name))));
    cache.set(style.root, root);
  }
  return { ...style, root };
}
