import type { EntryChanges } from '../files/build-manifest.js';
import type { Diagnostic } from '../model/errors.js';
import type { EntryCounts } from '../model/record.js';
import { entriesPhrase, outputsPhrase, problemsPhrase } from './summary-line.js';

/** How many diagnostics the summary lists before counting the rest: the annotations carry them all. */
const LISTED_PROBLEMS = 20;

/** Text safe inside a Markdown table cell or a list: no pipe, no line break, no HTML. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/** Entry ids as code spans (a backtick inside an id would end one early, so it is dropped). */
function idList(ids: readonly string[]): string {
  return ids.map((id) => `\`${id.replace(/`/g, '')}\``).join(', ');
}

function changeLines(changes: EntryChanges | undefined, unchanged: boolean | undefined, out: string): string[] {
  if (unchanged) return ['Nothing changed since the last build: its files were kept.'];
  if (!changes) return [];
  if (changes.firstBuild) return [`First build into \`${out}\`: no earlier build to compare with, so every entry is new.`];
  const lines = [
    ['New since the last build', changes.new],
    ['Changed', changes.changed],
    ['Removed', changes.removed],
  ] as const;
  const listed = lines.filter(([, ids]) => ids.length > 0).map(([label, ids]) => `- **${label}** (${ids.length}): ${idList(ids)}`);
  return listed.length > 0 ? listed : ['No entry changed since the last build.'];
}

function problemTable(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const shown = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).slice(0, LISTED_PROBLEMS);
  const rows = shown.map((d) => {
    const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}` : '';
    return `| ${d.severity} | \`${d.code}\` | ${cell(where)} | ${cell(d.entry ?? '')} | ${cell(d.message)} |`;
  });
  const more = diagnostics.length - shown.length;
  return [
    '',
    '| | code | where | entry | message |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `… and ${more} more (see the annotations).`] : []),
  ];
}

/**
 * A build as Markdown for a GitHub job summary (`--summary $GITHUB_STEP_SUMMARY`): what went in
 * and came out, the entries new, changed or removed since the build the output folder held, and
 * the problems found.
 */
export function jobSummary(
  report: { entries: EntryCounts; diagnostics: readonly Diagnostic[]; outputs: readonly string[]; changes?: EntryChanges; unchanged?: boolean },
  out: string,
): string {
  const problems = problemsPhrase(report.diagnostics);
  return [
    `### Publications: ${entriesPhrase(report.entries)} → ${cell(outputsPhrase(report.outputs))}`,
    '',
    ...(problems ? [`${problems}.`, ''] : []),
    ...changeLines(report.changes, report.unchanged, out),
    ...problemTable(report.diagnostics),
    '',
  ].join('\n');
}
