import { access } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { importWorks, type ImportReport, type SkippedWork } from '../api/import-works.js';
import { parseDblpPid } from '../enrich/fetch-dblp-person.js';
import { parseOpenAlexAuthor } from '../enrich/fetch-openalex-author.js';
import { parseOrcid } from '../enrich/fetch-orcid.js';
import { normalizeDoi } from '../enrich/normalize-doi.js';
import { settingsFromFlags } from './config-options.js';
import { networkSettings, type NetworkFlags } from './network-flags.js';
import { UsageError } from './report-failure.js';
import { plural } from './plural.js';
import type { Io } from './terminal.js';
import { showControls } from './visible-text.js';

/** The flags of `pubcv import`. */
interface ImportFlags extends NetworkFlags {
  /** The user's bibliographies, compared with what is fetched; default: the config's inputs. */
  readonly inputs: readonly string[];
  readonly doi: readonly string[];
  readonly orcid?: string | undefined;
  readonly dblp?: string | undefined;
  readonly openalexAuthor?: string | undefined;
  readonly out: string;
  readonly force: boolean;
  readonly dryRun: boolean;
  readonly lock?: string | undefined;
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

/** Usage mistakes, found before anything is read or fetched (exit 2). */
function checkIds(flags: ImportFlags): void {
  if (flags.doi.length === 0 && flags.orcid === undefined && flags.dblp === undefined && flags.openalexAuthor === undefined) {
    throw new UsageError('nothing to import: give --doi DOI..., --orcid ID, --dblp PID or --openalex-author ID');
  }
  const bad = flags.doi.find((d) => normalizeDoi(d) === undefined);
  if (bad !== undefined) throw new UsageError(`"${bad}" is not a DOI (a DOI looks like 10.1234/abc)`);
  if (flags.orcid !== undefined && parseOrcid(flags.orcid) === undefined) {
    throw new UsageError(`"${flags.orcid}" is not an ORCID iD (16 digits like 0000-0002-1825-0097, the last a check digit)`);
  }
  if (flags.dblp !== undefined && parseDblpPid(flags.dblp) === undefined) {
    throw new UsageError(`--dblp "${flags.dblp}" is not a dblp person id (like 123/4567 or s/JohnSmith, or a dblp.org/pid/... address)`);
  }
  if (flags.openalexAuthor !== undefined && parseOpenAlexAuthor(flags.openalexAuthor) === undefined) {
    throw new UsageError(
      `--openalex-author "${flags.openalexAuthor}" is not an OpenAlex author id (A and digits like A5023888391, or an openalex.org address)`,
    );
  }
}

/** "refs.bib:12", or the file alone when the line is unknown. */
function place(at: { readonly file?: string | undefined; readonly line?: number | undefined }): string {
  return at.line === undefined ? `${at.file}` : `${at.file}:${at.line}`;
}

/** "already in refs.bib:12 (smith2021deep)", or for a preprint fetched with its publication, what holds it. */
function heldWhere(skip: SkippedWork): string {
  const { heldBy } = skip;
  if (heldBy.imported) return `preprint of a work imported with it (${heldBy.id})`;
  const where = place(heldBy);
  return skip.by === 'preprint' ? `already in ${where} (${heldBy.id}) by its title: this one is a preprint` : `already in ${where} (${heldBy.id})`;
}

/** The lines a person reads: each work skipped, failed or left to add by hand, then one summary. */
function reportLines(report: ImportReport, flags: ImportFlags): string[] {
  const { works, skipped, failures, withoutDoi, unreadable, preprintsHeld } = report;
  const lines = [
    ...failures.map((f) => `failed     ${f.url}: ${f.message}`),
    ...unreadable.map((u) => `unreadable ${u}`),
    ...withoutDoi.map((w) => `no DOI     "${w.title}"${w.url ? ` (${w.url})` : ''}: add it by hand`),
    ...skipped.map((s) => `skipped    "${s.title}": ${heldWhere(s)}`),
    ...preprintsHeld.map(
      (p) => `preprint   ${place(p.preprint)} (${p.preprint.id}) is a preprint of "${p.title}" (${p.id}): remove it if the paper replaces it`,
    ),
  ];
  if (flags.dryRun) lines.push(...works.map((w) => `would add  ${w.id}: "${typeof w.title === 'string' ? w.title : ''}"`));
  const target = flags.dryRun
    ? `would be written to ${flags.out} (dry run: nothing written)`
    : works.length === 0
      ? 'nothing written'
      : `-> ${report.written ?? flags.out}`;
  const parts = [`${plural(works.length, flags.dryRun ? 'new work' : 'work')} ${target}`];
  if (skipped.length > 0) parts.push(`${skipped.length} already held`);
  if (failures.length > 0) parts.push(`${failures.length} failed`);
  if (withoutDoi.length > 0) parts.push(`${withoutDoi.length} without a DOI`);
  if (unreadable.length > 0) parts.push(`${unreadable.length} unreadable`);
  lines.push(`pubcv import: ${parts.join('; ')}`);
  return lines;
}

/**
 * `pubcv import --doi D... --orcid ID --dblp PID --openalex-author ID -o FILE [inputs..]`: fetches
 * the works, leaves out those the inputs already hold, and writes the rest as CSL-JSON or BibTeX
 * (with --dry-run, only says what it would write).
 */
export async function runImport(io: Io, flags: ImportFlags): Promise<number> {
  const format = extname(flags.out).toLowerCase().slice(1);
  if (format !== 'json' && format !== 'bib') throw new UsageError(`-o ${flags.out}: write a .json (CSL-JSON) or .bib (BibTeX) file`);
  checkIds(flags);
  if (!flags.force && (await exists(flags.out))) throw new UsageError(`${flags.out} exists: pubcv import does not overwrite it without --force`);
  const config = await settingsFromFlags({ inputs: flags.inputs, config: flags.config });
  // The file --force replaces is no holder of works: its entries are about to be the fetched ones.
  const inputs = config.inputs.filter((i): i is string => typeof i === 'string' && i !== '-' && resolve(i) !== resolve(flags.out));
  const network = await networkSettings(flags, config.enrich, io.env);
  const lock = flags.lock ?? config.lock;

  const report = await importWorks({
    dois: flags.doi,
    ...(flags.orcid !== undefined ? { orcid: flags.orcid } : {}),
    ...(flags.dblp !== undefined ? { dblp: flags.dblp } : {}),
    ...(flags.openalexAuthor !== undefined ? { openalexAuthor: flags.openalexAuthor } : {}),
    inputs,
    ...(lock !== undefined ? { lock } : {}),
    out: flags.out,
    format,
    dryRun: flags.dryRun,
    network,
  });
  if (report.failure) {
    io.stderr(`pubcv: ${showControls(report.failure.message)}: nothing was written\n`);
    return 1;
  }
  const { works, skipped, failures, withoutDoi, unreadable } = report;
  if (works.length === 0 && skipped.length === 0 && failures.length > 0) {
    io.stderr(showControls(`pubcv: no work could be fetched (${[...new Set(failures.map((f) => f.message))].slice(0, 3).join('; ')}): nothing was written\n`));
    return 1;
  }
  if (flags.json) {
    const listed = works.map((i) => ({ id: i.id, DOI: i.DOI, title: i.title }));
    io.stdout(
      `${JSON.stringify({ written: report.written ?? null, dryRun: flags.dryRun, works: listed, skipped, preprintsHeld: report.preprintsHeld, failed: failures, withoutDoi, unreadable, unreadInputs: report.unreadInputs }, null, 2)}\n`,
    );
  } else if (!flags.quiet || flags.dryRun) {
    for (const line of reportLines(report, flags)) io.stderr(`${showControls(line)}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}
