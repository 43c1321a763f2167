import { Document as DocxFile, Paragraph, Tab, TextRun } from 'docx';
import { documentDirection, documentMessages, entryCount, fillMessage, headingRuns, type Document, type Entry, type Section } from '../model/index.js';
import { writeBody, type BodyUnit, type UnitXml } from './docx-body.js';
import { compilePackage } from './docx-compile.js';
import { createBadgeRun, createBlockParagraphs, createHeaderLines, hasDocxBlocks } from './docx-extras.js';
import { packDeterministically } from './docx-package.js';
import { createPageSetup } from './docx-page.js';
import { createParagraphChildren, paragraphDirection } from './docx-runs.js';
import { createStyles, STYLE } from './docx-styles.js';
import { KeptPieces } from './render-cache.js';
import type { Writer } from './writer.js';

/**
 * Each entry's paragraphs as docx wrote them in the last render, by the entry's label, badge,
 * runs and extra lines, within one highlight and direction: a rebuild in the same process has docx write only
 * the entries that changed (and the headings and legend, which are few).
 */
const keptEntryXml = new KeptPieces<UnitXml>();

/** The paragraphs of one publication: its label in the gutter, badge and reference, then its extra lines. */
function createEntryParagraphs(entry: Entry, doc: Document): Paragraph[] {
  const children = [...createBadgeRun(entry), ...createParagraphChildren(entry.runs, doc.highlight, documentDirection(doc.lang))];
  if (entry.label !== undefined && entry.label !== '') {
    children.unshift(new TextRun({ children: [entry.label, new Tab()] }));
  }
  const extras = hasDocxBlocks(entry) ? { keepNext: true, spacing: { after: 0 } } : {};
  return [
    new Paragraph({ style: STYLE.publication, children, ...extras, ...paragraphDirection(documentDirection(doc.lang)) }),
    ...createBlockParagraphs(entry, doc),
  ];
}

/** An entry as a unit of the body, keyed by all of it its paragraphs show (the highlight and the direction, the rest they depend on, are the cache's context). */
function entryUnit(entry: Entry, doc: Document): BodyUnit {
  return { key: JSON.stringify([entry.label ?? null, entry.badge ?? null, entry.runs, entry.blocks ?? null]), make: () => createEntryParagraphs(entry, doc) };
}

/** A section's heading (when it has one) and its entries, made as they are taken. */
function* createSectionUnits(section: Section, doc: Document): Generator<BodyUnit> {
  const runs = headingRuns(section);
  if (runs.length > 0)
    yield {
      make: () => [
        new Paragraph({ style: STYLE.heading, children: createParagraphChildren(runs, doc.highlight), ...paragraphDirection(documentDirection(doc.lang)) }),
      ],
    };
  for (const entry of section.entries) yield entryUnit(entry, doc);
}

/** The legend of contribution marks under the list, set apart by space above its first line. */
function createLegendParagraphs(doc: Document): Paragraph[] {
  return (doc.legend ?? []).map(
    (runs, i) =>
      new Paragraph({
        style: STYLE.legend,
        ...(i === 0 ? { spacing: { before: 240 } } : {}),
        children: createParagraphChildren(runs, doc.highlight),
        ...paragraphDirection(documentDirection(doc.lang)),
      }),
  );
}

/** Everything under the title block: the sections and the legend, made as they are taken. */
function* createBodyUnits(doc: Document): Generator<BodyUnit> {
  for (const section of doc.sections) yield* createSectionUnits(section, doc);
  yield { make: () => createLegendParagraphs(doc) };
}

/** The title block: the document title, the owner's name when known, the subtitle and "Updated" lines. */
function createTitleParagraphs(doc: Document): Paragraph[] {
  const direction = paragraphDirection(documentDirection(doc.lang));
  const title = new Paragraph({ style: STYLE.title, text: doc.title, ...direction });
  const lines = createHeaderLines(doc);
  if (doc.owner === undefined || doc.owner === '') return [title, ...lines];
  return [title, new Paragraph({ style: STYLE.subtitle, text: doc.owner, ...(lines.length > 0 ? { spacing: { after: 60 } } : {}), ...direction }), ...lines];
}

/**
 * Builds the docx object model of the document's frame: properties, styles, page setup and the
 * title block, whose lines are plain text and so have no hyperlinks. The rest of the body is
 * written apart, in batches (see docx-body.ts).
 */
function createFrameFile(doc: Document): DocxFile {
  const layout = doc.layout;
  const owner = doc.owner?.trim() ? doc.owner.trim() : undefined;
  const messages = documentMessages(doc);
  return new DocxFile({
    title: doc.title,
    creator: doc.owner,
    // docx writes "Un-named" when this is left out.
    lastModifiedBy: doc.owner ?? 'pubcv',
    subject: owner ? fillMessage(messages['document.subjectOf'], { owner }) : messages['document.subject'],
    keywords: [messages['document.keywords'], ...(owner ? [owner] : [])].join('; '),
    description: fillMessage(messages['document.description'], { style: doc.style }),
    styles: createStyles(doc.lang, layout.font),
    sections: [
      {
        ...createPageSetup(doc, layout),
        children: createTitleParagraphs(doc),
      },
    ],
  });
}

/**
 * Renders the document as an editable Word file; the same document always gives the same bytes.
 * Entries written in `kept`'s last render are not written again (by default this thread's writer's).
 */
export async function renderDocx(doc: Document, kept: KeptPieces<UnitXml> = keptEntryXml): Promise<Uint8Array> {
  // The frame first: a page setup that leaves no room for text is refused before the body is written.
  const frame = compilePackage(createFrameFile(doc));
  const units = kept.begin(JSON.stringify([doc.highlight, documentDirection(doc.lang)]), entryCount(doc));
  const bytes = packDeterministically(frame, writeBody(createBodyUnits(doc), undefined, units), doc.date);
  units?.keep();
  return bytes;
}

/** The DOCX writer. */
export const docxWriter: Writer = { render: (doc) => renderDocx(doc) };
