import type { ParsedRun } from './csl-html-to-runs.js';
import type { Mark, Run } from '../model/index.js';

/** Text that may stand between two parts of one rendered name ("Sui, Y.", "Y. Sui", "Sui YJ"). */
const NAME_PART_SEPARATOR = /^[\s,]{0,3}$/;

const OWNER: Mark = { type: 'owner' };

/**
 * Marks the separator between two parts of the same owner name as owner too, so "Sui, Y." is
 * highlighted as one span. Parts of different names (an owner listed twice) stay apart.
 * Also drops the period citeproc doubles after a tagged initial ("Sui, Y.. (2024)"): its
 * punctuation merging does not see through the tag.
 */
export function joinOwnerParts(runs: readonly ParsedRun[]): Run[] {
  const out: Run[] = runs.map(({ text, marks }, i) => {
    const previous = runs[i - 1];
    const doubled = previous?.ownerName && !runs[i]?.ownerName && previous.text.endsWith('.') && text.startsWith('.');
    return { text: doubled ? text.slice(1) : text, marks };
  });
  for (let i = 1; i + 1 < runs.length; i += 1) {
    const before = runs[i - 1];
    const between = runs[i];
    const after = runs[i + 1];
    if (!before?.ownerName || !after?.ownerName || !between || between.ownerName) continue;
    if (before.ownerName !== after.ownerName || !NAME_PART_SEPARATOR.test(between.text)) continue;
    out[i] = { text: out[i]?.text ?? between.text, marks: [...between.marks, OWNER] };
  }
  return out;
}
