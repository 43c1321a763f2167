import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { renderFormat, type CslName, type Document, type Entry } from '../../src/index.js';
import { runsToText } from '../../src/render/text.js';
import { corpusDocument } from './corpus-builds.js';
import { cslJsonSchemaErrors } from './csl-json-schema.js';
import { sourceGivensReader, type SourceGivens } from './raw-source-names.js';

// Every real bibliography of the corpus built in-process in several styles, and every entry's text
// and record checked for the defects of issue #14. A finding names its file, entry and style.

export const SWEEP_STYLES = ['apa', 'ieee', 'chicago-author-date'] as const;

export type SweepCheck =
  | 'bibtex-type-as-genre'
  | 'et-al-after-ampersand'
  | 'case-flip'
  | 'book-title-as-container'
  | 'empty-container'
  | 'given-name-lost'
  | 'csl-json-schema';

export interface Finding {
  readonly check: SweepCheck;
  /** The input file's name (IRIDIA: the file the entry is in). */
  readonly file: string;
  readonly entry: string;
  /** The style, or `any` for checks on the record or the CSL-JSON export. */
  readonly style: string;
  readonly detail: string;
}

/** One build: files read together (IRIDIA's six share macros and crossrefs). */
export interface SweepInput {
  readonly label: string;
  readonly paths: readonly string[];
}

const IRIDIA_PARTS = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'];

/** Every file of `corpus/real` as its own input, and the six IRIDIA files as one, in order. */
export function corpusInputs(realDir: string): SweepInput[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'large' ? [] : files(path);
      return /\.(bib|ris|json)$/.test(entry.name) ? [path] : [];
    });
  const single = files(realDir)
    .sort()
    .map((path) => ({ label: basename(path), paths: [path] }));
  return [...single, { label: 'iridia-*.bib (6 files)', paths: IRIDIA_PARTS.map((part) => join(realDir, 'large', `iridia-${part}.bib`)) }];
}

// BibTeX entry types that are not English words ("Mathesis Press" is a publisher's name, so one
// the source wrote as a word is not counted).
const RAW_TYPE_WORD = /\b(phdthesis|mastersthesis|mathesis|techreport|inproceedings|incollection|inbook)\b/gi;
// A type word as a bracketed genre, as APA prints one ("[Misc]"); IEEE's "[Online]" is its own term.
const BRACKETED_TYPE = /\[(phdthesis|mastersthesis|mathesis|techreport|inproceedings|incollection|inbook|misc|booklet|unpublished)\]/i;
// English words ("Report", "Thesis") are left out: a source may write them as its `type`.
const TYPE_GENRE = /^(phdthesis|mastersthesis|mathesis|techreport|inproceedings|incollection|inbook|misc|booklet|unpublished)$/i;
// "A, & et al.", "A and et al." or "A, & B, et al.": a connector before the et-al of the same name
// list. Only "&" may stand one name away: a title's own "and" ("Analysis and Informatics, E. Diday
// et al.") is no connector.
const ET_AL_AFTER_AND = /&\s*et al\.|\band,?\s+et al\.|&\s[^,&()]+,\s+et al\./;
// A word of two capitals then only lower case ("KIngman", "MArkov"); a plural "s" after an acronym
// ("PCs") is fine, and so is any word the source wrote that way ("DNase").
const CASE_FLIP = /^\p{Lu}\p{Lu}\p{Ll}{2,}$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const URL = /\b(https?:\/\/|doi:|www\.)\S+/gi;
// "In" with no container after it: "In .", "In , 1–5", "In: ." (Chicago, a chapter without its
// book), "In (pp. 1–2)" or "In (Eds.)" (APA); "in ," (IEEE).
const EMPTY_CONTAINER = /(?:^|[\s.,;:”"])[Ii]n(?::\s*[.,;]|\s+[.,;:]|\s*\((?:pp?\.|Eds?\.)|\s*\(\))/u;
const BOOKLIKE = new Set(['book', 'report', 'thesis', 'collection', 'document', 'manuscript']);

const plain = (value: unknown): string =>
  (typeof value === 'string' ? value : '')
    .replace(/<[^>]*>/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function entriesOf(document: Document): Entry[] {
  return document.sections.flatMap((section) => [...section.entries]);
}

export function textFindings(entry: Entry, text: string, style: string, sourceWords: ReadonlySet<string>, file: string): Finding[] {
  const found: Finding[] = [];
  const at = (check: SweepCheck, detail: string): void => void found.push({ check, file, entry: entry.id, style, detail });
  const raw = BRACKETED_TYPE.exec(text)?.[0] ?? [...text.matchAll(RAW_TYPE_WORD)].find(([word]) => !sourceWords.has(word))?.[0];
  if (raw !== undefined) at('bibtex-type-as-genre', `"${raw}" in: ${text}`);
  const etAl = ET_AL_AFTER_AND.exec(text);
  if (etAl) at('et-al-after-ampersand', `"${etAl[0].slice(0, 80)}" in: ${text}`);
  for (const [word] of text.replace(URL, ' ').matchAll(WORD)) if (CASE_FLIP.test(word) && !sourceWords.has(word)) at('case-flip', `"${word}" in: ${text}`);
  const empty = EMPTY_CONTAINER.exec(text);
  if (empty) at('empty-container', `"${empty[0].trim()}" in: ${text}`);
  const title = plain(entry.csl?.title);
  if (title.length >= 8 && BOOKLIKE.has(String(entry.csl?.type)) && plain(text.replace(URL, ' ')).split(title).length > 2)
    at('book-title-as-container', `title twice in: ${text}`);
  return found;
}

function nameText(name: CslName): string {
  return JSON.stringify(name);
}

const isEtAl = (name: CslName): boolean => /^(et al\.?|others)$/i.test(name.literal ?? '');

export function recordFindings(entry: Entry, givens: SourceGivens | undefined, file: string): Finding[] {
  const found: Finding[] = [];
  const csl = entry.csl;
  if (!csl) return found;
  if (csl.type === 'book' && plain(csl['container-title']) !== '' && plain(csl['container-title']) === plain(csl.title)) {
    found.push({ check: 'book-title-as-container', file, entry: entry.id, style: 'any', detail: `container-title = title "${String(csl.title)}"` });
  }
  if (TYPE_GENRE.test(String(csl.genre ?? '')))
    found.push({ check: 'bibtex-type-as-genre', file, entry: entry.id, style: 'any', detail: `genre "${String(csl.genre)}"` });
  for (const role of ['author', 'editor'] as const) {
    const source = givens?.[role];
    const ours = ((csl[role] as CslName[] | undefined) ?? []).filter((name) => !isEtAl(name));
    // Only lists of the same length line up name by name (contribution notes may split or join).
    if (!source || source.length !== ours.length) continue;
    ours.forEach((name, i) => {
      if (source[i] && (name.given ?? '').trim() === '')
        found.push({ check: 'given-name-lost', file, entry: entry.id, style: 'any', detail: `${role} ${i + 1}: ${nameText(name)}` });
    });
  }
  return found;
}

/** Words of the source texts as written (braces dropped), so capitals the author typed are not flips. */
function sourceWordsOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.replace(/[{}]/g, '').matchAll(WORD)) words.add(word.normalize('NFC'));
  return words;
}

/** Builds one input in every sweep style to text and its CSL-JSON export, and checks each entry. */
export async function sweepInput(input: SweepInput, styles: readonly string[] = SWEEP_STYLES): Promise<{ findings: Finding[]; entries: number }> {
  const sources = input.paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const givensOf = sourceGivensReader(sources);
  const sourceWords = sourceWordsOf(sources.map((s) => s.text));
  const findings: Finding[] = [];
  let entries = 0;
  for (const [index, styleName] of styles.entries()) {
    const document = await corpusDocument(input.paths, styleName);
    // The text writer itself runs, as `--format txt` would; entries are checked one by one.
    const text = new TextDecoder().decode(await renderFormat(document, 'txt'));
    if (text.length === 0) throw new Error(`${input.label}: empty text in ${styleName}`);
    for (const entry of entriesOf(document)) {
      const file = basename(entry.source?.file ?? input.label);
      findings.push(...textFindings(entry, runsToText(entry.runs), styleName, sourceWords, file));
      if (index > 0) continue;
      entries += 1;
      findings.push(...recordFindings(entry, givensOf(entry.source?.file ?? '', entry.source?.line, String(entry.csl?.['citation-key'] ?? entry.id)), file));
    }
    if (index > 0) continue;
    const exported = JSON.parse(new TextDecoder().decode(await renderFormat(document, 'csl-json'))) as unknown;
    for (const error of cslJsonSchemaErrors(exported))
      findings.push({ check: 'csl-json-schema', file: input.label, entry: error.item, style: 'any', detail: `${error.path}: ${error.message}` });
  }
  return { findings, entries };
}
