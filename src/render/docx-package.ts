import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const DOCUMENT_XML = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CORE_XML = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The build date as a UTC instant; the model promises an ISO date, anything else is a bug upstream. */
function parseBuildDate(date: string): Date {
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(instant.getTime())) throw new Error(`Document.date is not an ISO date: ${JSON.stringify(date)}`);
  return instant;
}

/** Zip entry times are MS-DOS times, which start in 1980; SOURCE_DATE_EPOCH=0 is common in reproducible builds. */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/** Escapes a string for a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * docx names each hyperlink's relationship with a random id; number them in document order
 * instead, in the relationships and in the document that points at them. One pass over each
 * file: replacing id by id rescans the whole document once per link (quadratic in a long CV).
 */
function renumberHyperlinks(files: Map<string, string>): void {
  const rels = files.get(DOCUMENT_RELS);
  const body = files.get(DOCUMENT_XML);
  if (rels === undefined || body === undefined) return;
  const pattern = new RegExp(`<Relationship Id="([^"]+)" Type="${escapeRegExp(HYPERLINK_TYPE)}"`, 'g');
  const stableIds = new Map<string, string>();
  for (const [, id] of rels.matchAll(pattern)) {
    if (id !== undefined && !stableIds.has(id)) stableIds.set(id, `rIdLink${stableIds.size + 1}`);
  }
  const renamed = (id: string): string => stableIds.get(id) ?? id;
  files.set(DOCUMENT_RELS, rels.replace(/\bId="([^"]+)"/g, (_, id: string) => `Id="${renamed(id)}"`));
  files.set(DOCUMENT_XML, body.replace(/\br:id="([^"]+)"/g, (_, id: string) => `r:id="${renamed(id)}"`));
}

/** docx stamps core.xml with the wall-clock time; stamp it with the build date. */
function stampCoreDates(files: Map<string, string>, instant: Date): void {
  const core = files.get(CORE_XML);
  if (core === undefined) return;
  const stamp = instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  files.set(
    CORE_XML,
    core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
  );
}

/** [Content_Types].xml first, as Word writes it and as `file` looks for it; then the rest by name. */
function orderEntries(names: readonly string[]): string[] {
  const rank = (name: string): number => (name === CONTENT_TYPES ? 0 : 1);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Re-zips a docx package so the same document always gives the same bytes: docx (through
 * fflate) stamps zip entries, core.xml dates and hyperlink ids with the time and random numbers.
 * Folders get no entries of their own, as in Word's files. fflate, which docx itself zips with,
 * does this in a fraction of the time JSZip took.
 */
export async function repackDeterministically(packed: Uint8Array, buildDate: string): Promise<Uint8Array> {
  const instant = parseBuildDate(buildDate);
  const files = new Map<string, string>();
  const binaries = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(unzipSync(packed))) {
    if (name.endsWith('/')) continue;
    if (/\.(xml|rels)$/.test(name)) files.set(name, strFromU8(bytes));
    else binaries.set(name, bytes);
  }
  renumberHyperlinks(files);
  stampCoreDates(files, instant);
  const mtime = new Date(Math.max(instant.getTime(), DOS_EPOCH));
  const entries: Zippable = {};
  for (const name of orderEntries([...files.keys(), ...binaries.keys()])) {
    const text = files.get(name);
    entries[name] = text !== undefined ? strToU8(text) : binaries.get(name)!;
  }
  return zipSync(entries, { level: 9, mtime });
}
