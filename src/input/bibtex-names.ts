import { stripMarkup } from '../text/strip-markup.js';
import { latexToCslMarkup } from '../normalize/latex-to-csl-markup.js';
import { parseBibtexName, splitNameList } from './bibtex-name-parts.js';
import type { Contribution, ContributionRole, CslName } from '../model/record.js';

/** A BibTeX name list as CSL names, with what was recognised around the names. */
interface ConvertedNames {
  /** A trailing `and others` or `et al.` becomes a last name `{ literal: 'et al.' }`. */
  readonly names: CslName[];
  /** Annotations such as `(co-first author)`, by index into `names`. */
  readonly contributions: Contribution[];
  /** Whether bold/italic markup around names (people bold their own name) was removed. */
  readonly unmarked: boolean;
}

// One level of nested braces is enough for names such as `\textbf{L. Leal-Taix{\'e}}`.
const BRACED = String.raw`((?:[^{}]|\{[^{}]*\})*)`;
// HTML tags go; a LaTeX command or switch leaves its content (the first group).
const NAME_MARKUP: readonly RegExp[] = [
  /<\/?(?:strong|b|em|i|u)>/gi,
  new RegExp(String.raw`\\(?:textbf|textit|emph|underline|uline)\s*\{${BRACED}\}`, 'g'),
  new RegExp(String.raw`\{\\(?:bf|bfseries|em|it|itshape)\s+${BRACED}\}`, 'g'),
];
const ET_AL = /(?:\s*,)?\s+et\.?\s*al\.?$/i;
const ET_AL_NAME = /^(?:others|et\.?\s*al\.?)$/i;

// Annotations people write after a name to say what that author did.
const ANNOTATIONS: ReadonlyArray<readonly [RegExp, ContributionRole]> = [
  [/\s*\(\s*(?:co-?first|joint[- ]first|shared[- ]first)(?:\s+authors?)?\s*\)/i, 'co-first'],
  [/\s*\(\s*(?:equal(?:ly)?[- ]contribut(?:ion|ing|ed)|contributed equally)(?:\s+authors?)?\s*\)/i, 'equal'],
  [/\s*\(\s*corresponding(?:\s+author)?\s*\)/i, 'corresponding'],
  // A star after the name (`Doe*, J.`, `J. Doe$^*$`) marks equal contribution on most CVs.
  [/(?:\$\^\{?(?:\*|\\ast)\}?\$|\\textsuperscript\{\*\}|\^\*|\*)(?=\s*(?:,|$))/, 'equal'],
];

/** A name part in Unicode: LaTeX converted, markup and ties dropped, spaces collapsed. */
function namePart(latex: string): string {
  return stripMarkup(latexToCslMarkup(latex, { protectCase: false }))
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** One written name as read: its CSL form and the contribution its annotation gives. */
interface ReadName {
  readonly csl?: CslName;
  readonly role?: ContributionRole;
}

// Names repeat across a bibliography (IRIDIA builds author lists from @string macros): each
// distinct one is read once. Cleared when large, so a long-running watch does not grow it.
const known = new Map<string, ReadName>();
const CACHE_LIMIT = 50_000;

function readName(written: string): ReadName {
  let read = known.get(written);
  if (read === undefined) {
    if (known.size >= CACHE_LIMIT) known.clear();
    const { name, role } = takeAnnotation(written);
    const csl = parseCslName(name);
    read = { ...(csl ? { csl } : {}), ...(role ? { role } : {}) };
    known.set(written, read);
  }
  // Later stages may change names (owner marking): each entry gets its own copy.
  return read.csl === undefined ? read : { ...read, csl: { ...read.csl } };
}

function parseCslName(name: string): CslName | undefined {
  const parts = parseBibtexName(name);
  const csl: CslName = {};
  const family = namePart(parts.last);
  const given = namePart(parts.first);
  const particle = namePart(parts.von);
  const suffix = namePart(parts.jr);
  if (given !== '') csl.given = given;
  if (particle !== '') csl['non-dropping-particle'] = particle;
  if (family !== '') csl.family = family;
  if (suffix !== '') csl.suffix = suffix;
  return Object.keys(csl).length === 0 ? undefined : csl;
}

function takeAnnotation(name: string): { name: string; role?: ContributionRole } {
  for (const [pattern, role] of ANNOTATIONS) {
    if (pattern.test(name)) return { name: name.replace(pattern, '').trim(), role };
  }
  return { name };
}

/**
 * Bold/italic markup removed from one written name. A group that holds several names by BibTeX's
 * rules (`{\bf A and B}`) is one name to BibTeX, so its content stays braced: one name, not two.
 */
function unmarkName(written: string): string {
  if (!written.includes('<') && !written.includes('\\')) return written;
  // Without a group, `replace` passes the match's offset (a number) where the group would be.
  const unwrap = (_match: string, inner: unknown): string => (typeof inner !== 'string' ? '' : splitNameList(inner).length > 1 ? `{${inner}}` : inner);
  return NAME_MARKUP.reduce((text, pattern) => text.replace(pattern, unwrap), written);
}

/**
 * Converts a BibTeX name field into CSL names by BibTeX's own rules (see parseBibtexName):
 * lower-case von parts become CSL non-dropping particles, as BibTeX prints them ("de la Cruz, P.").
 * The list is split before markup is removed, as BibTeX splits only outside braces.
 */
export function convertBibtexNames(value: string): ConvertedNames {
  let text = value.replace(/\s+/g, ' ').trim();
  let etAl = false;
  if (/al\.?$/i.test(text) && ET_AL.test(text)) {
    etAl = true;
    text = text.replace(ET_AL, '');
  }
  const names: CslName[] = [];
  const contributions: Contribution[] = [];
  let unmarked = false;
  for (const marked of splitNameList(text)) {
    const written = unmarkName(marked).trim();
    if (written !== marked) unmarked = true;
    if (ET_AL_NAME.test(written)) {
      etAl = true;
      continue;
    }
    const { csl, role } = readName(written);
    if (csl === undefined) continue;
    if (role !== undefined) contributions.push({ author: names.length, role });
    names.push(csl);
  }
  if (etAl) names.push({ literal: 'et al.' });
  return { names, contributions, unmarked };
}
