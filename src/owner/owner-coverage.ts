import type { Diagnostic } from '../model/errors.js';
import type { NameKey } from './owner-match.js';
import type { NameCount } from './names-in-data.js';
import { nearMissNames } from './names-in-data.js';

const entriesWord = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;
const counted = (names: readonly NameCount[]): string => names.map((n) => `'${n.label}' (${entriesWord(n.entries)})`).join(', ');
const orList = (names: readonly NameCount[]): string => names.map((n) => `'${n.label}' (${entriesWord(n.entries)})`).join(' or ');

/** The ids of the entries without the owner, the first ten. */
function missingList(missing: readonly string[]): string {
  const shown = missing.slice(0, 10).join(', ');
  return missing.length > 10 ? `${shown}, … (${missing.length} entries)` : shown;
}

/** What the owner was looked for and where it was not found. */
interface OwnerCoverage {
  /** The owner's spellings as the user gave them. */
  readonly labels: readonly string[];
  readonly keys: readonly NameKey[];
  /** Entries the owner was looked in. */
  readonly total: number;
  /** Entries the owner was highlighted in. */
  readonly matched: number;
  /** Ids of the entries whose names hold no one like the owner. */
  readonly missing: readonly string[];
  /** The names the entries hold (namesInData). */
  readonly names: readonly NameCount[];
}

/**
 * One diagnostic for the whole build about where the owner was not found, instead of one per
 * entry: an error when no entry has the owner (a misspelt --name, or the wrong person), naming
 * the spellings in the data it may have meant, else the most frequent names; a warning when some
 * entries lack the owner, naming them and the near misses. Undefined when every entry has the owner.
 */
export function ownerCoverage(c: OwnerCoverage): Diagnostic | undefined {
  if (c.total === 0 || c.missing.length === 0) return undefined;
  const others = c.labels.slice(1).map((l) => `'${l}'`);
  const who = `'${c.labels[0] ?? ''}'${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`;
  const near = nearMissNames(c.names, c.keys);
  const head = `the owner ${who} matched ${c.matched} of ${entriesWord(c.total)}`;
  const guess = near.length > 0 ? `did you mean ${orList(near)}?` : undefined;
  if (c.matched === 0) {
    // Entries that name no one (a list of titles) cannot show the owner: no misspelt name to fix.
    if (c.names.length === 0) return { severity: 'warning', code: 'owner-not-found', message: `${head}; the entries name no one` };
    const hint = guess ?? `the names the entries hold most often are ${counted(c.names.slice(0, 3))}`;
    return { severity: 'error', code: 'owner-not-found', message: `${head}; ${hint}` };
  }
  const rare = c.matched * 2 < c.total ? ' (fewer than half)' : '';
  const parts = [`${head}${rare}`, `not found in ${missingList(c.missing)}`, ...(guess ? [guess] : [])];
  return { severity: 'warning', code: 'owner-not-found', message: parts.join('; ') };
}
