// The classes of difference between pubcv and `pandoc -f bibtex -t csljson` that compare:pandoc
// reports, each with who is right: a difference no rule explains is counted as "unclassified" and
// printed, so a new kind of difference cannot hide in the rates.
import type { CslItem, CslName } from '../src/model/record.js';

export type Verdict = 'pubcv right' | 'pandoc right' | 'rule-dependent';

export interface DifferenceClass {
  readonly verdict: Verdict;
  /** What the two tools do differently, as the README table says it. */
  readonly why: string;
}

/** One differing field of one entry, with what each side made of it. */
export interface Difference {
  readonly field: string;
  readonly pandoc: CslItem;
  readonly pubcv: CslItem;
  /** pubcv's item as its reader made it, before normalizing (sentence case, names). */
  readonly read: CslItem | undefined;
  /** The entry's raw BibTeX fields (lower-cased names, macros expanded) and those of its crossref parent. */
  readonly raw: ReadonlyMap<string, string> | undefined;
  readonly parent: ReadonlyMap<string, string> | undefined;
}

const C = (verdict: Verdict, why: string): DifferenceClass => ({ verdict, why });

export const CLASSES = {
  texMath: C('pubcv right', 'pandoc 2.17 writes math as TeX source (`\\lambda`, `b_2`, `\\lesssim`); pubcv writes the characters (λ, b₂, ≲)'),
  unknownCommand: C(
    'pubcv right',
    "pandoc drops an unknown command with its argument (`\\pkg{irace}`, `\\proglang{R}`); pubcv keeps the argument, and expands the commands the file's `@preamble` defines (`\\MaxMinAntSystem`, `\\BIBdepartment{…}`)",
  ),
  singleQuotes: C('pubcv right', "a title quoting with `` `…' `` keeps single quotes; pandoc makes them double"),
  keptAsWritten: C(
    'rule-dependent',
    'a title not in Title Case (fewer capitalised than lower-case long words) is kept as written: its capitals are taken for proper nouns ("Bayesian", "Newton", also a half-capitalised "Iterated Local Search Algorithm"); pandoc lower-cases every capitalised word',
  ),
  recasedKeepsNames: C(
    'rule-dependent',
    'Title Case title sentence-cased by both; pubcv keeps the capitals of words it reads as names (accented, hyphen-joined, after a particle), pandoc lower-cases them',
  ),
  afterColon: C(
    'rule-dependent',
    'the first word after a colon, semicolon or "vs." (or a title\'s first word, "poliastro"): pandoc capitalises it, pubcv keeps the source\'s lower case (APA capitalises there, other styles do not)',
  ),
  digitWord: C(
    'rule-dependent',
    'a Title Case title with a word joined to digits ("August29"): pandoc keeps that word\'s capital, pubcv lower-cases it with the rest; pubcv keeps "Riva del Garda" (particle-joined), pandoc does not: neither keeps "Italy"',
  ),
  protectedWord: C(
    'pubcv right',
    'a braced or capitalised part of a hyphenated word ("{E}ulerian-ALE", "SMACOF-I", "In-{N}-Out") keeps the whole word\'s case; pandoc lower-cases the unprotected part ("eulerian-ALE", "SMACOF-i")',
  ),
  allCaps: C(
    'rule-dependent',
    'an all-capital title or name ("MIŚKIEWICZ", "KNOWLEDGE AS THE BASIS") is put in normal case by pubcv (with a warning for titles), kept by pandoc',
  ),
  nonEnglish: C(
    'pubcv right',
    'a title in another language (langid/language, or clearly German, French…) is not sentence-cased by pubcv (CSL recases English only); pandoc lower-cases it',
  ),
  initialsAfterPeriod: C('pubcv right', 'initials inside a title ("J.K. Vermunt: …"): pandoc lower-cases the letter after a period ("J.k.")'),
  proceedingsName: C(
    'rule-dependent',
    'a proceedings name (a @proceedings title, a booktitle, a journal) is kept as written by pubcv, a proper name; pandoc sentence-cases it',
  ),
  crossrefTitle: C(
    'rule-dependent',
    "crossref: pubcv (citation-js, BibLaTeX's rule) gives a paper its @proceedings' title as container; pandoc its parent's own booktitle (BibTeX copies fields by name)",
  ),
  journalMacro: C('pubcv right', 'ADS journal macros (`\\apj`, `\\mnras`) are expanded by pubcv ("ApJ"); pandoc writes no container'),
  articleBooktitle: C('rule-dependent', 'an @article with only a booktitle: pubcv prints it as the venue, BibTeX (and pandoc) ignore booktitle on an article'),
  noType: C('pubcv right', 'pandoc writes no CSL type for @misc/@online/@software… (the CSL-JSON schema requires one); pubcv writes "document"'),
  orcidType: C(
    'pubcv right',
    'an ORCID-exported @misc whose note is the ORCID work type ("book-chapter", "conference-paper") is read as that type by pubcv; pandoc writes none',
  ),
  manualType: C('rule-dependent', "a @manual is a report to pubcv (citation-js's mapping), a book to pandoc"),
  versionedBook: C('rule-dependent', 'a @book with a version on Zenodo is software to pubcv, a book to pandoc'),
  reportGenre: C('pubcv right', 'a @techreport says "Technical report" (issue #14); pandoc writes no genre and styles then print none'),
  rawGenre: C('pubcv right', 'pandoc keeps LaTeX or braces in `type` ("pr\\\'esent\\\'e", "{Section}"); pubcv decodes them'),
  urlPublisher: C('pubcv right', 'pandoc makes `howpublished = {\\url{…}}` the publisher; pubcv keeps a URL as the URL'),
  joinedPublishers: C('rule-dependent', 'pandoc joins publisher, organization, institution and school with "; "; pubcv takes the publisher (CSL has one)'),
  repeatedPublisher: C('pubcv right', 'pandoc repeats the same name ("X; X") from publisher and institution'),
  monthText: C('pubcv right', 'a month written as a word (`month = {November}`, an undefined `april`) is read by pubcv; pandoc drops it'),
  particleKind: C(
    'rule-dependent',
    'a von part is a dropping particle to pandoc, a non-dropping one to pubcv (as BibTeX prints it, "van Tonder"); the particle itself agrees',
  ),
  bracedFamily: C(
    'pubcv right',
    'a braced family name starting with a lower-case word (`{de Mora Sainz}`) is one family name; pandoc splits off "de" as a particle',
  ),
  markupName: C(
    'pubcv right',
    "a name wrapped in markup (`<strong>L. Leal-Taix{\\'e}</strong>`) is read by pubcv; pandoc makes it one literal or puts an initial in the family name",
  ),
  accentedParticle: C('pubcv right', "a given name starting with an accented capital (`{\\'A}lvaro`, `{\\'E}ric`) is a given name; pandoc makes it a particle"),
  corporateName: C(
    'rule-dependent',
    'a one-part name (`{R Core Team}`, `{W. Gaul and D. Pfeifer}`, a mononym) is a family-only name to pubcv, a literal to pandoc: both print it whole',
  ),
  dotlessI: C('pubcv right', "`\\'{\\i}` is í to pubcv; pandoc writes a dotless ı with a combining accent"),
  contribution: C('pubcv right', 'a contribution written after a name ("(co-first author)") is recorded as such by pubcv, kept in the given name by pandoc'),
  etAlName: C('pubcv right', '"et al." written in a name list ends the list for pubcv; pandoc reads it as a name ("al.", particle "et")'),
  gluedInitials: C(
    'rule-dependent',
    'initials glued to a name without spaces or comma (`Wall W.A.`, `R.K.Pai`, `D.C`): one last-name token to BibTeX and pubcv ("W.A."), split at the last period by pandoc ("A."); the source lacks a comma or spaces, so neither reads what was meant',
  ),
  suffixLast: C(
    'pubcv right',
    'a suffix or title written last (`{Davidson}, James W., Jr.`, `{Khalatyan}, Arman, Dr.`, as ADS exports): pubcv reads "Jr." as the suffix and drops "Dr."; pandoc follows BibTeX\'s `Last, Jr, First` order literally (given name "Jr.", "Dr.")',
  ),
  initialsSpacing: C(
    'rule-dependent',
    'initials written together ("J.Th.", "W.A.") are spaced differently: pubcv spaces given names\' initials, pandoc only some; both read the same letters',
  ),
} as const satisfies Record<string, DifferenceClass>;

export type ClassName = keyof typeof CLASSES;

function plain(value: unknown): string {
  return typeof value === 'string'
    ? value
        .replace(/<[^>]*>/g, '')
        .normalize('NFC')
        .replace(/[‘’]/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}

/** Whether `short` is `long` with some letters, digits or '+' left out (a dropped command's argument). */
function dropsWords(short: string, long: string): boolean {
  const [a, b] = [short.toLowerCase().replace(/\s/g, ''), long.toLowerCase().replace(/\s/g, '')];
  if (a.length >= b.length) return false;
  let at = 0;
  for (const char of b) {
    if (at < a.length && a[at] === char) at += 1;
    else if (!/[\p{L}\p{N}\p{Pd}+]/u.test(char)) return false;
  }
  return at === a.length;
}

const TEX = /\\[a-zA-Z]+|[\^_]/;

function titleClass(pandoc: string, pubcv: string, d: Difference, container: boolean): ClassName | undefined {
  if (TEX.test(pandoc)) return 'texMath';
  if (dropsWords(pandoc, pubcv)) return 'unknownCommand';
  if (pandoc.replace(/["']/g, "'") === pubcv.replace(/["']/g, "'")) return 'singleQuotes';
  if (pandoc.toLowerCase() !== pubcv.toLowerCase()) return undefined;
  const read = plain(container ? d.read?.['container-title'] : d.read?.title);
  if (/\p{Lu}{3,}/u.test(read) && read === read.toUpperCase()) return 'allCaps';
  const [pw, uw] = [pandoc.split(' '), pubcv.split(' ')];
  // How each differing word differs; 'lowered' (pubcv lower-cases a word pandoc capitalises
  // mid-sentence) is explained by no class.
  const kinds = new Set<ClassName | 'lowered' | 'pandocLowers'>();
  for (let i = 0; i < pw.length; i += 1) {
    const [p, u] = [pw[i] ?? '', uw[i] ?? ''];
    if (p === u) continue;
    if (/[.]\p{Ll}/u.test(p) && /[.]\p{Lu}/u.test(u)) kinds.add('initialsAfterPeriod');
    else if (/-/.test(u) && p.toLowerCase() === u.toLowerCase() && /\p{Lu}/u.test(p) && /\p{Lu}/u.test(u) && p !== u.toLowerCase()) kinds.add('protectedWord');
    else if (u === p.toLowerCase()) kinds.add(i === 0 || /[:;.]$/.test(pw[i - 1] ?? '') ? 'afterColon' : /\d/.test(p) ? 'digitWord' : 'lowered');
    else if (p === u.toLowerCase() || p.toLowerCase() === u.toLowerCase()) kinds.add('pandocLowers');
  }
  if (kinds.has('lowered')) return undefined;
  if (kinds.has('protectedWord')) return 'protectedWord';
  if (kinds.has('digitWord')) return 'digitWord';
  if (kinds.has('initialsAfterPeriod')) return 'initialsAfterPeriod';
  if (kinds.has('pandocLowers')) {
    const language = String(d.pubcv.language ?? '');
    if (language !== '' && !/^en/i.test(language)) return 'nonEnglish';
    if (container || d.raw?.get('@type') === 'proceedings') return 'proceedingsName';
    return pubcv === read ? 'keptAsWritten' : 'recasedKeepsNames';
  }
  return kinds.has('afterColon') ? 'afterColon' : undefined;
}

function containerClass(pandoc: string, pubcv: string, d: Difference): ClassName | undefined {
  if (pandoc === '' && pubcv !== '') {
    const journal = d.raw?.get('journal') ?? '';
    if (/^\s*\\[a-z]+\s*$/i.test(journal)) return 'journalMacro';
    if (d.raw?.has('booktitle') && d.pubcv.type === 'article-journal') return 'articleBooktitle';
    return undefined;
  }
  const parentBooktitle = plain(d.parent?.get('booktitle')).replace(/[{}]/g, '');
  if (d.parent !== undefined && !d.raw?.has('booktitle') && parentBooktitle !== '' && pandoc.toLowerCase() !== pubcv.toLowerCase()) return 'crossrefTitle';
  return titleClass(pandoc, pubcv, d, true);
}

const URL_TEXT = /^(https?:\/\/|www\.)/i;

function publisherClass(pandoc: string, pubcv: string): ClassName | undefined {
  if (pubcv === '' && (URL_TEXT.test(pandoc) || pandoc.split('; ').every((part) => URL_TEXT.test(part)))) return 'urlPublisher';
  const parts = pandoc.split('; ');
  if (parts.length > 1 && parts.every((part) => part === pubcv)) return 'repeatedPublisher';
  if (parts.length > 1 && parts.includes(pubcv)) return URL_TEXT.test(parts.find((part) => part !== pubcv) ?? '') ? 'urlPublisher' : 'joinedPublishers';
  if (dropsWords(pandoc, pubcv) || pubcv.endsWith(pandoc)) return 'unknownCommand';
  return undefined;
}

function typeClass(pandoc: string, pubcv: string, d: Difference): ClassName | undefined {
  const type = d.raw?.get('@type');
  if (pandoc === '' && pubcv === 'document') return 'noType';
  if (pandoc === '' && type === 'misc') return 'orcidType';
  if (type === 'manual' && pubcv === 'report') return 'manualType';
  if (type === 'book' && pubcv === 'software' && d.raw?.has('version')) return 'versionedBook';
  return undefined;
}

function genreClass(pandoc: string, pubcv: string): ClassName | undefined {
  if (pandoc === '' && pubcv === 'Technical report') return 'reportGenre';
  if (/[\\{}]/.test(pandoc)) return 'rawGenre';
  return undefined;
}

const squeeze = (text: string): string => text.replace(/\.\s+/g, '.');

/** The class of one differing name; `part` is the compared part. */
function nameClass(p: CslName | undefined, u: CslName | undefined, part: string): ClassName | undefined {
  if (p === undefined || u === undefined) return undefined;
  const pick = (name: CslName, key: string): string => plain((name as Record<string, unknown>)[key]);
  const [pFamily, uFamily, pGiven, uGiven, uSuffix] = [pick(p, 'family'), pick(u, 'family'), pick(p, 'given'), pick(u, 'given'), pick(u, 'suffix')];
  const pParticle = pick(p, 'dropping-particle') || pick(p, 'non-dropping-particle');
  const [pPart, uPart] = [pick(p, part), pick(u, part)];
  if ((pFamily === 'al.' && pParticle === 'et') || /^et al\.?$/.test(pParticle)) return 'etAlName';
  if (
    part.endsWith('particle') &&
    pick(p, 'dropping-particle') !== '' &&
    pick(p, 'dropping-particle') === pick(u, 'non-dropping-particle') &&
    pFamily === uFamily
  )
    return 'particleKind';
  if (pParticle !== '' && uFamily === `${pParticle} ${pFamily}` && pick(u, 'non-dropping-particle') === '') return 'bracedFamily';
  const literal = pick(p, 'literal');
  if (literal !== '' && literal === uFamily && uGiven === '') return 'corporateName';
  if (literal !== '' && literal.endsWith(uFamily) && uGiven !== '' && literal.startsWith(uGiven.slice(0, 1))) return 'markupName';
  if (pFamily.endsWith(` ${uFamily}`) && pGiven === '' && uGiven.includes(pFamily.slice(0, pFamily.length - uFamily.length - 1)))
    return pParticle === '' ? 'markupName' : 'accentedParticle';
  if (pParticle !== '' && uGiven.startsWith(pParticle)) return 'accentedParticle';
  if (pick(p, 'suffix') === uGiven && ((pGiven === uSuffix && /^(jr|sr|iii?|iv)\.?$/i.test(uSuffix)) || (uSuffix === '' && /^(dr|prof)\.?$/i.test(pGiven))))
    return 'suffixLast';
  if (pPart.replace(/ı́/g, 'í') === uPart) return 'dotlessI';
  if (pGiven.startsWith(`${uGiven} (`)) return 'contribution';
  const upper = (text: string): boolean => /\p{Lu}{2,}/u.test(text) && text === text.toUpperCase();
  if ((upper(pFamily) || upper(pGiven)) && pFamily.toLowerCase() === uFamily.toLowerCase() && pGiven.toLowerCase() === uGiven.toLowerCase()) return 'allCaps';
  if (/\.\S/.test(uFamily) && !uFamily.includes(' ') && uFamily.endsWith(pFamily)) return 'gluedInitials';
  if (squeeze(pPart) === squeeze(uPart) && /\p{Lu}\.\p{Lu}/u.test(`${pPart}${uPart}`)) return 'initialsSpacing';
  return undefined;
}

function names(item: CslItem, role: string): CslName[] {
  const list = (item as Record<string, unknown>)[role];
  return Array.isArray(list) ? (list as CslName[]).filter((name) => !/^(et al\.?|others)$/i.test(name.literal ?? name.family ?? '')) : [];
}

function nameListClass(role: string, part: string, d: Difference): ClassName | undefined {
  const [ps, us] = [names(d.pandoc, role), names(d.pubcv, role)];
  const pick = (name: CslName | undefined, key: string): string => {
    if (name === undefined) return '';
    if (key === 'particle') return [name['dropping-particle'], name['non-dropping-particle']].filter(Boolean).join(' ');
    return plain((name as Record<string, unknown>)[key]);
  };
  let found: ClassName | undefined;
  for (let i = 0; i < Math.max(ps.length, us.length); i += 1) {
    const [p, u] = [ps[i], us[i]];
    if (pick(p, part) === pick(u, part)) continue;
    const kind = nameClass(p, u, part === 'particle' ? 'family' : part);
    if (kind === undefined) return undefined;
    found ??= kind;
  }
  return found;
}

/** The class of one difference, or undefined when none of the known classes explains it. */
export function classify(d: Difference, pandocValue: string, pubcvValue: string): ClassName | undefined {
  const { field } = d;
  if (field === 'title' || field === 'title (any case)') return titleClass(pandocValue, pubcvValue, d, false);
  if (field === 'container-title') return containerClass(pandocValue, pubcvValue, d);
  if (field === 'publisher') return publisherClass(pandocValue, pubcvValue);
  if (field === 'type') return typeClass(pandocValue, pubcvValue, d);
  if (field === 'genre') return genreClass(pandocValue, pubcvValue);
  if (field === 'issued') return /^\d{4}$/.test(pandocValue) && pubcvValue.startsWith(`${pandocValue}-`) ? 'monthText' : undefined;
  const [role, part] = field.split('.');
  if (role === 'author' || role === 'editor') return nameListClass(role, part ?? '', d);
  return undefined;
}
