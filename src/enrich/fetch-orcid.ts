import type { HttpClient } from './http-client.js';
import { fetchFailure, hostOf } from './http-failure.js';
import { normalizeDoi } from './normalize-doi.js';
import { asList, asObject, asText, type JsonObject } from './sources/api-fields.js';
import type { Fetched } from './work-source.js';

// ORCID public API v3.0 (https://info.orcid.org/documentation/api-tutorials/, and the samples in
// ORCID-Source orcid-model/src/main/resources/record_3.0/samples/read_samples/activities-3.0.json):
// `/v3.0/{orcid}/works` answers `{group: [{external-ids: {external-id: [...]}, work-summary: [...]}]}`,
// one group per work however many sources claimed it. An external id is
// `{external-id-type, external-id-value, external-id-normalized: {value} | null, external-id-relationship}`;
// only relationship "self" names the work itself ("version-of" is another version's DOI,
// "part-of" the container's), and a normalised value may be missing when ORCID could not read it.

interface OrcidWorks {
  /** Bare lower-case DOIs of the record's works, in the record's order, each once. */
  readonly dois: string[];
  /** Works without a DOI of their own, for the user to add by hand. */
  readonly withoutDoi: Array<{ title: string; url?: string }>;
}

/** "0000-0002-1825-0097" from an ORCID iD, an orcid.org URL or 16 bare characters; undefined when its check digit fails. */
export function parseOrcid(input: string): string | undefined {
  const compact = input
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, '')
    .replace(/-/g, '')
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(compact)) return undefined;
  if (orcidCheckDigit(compact.slice(0, 15)) !== compact[15]) return undefined;
  return compact.replace(/(.{4})(?=.)/g, '$1-');
}

/** The ISO 7064 11,2 check character ORCID uses, over the first 15 digits. */
export function orcidCheckDigit(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** The DOIs (and the works without one) on a public ORCID record. */
export async function fetchOrcidDois(http: HttpClient, orcidBaseUrl: string, orcid: string): Promise<Fetched<OrcidWorks>> {
  const id = parseOrcid(orcid);
  if (id === undefined) {
    return {
      ok: false,
      failure: fetchFailure('malformed', 'orcid', orcid, `"${orcid}" is not an ORCID iD (16 digits like 0000-0002-1825-0097, the last a check digit)`),
    };
  }
  const url = `${orcidBaseUrl}/v3.0/${id}/works`;
  const fetched = await http.getJson('orcid', url, { Accept: 'application/json' });
  if (!fetched.ok) {
    if (fetched.failure.status !== 404) return fetched;
    return { ok: false, failure: { ...fetched.failure, message: `${hostOf(url)} has no public record ${id} (HTTP 404)` } };
  }
  const groups = asObject(fetched.value)?.group;
  if (!Array.isArray(groups)) {
    return { ok: false, failure: fetchFailure('malformed', 'orcid', url, `${hostOf(url)} did not answer with an ORCID works list`) };
  }
  return { ok: true, value: readWorkGroups(groups) };
}

function readWorkGroups(groups: unknown[]): OrcidWorks {
  const dois: string[] = [];
  const withoutDoi: Array<{ title: string; url?: string }> = [];
  for (const group of groups.map(asObject)) {
    if (group === undefined) continue;
    const summaries = asList(group['work-summary'])
      .map(asObject)
      .filter((s): s is JsonObject => s !== undefined);
    // The group's ids merge its summaries' ids; a summary's own are the fallback.
    const doi = [group, ...summaries].map((holder) => selfDoi(holder['external-ids'])).find((d) => d !== undefined);
    if (doi !== undefined) {
      if (!dois.includes(doi)) dois.push(doi);
      continue;
    }
    const first = summaries[0];
    const title = asText(asObject(asObject(first?.title)?.title)?.value);
    if (title === undefined) continue;
    const url = asText(asObject(first?.url)?.value);
    withoutDoi.push(url === undefined ? { title } : { title, url });
  }
  return { dois, withoutDoi };
}

function selfDoi(externalIds: unknown): string | undefined {
  for (const entry of asList(asObject(externalIds)?.['external-id'])) {
    const id = asObject(entry);
    if (asText(id?.['external-id-type'])?.toLowerCase() !== 'doi') continue;
    if ((asText(id?.['external-id-relationship']) ?? 'self') !== 'self') continue;
    const value = asText(asObject(id?.['external-id-normalized'])?.value) ?? asText(id?.['external-id-value']);
    const doi = value === undefined ? undefined : normalizeDoi(value);
    if (doi !== undefined) return doi;
  }
  return undefined;
}
