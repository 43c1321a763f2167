import { fillMessage, linkOf, MESSAGE_KEYS, type Messages, type Run } from '../model/index.js';

// On paper a link cannot be followed: a label pubcv wrote for one ("DOI", "PDF", "Code") says
// there is something, not where. The printed formats add the target after such a label.

/** Where a link goes, as a reader types it: the DOI itself for doi.org, else the address without its scheme. */
export function printedTarget(href: string): string {
  const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(.+)$/i.exec(href)?.[1];
  const shown = doi ?? href.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  try {
    return decodeURI(shown);
  } catch {
    return shown;
  }
}

/**
 * The runs with each link whose text is one of the catalogue's link labels ("DOI", "PDF", in the
 * document's language) worded with its target: "DOI: 10.1145/3368089". Other links, whose text
 * is their address or the user's own wording, are left as they are.
 */
export function withPrintedTargets(runs: readonly Run[], messages: Messages): readonly Run[] {
  const labels = new Set(MESSAGE_KEYS.filter((key) => key.startsWith('link.') && key !== 'link.withTarget').map((key) => messages[key]));
  if (!runs.some((run) => linkOf(run.marks) !== undefined && labels.has(run.text.trim()))) return runs;
  return runs.map((run) => {
    const href = linkOf(run.marks);
    if (href === undefined || !labels.has(run.text.trim())) return run;
    return { ...run, text: fillMessage(messages['link.withTarget'], { label: run.text.trim(), target: printedTarget(href) }) };
  });
}
