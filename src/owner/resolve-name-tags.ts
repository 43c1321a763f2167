import { readNameMarker } from './owner-sentinel.js';
import type { ContributionRole } from '../model/record.js';
import { hasMark, type Mark, type Run } from '../model/index.js';
import { symbolsFor, underlines, type ContributionLooks, type RoleLook } from './contribution-looks.js';
import type { NameTag } from './tag-names.js';
import { tidyRuns } from '../model/tidy-runs.js';

const SUPERSCRIPT: Mark = { type: 'superscript' };
const UNDERLINE: Mark = { type: 'underline' };
const ISOLATE: Mark = { type: 'isolate' };

/** What one formatted entry's tagged names became, and which roles it drew. */
interface ResolvedEntry {
  readonly runs: Run[];
  readonly roles: ReadonlySet<ContributionRole>;
  /** Some name in it is one of the people to mark (not the owner). */
  readonly people: boolean;
}

/** The marks a symbol after the name keeps: the surrounding formatting, not the name's own look. */
function symbolMarks(marks: readonly Mark[]): Mark[] {
  return [...marks.filter((m) => m.type !== 'owner' && m.type !== 'underline' && m.type !== 'superscript'), SUPERSCRIPT];
}

/**
 * Turns tagged names (the `owner`-marked spans citeproc's output gives every tagged name) into
 * what they stand for: the owner keeps the mark, other names lose it; roles add an underline
 * and superscript symbols after the name, and so does `people`'s look for one of the people to
 * mark (the owner's highlight wins over it); a name written against the document's direction is
 * isolated (its symbols stay outside). The invisible table numbers are removed. A span
 * without a number (a name tagged by markOwnerNames alone) stays the owner's.
 */
export function resolveNameTags(runs: readonly Run[], tags: readonly NameTag[], looks: ContributionLooks, people?: RoleLook): ResolvedEntry {
  const out: Run[] = [];
  const roles = new Set<ContributionRole>();
  let marked = false;
  let i = 0;
  while (i < runs.length) {
    const start = runs[i];
    if (!start || !hasMark(start.marks, 'owner')) {
      // A number citeproc moved out of its name is still no text to print.
      if (start) out.push({ text: readNameMarker(start.text).text, marks: start.marks });
      i += 1;
      continue;
    }
    let end = i;
    while (end < runs.length && hasMark(runs[end]?.marks ?? [], 'owner')) end += 1;
    let id: number | undefined;
    const span = runs.slice(i, end).map((run) => {
      const read = readNameMarker(run.text);
      if (read.id !== undefined) id = read.id;
      return { text: read.text, marks: run.marks };
    });
    const tag = id === undefined ? undefined : tags[id];
    const owner = tag?.owner ?? true;
    const named = tag?.roles ?? [];
    const person = !owner && tag?.person === true && people !== undefined;
    if (person) marked = true;
    const underline = underlines(named, looks) || (person && people.underline);
    for (const run of span) {
      let marks = owner ? run.marks : run.marks.filter((m) => m.type !== 'owner');
      if (underline && !hasMark(marks, 'underline')) marks = [...marks, UNDERLINE];
      if (tag?.isolate && !hasMark(marks, 'isolate')) marks = [...marks, ISOLATE];
      out.push({ text: run.text, marks });
    }
    const own = symbolsFor(named, looks);
    const symbols = person && !own.includes(people.symbol) ? own + people.symbol : own;
    const last = runs[end - 1];
    if (symbols && last) out.push({ text: symbols, marks: symbolMarks(last.marks) });
    for (const role of named) roles.add(role);
    i = end;
  }
  return { runs: tidyRuns(out), roles, people: marked };
}
