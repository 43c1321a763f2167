import { AlignmentType, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import { assertNever, userError } from '../model/errors.js';
import { documentMessages, type Document, type PageLayout, type PageSize } from '../model/index.js';
import { STYLE } from './docx-styles.js';

/** Word counts page geometry in twentieths of a point. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Word's own distance of header and footer from the page edge (1.25 cm). */
const HEADER_FOOTER = 709;

/** Paper sizes in twips. */
function paperSize(size: PageSize): { width: number; height: number } {
  switch (size) {
    case 'A4':
      return { width: 11906, height: 16838 };
    case 'Letter':
      return { width: 12240, height: 15840 };
    default:
      return assertNever(size);
  }
}

/**
 * From page 2 on, the owner's name at the left and the title at a right tab stop, as in the
 * PDF; the first page, which shows both in its title block, has an empty header.
 */
function createHeaders(doc: Document, textWidth: number): { default: Header; first: Header } {
  const owner = doc.owner?.trim();
  const children = owner ? [new TextRun(owner), new TextRun({ children: [new Tab(), doc.title] })] : [new TextRun(doc.title)];
  return {
    default: new Header({ children: [new Paragraph({ style: STYLE.header, tabStops: [{ type: TabStopType.RIGHT, position: textWidth }], children })] }),
    first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
  };
}

/** The page-number message's text and fields: "{page} / {pages}" -> [CURRENT, ' / ', TOTAL_PAGES]. */
function pageNumberChildren(template: string): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  const fields: Readonly<Record<string, (typeof PageNumber)[keyof typeof PageNumber]>> = { page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES };
  return template
    .split(/(\{(?:page|pages)\})/)
    .filter((part) => part !== '')
    .map((part) => fields[part.slice(1, -1)] ?? part);
}

/** The page number ("n / N" as the catalogue words it) centred at the foot of every page, as Word fields so they stay right after edits. */
function createFooter(doc: Document): Footer {
  const number = new TextRun({ children: pageNumberChildren(documentMessages(doc)['page.number']) });
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, alignment: AlignmentType.CENTER, children: [number] })] });
}

/** Page size, margins, running header and page numbers of the document's one Word section. */
export function createPageSetup(doc: Document, layout: PageLayout): Pick<ISectionOptions, 'properties' | 'headers' | 'footers'> {
  const size = paperSize(layout.pageSize);
  const margin = Math.round(layout.marginMm * TWIPS_PER_MM);
  const textWidth = size.width - 2 * margin;
  if (!(margin >= 0) || textWidth < size.width / 3) {
    throw userError({ code: 'page-margin', message: `a page margin of ${layout.marginMm} mm leaves no room for text on ${layout.pageSize} paper` }, 2);
  }
  const footer = createFooter(doc);
  return {
    properties: {
      titlePage: true,
      page: { size, margin: { top: margin, right: margin, bottom: margin, left: margin, header: HEADER_FOOTER, footer: HEADER_FOOTER } },
    },
    headers: createHeaders(doc, textWidth),
    footers: { default: footer, first: footer },
  };
}
