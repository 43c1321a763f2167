import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { documentDate } from '../api/build-files.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { enrichRecords, type EnrichReport } from '../enrich/enrich-records.js';
import { planLookups } from '../enrich/plan-lookups.js';
import { emptyLock, LOCK_FILE_NAME, serializeLock } from '../enrich/lock-file.js';
import { openNetwork, openSources } from '../enrich/open-sources.js';
import { readLockFile } from '../enrich/read-lock-file.js';
import { SOURCE_NAMES, type SourceName } from '../enrich/work-source.js';
import { readInputs } from '../api/read-inputs.js';
import { writeAtomically } from '../files/write-atomically.js';
import { settingsFromFlags, type SettingFlags } from './config-options.js';
import { enrichSummary, offlinePlan } from './enrich-summary.js';
import { networkSettings, parseSources, type NetworkFlags } from './network-flags.js';
import { printDiagnostics } from './print-report.js';
import { startProgress } from './progress-line.js';
import { UsageError } from './report-failure.js';
import type { Io } from './terminal.js';
import { writeInputs } from '../enrich/write-inputs.js';
import { showControls } from './visible-text.js';

/** The flags of `pubcv enrich`. */
export interface EnrichFlags extends NetworkFlags {
  readonly inputs: readonly string[];
  readonly config?: string | false | undefined;
  readonly profile?: string | undefined;
  /** `--lock FILE`. */
  readonly lock?: string | undefined;
  /** `--source crossref,openalex`. */
  readonly source?: string | undefined;
  readonly offline: boolean;
  readonly write: boolean;
  readonly refresh: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
}

/** The lock `enrich` reads and writes: --lock, else the config's, else beside the config or the first input. */
function lockPathOf(flags: EnrichFlags, config: ResolvedConfig, inputs: readonly string[]): string {
  if (flags.lock !== undefined) return flags.lock;
  if (typeof config.lock === 'string') return config.lock;
  if (config.lock === false) throw new UsageError(`the config turns the lock file off (lock: false): give one with --lock FILE`);
  return join(dirname(inputs[0] ?? '.'), LOCK_FILE_NAME);
}

function sourcesOf(flags: EnrichFlags, config: ResolvedConfig): SourceName[] {
  if (flags.source !== undefined) return parseSources(flags.source);
  return [...(config.enrich?.sources ?? SOURCE_NAMES)];
}

/** `[=======>            ]`: how many of the lookups are done. */
function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? width : Math.floor((done / total) * width);
  return `[${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}]`;
}

/** Every lookup failed, none answered: the one line that says so (offline, all sources down). */
function nothingAnswered(report: EnrichReport): string | undefined {
  const asked = report.filled.length + report.suggestions.length + report.failed.length;
  if (asked === 0 || report.failed.length < asked) return undefined;
  const reasons = [...new Set(report.failed.flatMap((f) => f.failures.map((x) => x.message)))];
  return `pubcv: no source answered (${reasons.slice(0, 4).join('; ')}): nothing was filled. Check the connection, or the PUBCV_*_URL / enrich.endpoints base URLs.`;
}

/**
 * `pubcv enrich`: looks up what entries lack in the open scholarly APIs, records what it finds in
 * the lock file, and (with --write) adds it to the inputs too, after a backup. Returns the exit code.
 */
export async function runEnrich(io: Io, flags: EnrichFlags): Promise<number> {
  const config = await settingsFromFlags({ inputs: flags.inputs, config: flags.config, profile: flags.profile } satisfies SettingFlags);
  const inputs = config.inputs.filter((i): i is string => typeof i === 'string');
  if (inputs.length === 0) throw new UsageError('no inputs: give the bibliographies to enrich (the bundled example is never rewritten)');
  if (inputs.includes('-')) throw new UsageError('enrich cannot read standard input: give the input files');
  const sourceNames = sourcesOf(flags, config);
  const lockPath = lockPathOf(flags, config, inputs);
  const read = await readInputs(inputs);
  printDiagnostics(
    io,
    read.diagnostics.filter((d) => d.severity === 'error'),
    read.sources,
    flags,
  );
  const loaded = await readLockFile(lockPath);
  const lock = loaded?.lock ?? emptyLock();
  const network = openNetwork(await networkSettings(flags, config.enrich, io.env));

  if (flags.offline) {
    const plan = planLookups(read.records, lock, flags.refresh);
    if (flags.json)
      io.stdout(
        `${JSON.stringify({ lookups: plan.lookups.map((l) => ({ id: l.id, query: l.query, missing: l.missing })), skipped: plan.skipped, sources: sourceNames, lock: lockPath }, null, 2)}\n`,
      );
    else for (const line of offlinePlan(plan, sourceNames, network.endpoints)) io.stderr(`${showControls(line)}\n`);
    return 0;
  }

  const progress = startProgress(io.stderr, io.stderrIsTTY && !flags.quiet);
  let report: EnrichReport;
  try {
    report = await enrichRecords(read.records, {
      sources: openSources(sourceNames, network),
      lock,
      date: documentDate(io.env),
      refresh: flags.refresh,
      onProgress: (done, total, lookup) => progress.update(`${progressBar(done, total)} ${done + 1}/${total} ${showControls(lookup.query.title.slice(0, 50))}`),
    });
  } finally {
    progress.stop();
  }
  const text = serializeLock(report.lock);
  const before = loaded ? await readFile(lockPath, 'utf8').catch(() => undefined) : undefined;
  const changed = text !== before && (loaded !== undefined || Object.keys(report.lock.entries).length + Object.keys(report.lock.unmatched ?? {}).length > 0);
  if (changed) await writeAtomically([{ path: lockPath, bytes: new TextEncoder().encode(text) }]);
  const written = flags.write ? await writeInputs(read.records, report.lock, lockPath) : undefined;

  const { lock: _lock, ...outcome } = report;
  if (flags.json) io.stdout(`${JSON.stringify({ ...outcome, lock: lockPath, lockWritten: changed, ...(written ? { inputs: written } : {}) }, null, 2)}\n`);
  if (!flags.json && !flags.quiet) for (const line of written?.map((w) => w.message) ?? []) io.stderr(`${showControls(line)}\n`);
  const failure = nothingAnswered(report);
  if (failure) {
    io.stderr(`${showControls(failure)}\n`);
    return 1;
  }
  if (!flags.json && !flags.quiet) for (const line of enrichSummary(outcome, lockPath, changed)) io.stderr(`${showControls(line)}\n`);
  return report.failed.length > 0 ? 1 : 0;
}
