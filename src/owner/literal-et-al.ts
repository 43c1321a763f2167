import type { CslItem, CslName } from '../model/record.js';
import { CSL_NAME_VARIABLES } from '../model/csl-variables.js';
import type { Run } from '../model/index.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** The literal name the readers give to "and others" / a written "et al." at the end of a list. */
export const LITERAL_ET_AL = 'et al.';

/** How many of the item's name lists (author, editor, translator...) end in the literal "et al.". */
export function listsEndingInEtAl(item: CslItem): number {
  return CSL_NAME_VARIABLES.filter((variable) => {
    const names = item[variable];
    return Array.isArray(names) && (names[names.length - 1] as CslName | undefined)?.literal === LITERAL_ET_AL;
  }).length;
}

/**
 * citeproc treats the literal "et al." as one more name and puts the last-name connector before
 * it ("Roth, G. A. & et al.", "In E. Diday & et al. (Eds.)"); this removes that connector from the
 * first `lists` name lists that show one, so they read "Roth, G. A. et al.", "E. Diday et al.".
 */
export function dropConnectorBeforeEtAl(runs: readonly Run[], connectors: readonly string[], lists = 1): Run[] {
  const alternatives = ['&', ...connectors].map(escapeRegExp).join('|');
  const pattern = new RegExp(`,?\\s+(?:${alternatives})\\s+(?=${escapeRegExp(LITERAL_ET_AL)})`, 'g');
  let left = lists;
  return runs.map((run) => {
    if (left === 0 || run.marks.length > 0) return run;
    const text = run.text.replace(pattern, (connector) => {
      if (left === 0) return connector;
      left -= 1;
      return ' ';
    });
    return text === run.text ? run : { text, marks: run.marks };
  });
}
