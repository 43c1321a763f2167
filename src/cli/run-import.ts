import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseOrcid } from '../enrich/fetch-orcid.js';
import { importWorks } from '../api/import-works.js';
import { normalizeDoi } from '../enrich/normalize-doi.js';
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
  const network = await networkSettings(flags, loaded?.config.enrich, io.env);

  const report = await importWorks({ dois: flags.doi, ...(flags.orcid !== undefined ? { orcid: flags.orcid } : {}), out: flags.out, format, network });
  if (report.failure) {
    io.stderr(`pubcv: ${showControls(report.failure.message)}\n`);
    return 1;
  }
  const { works, failures, withoutDoi } = report;
  if (works.length === 0 && failures.length > 0) {
    io.stderr(showControls(`pubcv: no work could be fetched (${[...new Set(failures.map((f) => f.message))].slice(0, 3).join('; ')}): nothing was written\n`));
    return 1;
  }
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ written: report.written ?? null, works: works.map((i) => ({ id: i.id, DOI: i.DOI, title: i.title })), failed: failures, withoutDoi }, null, 2)}\n`,
    );
  } else if (!flags.quiet) {
    for (const f of failures) io.stderr(showControls(`failed     ${f.url}: ${f.message}\n`));
    for (const w of withoutDoi) io.stderr(showControls(`no DOI     "${w.title}"${w.url ? ` (${w.url})` : ''}: add it by hand\n`));
    const parts = [`${works.length} ${works.length === 1 ? 'work' : 'works'} -> ${report.written ?? 'nothing written'}`];
    if (failures.length > 0) parts.push(`${failures.length} failed`);
    if (withoutDoi.length > 0) parts.push(`${withoutDoi.length} without a DOI`);
    io.stderr(`pubcv import: ${parts.join('; ')}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}
