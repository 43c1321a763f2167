import { dirname, join } from 'node:path';
import { enrich, enrichCitations, type EnrichPlan, type EnrichReport } from '../api/enrich.js';
import { documentDate } from '../api/build-files.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { LOCK_FILE_NAME } from '../enrich/lock-constants.js';
import { SOURCE_NAMES, type SourceName } from '../enrich/work-source.js';
import { settingsFromFlags, type SettingFlags } from './config-options.js';
import { enrichSummary, offlinePlan } from './enrich-summary.js';
import { networkSettings, parseSources, type NetworkFlags } from './network-flags.js';
import { printDiagnostics } from './print-report.js';
import { startProgress } from './progress-line.js';
import { UsageError } from './report-failure.js';
import type { Io } from './terminal.js';
import { showControls } from './visible-text.js';

/** The flags of `pubcv enrich`. */
interface EnrichFlags extends NetworkFlags {
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
  /** `--citations`: only the counts. */
  readonly citations?: boolean;
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
function nothingAnswered(report: Pick<EnrichReport, 'filled' | 'suggestions' | 'failed'>): string | undefined {
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
  const sources = sourcesOf(flags, config);
  const lock = lockPathOf(flags, config, inputs);
  const network = await networkSettings(flags, config.enrich, io.env);
  if (flags.citations) return runCitations(io, flags, { inputs, lock, network, sources });
  const progress = startProgress(io.stderr, io.stderrIsTTY && !flags.quiet && !flags.offline);
  let report: EnrichPlan | EnrichReport;
  try {
    report = await enrich({
      inputs,
      lock,
      sources,
      network,
      offline: flags.offline,
      refresh: flags.refresh,
      write: flags.write,
      date: documentDate(io.env),
      onProgress: (done, total, lookup) => progress.update(`${progressBar(done, total)} ${done + 1}/${total} ${showControls(lookup.query.title.slice(0, 50))}`),
    });
  } finally {
    progress.stop();
  }
  printDiagnostics(
    io,
    report.diagnostics.filter((d) => d.severity === 'error'),
    report.sources,
    flags,
  );

  if (report.offline) {
    const { plan, apis } = report;
    if (flags.json)
      io.stdout(
        `${JSON.stringify({ lookups: plan.lookups.map((l) => ({ id: l.id, query: l.query, missing: l.missing })), skipped: plan.skipped, sources: apis, lock }, null, 2)}\n`,
      );
    else for (const line of offlinePlan(plan, apis, report.endpoints)) io.stderr(`${showControls(line)}\n`);
    return 0;
  }

  const { filled, suggestions, failed, skipped, lockWritten, inputs: written } = report;
  const outcome = { filled, suggestions, failed, skipped };
  if (flags.json) io.stdout(`${JSON.stringify({ ...outcome, lock, lockWritten, ...(written ? { inputs: written } : {}) }, null, 2)}\n`);
  if (!flags.json && !flags.quiet) for (const line of written?.map((w) => w.message) ?? []) io.stderr(`${showControls(line)}\n`);
  const failure = nothingAnswered(report);
  if (failure) {
    io.stderr(`${showControls(failure)}\n`);
    return 1;
  }
  if (!flags.json && !flags.quiet) for (const line of enrichSummary(outcome, lock, lockWritten)) io.stderr(`${showControls(line)}\n`);
  return failed.length > 0 ? 1 : 0;
}

/** The sources `--citations` asks: OpenAlex and Crossref, as far as --source (or the config) names them. */
function countSources(sources: readonly SourceName[]): Array<'openalex' | 'crossref'> {
  const named = sources.filter((s): s is 'openalex' | 'crossref' => s === 'openalex' || s === 'crossref');
  if (named.length === 0) throw new UsageError('--citations reads counts from openalex and crossref: --source names neither');
  return named;
}

/** `pubcv enrich --citations`: the counts alone, into the lock. */
async function runCitations(
  io: Io,
  flags: EnrichFlags,
  run: { inputs: string[]; lock: string; network: Awaited<ReturnType<typeof networkSettings>>; sources: SourceName[] },
): Promise<number> {
  if (flags.offline || flags.write) throw new UsageError('--citations reads counts only: it takes neither --offline nor --write');
  const progress = startProgress(io.stderr, io.stderrIsTTY && !flags.quiet);
  let report: Awaited<ReturnType<typeof enrichCitations>>;
  try {
    report = await enrichCitations({
      inputs: run.inputs,
      lock: run.lock,
      network: run.network,
      sources: countSources(flags.source === undefined ? ['openalex', 'crossref'] : run.sources),
      date: documentDate(io.env),
      onProgress: (done, total, target) => progress.update(`${progressBar(done, total)} ${done + 1}/${total} ${showControls(target.title.slice(0, 50))}`),
    });
  } finally {
    progress.stop();
  }
  printDiagnostics(
    io,
    report.diagnostics.filter((d) => d.severity === 'error'),
    report.sources,
    flags,
  );
  const { counted, failed, skipped, lockWritten } = report;
  if (flags.json) io.stdout(`${JSON.stringify({ counted, failed, skipped, lock: run.lock, lockWritten }, null, 2)}\n`);
  else if (!flags.quiet) for (const line of citationSummary(report)) io.stderr(`${showControls(line)}\n`);
  return failed.length > 0 || counted.some((c) => c.failures.length > 0) ? 1 : 0;
}

/** One line per entry counted, uncounted or failed, then the totals. */
function citationSummary(report: Awaited<ReturnType<typeof enrichCitations>>): string[] {
  const lines: string[] = [];
  for (const entry of report.counted) {
    const figures = [
      entry.openalex === undefined ? undefined : `OpenAlex ${entry.openalex}`,
      entry.crossref === undefined ? undefined : `Crossref ${entry.crossref}`,
    ]
      .filter((f) => f !== undefined)
      .join(', ');
    const missing = entry.uncounted.length > 0 ? ` (no count from ${entry.uncounted.join(', ')})` : '';
    const failedAt = entry.failures.map((f) => `; ${f.source}: ${f.message}`).join('');
    lines.push(`${figures === '' ? 'no count  ' : 'counted   '} ${entry.id}: ${figures || 'none'}${missing}${failedAt}`);
  }
  for (const entry of report.failed) lines.push(`failed     ${entry.id}: ${entry.failures.map((f) => f.message).join('; ')}`);
  const withCount = report.counted.filter((c) => c.openalex !== undefined || c.crossref !== undefined).length;
  const written = report.lockWritten ? `wrote ${report.lock}` : `${report.lock} unchanged`;
  lines.push(
    `pubcv enrich --citations: ${withCount} counted, ${report.counted.length - withCount} without a count, ${report.failed.length} failed, ${report.skipped.length} without a DOI or OpenAlex match; ${written}`,
  );
  return lines;
}
