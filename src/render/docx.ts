import { Document as DocxFile, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { Document, Entry, Section } from '../model/index.js';
import { repackDeterministically } from './docx-package.js';
import { createParagraphChildren } from './docx-runs.js';
import { createStyles, STYLE } from './docx-styles.js';
import type { Writer } from './writer.js';

/** A4 in twips. */
const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm in twips. */
const MARGIN = 1134;
/** Word's own distance of header and footer from the page edge (1.25 cm), kept for users who add a page number. */
const HEADER_FOOTER = 709;

/** The paragraph of one publication: its label in the gutter, then the formatted reference. */
function createEntryParagraph(entry: Entry, doc: Document): Paragraph {
  const children = createParagraphChildren(entry.runs, doc.highlight);
  if (entry.label !== undefined && entry.label !== '') {
    children.unshift(new TextRun({ children: [entry.label, new Tab()] }));
  }
  return new Paragraph({ style: STYLE.publication, children });
}

/** A section's heading (when it has a title) and its entries. */
function createSectionParagraphs(section: Section, doc: Document): Paragraph[] {
  const heading = section.title === '' ? [] : [new Paragraph({ style: STYLE.heading, text: section.title })];
  return [...heading, ...section.entries.map((entry) => createEntryParagraph(entry, doc))];
}

/** The legend of contribution marks under the list, set apart by space above its first line. */
function createLegendParagraphs(doc: Document): Paragraph[] {
  return (doc.legend ?? []).map(
    (runs, i) => new Paragraph({ style: STYLE.legend, ...(i === 0 ? { spacing: { before: 240 } } : {}), children: createParagraphChildren(runs, doc.highlight) }),
  );
}

/** The title block: the document title, then the owner's name when known. */
function createTitleParagraphs(doc: Document): Paragraph[] {
  const title = new Paragraph({ style: STYLE.title, text: doc.title });
  if (doc.owner === undefined || doc.owner === '') return [title];
  return [title, new Paragraph({ style: STYLE.subtitle, text: doc.owner })];
}

/** Builds the docx object model of the whole document. */
function createDocxFile(doc: Document): DocxFile {
  return new DocxFile({
    title: doc.title,
    creator: doc.owner,
    // docx writes "Un-named" when this is left out.
    lastModifiedBy: doc.owner ?? 'pubcv',
    description: `Publication list in the ${doc.style} citation style.`,
    styles: createStyles(doc.lang),
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: HEADER_FOOTER, footer: HEADER_FOOTER },
          },
        },
        children: [...createTitleParagraphs(doc), ...doc.sections.flatMap((s) => createSectionParagraphs(s, doc)), ...createLegendParagraphs(doc)],
      },
    ],
  });
}

/** Renders the document as an editable Word file; the same document always gives the same bytes. */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(createDocxFile(doc));
  return repackDeterministically(packed, doc.date);
}

/** The DOCX writer. */
export const docxWriter: Writer = { extension: 'docx', render: (doc) => renderDocx(doc) };
