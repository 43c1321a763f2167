import type { CslItem } from '../model/record.js';
import type { LockedFields, LockSuggestion } from './lock-file.js';
import { itemYear, type ScoredCandidate } from './score-candidates.js';
import { plainTitle } from './title-text.js';
import { redactSecrets } from './redact-secrets.js';

/** A field's text: strings trimmed, numbers written out, the first of a list (CSL-JSON from some APIs has arrays). */
function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'number' && Number.isFinite(first)) return String(first);
  if (typeof first !== 'string') return undefined;
  const text = plainTitle(first);
  return text === '' ? undefined : text;
}

/** A date as whole-number date parts [year, month?, day?]; undefined without a numeric year. */
function dateOf(item: CslItem): LockedFields['issued'] {
  const parts = item.issued?.['date-parts']?.[0]?.map(Number) ?? [];
  const year = itemYear(item);
  if (year === undefined) return undefined;
  const rest = (parts[0] === year ? parts.slice(1, 3) : []).filter((n, i) => Number.isInteger(n) && n >= 1 && n <= (i === 0 ? 12 : 31));
  return { 'date-parts': [[year, ...(rest.length === 2 || rest.length === 1 ? rest : [])]] };
}

/** The fields of a candidate work a lock keeps (see LOCK_FIELDS), cleaned to plain text. */
export function lockedFieldsOf(item: CslItem): LockedFields {
  const fields: Record<string, unknown> = {
    type: textOf(item.type),
    issued: dateOf(item),
    'container-title': textOf(item['container-title']),
    publisher: textOf(item.publisher),
    volume: textOf(item.volume),
    issue: textOf(item.issue),
    page: textOf(item.page),
    // DOIs and URLs are kept as they are: they are identifiers, not text.
    DOI: typeof item.DOI === 'string' && item.DOI.trim() !== '' ? item.DOI.trim() : undefined,
    URL: typeof item.URL === 'string' && item.URL.trim() !== '' ? item.URL.trim() : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as LockedFields;
}

/** A candidate as a suggestion: enough for a user to recognise the work and check it. */
export function suggestionOf(scored: ScoredCandidate): LockSuggestion {
  const { item, source, url } = scored.candidate;
  const venue = textOf(item['container-title']) ?? textOf(item.publisher);
  const year = itemYear(item);
  const doi = typeof item.DOI === 'string' && item.DOI.trim() !== '' ? item.DOI.trim() : undefined;
  return {
    title: plainTitle(item.title ?? ''),
    ...(venue ? { venue } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(doi ? { DOI: doi } : {}),
    source,
    url: redactSecrets(url),
    score: scored.score,
  };
}
