import { roleNamed } from './role-names.js';
import type { Contribution } from '../model/record.js';

/**
 * Contributions from a BibLaTeX data annotation on the author list, `author+an = {1=equal;
 * 2=equal,corresponding; 4=student}`: 1-based author numbers, roles separated by commas (quotes
 * allowed). Annotations pubcv has no role for ("highlight", part annotations such as
 * `2:family=...`) are left alone.
 */
export function contributionsFromAnnotation(value: string | undefined): Contribution[] {
  if (value === undefined) return [];
  const contributions: Contribution[] = [];
  for (const item of value.replace(/^\s*\{|\}\s*$/g, '').split(';')) {
    const match = /^\s*(\d+)\s*=\s*(.+?)\s*$/.exec(item);
    if (!match?.[1] || !match[2]) continue;
    const author = Number(match[1]) - 1;
    for (const word of match[2].split(',')) {
      const role = roleNamed(word.replace(/["{}]/g, ''));
      if (role && author >= 0) contributions.push({ author, role });
    }
  }
  return contributions;
}
