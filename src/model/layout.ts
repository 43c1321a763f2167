/** Paper the printed formats are set on. */
export type PageSize = 'A4' | 'Letter';

/** Typeface family of the printed formats: Noto Serif or Noto Sans in the PDF, Times New Roman or Arial in DOCX. */
export type FontFamily = 'serif' | 'sans';

/** Page setup of the printed formats (PDF, DOCX); HTML takes only the typeface and the paper for printing. */
export interface PageLayout {
  readonly pageSize: PageSize;
  /** One margin on all four sides, in millimetres. */
  readonly marginMm: number;
  readonly font: FontFamily;
}

/** A4 with 2 cm margins, set in serif: what a European committee expects and a US one accepts. */
export const DEFAULT_LAYOUT: PageLayout = { pageSize: 'A4', marginMm: 20, font: 'serif' };
