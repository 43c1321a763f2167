import { childNamed, mapAttrs, type CslNode } from './csl-tree.js';
import type { CslStyle } from './csl-style.js';
import type { EtAlRule } from '../owner/cut-names.js';

const ET_AL_ATTRIBUTE = /^et-al-/;

/** The `<names>` elements the bibliography prints, in order, following macro calls. */
function* bibliographyNames(node: CslNode, macros: ReadonlyMap<string, CslNode>, seen: Set<string>): Generator<CslNode> {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'names') yield child;
    const macro = child.name === 'text' ? child.attrs.macro : undefined;
    if (macro !== undefined && !seen.has(macro)) {
      seen.add(macro);
      const body = macros.get(macro);
      if (body) yield* bibliographyNames(body, macros, seen);
    } else {
      yield* bibliographyNames(child, macros, seen);
    }
  }
}

/**
 * The rule a style applies to author lists in its bibliography: the options on the `<name>`
 * of the first author `<names>` it prints, else on `<bibliography>`, else on `<style>`
 * (CSL's inheritance). Undefined when the style shows every name.
 */
export function styleEtAlRule(style: CslStyle): EtAlRule | undefined {
  const root = style.root;
  const bibliography = childNamed(root, 'bibliography');
  if (!bibliography) return undefined;
  const macros = new Map<string, CslNode>();
  for (const c of root.children) if (typeof c !== 'string' && c.name === 'macro' && c.attrs.name) macros.set(c.attrs.name, c);
  let names: CslNode | undefined;
  for (const n of bibliographyNames(bibliography, macros, new Set())) {
    if (/\bauthor\b/.test(n.attrs.variable ?? '')) {
      names = childNamed(n, 'name');
      break;
    }
  }
  const option = (attr: string) => names?.attrs[attr] ?? bibliography.attrs[attr] ?? root.attrs[attr];
  const min = Number(option('et-al-min'));
  const useFirst = Number(option('et-al-use-first'));
  if (!Number.isInteger(min) || !Number.isInteger(useFirst) || min < 1 || useFirst < 1) return undefined;
  return { min, useFirst, useLast: option('et-al-use-last') === 'true' };
}

/** The rule `--max-authors N` asks for: more than N names are cut to the first N. */
export function maxAuthorsRule(max: number): EtAlRule {
  return { min: max + 1, useFirst: max, useLast: false };
}

const variants = new WeakMap<CslNode, Map<string, CslStyle>>();

function ruleKey(rule: EtAlRule | undefined): string {
  return rule ? `${rule.min}/${rule.useFirst}/${rule.useLast}` : 'all';
}

/**
 * The style with its own et-al options removed and `rule` (if any) set on its bibliography,
 * so every name list is cut by that rule alone; without a rule, no list is cut. Memoized, so
 * one rule keeps one style identity and one citeproc engine.
 */
export function withEtAlRule(style: CslStyle, rule: EtAlRule | undefined): CslStyle {
  let forStyle = variants.get(style.root);
  if (!forStyle) {
    forStyle = new Map();
    variants.set(style.root, forStyle);
  }
  const key = ruleKey(rule);
  let variant = forStyle.get(key);
  if (!variant) {
    const root = mapAttrs(style.root, (node) => {
      const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !ET_AL_ATTRIBUTE.test(name)));
      if (node.name === 'bibliography' && rule) {
        attrs['et-al-min'] = String(rule.min);
        attrs['et-al-use-first'] = String(rule.useFirst);
        if (rule.useLast) attrs['et-al-use-last'] = 'true';
      }
      return attrs;
    });
    variant = { ...style, root };
    forStyle.set(key, variant);
  }
  return variant;
}
