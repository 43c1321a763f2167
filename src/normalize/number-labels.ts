import type { CslItem } from '../model/record.js';

// Styles print their own label before these ("No. 117", "Vol. 3"); a label written into the value
// comes out twice ("No. No. 117").
const LABELS: ReadonlyArray<readonly [string, RegExp]> = [
  ['number', /^(?:no|nos|nr|num|number)\.?\s*(?=\d)/i],
  ['issue', /^(?:no|nos|nr|num|number|issue|iss)\.?\s*(?=\d)/i],
  ['volume', /^(?:vol|vols|volume)\.?\s*(?=\d)/i],
];

/** The item without a label written before its number, issue or volume (`No. 117` -> `117`). */
export function dropNumberLabels(item: CslItem): CslItem {
  let fixed: CslItem | undefined;
  for (const [field, label] of LABELS) {
    const value = item[field];
    if (typeof value !== 'string' || !label.test(value)) continue;
    fixed ??= { ...item };
    fixed[field] = value.replace(label, '');
  }
  return fixed ?? item;
}
