import { basename, dirname, extname, join } from 'node:path';
import type { EntryChanges } from '../files/build-manifest.js';
import type { Diagnostic } from '../model/errors.js';
import type { EntryCounts } from '../model/record.js';
import { filteredCounts } from '../select/select-records.js';
import { plural } from './plural.js';

/** "840 ms", "1.2 s", "14 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function entryCount(n: number): string {
  return plural(n, 'entry', 'entries');
}

/** "10 entries", or "9 of 10 entries (1 skipped)" when some did not make it. */
export function entriesPhrase(entries: EntryCounts): string {
  if (entries.rendered === entries.read) return entryCount(entries.read);
  const lost = [entries.skipped > 0 ? `${entries.skipped} skipped` : '', entries.merged > 0 ? `${entries.merged} merged` : ''].filter(Boolean);
  return `${entries.rendered} of ${entries.read} entries${lost.length > 0 ? ` (${lost.join(', ')})` : ''}`;
}

/** "output/publications.{pdf,docx,html}" when the files share a folder and name, else a list. */
export function outputsPhrase(outputs: readonly string[]): string {
  const [first] = outputs;
  if (first === undefined) return 'nothing written';
  const stem = join(dirname(first), basename(first, extname(first)));
  const sameStem = outputs.every((o) => join(dirname(o), basename(o, extname(o))) === stem);
  if (!sameStem || outputs.length === 1) return outputs.join(', ');
  return `${stem}.{${outputs.map((o) => extname(o).slice(1)).join(',')}}`;
}

/** "1 error, 3 warnings", or undefined when there are none. */
export function problemsPhrase(diagnostics: readonly Diagnostic[]): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** "2 new, 1 changed, 0 removed since the last build"; undefined on the first build into a folder. */
export function changesPhrase(changes: EntryChanges | undefined): string | undefined {
  if (!changes || changes.firstBuild) return undefined;
  const { new: added, changed, removed } = changes;
  if (added.length + changed.length + removed.length === 0) return 'no change since the last build';
  return `${added.length} new, ${changed.length} changed, ${removed.length} removed since the last build`;
}

/** The one line a build ends with: what went in, what came out, how long, what changed. */
export function buildSummary(
  report: { entries: EntryCounts; diagnostics: readonly Diagnostic[]; outputs: readonly string[]; changes?: EntryChanges; unchanged?: boolean },
  ms: number,
): string {
  const parts = [
    `pubcv: ${entriesPhrase(report.entries)} -> ${outputsPhrase(report.outputs)} in ${formatDuration(ms)}`,
    problemsPhrase(report.diagnostics),
    report.unchanged ? 'nothing changed since the last build: its files were kept' : changesPhrase(report.changes),
  ];
  return parts.filter(Boolean).join('; ');
}

/** The one line a check ends with: what was read, what was found, how long. */
export function checkSummary(report: { entries: EntryCounts; diagnostics: readonly Diagnostic[] }, files: readonly string[], ms: number): string {
  const { read, skipped, merged } = report.entries;
  const what = files.length === 1 ? (files[0] ?? '') : plural(files.length, 'file');
  // Readable: all but the entries that could not be read; a merged duplicate and an entry the filters left out were read.
  const counts = filteredCounts(report.diagnostics);
  const filtered = [...counts.values()].reduce((a, b) => a + b, 0);
  const unreadable = skipped - filtered;
  const notes = [merged > 0 ? `${merged} merged as duplicates` : '', filtered > 0 ? `${filtered} left out by the filters` : ''].filter(Boolean);
  const counted = unreadable === 0 ? `${entryCount(read)} readable` : `${read - unreadable} of ${read} entries readable`;
  const readable = notes.length > 0 ? `${counted} (${notes.join(', ')})` : counted;
  return `pubcv: checked ${what}: ${readable}; ${problemsPhrase(report.diagnostics) ?? 'no problems'} (${formatDuration(ms)})`;
}
