// Base URLs of the scholarly APIs pubcv asks. Tests and users behind a mirror point them elsewhere;
// an adapter only ever appends its documented path to a base URL, so a base may carry a path prefix.

/** The services pubcv talks to: the four search APIs plus the DOI resolver and ORCID. */
const ENDPOINT_NAMES = ['crossref', 'openalex', 'dblp', 'arxiv', 'doi', 'orcid'] as const;
export type EndpointName = (typeof ENDPOINT_NAMES)[number];

/** A base URL for every service, without a trailing slash. */
export type Endpoints = Readonly<Record<EndpointName, string>>;

/** The public services' base URLs. */
export const DEFAULT_ENDPOINTS: Endpoints = {
  crossref: 'https://api.crossref.org',
  openalex: 'https://api.openalex.org',
  dblp: 'https://dblp.org',
  // arXiv asks API clients to use the export mirror rather than the main site.
  arxiv: 'https://export.arxiv.org',
  doi: 'https://doi.org',
  orcid: 'https://pub.orcid.org',
};

/** The environment variable that overrides each base URL. */
const ENDPOINT_ENV_VARS: Readonly<Record<EndpointName, string>> = {
  crossref: 'PUBCV_CROSSREF_URL',
  openalex: 'PUBCV_OPENALEX_URL',
  dblp: 'PUBCV_DBLP_URL',
  arxiv: 'PUBCV_ARXIV_URL',
  doi: 'PUBCV_DOI_URL',
  orcid: 'PUBCV_ORCID_URL',
};

/** Base URLs with the environment over the config over the defaults; blank values count as unset. */
export function resolveEndpoints(fromConfig?: Partial<Record<EndpointName, string>>, env: NodeJS.ProcessEnv = process.env): Endpoints {
  const resolved = {} as Record<EndpointName, string>;
  for (const name of ENDPOINT_NAMES) {
    const chosen = [env[ENDPOINT_ENV_VARS[name]], fromConfig?.[name], DEFAULT_ENDPOINTS[name]].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    resolved[name] = trimTrailingSlashes(chosen ?? DEFAULT_ENDPOINTS[name]);
  }
  return resolved;
}

function trimTrailingSlashes(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
