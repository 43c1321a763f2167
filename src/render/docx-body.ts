import { InternalError } from '../model/errors.js';
import { File as DocxFile, type Paragraph } from 'docx';
import { strToU8 } from 'fflate';
import { compilePackage } from './docx-compile.js';

/** The package parts the body and its hyperlinks' relationships go into. */
export const DOCUMENT_XML = 'word/document.xml';
export const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * Paragraphs docx writes at a time. A paragraph's docx objects and XML take about 25 kB while it
 * is written: 140 MB for a 5,000-entry list at once, a few MB a batch. Each batch costs docx's
 * setup of the parts around the body (a few milliseconds); smaller batches saved no memory
 * measurably, 1,000 cost 15 MB more.
 */
const BATCH_PARAGRAPHS = 250;

/** A document body as docx wrote it, and the relationships of its hyperlinks. */
export interface BodyXml {
  /** The XML of the paragraphs in UTF-8, a chunk per batch: the whole body never exists as one string. */
  readonly paragraphs: readonly Uint8Array[];
  /** A `<Relationship>` element per hyperlink, named `rIdLink1`, `rIdLink2`, ... in document order. */
  readonly links: string;
  readonly linkCount: number;
}

/** Paragraphs that belong together (a heading, an entry's reference and extra lines), made only when needed. */
export interface BodyUnit {
  /** Everything the unit's XML depends on, when it may be taken from (and kept in) a cache. */
  readonly key?: string;
  readonly make: () => Paragraph[];
}

/**
 * A unit's XML as docx wrote it, cut where its hyperlinks' relationship ids go, so it can be put
 * anywhere in a body: the ids are numbered in document order when the body is put together.
 */
export interface UnitXml {
  /** The XML around the ids: one piece more than `ids`. */
  readonly pieces: readonly string[];
  /** Which of the unit's links each id names: an index into `links`. */
  readonly ids: readonly number[];
  /** The unit's `<Relationship>` elements, each cut where its id goes. */
  readonly links: readonly (readonly [string, string])[];
}

/** Where a body's units are kept from one render to the next (see render-cache.ts). */
interface UnitCache {
  get(key: string): UnitXml | undefined;
  set(key: string, xml: UnitXml): void;
}

/** The body's content in docx's document.xml: what follows `<w:body>`, up to the section properties that end it. */
export function bodyContentOf(documentXml: string): { start: number; end: number } {
  const start = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const end = documentXml.lastIndexOf('<w:sectPr');
  if (start < '<w:body>'.length || end < start) throw new InternalError('docx wrote a document.xml without <w:body> and <w:sectPr>');
  return { start, end };
}

const PARAGRAPH_END = '</w:p>';

/**
 * Cuts a batch's body XML into its units' XML (`counts` paragraphs each: a paragraph holds no
 * paragraph, so each one ends at the next `</w:p>`), and each unit at its hyperlinks' ids. docx
 * names each hyperlink's relationship with a random id and lists the relationships in document
 * order; a unit's links are its own, in that order.
 */
function cutUnits(body: string, rels: string, counts: readonly number[]): UnitXml[] {
  const elements = new Map<string, string>();
  for (const [element, id, type] of rels.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)"[^>]*\/>/g)) {
    if (type === HYPERLINK_TYPE && id !== undefined) elements.set(id, element);
  }
  const units: UnitXml[] = [];
  let at = 0;
  for (const count of counts) {
    let end = at;
    for (let n = 0; n < count; n++) {
      const found = body.indexOf(PARAGRAPH_END, end);
      if (found < 0) throw new InternalError(`docx wrote fewer paragraphs than it was given (${counts.join(', ')})`);
      end = found + PARAGRAPH_END.length;
    }
    const xml = body.slice(at, end);
    const pieces: string[] = [];
    const ids: number[] = [];
    const links: Array<readonly [string, string]> = [];
    const local = new Map<string, number>();
    let from = 0;
    for (const match of xml.matchAll(/\br:id="([^"]+)"/g)) {
      const id = match[1] as string;
      const element = elements.get(id);
      if (element === undefined) continue;
      let index = local.get(id);
      if (index === undefined) {
        index = links.length;
        local.set(id, index);
        const cut = element.indexOf(`Id="${id}"`) + 'Id="'.length;
        links.push([element.slice(0, cut), element.slice(cut + id.length)]);
      }
      const idAt = (match.index as number) + 'r:id="'.length;
      pieces.push(xml.slice(from, idAt));
      ids.push(index);
      from = idAt + id.length;
    }
    pieces.push(xml.slice(from));
    units.push({ pieces, ids, links });
    at = end;
  }
  if (at !== body.length) throw new InternalError('docx wrote more paragraphs than it was given');
  return units;
}

/** docx's XML of the units of a batch, written as the body of a document of their own. */
function writeBatch(batch: readonly Paragraph[][]): UnitXml[] {
  const files = compilePackage(new DocxFile({ sections: [{ children: batch.flat() }] }));
  const documentXml = files.get(DOCUMENT_XML);
  const rels = files.get(DOCUMENT_RELS);
  if (typeof documentXml !== 'string' || typeof rels !== 'string') throw new InternalError('docx wrote no document.xml and its relationships');
  const { start, end } = bodyContentOf(documentXml);
  return cutUnits(
    documentXml.slice(start, end),
    rels,
    batch.map((paragraphs) => paragraphs.length),
  );
}

/**
 * Has docx write the units not found in `cache`, `batchSize` paragraphs at a time, so that only
 * one batch's docx objects exist at once (a unit's paragraphs are made as it is taken), and puts
 * the body together in order, its hyperlinks named `rIdLink1`, `rIdLink2`, ... in document order.
 * Units written are added to the cache.
 */
export function writeBody(units: Iterable<BodyUnit>, batchSize = BATCH_PARAGRAPHS, cache?: UnitCache): BodyXml {
  const parts: Uint8Array[] = [];
  const links: string[] = [];
  /** Units in document order, written or waiting for their batch. */
  let slots: Array<UnitXml | BodyUnit> = [];
  let batch: Paragraph[][] = [];
  let batchParagraphs = 0;
  const write = (): void => {
    if (batch.length > 0) {
      const written = writeBatch(batch);
      let next = 0;
      slots = slots.map((slot) => {
        if ('pieces' in slot) return slot;
        const xml = written[next++] as UnitXml;
        if (slot.key !== undefined) cache?.set(slot.key, xml);
        return xml;
      });
    }
    batch = [];
    batchParagraphs = 0;
    let text = '';
    for (const slot of slots as UnitXml[]) {
      const names = slot.links.map((_, i) => `rIdLink${links.length + i + 1}`);
      slot.links.forEach(([before, after], i) => links.push(`${before}${names[i]}${after}`));
      text += slot.pieces.reduce((joined, piece, i) => joined + names[slot.ids[i - 1] as number] + piece);
    }
    slots = [];
    if (text !== '') parts.push(strToU8(text));
  };
  for (const unit of units) {
    const cached = unit.key === undefined ? undefined : cache?.get(unit.key);
    if (cached) {
      slots.push(cached);
      // Only cached units since the last batch: put them together, a chunk no longer than a batch's.
      if (batch.length === 0 && slots.length >= batchSize) write();
      continue;
    }
    const paragraphs = unit.make();
    if (paragraphs.length === 0) continue;
    slots.push(unit);
    batch.push(paragraphs);
    batchParagraphs += paragraphs.length;
    if (batchParagraphs >= batchSize) write();
  }
  write();
  return { paragraphs: parts, links: links.join(''), linkCount: links.length };
}
