import type { Mark, Run } from './marks.js';

/** Runs as a tree of nested marks, for formats that write marks as open/close pairs. */
export type RunNode = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mark'; readonly mark: Mark; readonly children: readonly RunNode[] };

/**
 * Outer-to-inner nesting when several marks start together: a link outermost so a linked text
 * is one link, an isolate next so it holds the whole name, the owner next so its element covers
 * its own bold or italic parts.
 */
const NESTING_ORDER: readonly Mark['type'][] = ['link', 'isolate', 'owner', 'bold', 'italic', 'underline', 'smallCaps', 'superscript', 'subscript'];

/** Two marks are the same element when their types (and for links, targets) agree. */
function markKey(mark: Mark): string {
  return mark.type === 'link' ? `link ${mark.href}` : mark.type;
}

/** A run's marks in nesting order, without duplicates. */
function orderedMarks(marks: readonly Mark[]): Mark[] {
  const rank = (m: Mark): number => NESTING_ORDER.indexOf(m.type);
  const out: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => rank(a) - rank(b))) {
    if (!out.some((m) => markKey(m) === markKey(mark))) out.push(mark);
  }
  return out;
}

interface OpenMark {
  readonly key: string;
  readonly children: RunNode[];
}

/**
 * Nests runs into a tree of marks. An element stays open across adjacent runs that share it,
 * so bold "a" then bold-italic "b" is bold(a, italic(b)), not two bold elements.
 */
export function nestRuns(runs: readonly Run[]): RunNode[] {
  const root: RunNode[] = [];
  const open: OpenMark[] = [];
  const current = (): RunNode[] => open[open.length - 1]?.children ?? root;
  for (const run of runs) {
    if (run.text === '') continue;
    const wanted = orderedMarks(run.marks);
    const wantedKeys = new Set(wanted.map(markKey));
    let keep = 0;
    while (keep < open.length && wantedKeys.has(open[keep]!.key)) keep++;
    open.length = keep;
    for (const mark of wanted) {
      const key = markKey(mark);
      if (open.some((o) => o.key === key)) continue;
      const children: RunNode[] = [];
      current().push({ kind: 'mark', mark, children });
      open.push({ key, children });
    }
    current().push({ kind: 'text', text: run.text });
  }
  return root;
}
