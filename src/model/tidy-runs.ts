import type { Mark, Run } from './index.js';

/** True when two mark sets are equal, ignoring order. */
export function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m) => b.some((n) => n.type === m.type && (m.type !== 'link' || (n.type === 'link' && n.href === m.href))));
}

/** Collapses whitespace the way a browser would, trims the ends and merges runs with equal marks. */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  let previousEndsWithSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/[ \t\r\n\f]+/g, ' ');
    if (previousEndsWithSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    previousEndsWithSpace = text.endsWith(' ');
    const last = merged[merged.length - 1];
    if (last && sameMarks(last.marks, run.marks)) merged[merged.length - 1] = { text: last.text + text, marks: last.marks };
    else merged.push({ text, marks: [...run.marks] });
  }
  const last = merged[merged.length - 1];
  if (last?.text.endsWith(' ')) {
    const text = last.text.replace(/ +$/, '');
    if (text === '') merged.pop();
    else merged[merged.length - 1] = { text, marks: last.marks };
  }
  return merged;
}
