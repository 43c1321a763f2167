import type { CslItem } from '../model/record.js';

const DOI = /^10\.\d{4,9}\/\S+$/;
// What people put before a DOI: resolver URLs (old and new), `doi:`, and the broken `https://doi:`.
const DOI_PREFIX = /^(?:(?:https?:\/\/)?(?:(?:dx\.|www\.)?doi\.org|doi\.acm\.org)\/|https?:\/\/doi:|doi:|urn:doi:)/i;

/** The bare DOI in a DOI field or DOI link (`https://doi.org/10.1/X`, `doi: 10.1/X`), if there is one. */
export function bareDoi(value: string): string | undefined {
  // BibTeX's protective braces around the whole value (`DOI = {{10.1/x}}`): citation-js reads DOI
  // verbatim and keeps them.
  let text = withoutSpaces(value).replace(/^\{([^{}]*)\}$/, '$1');
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
interface LinkRepair {
  readonly item: CslItem;
  /** The DOI field held something that is not a DOI, kept as written. */
  readonly invalidDoi?: string;
  /** The URL field held something that is no web address, left out. */
  readonly invalidUrl?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A web address written without its scheme: `www.example.org/paper`, `example.org/x`. */
const HOST_FIRST = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * Puts DOIs in their bare form (`https://doi.org/10.1/x` and a DOI with a line break in it become
 * `10.1/x`), mends broken DOI links in URL (`https://doi:10.1/x`), fills a missing DOI from a DOI
 * link, moves a web address written in the DOI field to URL, and gives a URL written without its
 * scheme (`www.example.org/x`) its https://; a URL that is no web address is left out. Returns a copy when it changes.
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
    } else if (!SCHEME.test(url) && !url.startsWith('//')) {
      // citeproc-js links a URL without a scheme as if it were a DOI (https://doi.org/www.example.org/x).
      if (HOST_FIRST.test(url)) repaired.URL = `https://${url}`;
      else {
        delete repaired.URL;
        return { item: repaired, ...(invalidDoi !== undefined ? { invalidDoi } : {}), invalidUrl: item.URL };
      }
    }
  }
  return invalidDoi === undefined ? { item: repaired } : { item: repaired, invalidDoi };
}
