import { assertNever, userError } from '../model/errors.js';
import type { PageLayout, PageSize } from '../model/index.js';

/** Where text may go on a page, in points (y down from the top edge, as pdfkit draws). */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly textWidth: number;
  /** The y below which no body text is drawn. */
  readonly bottom: number;
  readonly contentHeight: number;
}

const POINTS_PER_MM = 72 / 25.4;

/** Paper sizes in points, as pdfkit names them. */
function paperSize(size: PageSize): { width: number; height: number } {
  switch (size) {
    case 'A4':
      return { width: 595.28, height: 841.89 };
    case 'Letter':
      return { width: 612, height: 792 };
    default:
      return assertNever(size);
  }
}

/** The page of a layout; a margin that would leave less than a third of the page width is a usage error. */
export function pageGeometry(layout: PageLayout): PageGeometry {
  const { width, height } = paperSize(layout.pageSize);
  const margin = layout.marginMm * POINTS_PER_MM;
  if (!(margin >= 0) || margin * 2 > width * (2 / 3)) {
    throw userError({ code: 'page-margin', message: `a page margin of ${layout.marginMm} mm leaves no room for text on ${layout.pageSize} paper` }, 2);
  }
  return { width, height, margin, textWidth: width - 2 * margin, bottom: height - margin, contentHeight: height - 2 * margin };
}
