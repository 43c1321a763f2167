import { Document as DocxFile, Packer, Paragraph, Tab, TextRun } from 'docx';
import { DEFAULT_LAYOUT, headingRuns, type Document, type Entry, type Section } from '../model/index.js';
import { createBadgeRun, createBlockParagraphs, createHeaderLines, hasDocxBlocks } from './docx-extras.js';
import { repackDeterministically } from './docx-package.js';
import { createPageSetup } from './docx-page.js';
import { createParagraphChildren } from './docx-runs.js';
import { createStyles, STYLE } from './docx-styles.js';
import type { Writer } from './writer.js';

/** The paragraphs of one publication: its label in the gutter, badge and reference, then its extra lines. */
function createEntryParagraphs(entry: Entry, doc: Document): Paragraph[] {
  const children = [...createBadgeRun(entry), ...createParagraphChildren(entry.runs, doc.highlight)];
  if (entry.label !== undefined && entry.label !== '') {
    children.unshift(new TextRun({ children: [entry.label, new Tab()] }));
  }
  const extras = hasDocxBlocks(entry) ? { keepNext: true, spacing: { after: 0 } } : {};
  return [new Paragraph({ style: STYLE.publication, children, ...extras }), ...createBlockParagraphs(entry, doc)];
}

/** A section's heading (when it has one) and its entries. */
function createSectionParagraphs(section: Section, doc: Document): Paragraph[] {
  const runs = headingRuns(section);
  const heading = runs.length === 0 ? [] : [new Paragraph({ style: STYLE.heading, children: createParagraphChildren(runs, doc.highlight) })];
  return [...heading, ...section.entries.flatMap((entry) => createEntryParagraphs(entry, doc))];
}

/** The legend of contribution marks under the list, set apart by space above its first line. */
function createLegendParagraphs(doc: Document): Paragraph[] {
  return (doc.legend ?? []).map(
    (runs, i) => new Paragraph({ style: STYLE.legend, ...(i === 0 ? { spacing: { before: 240 } } : {}), children: createParagraphChildren(runs, doc.highlight) }),
  );
}

/** The title block: the document title, the owner's name when known, the subtitle and "Updated" lines. */
function createTitleParagraphs(doc: Document): Paragraph[] {
  const title = new Paragraph({ style: STYLE.title, text: doc.title });
  const lines = createHeaderLines(doc);
  if (doc.owner === undefined || doc.owner === '') return [title, ...lines];
  return [title, new Paragraph({ style: STYLE.subtitle, text: doc.owner, ...(lines.length > 0 ? { spacing: { after: 60 } } : {}) }), ...lines];
}

/** Builds the docx object model of the whole document. */
function createDocxFile(doc: Document): DocxFile {
  const layout = doc.layout ?? DEFAULT_LAYOUT;
  const owner = doc.owner?.trim() ? doc.owner.trim() : undefined;
  return new DocxFile({
    title: doc.title,
    creator: doc.owner,
    // docx writes "Un-named" when this is left out.
    lastModifiedBy: doc.owner ?? 'pubcv',
    subject: owner ? `Publications of ${owner}` : 'Publication list',
    keywords: ['publications', 'publication list', 'curriculum vitae', ...(owner ? [owner] : [])].join('; '),
    description: `Publication list in the ${doc.style} citation style.`,
    styles: createStyles(doc.lang, layout.font),
    sections: [
      {
        ...createPageSetup(doc, layout),
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
