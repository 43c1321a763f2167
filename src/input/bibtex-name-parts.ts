import { diacritics } from '../normalize/latex-tables.js';

/** A BibTeX name split into its four parts, each still LaTeX. */
interface BibtexNameParts {
  readonly first: string;
  readonly von: string;
  readonly last: string;
  readonly jr: string;
}

type WordCase = 'lower' | 'upper' | 'none';

// biblatex's extended name format: `given=Hermann, prefix=von, family=Helmholtz`.
const EXTENDED_KEYS: Readonly<Record<string, keyof BibtexNameParts>> = { given: 'first', prefix: 'von', family: 'last', suffix: 'jr' };
const EXTENDED = /^\s*(given|family|prefix|suffix|useprefix)\s*=/i;
const SUFFIX = /^(?:jr|sr|jun|sen|[IVX]{1,4}|\d(?:st|nd|rd|th)|dr|prof|phd|ph\.d|md)\.?$/i;
// Titles are not part of a name as a bibliography prints it.
const HONORIFIC = /^(?:dr|prof)\.?$/i;

/** Splits `text` at `separator` (which starts with a space, a comma or a hyphen) where it stands outside braces. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === '-' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')) {
      separator.lastIndex = i;
      const match = separator.exec(text);
      if (match !== null && match.index === i) {
        parts.push(text.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The names of a BibTeX name list: split at `and` (any case) outside braces. */
export function splitNameList(value: string): string[] {
  return splitTopLevel(value, /\s+and(?:\s+|$)/iy)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * The case of a word as BibTeX decides it: by its first letter outside braces. A braced special
 * character (`{\AA}`, `{\'e}`) counts with the case of its letter; other braced groups are skipped.
 * A hyphen does not start a new word, so `Ji-woo` is upper case (given name), as in pandoc.
 */
function wordCase(word: string): WordCase {
  let depth = 0;
  for (let i = 0; i < word.length; i += 1) {
    const ch = word[i] ?? '';
    if (ch === '{') {
      if (depth === 0 && word[i + 1] === '\\') return specialCase(word.slice(i + 2));
      depth += 1;
    } else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\\' && depth === 0) {
      // An accent outside braces (`\'Eva`): the case of the accented letter decides.
      const command = /^[a-zA-Z]+/.exec(word.slice(i + 1))?.[0] ?? word[i + 1] ?? '';
      if (Object.hasOwn(diacritics, command)) i += command.length;
      else return letterCase(command);
    } else if (depth === 0 && /\p{L}/u.test(ch)) return letterCase(ch);
  }
  return 'none';
}

/** The case of a special character's text after `{\`: `AA}` upper, `'e}` lower, `v{C}}` upper. */
function specialCase(rest: string): WordCase {
  const command = /^[a-zA-Z]+/.exec(rest)?.[0] ?? rest[0] ?? '';
  if (!Object.hasOwn(diacritics, command)) return letterCase(command);
  const letter = /\p{L}/u.exec(rest.slice(command.length).replace(/^\s*\\[ij](?![a-zA-Z])/, 'i'));
  return letter === null ? 'none' : letterCase(letter[0]);
}

function letterCase(text: string): WordCase {
  const ch = /\p{L}/u.exec(text)?.[0];
  if (ch === undefined) return 'none';
  return ch !== ch.toUpperCase() ? 'lower' : ch !== ch.toLowerCase() ? 'upper' : 'none';
}

function words(part: string): string[] {
  return splitTopLevel(part.trim(), /\s+/y).filter((word) => word !== '');
}

/**
 * von and Last: as in BibTeX, von runs from the first word to the last lower-case word but one.
 * Here BibTeX splits words at hyphens too, so in `A-b C, D` the lower-case `b` makes `A-b` the von
 * part; the hyphenated word stays whole on one side.
 */
function splitVonLast(list: readonly string[]): { von: string; last: string } {
  let vonEnd = list.length - 2;
  while (vonEnd >= 0 && !hyphenatedPieces(list[vonEnd] ?? '').some((piece) => wordCase(piece) === 'lower')) vonEnd -= 1;
  return { von: list.slice(0, vonEnd + 1).join(' '), last: list.slice(vonEnd + 1).join(' ') };
}

/** The pieces of a word between hyphens outside braces (`Jean-{Paul}` -> `Jean`, `{Paul}`). */
function hyphenatedPieces(word: string): string[] {
  return splitTopLevel(word, /-/y).filter((piece) => piece !== '');
}

/** `First von Last`: First is what comes before the first lower-case word (the last word is always Last). */
function splitFirstVonLast(list: readonly string[]): BibtexNameParts {
  const vonStart = list.slice(0, -1).findIndex((word) => wordCase(word) === 'lower');
  if (vonStart < 0) return { first: list.slice(0, -1).join(' '), von: '', last: list.slice(-1).join(' '), jr: '' };
  const { von, last } = splitVonLast(list.slice(vonStart));
  return { first: list.slice(0, vonStart).join(' '), von, last, jr: '' };
}

function parseExtended(name: string): BibtexNameParts {
  const parts: Record<keyof BibtexNameParts, string> = { first: '', von: '', last: '', jr: '' };
  for (const pair of splitTopLevel(name, /,/y)) {
    const [key = '', ...value] = pair.split('=');
    const part = EXTENDED_KEYS[key.trim().toLowerCase()];
    if (part !== undefined)
      parts[part] = value
        .join('=')
        .trim()
        .replace(/^\{([^]*)\}$/, '$1');
  }
  return parts;
}

/**
 * Splits one name into First, von, Last and Jr by BibTeX's rules ("First von Last",
 * "von Last, First", "von Last, Jr, First"), or biblatex's `family=..., given=...` form.
 */
export function parseBibtexName(name: string): BibtexNameParts {
  if (EXTENDED.test(name)) return parseExtended(name);
  const [head = '', ...rest] = splitTopLevel(name, /,/y).map((part) => part.trim());
  if (rest.length === 0) {
    const list = words(head);
    return list.length === 0 ? { first: '', von: '', last: '', jr: '' } : splitFirstVonLast(list);
  }
  const { von, last } = splitVonLast(words(head));
  // Only the three-part form has a Jr: in `Xu, Sen` or `Gravemeier, V.` the part after the one
  // comma is First, however much it looks like `Sen.` or `V`. More commas than BibTeX allows go to
  // First rather than being lost.
  let [jr = '', first = ''] = rest.length === 1 ? ['', rest[0]] : [rest[0], rest.slice(1).join(', ')];
  // NASA ADS writes `{Davidson}, James W., Jr.` and `{Khalatyan}, Arman, Dr.`: Jr last, not second.
  if (rest.length > 1 && SUFFIX.test(first) && !SUFFIX.test(jr)) [jr, first] = [first, jr];
  if (HONORIFIC.test(jr)) jr = '';
  return { ...trailingVon(first, von), last, jr };
}

/**
 * `Berg, Jan van der`: lower-case words at the end of First are the von part written last, as
 * pandoc reads them (BibTeX would keep them in First; no given name ends in a lower-case word).
 */
function trailingVon(first: string, von: string): { first: string; von: string } {
  const list = words(first);
  let start = list.length;
  while (start > 1 && wordCase(list[start - 1] ?? '') === 'lower') start -= 1;
  if (von !== '' || start === list.length) return { first, von };
  return { first: list.slice(0, start).join(' '), von: list.slice(start).join(' ') };
}
