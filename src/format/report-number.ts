import type { CslItem } from '../model/record.js';

/**
 * The item with the hyphens of its `number` escaped for citeproc-js, which otherwise reads
 * "88-1" as the range "88–1" and labels it "Nos.". A report's, patent's or series' number is an
 * identifier ("Research Report 88-1", "7-05-2018"), as pandoc prints it; double issues of a
 * journal are in `issue`, which keeps its ranges. citeproc-js drops the backslash of `\-` and
 * counts the number as one. An en dash (BibTeX's `95--05`) would be read as a range too; it
 * becomes the escaped hyphen, the only escape citeproc-js has.
 */
export function keepNumberHyphens(item: CslItem): CslItem {
  const number = item.number;
  if (typeof number !== 'string' || !/[-–]/.test(number)) return item;
  return { ...item, number: number.replace(/\\*[-–]/g, '\\-') };
}
