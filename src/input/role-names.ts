import type { ContributionRole } from '../model/record.js';

// The names of contribution roles, shared by the marks file and BibTeX's `author+an` annotations;
// apart from read-marks.ts so that reading BibTeX never loads yaml.

// A Map, not an object literal: a key such as "constructor" must not find Object.prototype's.
const ROLE_NAMES: ReadonlyMap<string, ContributionRole> = new Map([
  ['co-first', 'co-first'],
  ['cofirst', 'co-first'],
  ['co-first-author', 'co-first'],
  ['joint-first', 'co-first'],
  ['equal', 'equal'],
  ['equal-contribution', 'equal'],
  ['corresponding', 'corresponding'],
  ['corresponding-author', 'corresponding'],
  ['student', 'student'],
  ['advisee', 'student'],
  ['mentee', 'student'],
]);

/** The role a key names ("Co-first", "co_first", "advisee"), if any. */
export function roleNamed(text: string): ContributionRole | undefined {
  return ROLE_NAMES.get(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  );
}
