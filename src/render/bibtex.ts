import type { Document } from '../model/index.js';
import type { CslItem } from '../model/record.js';
import { dateFields, escapeBibtex, namesValue, richValue, verbatimValue } from './bibtex-values.js';
import { exportedRecords } from './exported-records.js';
import type { Writer } from './writer.js';

/** BibTeX entry types for CSL types; anything else (CSL's `article` is a preprint) is @misc. */
const ENTRY_TYPES: Readonly<Record<string, string>> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  'paper-conference': 'inproceedings',
  book: 'book',
  chapter: 'incollection',
  'entry-encyclopedia': 'incollection',
  'entry-dictionary': 'incollection',
  report: 'techreport',
  thesis: 'phdthesis',
};

function entryType(csl: CslItem): string {
  if (csl.type === 'thesis' && /master/i.test(String(csl.genre ?? ''))) return 'mastersthesis';
  return ENTRY_TYPES[csl.type] ?? 'misc';
}

/** The field that names where the work appeared, by entry type. */
function containerField(type: string): string {
  if (type === 'article') return 'journal';
  return type === 'inproceedings' || type === 'incollection' ? 'booktitle' : 'howpublished';
}

/** The field that names the publisher, by entry type. */
function publisherField(type: string): string {
  if (type === 'techreport') return 'institution';
  return type.endsWith('thesis') ? 'school' : 'publisher';
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** pubcv's `custom` data (al-folio's fields) back as the BibTeX fields it was read from. */
function customFields(csl: CslItem): Array<[string, string | undefined]> {
  const custom = (csl.custom ?? {}) as Record<string, unknown>;
  const links = (custom.links ?? {}) as Record<string, unknown>;
  const selected = typeof custom.selected === 'boolean' ? String(custom.selected) : undefined;
  return [
    ['abbr', text(custom.abbr) && escapeBibtex(text(custom.abbr)!)],
    ['award', text(custom.award) && escapeBibtex(text(custom.award)!)],
    ['selected', selected],
    ['preview', text(custom.preview) && verbatimValue(text(custom.preview)!)],
    ...Object.keys(links)
      .sort()
      .map((kind): [string, string | undefined] => [kind, text(links[kind]) && verbatimValue(text(links[kind])!)]),
  ];
}

/** The fields of one record, in the order people write them; empty ones left out. */
function entryFields(csl: CslItem, type: string): Array<[string, string]> {
  const rich = (value: unknown, protect = false) => (text(value) ? richValue(text(value)!, protect) : undefined);
  const plain = (value: unknown) => (text(value) ? escapeBibtex(text(value)!) : undefined);
  const { year, month } = dateFields(csl.issued);
  const fields: Array<[string, string | undefined]> = [
    ['author', namesValue(csl.author)],
    ['editor', namesValue(csl.editor)],
    ['title', rich(csl.title, true)],
    [containerField(type), rich(csl['container-title'])],
    ['series', rich(csl['collection-title'])],
    ['volume', plain(csl.volume)],
    ['number', plain(csl.issue ?? csl.number)],
    ['pages', plain(csl.page)?.replace(/\s*[–—-]+\s*/g, '--')],
    ['edition', plain(csl.edition)],
    [publisherField(type), plain(csl.publisher)],
    ['address', plain(csl['publisher-place'])],
    ['year', year && escapeBibtex(year)],
    ['month', month],
    ['type', type === 'misc' || type.endsWith('thesis') ? undefined : plain(csl.genre)],
    ['isbn', plain(csl.ISBN)],
    ['issn', plain(csl.ISSN)],
    ['doi', text(csl.DOI) && verbatimValue(text(csl.DOI)!)],
    ['url', text(csl.URL) && verbatimValue(text(csl.URL)!)],
    ['note', rich(csl.note)],
    ['keywords', plain(csl.keyword)],
    ['abstract', rich(csl.abstract)],
    ...customFields(csl),
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
}

/** A citation key BibTeX can read: no spaces, braces, commas, quotes, `#`, `%`, `=`. */
function citationKey(id: string): string {
  return id.replace(/[\s{}(),"'#%=\\~]/g, '-') || 'entry';
}

/** One record as a BibTeX entry; the month is a macro and stays unbraced. */
export function recordToBibtex(csl: CslItem): string {
  const type = entryType(csl);
  const fields = entryFields(csl, type).map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`);
  return `@${type}{${citationKey(csl.id)},\n${fields.join(',\n')}\n}`;
}

/** Exports the document's normalised records, in document order, as a UTF-8 BibTeX file. */
export function renderBibtex(doc: Document): string {
  const records = exportedRecords(doc);
  const owner = doc.owner ? ` of ${doc.owner}` : '';
  const header = `% ${doc.title}${owner}: ${records.length} records exported by pubcv, ${doc.date}. UTF-8.`;
  return `${[header, ...records.map(recordToBibtex)].join('\n\n')}\n`;
}

/** The BibTeX writer. */
export const bibtexWriter: Writer = { render: async (doc) => new TextEncoder().encode(renderBibtex(doc)) };
