import type { CslItem } from '../input/record.js';

const DOI = /^10\.\d{4,9}\/\S+$/;
// What people put before a DOI: resolver URLs (old and new), `doi:`, and the broken `https://doi:`.
const DOI_PREFIX = /^(?:(?:https?:\/\/)?(?:(?:dx\.|www\.)?doi\.org|doi\.acm\.org)\/|https?:\/\/doi:|doi:|urn:doi:)/i;

/** The bare DOI in a DOI field or DOI link (`https://doi.org/10.1/X`, `doi: 10.1/X`), if there is one. */
export function bareDoi(value: string): string | undefined {
  let text = withoutSpaces(value);
  if (DOI_PREFIX.test(text)) text = text.replace(DOI_PREFIX, '');
  if (/%2F/i.test(text)) text = safeDecode(text);
  return DOI.test(text) ? text : undefined;
}

/** Drops white space, also the `%20` a URL field's parser made of it (`https://doi:%2010.1/x`). */
function withoutSpaces(text: string): string {
  return text.replace(/%20|\s+/gi, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What repairLinks changed or could not repair. */
export interface LinkRepair {
  readonly item: CslItem;
  /** The DOI field held something that is not a DOI, kept as written. */
  readonly invalidDoi?: string;
}

/**
 * Puts DOIs in their bare form (`https://doi.org/10.1/x` and a DOI with a line break in it become
 * `10.1/x`), mends broken DOI links in URL (`https://doi:10.1/x`), fills a missing DOI from a DOI
 * link, and moves a web address written in the DOI field to URL. Returns a copy when it changes.
 */
export function repairLinks(item: CslItem): LinkRepair {
  const repaired: CslItem = { ...item };
  let invalidDoi: string | undefined;
  if (typeof item.DOI === 'string') {
    const doi = bareDoi(item.DOI);
    if (doi !== undefined) repaired.DOI = doi;
    else if (/^https?:\/\//i.test(item.DOI.trim())) {
      delete repaired.DOI;
      repaired.URL ??= item.DOI.trim();
    } else invalidDoi = item.DOI;
  }
  if (typeof item.URL === 'string') {
    const url = item.URL.trim();
    const doi = DOI_PREFIX.test(withoutSpaces(url)) ? bareDoi(url) : undefined;
    if (doi !== undefined) {
      repaired.URL = /^https?:\/\/doi:|^doi:|^urn:/i.test(url) ? `https://doi.org/${doi}` : withoutSpaces(url);
      repaired.DOI ??= doi;
    }
  }
  return invalidDoi === undefined ? { item: repaired } : { item: repaired, invalidDoi };
}
