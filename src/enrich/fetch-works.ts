import type { CslItem } from '../model/record.js';
import { assignIds } from '../normalize/assign-ids.js';
import { recordToBibtex } from '../render/bibtex.js';
import { fetchDoiWork } from './fetch-doi.js';
import { fetchOrcidDois } from './fetch-orcid.js';
import type { Network } from './open-sources.js';
import type { FetchFailure, Fetched } from './work-source.js';

/** What `pubcv import` found: the works, the DOIs that failed, and an ORCID record's works without a DOI. */
export interface FetchedWorks {
  readonly items: CslItem[];
  readonly failures: FetchFailure[];
  readonly withoutDoi: Array<{ title: string; url?: string }>;
}

/** Items with readable, unique ids (`okonkwo2099gradient`) instead of their DOIs, so a .bib gets usable keys. */
function withIds(items: readonly CslItem[]): CslItem[] {
  const ids = assignIds(items.map((item) => ({ item: { ...item, id: '' }, source: { file: '' } }))).value;
  return items.map((item, i) => ({ ...item, id: ids[i] ?? item.id }));
}

/**
 * Fetches works as CSL-JSON: each DOI by content negotiation, and with an ORCID iD every work of
 * the record that has a DOI. Fails only when the ORCID record cannot be read; a DOI that fails is
 * reported in `failures`. DOIs must be normalised (`normalizeDoi`) beforehand.
 */
export async function fetchWorks(network: Network, request: { readonly dois: readonly string[]; readonly orcid?: string }): Promise<Fetched<FetchedWorks>> {
  const dois = [...request.dois];
  const withoutDoi: FetchedWorks['withoutDoi'] = [];
  if (request.orcid !== undefined) {
    const works = await fetchOrcidDois(network.http, network.endpoints.orcid, request.orcid);
    if (!works.ok) return works;
    dois.push(...works.value.dois.filter((d) => !dois.includes(d)));
    withoutDoi.push(...works.value.withoutDoi);
  }
  const items: CslItem[] = [];
  const failures: FetchFailure[] = [];
  for (const doi of dois) {
    const work = await fetchDoiWork(network.http, network.endpoints.doi, doi);
    if (work.ok) items.push(work.value);
    else failures.push(work.failure);
  }
  return { ok: true, value: { items: withIds(items), failures, withoutDoi } };
}

/** The text of an imported file: a CSL-JSON array, or BibTeX entries. */
export function importedFileText(items: readonly CslItem[], format: 'json' | 'bib'): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  return `${items.map((item) => recordToBibtex(item)).join('\n\n')}\n`;
}
