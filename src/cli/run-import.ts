import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseOrcid } from '../enrich/fetch-orcid.js';
import { importedFileText, importWorks } from '../enrich/import-works.js';
import { normalizeDoi } from '../enrich/normalize-doi.js';
import { openNetwork } from '../enrich/open-sources.js';
import { writeAtomically } from '../files/write-atomically.js';
import { loadConfig } from '../config/load-config.js';
import { networkSettings, type NetworkFlags } from './network-flags.js';
import { UsageError } from './report-failure.js';
import type { Io } from './terminal.js';
import { showControls } from './visible-text.js';

/** The flags of `pubcv import`. */
export interface ImportFlags extends NetworkFlags {
  readonly doi: readonly string[];
  readonly orcid?: string | undefined;
  readonly out: string;
  readonly force: boolean;
  readonly config?: string | false | undefined;
  readonly json: boolean;
  readonly quiet: boolean;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * `pubcv import --doi D... --orcid ID -o FILE`: fetches the works as CSL-JSON (DOI content
 * negotiation; an ORCID record's works by their DOIs) and writes them as CSL-JSON or BibTeX.
 */
export async function runImport(io: Io, flags: ImportFlags): Promise<number> {
  const format = extname(flags.out).toLowerCase().slice(1);
  if (format !== 'json' && format !== 'bib') throw new UsageError(`-o ${flags.out}: write a .json (CSL-JSON) or .bib (BibTeX) file`);
  if (flags.doi.length === 0 && flags.orcid === undefined) throw new UsageError('nothing to import: give --doi DOI... or --orcid ID');
  const bad = flags.doi.find((d) => normalizeDoi(d) === undefined);
  if (bad !== undefined) throw new UsageError(`"${bad}" is not a DOI (a DOI looks like 10.1234/abc)`);
  if (flags.orcid !== undefined && parseOrcid(flags.orcid) === undefined) {
    throw new UsageError(`"${flags.orcid}" is not an ORCID iD (16 digits like 0000-0002-1825-0097, the last a check digit)`);
  }
  if (!flags.force && (await exists(flags.out))) throw new UsageError(`${flags.out} exists: pubcv import does not overwrite it without --force`);
  const loaded = flags.config === false ? undefined : await loadConfig(flags.config !== undefined ? { path: flags.config } : {});
  const network = openNetwork(await networkSettings(flags, loaded?.config.enrich, io.env));

  const fetched = await importWorks(network, { dois: flags.doi.map((d) => normalizeDoi(d)!), ...(flags.orcid !== undefined ? { orcid: flags.orcid } : {}) });
  if (!fetched.ok) {
    io.stderr(`pubcv: ${showControls(fetched.failure.message)}\n`);
    return 1;
  }
  const found = fetched.value;
  if (found.items.length === 0 && found.failures.length > 0) {
    io.stderr(
      showControls(`pubcv: no work could be fetched (${[...new Set(found.failures.map((f) => f.message))].slice(0, 3).join('; ')}): nothing was written\n`),
    );
    return 1;
  }
  const items = found.items;
  if (items.length > 0) await writeAtomically([{ path: flags.out, bytes: new TextEncoder().encode(importedFileText(items, format)) }]);
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ written: items.length > 0 ? flags.out : null, works: items.map((i) => ({ id: i.id, DOI: i.DOI, title: i.title })), failed: found.failures, withoutDoi: found.withoutDoi }, null, 2)}\n`,
    );
  } else if (!flags.quiet) {
    for (const f of found.failures) io.stderr(showControls(`failed     ${f.url}: ${f.message}\n`));
    for (const w of found.withoutDoi) io.stderr(showControls(`no DOI     "${w.title}"${w.url ? ` (${w.url})` : ''}: add it by hand\n`));
    const parts = [`${items.length} ${items.length === 1 ? 'work' : 'works'} -> ${items.length > 0 ? flags.out : 'nothing written'}`];
    if (found.failures.length > 0) parts.push(`${found.failures.length} failed`);
    if (found.withoutDoi.length > 0) parts.push(`${found.withoutDoi.length} without a DOI`);
    io.stderr(`pubcv import: ${parts.join('; ')}\n`);
  }
  return found.failures.length > 0 ? 1 : 0;
}
