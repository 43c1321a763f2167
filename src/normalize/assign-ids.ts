import type { Diagnostic, Result } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { cleanText } from './clean-text.js';
import { deriveId } from './derive-id.js';

/** The n-th alternative for a taken id: b, c, … z, then -27, -28, … */
function suffix(n: number): string {
  return n <= 25 ? String.fromCharCode('a'.charCodeAt(0) + n) : `-${n + 1}`;
}

function baseId(record: SourceRecord): string {
  const key = cleanText(record.source.key ?? '');
  return key !== '' ? key : deriveId(record.item);
}

function describe(record: SourceRecord): string {
  const { file, line } = record.source;
  return line === undefined ? file : `${file}:${line}`;
}

/**
 * Gives every record a unique, stable id, in record order: the key it had in its file when it
 * has one, else a derived `sui2025stop`-style id. A later record whose id is taken gets the first
 * free suffix (b, c, …) that is not also another record's own key, and, when the id was its own
 * key, a `duplicate-id` warning.
 */
export function assignIds(records: readonly SourceRecord[]): Result<string[]> {
  const bases = records.map(baseId);
  const reserved = new Set(bases);
  const owners = new Map<string, SourceRecord>();
  const diagnostics: Diagnostic[] = [];
  const ids = records.map((record, index) => {
    const base = bases[index] ?? '';
    const first = owners.get(base);
    let id = base;
    if (first !== undefined) {
      let n = 1;
      while (reserved.has(base + suffix(n)) || owners.has(base + suffix(n))) n += 1;
      id = base + suffix(n);
      // A derived id is no key the user wrote: a second `smith2020deep` is no mistake to fix.
      if (record.source.key !== undefined) {
        diagnostics.push({
          severity: 'warning',
          code: 'duplicate-id',
          message: `id "${base}" is already used by the entry at ${describe(first)}; this one is now "${id}"`,
          file: record.source.file,
          line: record.source.line,
          entry: id,
        });
      }
    }
    owners.set(id, record);
    return id;
  });
  return { value: ids, diagnostics };
}
