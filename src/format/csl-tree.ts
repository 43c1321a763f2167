import { Parser } from 'htmlparser2';

/**
 * A CSL style or locale in the JSON form citeproc-js reads directly: the XML element tree,
 * text as string children. Styles from the bundled repository arrive in this form; `.csl`
 * files are parsed into it, so every style is read and adjusted the same way.
 */
export interface CslNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<CslNode | string>;
}

/** The compact form the bundled repository stores: {n: name, a: attributes, c: children}. */
export interface CompactNode {
  readonly n: string;
  readonly a?: Record<string, string>;
  readonly c?: ReadonlyArray<CompactNode | string>;
}

/** Expands the bundled repository's compact form; an empty term holds '' as citeproc expects. */
export function expandCompact(node: CompactNode): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expandCompact(c)));
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: { ...(node.a ?? {}) }, children };
}

interface Building {
  name: string;
  attrs: Record<string, string>;
  children: Array<Building | string>;
  /** Text read since the last tag; the parser delivers it in pieces (split at entities). */
  pending: string;
}

/** Keeps text citeproc would keep: it drops whitespace between tags and joins lines with spaces. */
function flushText(node: Building | undefined): void {
  if (!node) return;
  if (node.pending.trim() !== '') node.children.push(node.pending.replace(/\r\n|\r|\n/g, ' '));
  node.pending = '';
}

/** Elements a style or locale may nest: its tree is walked recursively, here and in citeproc-js. */
const MAX_DEPTH = 64;

/** Parses CSL XML (a style or locale) into the tree citeproc reads. Undefined when it is not CSL (or nests past MAX_DEPTH). */
export function parseCslXml(xml: string): CslNode | undefined {
  let tooDeep = false;
  const root: Building = { name: '#root', attrs: {}, children: [], pending: '' };
  const stack: Building[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1];
        flushText(parent);
        const node: Building = { name, attrs: { ...attrs }, children: [], pending: '' };
        parent?.children.push(node);
        stack.push(node);
        tooDeep ||= stack.length > MAX_DEPTH;
      },
      ontext(text) {
        const top = stack[stack.length - 1];
        if (top) top.pending += text;
      },
      onclosetag() {
        const node = stack.pop();
        flushText(node);
        if (node && (node.name === 'term' || node.name === 'single' || node.name === 'multiple') && node.children.length === 0) {
          node.children.push('');
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (tooDeep) return undefined;
  const top = root.children.find((c): c is Building => typeof c !== 'string');
  return top && (top.name === 'style' || top.name === 'locale') ? strip(top) : undefined;
}

function strip(node: Building): CslNode {
  return { name: node.name, attrs: node.attrs, children: node.children.map((c) => (typeof c === 'string' ? c : strip(c))) };
}

/** The first child element with this name. */
export function childNamed(node: CslNode, name: string): CslNode | undefined {
  return node.children.find((c): c is CslNode => typeof c !== 'string' && c.name === name);
}

/** Every element in the tree, depth first, the node itself included. */
export function* walkNodes(node: CslNode): Generator<CslNode> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* walkNodes(child);
}

/** The text directly inside an element. */
export function textOf(node: CslNode): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}

/** A copy of the tree with `change` applied to every element's attributes. */
export function mapAttrs(node: CslNode, change: (node: CslNode) => Readonly<Record<string, string>>): CslNode {
  return {
    name: node.name,
    attrs: change(node),
    children: node.children.map((c) => (typeof c === 'string' ? c : mapAttrs(c, change))),
  };
}
