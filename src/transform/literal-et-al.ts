import type { CslItem } from '../input/record.js';
import type { Run } from '../model/index.js';

/** The literal name the readers give to "and others" / a written "et al." at the end of a list. */
export const LITERAL_ET_AL = 'et al.';

/** True when the item's author list ends in the literal "et al." name. */
export function endsWithLiteralEtAl(item: CslItem): boolean {
  const last = item.author?.[item.author.length - 1];
  return last?.literal === LITERAL_ET_AL;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * citeproc treats the literal "et al." as one more author and puts the last-name connector
 * before it ("Roth, G. A. & et al."); this removes that connector so it reads "Roth, G. A. et al.".
 */
export function dropConnectorBeforeEtAl(runs: readonly Run[], connectors: readonly string[]): Run[] {
  const alternatives = ['&', ...connectors].map(escape).join('|');
  const pattern = new RegExp(`,?\\s+(?:${alternatives})\\s+(?=${escape(LITERAL_ET_AL)})`);
  let done = false;
  return runs.map((run) => {
    if (done || run.marks.length > 0 || !pattern.test(run.text)) return run;
    done = true;
    return { text: run.text.replace(pattern, ' '), marks: run.marks };
  });
}
