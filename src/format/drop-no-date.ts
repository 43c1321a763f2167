import type { Run } from '../model/index.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Removes the style's "no date" placeholder ("(n.d.).", "(no date)", ", n.d.") from an undated
 * entry. On a CV an undated work is usually forthcoming or a preprint, and "n.d." on every line
 * reads as noise; the date is simply left out, with the punctuation around it.
 */
export function dropNoDate(runs: readonly Run[], terms: readonly string[]): Run[] {
  if (terms.length === 0) return [...runs];
  const alternatives = terms.map(escapeRegExp).join('|');
  const parenthesised = new RegExp(`\\s*[([](?:${alternatives})[)\\]][.,]?`, 'g');
  const listed = new RegExp(`[,;]\\s*(?:${alternatives})(?=[.,;\\s]|$)`, 'g');
  const standalone = new RegExp(`\\s(?:${alternatives})(?=\\s|$)`, 'g');
  // A term ending in a period ("n.d.") may also end the sentence; keep that period.
  const keepFinalPeriod = (match: string, offset: number, whole: string) =>
    match.endsWith('.') && !/^[.,;]/.test(whole.slice(offset + match.length)) ? '.' : '';
  return runs.map((run) => {
    if (run.marks.length > 0) return run;
    const text = run.text.replace(parenthesised, '').replace(listed, keepFinalPeriod).replace(standalone, '');
    return text === run.text ? run : { text, marks: run.marks };
  });
}
