import { InternalError } from '../model/errors.js';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { bodyContentOf, DOCUMENT_RELS, DOCUMENT_XML, type BodyXml } from './docx-body.js';
import type { PackageFiles } from './docx-compile.js';
import { stampZipEntryTimes } from './zip-entry-times.js';

const CORE_XML = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const FONT_TABLE = /<Relationship Id="rId(\d+)" Type="[^"]*\/fontTable"/;

/** The build date as a UTC instant; the model promises an ISO date, anything else is a bug upstream. */
function parseBuildDate(date: string): Date {
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(instant.getTime())) throw new InternalError(`Document.date is not an ISO date: ${JSON.stringify(date)}`);
  return instant;
}

/** Joins chunks of bytes into one. */
function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** The frame's document.xml with the body's paragraphs after its own (the title block), before the section properties. */
function insertBody(documentXml: string, body: BodyXml): Uint8Array {
  const { end } = bodyContentOf(documentXml);
  return concatBytes([strToU8(documentXml.slice(0, end)), ...body.paragraphs, strToU8(documentXml.slice(end))]);
}

/**
 * The frame's relationships with the body's hyperlinks where docx puts them when it writes a body
 * itself: after the relationships a document starts with, before the font table's, which docx
 * adds once the body is written and numbers after all the others.
 */
function insertLinks(rels: string, body: BodyXml): string {
  const fontTable = FONT_TABLE.exec(rels);
  if (fontTable === null) throw new InternalError('docx wrote document.xml.rels without the font table relationship');
  const after = rels.slice(fontTable.index).replace(`Id="rId${fontTable[1]}"`, `Id="rId${Number(fontTable[1]) + body.linkCount}"`);
  return rels.slice(0, fontTable.index) + body.links + after;
}

/** docx stamps core.xml with the wall-clock time; stamp it with the build date. */
function stampCoreDates(core: string, instant: Date): string {
  const stamp = instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** A part's bytes in the package: the body goes into document.xml, its links into the relationships. */
function partBytes(name: string, data: string | Uint8Array, body: BodyXml, instant: Date): Uint8Array {
  if (typeof data !== 'string') return data;
  switch (name) {
    case DOCUMENT_XML:
      return insertBody(data, body);
    case DOCUMENT_RELS:
      return strToU8(insertLinks(data, body));
    case CORE_XML:
      return strToU8(stampCoreDates(data, instant));
    default:
      return strToU8(data);
  }
}

/** [Content_Types].xml first, as Word writes it and as `file` looks for it; then the rest by name. */
function orderEntries(names: readonly string[]): string[] {
  const rank = (name: string): number => (name === CONTENT_TYPES ? 0 : 1);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Zips the parts docx wrote for a document's frame, with the body written apart, so the same
 * document always gives the same bytes: the build date in place of the wall-clock time that docx
 * stamps core.xml with and fflate the zip entries with (in UTC: fflate would write local time),
 * hyperlinks numbered in document order,
 * entries in a fixed order, folders without entries of their own (as in Word's files).
 */
export function packDeterministically(frame: PackageFiles, body: BodyXml, buildDate: string): Uint8Array {
  const instant = parseBuildDate(buildDate);
  const entries: Zippable = {};
  for (const name of orderEntries([...frame.keys()])) {
    const data = frame.get(name);
    if (data !== undefined && !name.endsWith('/')) entries[name] = partBytes(name, data, body, instant);
  }
  return stampZipEntryTimes(zipSync(entries, { level: 9 }), instant);
}
