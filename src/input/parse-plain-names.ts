import type { CslName } from '../model/record.js';

/** A `null` (unknown) name part that was left out, with where it stood. */
interface NullPart {
  /** 1-based position of the author in the list. */
  readonly author: number;
  /** 1-based column of the `null` in its line. */
  readonly column: number;
  readonly written: string;
  readonly part: 'family' | 'given';
}

/** Authors of one plain-list line, or why they could not be paired. */
type ParsedNames = { readonly ok: true; readonly names: CslName[]; readonly nulls: NullPart[] } | { readonly ok: false; readonly partCount: number };

interface Part {
  readonly text: string;
  readonly column: number;
}

function splitParts(line: string): Part[] {
  const parts: Part[] = [];
  for (const match of line.matchAll(/[^,]*/g)) {
    // matchAll also yields the empty match after each part; only those at a part start count.
    const start = match.index ?? 0;
    if (start !== 0 && line[start - 1] !== ',') continue;
    const leading = match[0].length - match[0].trimStart().length;
    parts.push({ text: match[0].trim(), column: start + leading + 1 });
  }
  // A trailing comma ("Sui, Yang,") is a slip, not an empty name part.
  return parts.length > 1 && parts[parts.length - 1]?.text === '' ? parts.slice(0, -1) : parts;
}

/**
 * Pairs a flattened "Family, Given, Family, Given" line into CSL names. A part written `null` is
 * unknown: it is left out (and reported) while the other part of the name is kept.
 */
export function parsePlainNames(line: string): ParsedNames {
  const parts = splitParts(line);
  if (parts.length % 2 !== 0) return { ok: false, partCount: parts.length };
  const names: CslName[] = [];
  const nulls: NullPart[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [family, given] = [parts[i], parts[i + 1]];
    if (!family || !given) continue;
    const written = `${family.text}, ${given.text}`;
    const author = i / 2 + 1;
    const name: CslName = {};
    if (family.text === 'null') nulls.push({ author, column: family.column, written, part: 'family' });
    else if (family.text !== '') name.family = family.text;
    if (given.text === 'null') nulls.push({ author, column: given.column, written, part: 'given' });
    else if (given.text !== '') name.given = given.text;
    if (name.family !== undefined || name.given !== undefined) names.push(name);
  }
  return { ok: true, names, nulls };
}
