/** The CV owner's name as the user gave it. */
export interface OwnerName {
  readonly family: string;
  readonly given?: string;
}

/**
 * Parses "Family, Given" (or "Given Family" when there is no comma, taking the last word as
 * the family name). Returns undefined for an empty string.
 */
export function parseOwnerName(text: string): OwnerName | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  const comma = clean.indexOf(',');
  if (comma >= 0) {
    const family = clean.slice(0, comma).trim();
    const given = clean.slice(comma + 1).trim();
    if (family === '') return undefined;
    return given ? { family, given } : { family };
  }
  const words = clean.split(' ');
  const family = words.pop() ?? clean;
  return words.length > 0 ? { family, given: words.join(' ') } : { family };
}

/** "Yang Sui" for display. */
export function displayOwnerName(name: OwnerName): string {
  return name.given ? `${name.given} ${name.family}` : name.family;
}

const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };

/** Case- and accent-insensitive form of a name part, for matching only. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøßđæœıþð]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
