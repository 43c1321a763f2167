import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../model/errors.js';
import type { Mark, Run } from '../model/index.js';

/**
 * A run as read from citeproc's output. `ownerName` tells which owner tag (outer sup or outer
 * sub, alternating from one owner name to the next) it came from, so that the parts of one
 * name can be joined and two names never are.
 */
export interface ParsedRun extends Run {
  readonly ownerName?: 'sup' | 'sub';
}

/** One bibliography entry as citeproc rendered it. */
interface ParsedEntry {
  readonly label?: string;
  readonly runs: ParsedRun[];
  readonly diagnostics: Diagnostic[];
}

interface OpenElement {
  readonly name: string;
  /** Set on a superscript once it turns out to be the owner tag's outer element. */
  holdsOwner?: boolean;
  /** What the element does to the marks in force inside it. */
  readonly apply: (marks: Mark[]) => Mark[];
  readonly role: 'label' | 'owner' | 'vertical' | 'content';
}

const add = (mark: Mark) => (marks: Mark[]) => (marks.some((m) => m.type === mark.type) ? marks : [...marks, mark]);
const remove = (type: Mark['type']) => (marks: Mark[]) => marks.filter((m) => m.type !== type);
const keep = (marks: Mark[]) => marks;

/** Maps citeproc's inline style attributes (html output format) to mark changes. */
const STYLE_EFFECTS: Record<string, (marks: Mark[]) => Mark[]> = {
  'font-style:italic': add({ type: 'italic' }),
  'font-style:oblique': add({ type: 'italic' }),
  'font-style:normal': remove('italic'),
  'font-variant:small-caps': add({ type: 'smallCaps' }),
  'font-variant:normal': remove('smallCaps'),
  'font-weight:bold': add({ type: 'bold' }),
  'font-weight:normal': remove('bold'),
  'font-weight:light': remove('bold'),
  'text-decoration:underline': add({ type: 'underline' }),
  'text-decoration:none': remove('underline'),
  'vertical-align:sup': add({ type: 'superscript' }),
  'vertical-align:sub': add({ type: 'subscript' }),
  'vertical-align:baseline': (m) => remove('subscript')(remove('superscript')(m)),
};

function styleEffect(style: string): (marks: Mark[]) => Mark[] {
  const effects = style
    .split(';')
    .map((decl) => decl.replace(/\s+/g, '').toLowerCase())
    .filter((decl) => decl !== '')
    .map((decl) => STYLE_EFFECTS[decl] ?? keep);
  return (marks) => effects.reduce((acc, f) => f(acc), marks);
}

function elementEffect(name: string, attrs: Record<string, string>): (marks: Mark[]) => Mark[] {
  switch (name) {
    case 'i':
    case 'em':
      return add({ type: 'italic' });
    case 'b':
    case 'strong':
      return add({ type: 'bold' });
    case 'u':
      return add({ type: 'underline' });
    case 'sup':
      return add({ type: 'superscript' });
    case 'sub':
      return add({ type: 'subscript' });
    case 'a':
      return attrs.href ? add({ type: 'link', href: attrs.href }) : keep;
    case 'span':
      if (attrs.class === 'nodecor') return () => [];
      return attrs.style ? styleEffect(attrs.style) : keep;
    default:
      return keep;
  }
}

/**
 * Parses one entry of citeproc's `html` output into runs. citeproc's HTML vocabulary is small
 * and fixed, so this is a reading of that format, not a general HTML converter.
 */
export function cslHtmlToRuns(html: string, entryId: string): ParsedEntry {
  const stack: OpenElement[] = [];
  const runs: ParsedRun[] = [];
  const diagnostics: Diagnostic[] = [];
  let label = '';
  let marks: Mark[] = [];

  const inRole = (role: OpenElement['role']) => stack.some((e) => e.role === role);
  const recompute = () => {
    marks = stack.reduce<Mark[]>((acc, e) => e.apply(acc), []);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1];
        let role: OpenElement['role'] = 'content';
        let apply = elementEffect(name, attrs);
        if (name === 'div' && attrs.class === 'csl-left-margin') role = 'label';
        else if (name === 'div') apply = keep;
        else if (name === 'sup' || name === 'sub') role = 'vertical';
        if ((name === 'sub' || name === 'sup') && parent?.role === 'vertical' && parent.name !== name) {
          parent.holdsOwner = true;
          role = 'owner';
          apply = (m) => add({ type: 'owner' })(remove('subscript')(remove('superscript')(m)));
        }
        stack.push({ name, apply, role });
        recompute();
      },
      ontext(text) {
        if (inRole('label')) {
          label += text;
          return;
        }
        // Whitespace citeproc leaves inside the owner's tag, beside the name, is an artefact of
        // moving an initial's trailing space inside the markup; the unmarked name has none.
        const top = stack[stack.length - 1];
        if (top?.holdsOwner && text.trim() === '') return;
        const owner = top?.role === 'owner' ? stack[stack.length - 2] : undefined;
        const last = runs[runs.length - 1];
        // The parser splits text at entities; marks are recomputed only at tags, so the same
        // array means the same formatting.
        if (last && last.marks === marks) runs[runs.length - 1] = { ...last, text: last.text + text };
        else runs.push(owner ? { text, marks, ownerName: owner.name === 'sup' ? 'sup' : 'sub' } : { text, marks });
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open && open.name !== name) {
          diagnostics.push({
            severity: 'warning',
            code: 'csl-output',
            message: `unexpected </${name}> in formatted entry`,
            entry: entryId,
          });
        }
        recompute();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const trimmedLabel = label.replace(/\s+/g, ' ').trim();
  return { ...(trimmedLabel ? { label: trimmedLabel } : {}), runs, diagnostics };
}
