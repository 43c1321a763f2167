import type { Diagnostic } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { stripMarkup } from '../text/strip-markup.js';

// BibDesk and hand-kept lists often type every paper @article, conference papers too: they then
// land in "Journal articles". A venue that names a conference says otherwise. Swept over the
// whole corpus (test/select/article-at-conference-corpus.test.ts): every hit is a conference paper.

/** Words that name a meeting. Not "colloquium": the Electronic Colloquium on Computational Complexity is a report series. */
const MEETING = /\b(?:conference|conf\.|workshops?|symposium|symp\.|congress|meeting)\b/i;
/** The big conferences, when the venue is just their acronym ("CVPR", "NeurIPS 2019"). */
const ACRONYM =
  /^(?:proc(?:eedings|\.)?\s+(?:of\s+)?)?(?:CVPR|ICCV|ECCV|WACV|BMVC|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|SIGGRAPH|ICRA|IROS|KDD|ICSE|ESEC\/FSE|FSE|MICCAI|ICASSP|Interspeech|SIGIR|CIKM|UAI|AISTATS|COLT|GECCO)(?:\s*'?\d{2,4})?$/i;
/**
 * Journals whose name holds such a word: "Journal of Physics: Conference Series", IOP's
 * "Conference Series" and "Meeting Abstracts" are published as journals, and an @article in them is right.
 */
const JOURNAL = /\b(?:journal|transactions|letters|review|magazine|annals|bulletin|conference series|conf\. ser\.|abstracts)\b/i;

/** The venue of an entry typed as a journal article when it names a conference or workshop. */
export function conferenceVenue(record: SourceRecord): string | undefined {
  const { item } = record;
  // A kind chosen in the config's overrides is the user's word on it.
  if (item.type !== 'article-journal' || item.custom?.kind !== undefined) return undefined;
  const venue = stripMarkup(typeof item['container-title'] === 'string' ? item['container-title'] : '').trim();
  if (venue === '' || JOURNAL.test(venue)) return undefined;
  return MEETING.test(venue) || ACRONYM.test(venue) ? venue : undefined;
}

/**
 * A warning for each entry typed as a journal article (@article, CSL article-journal) whose venue
 * names a conference or workshop ("IEEE Conference on Computer Vision and Pattern Recognition
 * (CVPR)"): it would be listed among journal articles. Says how to fix it: the type in the source,
 * or `overrides: { ID: { kind: conference } }` in the config.
 */
export function articlesAtConferences(records: readonly SourceRecord[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const venue = conferenceVenue(record);
    if (venue === undefined) continue;
    const { file, line, column } = record.source;
    const id = record.item.id;
    diagnostics.push({
      severity: 'warning',
      code: 'article-at-conference',
      message: `'${venue}' is a conference or workshop, but the entry is typed as a journal article (@article) and is listed as one: make it @inproceedings (its venue as booktitle), or add to pubcv.config.yaml overrides: { ${id}: { kind: conference } }`,
      file,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
      entry: id,
    });
  }
  return diagnostics;
}
