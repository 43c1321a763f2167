import type { EnrichRecordsReport } from '../enrich/enrich-records.js';
import type { LookupPlan } from '../enrich/plan-lookups.js';
import type { LockedFields, LockSuggestion } from '../enrich/lock-file.js';
import type { SourceName } from '../enrich/work-source.js';
import { plural } from './plural.js';

/** "Title — Venue 2099 (crossref, 0.62)", the form a user checks a suggestion in. */
export function suggestionLine(s: LockSuggestion): string {
  const where = [s.venue, s.year].filter((part) => part !== undefined).join(' ');
  return `${s.title}${where ? ` — ${where}` : ''} (${s.source}, ${s.score.toFixed(2)})${s.DOI ? ` doi:${s.DOI}` : ''}`;
}

/** "year 2099, venue "X", DOI 10.5555/x" — the fields found, briefly. */
function fieldsLine(fields: LockedFields): string {
  const parts: string[] = [];
  const year = fields.issued?.['date-parts'][0]?.[0];
  if (year !== undefined) parts.push(`year ${year}`);
  if (fields['container-title']) parts.push(`venue "${fields['container-title']}"`);
  if (fields.volume) parts.push(`volume ${fields.volume}`);
  if (fields.page) parts.push(`pages ${fields.page}`);
  if (fields.DOI) parts.push(`DOI ${fields.DOI}`);
  else if (fields.URL) parts.push(`URL ${fields.URL}`);
  return parts.length > 0 ? parts.join(', ') : 'no new fields';
}

const REASONS = { complete: 'nothing missing', locked: 'already in the lock', unmatched: 'not matched before', untitled: 'no title' } as const;

/** The lines `pubcv enrich` ends with: each entry filled, each with suggestions, each failure, then a count. */
export function enrichSummary(report: Omit<EnrichRecordsReport, 'lock'>, lockPath: string, written: boolean): string[] {
  const lines: string[] = [];
  for (const f of report.filled) lines.push(`filled     ${f.id}: ${fieldsLine(f.fields)} (${f.source}, ${f.score.toFixed(2)})`);
  const [unsure, notFound] = [report.suggestions.filter((s) => s.suggestions.length > 0), report.suggestions.filter((s) => s.suggestions.length === 0)];
  for (const s of [...unsure, ...notFound]) {
    const unsureOne = s.suggestions.length > 0;
    lines.push(unsureOne ? `suggestions ${s.id}: "${s.title}" — not sure; is it one of these?` : `not found  ${s.id}: "${s.title}" — no candidate came close`);
    for (const suggestion of s.suggestions) lines.push(`    ${suggestionLine(suggestion)}`);
    for (const failure of s.failures) lines.push(`    (${failure.source} gave no answer: ${failure.message})`);
  }
  for (const f of report.failed) lines.push(`failed     ${f.id}: ${[...new Set(f.failures.map((x) => x.message))].join('; ')}`);
  const skipped = Object.entries(REASONS)
    .map(([reason, words]) => [report.skipped.filter((s) => s.reason === reason).length, words] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  const counts = [
    `${report.filled.length} filled`,
    `${unsure.length} with suggestions`,
    ...(notFound.length > 0 ? [`${notFound.length} not found`] : []),
    `${report.failed.length} failed`,
  ];
  if (skipped.length > 0) counts.push(`${plural(report.skipped.length, 'entry', 'entries')} skipped (${skipped.join(', ')})`);
  lines.push(`pubcv enrich: ${counts.join(', ')}; ${written ? `wrote ${lockPath}` : `${lockPath} unchanged`}`);
  return lines;
}

/** What `--offline` prints: each entry that would be looked up, what it lacks, and the sources in order. */
export function offlinePlan(plan: LookupPlan, sources: readonly SourceName[], bases: Readonly<Record<string, string>>): string[] {
  const lines = plan.lookups.map((l) => {
    const by = l.query.authors.length > 0 ? ` by ${l.query.authors.slice(0, 3).join(', ')}${l.query.authors.length > 3 ? ' et al.' : ''}` : '';
    const doi = l.query.doi ? ` doi:${l.query.doi}` : '';
    return `would look up ${l.id}: "${l.query.title}"${by}${doi} (missing ${l.missing.join(', ')})`;
  });
  lines.push(
    `pubcv enrich --offline: ${plural(plan.lookups.length, 'entry', 'entries')} to look up in ${sources.map((s) => `${s} (${bases[s]})`).join(', ')}; ${plan.skipped.length} skipped; nothing was sent`,
  );
  return lines;
}
