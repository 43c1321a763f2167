import { closestWord } from '../text/did-you-mean.js';
import type { Result } from '../model/errors.js';
import { SOURCE_NAMES, type SourceName } from './work-source.js';

/**
 * `crossref,dblp` (as `--source` and `enrich.sources` give it) as source names, in the order
 * given, without repeats; an unknown or empty list is an error diagnostic naming the closest source.
 */
export function parseSourceList(list: string): Result<SourceName[]> {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const unknown = names.find((name) => !(SOURCE_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) {
    const guess = closestWord(unknown, SOURCE_NAMES);
    const message = `unknown source '${unknown}'${guess ? ` — did you mean '${guess}'?` : ''} (sources: ${SOURCE_NAMES.join(', ')})`;
    return { value: [], diagnostics: [{ severity: 'error', code: 'unknown-source', message }] };
  }
  if (names.length === 0) {
    return { value: [], diagnostics: [{ severity: 'error', code: 'no-source', message: `--source needs at least one of ${SOURCE_NAMES.join(', ')}` }] };
  }
  return { value: [...new Set(names)] as SourceName[], diagnostics: [] };
}
