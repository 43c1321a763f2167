import { fetchWorks, importedFileText } from '../enrich/fetch-works.js';
import { parseOrcid } from '../enrich/fetch-orcid.js';
import { normalizeDoi } from '../enrich/normalize-doi.js';
import { openNetwork, type NetworkSettings } from '../enrich/open-sources.js';
import type { FetchFailure } from '../enrich/work-source.js';
import { writeAtomically } from '../files/write-atomically.js';
import { userError } from '../model/errors.js';
import type { CslItem } from '../model/record.js';

/** What `importWorks` fetches, and the file it writes them to. */
export interface ImportOptions {
  /** DOIs in any form `normalizeDoi` reads (10.1234/abc, doi:..., https://doi.org/...). */
  readonly dois?: readonly string[];
  /** An ORCID iD: every public work of the record that has a DOI. */
  readonly orcid?: string;
  /** The file written, replaced whole if it exists. */
  readonly out: string;
  /** CSL-JSON or BibTeX. */
  readonly format: 'json' | 'bib';
  /** User-Agent, contact, base URLs, timeout. */
  readonly network: NetworkSettings;
}

/** What an import fetched and wrote. */
export interface ImportReport {
  /** The file written; undefined when no work could be fetched. */
  readonly written?: string;
  /** The works, with readable unique ids (`okonkwo2099gradient`). */
  readonly works: CslItem[];
  /** One per DOI that could not be fetched. */
  readonly failures: FetchFailure[];
  /** Works of the ORCID record that have no DOI, to add by hand. */
  readonly withoutDoi: Array<{ title: string; url?: string }>;
  /** Why nothing was imported at all: the ORCID record could not be read. */
  readonly failure?: FetchFailure;
}

/**
 * Fetches works as CSL-JSON (each DOI by content negotiation; an ORCID record's works by their
 * DOIs) and writes them to `out`, all at once, when at least one could be fetched. A DOI that
 * `normalizeDoi` does not read, or an ORCID iD whose check digit fails, is a usage error (exit 2),
 * thrown before anything is fetched.
 */
export async function importWorks(options: ImportOptions): Promise<ImportReport> {
  const dois = (options.dois ?? []).map((doi) => normalizeDoi(doi) ?? notA('not-a-doi', `"${doi}" is not a DOI (a DOI looks like 10.1234/abc)`));
  if (options.orcid !== undefined && parseOrcid(options.orcid) === undefined) {
    notA('not-an-orcid', `"${options.orcid}" is not an ORCID iD (16 digits like 0000-0002-1825-0097, the last a check digit)`);
  }
  const fetched = await fetchWorks(openNetwork(options.network), { dois, ...(options.orcid !== undefined ? { orcid: options.orcid } : {}) });
  if (!fetched.ok) return { works: [], failures: [], withoutDoi: [], failure: fetched.failure };
  const { items, failures, withoutDoi } = fetched.value;
  if (items.length === 0) return { works: [], failures, withoutDoi };
  await writeAtomically([{ path: options.out, bytes: new TextEncoder().encode(importedFileText(items, options.format)) }]);
  return { written: options.out, works: items, failures, withoutDoi };
}

function notA(code: string, message: string): never {
  throw userError({ code, message }, 2);
}
