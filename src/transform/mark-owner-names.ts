import { wrapOwnerPart } from '../build/owner-sentinel.js';
import type { Diagnostic, Result } from '../errors.js';
import type { CslName, SourceRecord } from '../input/record.js';
import { foldName, type OwnerName } from './owner-name.js';

type Match = 'full' | 'family-only';

/** True when two given names can be the same person's: equal, or one is the other's initial. */
function givenNamesAgree(a: string, b: string): boolean {
  const first = (s: string) => foldName(s).split(' ')[0] ?? '';
  const x = first(a);
  const y = first(b);
  if (x === '' || y === '') return false;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x === y;
}

function matchName(name: CslName, owner: OwnerName): Match | undefined {
  const ownerFamily = foldName(owner.family);
  const family = foldName(name.family ?? '');
  const withParticle = foldName(`${name['non-dropping-particle'] ?? ''} ${name.family ?? ''}`);
  if (name.literal !== undefined) {
    const literal = foldName(name.literal);
    const full = foldName(owner.given ? `${owner.given} ${owner.family}` : owner.family);
    return literal === full ? 'full' : undefined;
  }
  if (family !== ownerFamily && withParticle !== ownerFamily) return undefined;
  if (!owner.given || !name.given) return 'family-only';
  return givenNamesAgree(name.given, owner.given) ? 'full' : undefined;
}

const PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix', 'literal'] as const;

/** Wraps every part of a name in the owner tag; `index` alternates the tag between names. */
function wrapName(name: CslName, index: number): CslName {
  const wrapped: CslName = { ...name };
  for (const part of PARTS) {
    const value = name[part];
    if (typeof value === 'string' && value !== '') wrapped[part] = wrapOwnerPart(value, index);
  }
  return wrapped;
}

/**
 * Tags the owner's names in every record's author and editor lists before formatting, and
 * reports entries where the owner is missing or only matches by family name.
 */
export function markOwnerNames(records: readonly SourceRecord[], owners: readonly OwnerName[]): Result<SourceRecord[]> {
  const diagnostics: Diagnostic[] = [];
  if (owners.length === 0) return { value: [...records], diagnostics };
  const value = records.map((record) => {
    let found = 0;
    let weak = 0;
    const item = { ...record.item };
    for (const role of ['author', 'editor'] as const) {
      const names = item[role];
      if (!Array.isArray(names)) continue;
      item[role] = names.map((name) => {
        const matches = owners.map((o) => matchName(name, o));
        const match = matches.includes('full') ? 'full' : matches.includes('family-only') ? 'family-only' : undefined;
        if (!match) return name;
        if (match === 'family-only') weak += 1;
        found += 1;
        return wrapName(name, found);
      });
    }
    const where = { file: record.source.file, line: record.source.line, entry: item.id };
    if (found === 0) {
      diagnostics.push({ severity: 'warning', code: 'owner-not-found', message: 'the owner is not among the authors or editors', ...where });
    } else if (weak > 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'owner-ambiguous',
        message: 'an author has the owner\'s family name but no given name; highlighted as the owner',
        ...where,
      });
    }
    return { item, source: record.source };
  });
  return { value, diagnostics };
}
