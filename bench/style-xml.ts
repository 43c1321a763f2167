/**
 * CSL XML from the tree pubcv formats with, so pandoc gets exactly the style pubcv uses.
 */

/** A CSL element as pubcv holds it (src/format/csl-tree.ts). */
export interface CslTree {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<CslTree | string>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(node: CslTree): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  const inner = node.children.map((c) => (typeof c === 'string' ? escapeXml(c) : element(c))).join('');
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

/** The tree as a CSL file, with the namespace pandoc requires on the root. */
export function styleXml(root: CslTree): string {
  const withNamespace: CslTree = { ...root, attrs: { xmlns: 'http://purl.org/net/xbiblio/csl', ...root.attrs } };
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(withNamespace)}\n`;
}
