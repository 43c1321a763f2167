import type { CslItem } from '../model/record.js';
import { assignIds } from '../normalize/assign-ids.js';
import { recordToBibtex } from '../render/bibtex.js';
import { fetchDblpPersonWorks } from './fetch-dblp-person.js';
import { fetchDoiWork } from './fetch-doi.js';
import { fetchOpenAlexAuthorWorks } from './fetch-openalex-author.js';
import { fetchOrcidDois } from './fetch-orcid.js';
import type { Network } from './open-sources.js';
import type { FetchFailure, Fetched } from './work-source.js';

/** What `pubcv import` asks for: DOIs, and the lists of an ORCID record, a dblp person and an OpenAlex author. */
interface WorkRequest {
  /** Normalised DOIs (`normalizeDoi`). */
  readonly dois: readonly string[];
  readonly orcid?: string;
  /** A dblp person id or URL. */
  readonly dblp?: string;
  /** An OpenAlex author id or URL. */
  readonly openalexAuthor?: string;
}

/** What `pubcv import` found: the works, the DOIs that failed, and what the lists held that cannot be imported. */
interface FetchedWorks {
  readonly items: CslItem[];
  readonly failures: FetchFailure[];
  /** Works of the ORCID record without a DOI of their own, to add by hand. */
  readonly withoutDoi: Array<{ title: string; url?: string }>;
  /** Works a list held that are no entry: dblp's BibTeX that could not be read, OpenAlex works without a title. */
  readonly unreadable: string[];
}

/**
 * Items with readable, unique ids (`okonkwo2099gradient`) instead of their DOIs or the APIs' keys,
 * so a .bib gets usable keys; an id in `taken` (the user's entries) is never given.
 */
export function withReadableIds(items: readonly CslItem[], taken: readonly string[] = []): CslItem[] {
  const held = taken.map((id) => ({ item: { id, type: 'document' }, source: { file: '', key: id } }));
  const ids = assignIds([...held, ...items.map((item) => ({ item: { ...item, id: '' }, source: { file: '' } }))]).value.slice(held.length);
  return items.map((item, i) => {
    // A key read from dblp's BibTeX (`DBLP:conf/...`) names the entry no more.
    const { 'citation-key': _key, ...rest } = item;
    return { ...rest, id: ids[i] ?? item.id };
  });
}

/**
 * Fetches works as CSL-JSON (ids: the DOI, the dblp key, the OpenAlex id; see withReadableIds): each DOI by content negotiation, with an ORCID iD every work of the
 * record that has a DOI, with a dblp person every entry of their BibTeX, with an OpenAlex author
 * every work OpenAlex lists. Fails when a list (ORCID, dblp, OpenAlex) cannot be read whole; a
 * DOI that fails is reported in `failures`. DOIs must be normalised (`normalizeDoi`) beforehand.
 */
export async function fetchWorks(network: Network, request: WorkRequest): Promise<Fetched<FetchedWorks>> {
  const dois = [...request.dois];
  const withoutDoi: FetchedWorks['withoutDoi'] = [];
  const listed: CslItem[] = [];
  const unreadable: string[] = [];
  if (request.orcid !== undefined) {
    const works = await fetchOrcidDois(network.http, network.endpoints.orcid, request.orcid);
    if (!works.ok) return works;
    dois.push(...works.value.dois.filter((d) => !dois.includes(d)));
    withoutDoi.push(...works.value.withoutDoi);
  }
  if (request.dblp !== undefined) {
    const works = await fetchDblpPersonWorks(network.http, network.endpoints.dblp, request.dblp);
    if (!works.ok) return works;
    listed.push(...works.value.items);
    unreadable.push(...works.value.unreadable.map((line) => `dblp: ${line}`));
  }
  if (request.openalexAuthor !== undefined) {
    const options = { ...(network.contact ? { mailto: network.contact } : {}), ...(network.openalexKey ? { apiKey: network.openalexKey } : {}) };
    const works = await fetchOpenAlexAuthorWorks(network.http, network.endpoints.openalex, request.openalexAuthor, options);
    if (!works.ok) return works;
    listed.push(...works.value.items);
    const { untitled } = works.value;
    if (untitled > 0) unreadable.push(`openalex: ${untitled} ${untitled === 1 ? 'work' : 'works'} of ${works.value.author.id} without a title`);
  }
  const items: CslItem[] = [];
  const failures: FetchFailure[] = [];
  for (const doi of dois) {
    const work = await fetchDoiWork(network.http, network.endpoints.doi, doi);
    if (work.ok) items.push(work.value);
    else failures.push(work.failure);
  }
  return { ok: true, value: { items: [...items, ...listed], failures, withoutDoi, unreadable } };
}

/** The text of an imported file: a CSL-JSON array, or BibTeX entries. */
export function importedFileText(items: readonly CslItem[], format: 'json' | 'bib'): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  return `${items.map((item) => recordToBibtex(item)).join('\n\n')}\n`;
}
