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

/** The body's content in docx's document.xml: what follows `<w:body>`, up to the section properties that end it. */
export function bodyContentOf(documentXml: string): { start: number; end: number } {
  const start = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const end = documentXml.lastIndexOf('<w:sectPr');
  if (start < '<w:body>'.length || end < start) throw new InternalError('docx wrote a document.xml without <w:body> and <w:sectPr>');
  return { start, end };
}

/**
 * docx names each hyperlink's relationship with a random id; name them in document order instead,
 * counting on from the links of the batches before. Renamed per batch, in a batch's own short
 * strings, rather than over the whole document at the end.
 */
function renumberLinks(paragraphs: string, rels: string, before: number): { paragraphs: string; links: string[] } {
  const names = new Map<string, string>();
  const links: string[] = [];
  for (const [element, id, type] of rels.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)"[^>]*\/>/g)) {
    if (type !== HYPERLINK_TYPE || id === undefined) continue;
    const name = `rIdLink${before + names.size + 1}`;
    names.set(id, name);
    links.push(element.replace(`Id="${id}"`, `Id="${name}"`));
  }
  const renamed = paragraphs.replace(/\br:id="([^"]+)"/g, (attribute, id: string) => {
    const name = names.get(id);
    return name === undefined ? attribute : `r:id="${name}"`;
  });
  return { paragraphs: renamed, links };
}

/** docx's XML of some paragraphs, written as the body of a document of their own. */
function writeBatch(batch: Paragraph[], before: number): { paragraphs: string; links: string[] } {
  const files = compilePackage(new DocxFile({ sections: [{ children: batch }] }));
  const documentXml = files.get(DOCUMENT_XML);
  const rels = files.get(DOCUMENT_RELS);
  if (typeof documentXml !== 'string' || typeof rels !== 'string') throw new InternalError('docx wrote no document.xml and its relationships');
  const { start, end } = bodyContentOf(documentXml);
  return renumberLinks(documentXml.slice(start, end), rels, before);
}

/**
 * Has docx write the paragraphs `batch` at a time, so that only one batch's docx objects exist
 * at once; the paragraphs are made as they are taken.
 */
export function writeBody(paragraphs: Iterable<Paragraph>, batchSize = BATCH_PARAGRAPHS): BodyXml {
  const parts: Uint8Array[] = [];
  const links: string[] = [];
  let batch: Paragraph[] = [];
  const flush = (): void => {
    const written = writeBatch(batch, links.length);
    parts.push(strToU8(written.paragraphs));
    links.push(...written.links);
    batch = [];
  };
  for (const paragraph of paragraphs) {
    batch.push(paragraph);
    if (batch.length >= batchSize) flush();
  }
  if (batch.length > 0) flush();
  return { paragraphs: parts, links: links.join(''), linkCount: links.length };
}
