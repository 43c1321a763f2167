import { Paragraph, TextRun, type IFontAttributesProperties, type IParagraphStyleOptions, type ParagraphChild } from 'docx';
import { assertNever } from '../model/errors.js';
import { blockShownIn, documentDirection, type BlockKind, type Document, type Entry } from '../model/index.js';
import { createParagraphChildren, paragraphDirection } from './docx-runs.js';

/** Paragraph styles of an entry's extra lines and of the header's lines, so Word users restyle each kind at once. */
const EXTRA_STYLE = {
  detail: 'PublicationDetail',
  award: 'PublicationAward',
  abstract: 'PublicationAbstract',
  headerLine: 'PublicationHeaderLine',
} as const;

/** Space after an entry, in twips; the Publication style's, moved to an entry's last paragraph. */
const ENTRY_SPACE_AFTER = 120;

/** The paragraph style of an extra line of each kind. */
function styleOf(kind: BlockKind): string {
  switch (kind) {
    case 'links':
    case 'note':
    case 'line':
    case 'citations':
      return EXTRA_STYLE.detail;
    case 'award':
      return EXTRA_STYLE.award;
    case 'abstract':
      return EXTRA_STYLE.abstract;
    default:
      return assertNever(kind);
  }
}

/** The styles above, indented to the entry text past the gutter (`indent`, twips). */
export function createExtraStyles(font: IFontAttributesProperties, indent: number): IParagraphStyleOptions[] {
  const base = { basedOn: 'Normal', quickFormat: true } as const;
  const paragraph = { indent: { left: indent }, spacing: { before: 20, after: 0 }, keepLines: true };
  return [
    { ...base, id: EXTRA_STYLE.detail, name: 'Publication detail', next: EXTRA_STYLE.detail, run: { font, size: 20 }, paragraph },
    { ...base, id: EXTRA_STYLE.award, name: 'Publication award', next: EXTRA_STYLE.detail, run: { font, size: 22, italics: true }, paragraph },
    {
      ...base,
      id: EXTRA_STYLE.abstract,
      name: 'Publication abstract',
      next: EXTRA_STYLE.detail,
      run: { font, size: 19 },
      paragraph: { ...paragraph, alignment: 'both' },
    },
    {
      ...base,
      id: EXTRA_STYLE.headerLine,
      name: 'Publication header line',
      next: 'Normal',
      run: { font, size: 20, color: '404040' },
      paragraph: { spacing: { after: 0 } },
    },
  ];
}

/** The badge as "[NeurIPS] " before the reference; not bold, so it never runs into the owner's bold name. */
export function createBadgeRun(entry: Entry): ParagraphChild[] {
  return entry.badge ? [new TextRun({ text: `[${entry.badge}] ` })] : [];
}

/**
 * The extra paragraphs of an entry that DOCX shows, each kept with the next so an entry is not
 * split from its lines; the last one carries the space after the entry.
 */
export function createBlockParagraphs(entry: Entry, doc: Document): Paragraph[] {
  const blocks = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'docx'));
  return blocks.map(
    (block, i) =>
      new Paragraph({
        style: styleOf(block.kind),
        children: createParagraphChildren(block.runs, doc.highlight, documentDirection(doc.lang)),
        ...paragraphDirection(documentDirection(doc.lang)),
        ...(i < blocks.length - 1 ? { keepNext: true } : { spacing: { before: 20, after: ENTRY_SPACE_AFTER } }),
      }),
  );
}

/** True when the entry has lines under its reference in DOCX: its own paragraph then keeps with them. */
export function hasDocxBlocks(entry: Entry): boolean {
  return (entry.blocks ?? []).some((b) => blockShownIn(b, 'docx'));
}

/** The header's subtitle, "Updated" and citation summary lines, the last with the space before the list. */
export function createHeaderLines(doc: Document): Paragraph[] {
  const lines = [doc.subtitle, doc.updated, doc.citationSummary?.figures, doc.citationSummary?.asOf].filter((l): l is string => Boolean(l));
  const direction = paragraphDirection(documentDirection(doc.lang));
  return lines.map(
    (text, i) => new Paragraph({ style: EXTRA_STYLE.headerLine, text, ...(i === lines.length - 1 ? { spacing: { after: 240 } } : {}), ...direction }),
  );
}
