import { Parser } from 'htmlparser2';

// APIs return titles with markup: Crossref passes on what publishers deposit (HTML <i>, <sub>,
// JATS <jats:italic>, <scp>, whole MathML formulas), OpenAlex copies Crossref's, arXiv gives
// line-wrapped text. CSL-JSON understands only a small inline subset (<i>, <b>, <sup>, <sub>,
// small-caps span), so everything else is reduced to its text.

const SMALL_CAPS = '<span style="font-variant:small-caps;">';

/** Markup names (namespace prefix removed) CSL has an equivalent for. */
const CSL_EQUIVALENTS: Readonly<Record<string, readonly [string, string]>> = {
  i: ['<i>', '</i>'],
  em: ['<i>', '</i>'],
  italic: ['<i>', '</i>'],
  b: ['<b>', '</b>'],
  strong: ['<b>', '</b>'],
  bold: ['<b>', '</b>'],
  sup: ['<sup>', '</sup>'],
  sub: ['<sub>', '</sub>'],
  sc: [SMALL_CAPS, '</span>'],
  scp: [SMALL_CAPS, '</span>'],
};

// MathML's <annotation> repeats the formula as TeX or the like; reading it too would print the
// formula twice.
const SKIPPED = new Set(['annotation', 'annotation-xml', 'script', 'style']);

interface Frame {
  readonly name: string;
  readonly close: string;
  readonly skip: boolean;
  elementChildren: number;
}

/** A title reduced to CSL's inline markup, entities decoded and white space collapsed. */
export function reduceTitleMarkup(raw: string): string {
  if (!/[<&]/.test(raw)) return collapseSpace(raw);
  let out = '';
  const stack: Frame[] = [];
  const skipping = () => stack.some((frame) => frame.skip);
  const parser = new Parser(
    {
      onopentag(rawName) {
        const name = localName(rawName);
        const parent = stack[stack.length - 1];
        if (parent !== undefined) parent.elementChildren += 1;
        // In MathML <msup>/<msub> the second child is the exponent or index.
        const script = parent !== undefined && parent.elementChildren === 2 ? SCRIPT_OF[parent.name] : undefined;
        const [open, close] = CSL_EQUIVALENTS[name] ?? script ?? ['', ''];
        const skip = SKIPPED.has(name);
        if (!skip && !skipping()) out += open;
        stack.push({ name, close: skip ? '' : close, skip, elementChildren: 0 });
      },
      ontext(text) {
        if (!skipping()) out += text;
      },
      onclosetag() {
        const frame = stack.pop();
        if (frame !== undefined && !skipping()) out += frame.close;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(raw);
  parser.end();
  return collapseSpace(out.replace(/<(i|b|sup|sub)>\s*<\/\1>/g, ''));
}

const SCRIPT_OF: Readonly<Record<string, readonly [string, string]>> = {
  msup: ['<sup>', '</sup>'],
  msub: ['<sub>', '</sub>'],
};

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
