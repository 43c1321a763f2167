// DOIs reach pubcv as bare DOIs, `doi:` URIs and doi.org URLs (OpenAlex gives URLs, Crossref bare
// DOIs, ORCID either); CSL-JSON wants the bare form, and DOIs compare case-insensitively.

// Crossref's recommended pattern is stricter in its suffix; any non-space suffix is accepted here
// because older DOIs carry characters (<, >, #) that the strict pattern rejects.
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** A bare lower-case DOI from a DOI, a `doi:` URI or a doi.org URL; undefined when it is none. */
export function normalizeDoi(input: string): string | undefined {
  let doi = input
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  if (doi.includes('%')) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // A literal % that is not an escape: keep the DOI as written.
    }
  }
  doi = doi.toLowerCase();
  return DOI_PATTERN.test(doi) ? doi : undefined;
}

/** A DOI as a URL path: each segment percent-encoded, its slashes kept. */
export function doiPath(doi: string): string {
  return doi.split('/').map(encodeURIComponent).join('/');
}
