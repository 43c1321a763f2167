import { applyLock } from '../enrich/apply-lock.js';
import { parseDblpPid } from '../enrich/fetch-dblp-person.js';
import { parseOpenAlexAuthor } from '../enrich/fetch-openalex-author.js';
import { parseOrcid } from '../enrich/fetch-orcid.js';
import { fetchWorks, importedFileText, withReadableIds } from '../enrich/fetch-works.js';
import { findLock } from '../enrich/find-lock.js';
import { normalizeDoi } from '../enrich/normalize-doi.js';
import { openNetwork, type NetworkSettings } from '../enrich/open-sources.js';
import type { FetchFailure } from '../enrich/work-source.js';
import { writeAtomically } from '../files/write-atomically.js';
import { userError } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { separateKnownWorks, type KnownBy } from '../normalize/find-known-works.js';
import { readInputs } from './read-inputs.js';

/** What `importWorks` fetches, what it compares them with, and the file it writes them to. */
export interface ImportOptions {
  /** DOIs in any form `normalizeDoi` reads (10.1234/abc, doi:..., https://doi.org/...). */
  readonly dois?: readonly string[];
  /** An ORCID iD: every public work of the record that has a DOI. */
  readonly orcid?: string;
  /** A dblp person id (`123/4567`, `s/JohnSmith`) or dblp.org/pid URL: every entry of their BibTeX. */
  readonly dblp?: string;
  /** An OpenAlex author id (`A5023888391`) or openalex.org URL: every work OpenAlex lists for them. */
  readonly openalexAuthor?: string;
  /** The user's bibliographies: a fetched work that one of their entries already is, is skipped. Default none. */
  readonly inputs?: readonly string[];
  /** The lock that fills those entries first, as a build does (the DOIs `enrich` found): a path, false for none; default pubcv.lock.json beside the first input. */
  readonly lock?: string | false;
  /** The file written, replaced whole if it exists. */
  readonly out: string;
  /** CSL-JSON or BibTeX. */
  readonly format: 'json' | 'bib';
  /** Only say what would be added: write nothing. Default false. */
  readonly dryRun?: boolean;
  /** User-Agent, contact, base URLs, timeout. */
  readonly network: NetworkSettings;
}

/** A fetched work left out because it is already held, and by what. */
export interface SkippedWork {
  readonly title: string;
  readonly DOI?: string;
  /** The same DOI, the same title and year, or a preprint of a work of that title. */
  readonly by: KnownBy;
  /** The entry holding it: one of the user's (with its file and line), or another work of this import. */
  readonly heldBy: { readonly id: string; readonly file?: string; readonly line?: number; readonly imported: boolean };
}

/** What an import fetched and wrote. */
export interface ImportReport {
  /** The file written; undefined when nothing was (a dry run, nothing new, or nothing fetched). */
  readonly written?: string;
  /** The works added (with `dryRun`: that would be), with readable unique ids (`okonkwo2099gradient`). */
  readonly works: CslItem[];
  /** Works fetched but already held, each with the entry holding it. */
  readonly skipped: SkippedWork[];
  /** Entries of the user's that are preprints of works added: the user may remove them. */
  readonly preprintsHeld: Array<{
    readonly id: string;
    readonly title: string;
    readonly preprint: { readonly id: string; readonly file: string; readonly line?: number };
  }>;
  /** One per DOI that could not be fetched. */
  readonly failures: FetchFailure[];
  /** Works of the ORCID record that have no DOI, to add by hand. */
  readonly withoutDoi: Array<{ title: string; url?: string }>;
  /** What a dblp or OpenAlex list held that is no entry (unreadable BibTeX, works without a title). */
  readonly unreadable: string[];
  /** Entries of the inputs that could not be read, so not compared (`pubcv check` says why). */
  readonly unreadInputs: number;
  /** Why nothing was imported at all: a list (ORCID, dblp, OpenAlex) could not be read whole. */
  readonly failure?: FetchFailure;
}

/** The user's entries as a build sees them (read, normalized, filled from the lock), and how many could not be read. */
async function heldRecords(inputs: readonly string[], lock: string | false | undefined): Promise<{ records: SourceRecord[]; unread: number }> {
  if (inputs.length === 0) return { records: [], unread: 0 };
  const read = await readInputs(inputs);
  const loaded = await findLock(lock, inputs);
  // Every entry a reader could not read has one error (see ReadResult.entryCount).
  const unread = read.read - read.records.length - read.merged;
  return { records: loaded ? applyLock(read.records, loaded).value.records : read.records, unread };
}

/** An entry of the user's: its id, file and line. */
function placeOf(record: SourceRecord): { id: string; file: string; line?: number } {
  const { file, line } = record.source;
  return { id: record.item.id, file, ...(line === undefined ? {} : { line }) };
}

function titleOf(item: CslItem): string {
  return typeof item.title === 'string' ? item.title : '';
}

/**
 * Fetches works as CSL-JSON (each DOI by content negotiation; an ORCID record's works by their
 * DOIs; a dblp person's BibTeX; an OpenAlex author's works), leaves out those the inputs already
 * hold and the preprints of works fetched with them, and writes the rest to `out` all at once
 * (unless `dryRun`). A list that fails part-way writes nothing. An id that is malformed (a DOI, an
 * ORCID iD whose check digit fails, a dblp PID, an OpenAlex author id) is a usage error (exit 2),
 * thrown before anything is read or fetched.
 */
export async function importWorks(options: ImportOptions): Promise<ImportReport> {
  const dois = (options.dois ?? []).map((doi) => normalizeDoi(doi) ?? notA('not-a-doi', `"${doi}" is not a DOI (a DOI looks like 10.1234/abc)`));
  if (options.orcid !== undefined && parseOrcid(options.orcid) === undefined) {
    notA('not-an-orcid', `"${options.orcid}" is not an ORCID iD (16 digits like 0000-0002-1825-0097, the last a check digit)`);
  }
  if (options.dblp !== undefined && parseDblpPid(options.dblp) === undefined) {
    notA('not-a-dblp-pid', `"${options.dblp}" is not a dblp person id (like 123/4567 or s/JohnSmith, or a dblp.org/pid/... address)`);
  }
  if (options.openalexAuthor !== undefined && parseOpenAlexAuthor(options.openalexAuthor) === undefined) {
    notA('not-an-openalex-author', `"${options.openalexAuthor}" is not an OpenAlex author id (A and digits like A5023888391, or an openalex.org address)`);
  }
  const { records: held, unread: unreadInputs } = await heldRecords(options.inputs ?? [], options.lock);
  const fetched = await fetchWorks(openNetwork(options.network), {
    dois,
    ...(options.orcid !== undefined ? { orcid: options.orcid } : {}),
    ...(options.dblp !== undefined ? { dblp: options.dblp } : {}),
    ...(options.openalexAuthor !== undefined ? { openalexAuthor: options.openalexAuthor } : {}),
  });
  if (!fetched.ok) return { works: [], skipped: [], preprintsHeld: [], failures: [], withoutDoi: [], unreadable: [], unreadInputs, failure: fetched.failure };
  const { items, failures, withoutDoi, unreadable } = fetched.value;
  const { fresh, known, preprintsHeld: earlier } = separateKnownWorks(items, held);
  const works = withReadableIds(
    fresh,
    held.map((record) => record.item.id),
  );
  // The id a fetched work has in the file written.
  const renamed = new Map(fresh.map((item, i) => [item, works[i]?.id ?? item.id]));
  const idOf = (item: CslItem) => renamed.get(item) ?? item.id;
  const skipped: SkippedWork[] = known.map(({ item, known: { record, by }, fetched: imported }) => ({
    title: titleOf(item),
    ...(item.DOI ? { DOI: item.DOI } : {}),
    by,
    heldBy: imported ? { id: idOf(record.item), imported } : { ...placeOf(record), imported },
  }));
  const preprintsHeld = earlier.map(({ item, preprint }) => ({ id: idOf(item), title: titleOf(item), preprint: placeOf(preprint) }));
  const report = { works, skipped, preprintsHeld, failures, withoutDoi, unreadable, unreadInputs };
  if (works.length === 0 || options.dryRun) return report;
  await writeAtomically([{ path: options.out, bytes: new TextEncoder().encode(importedFileText(works, options.format)) }]);
  return { ...report, written: options.out };
}

function notA(code: string, message: string): never {
  throw userError({ code, message }, 2);
}
