import { readFile, realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import { assertNever } from '../model/errors.js';
import { fieldsToFill, sameTitle } from './apply-lock.js';
import { insertBibtexFields, type EntryFill } from './bibtex-insert-fields.js';
import { insertCslJsonFields, insertCslYamlFields } from './csl-insert-fields.js';
import type { LockFile } from './lock-file.js';
import { lockedEntry } from './lock-entries.js';
import { formatFromExtension, sniffFormat } from '../input/input-format.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { writeAtomically } from '../files/write-atomically.js';
import { decodeText } from '../text/decode-text.js';

/** What `--write` did to one input file. */
export interface WrittenInput {
  readonly file: string;
  /** Where the original was copied before it was changed. */
  readonly backup?: string;
  /** Entries given fields. */
  readonly entries: number;
  /** One line for the user. */
  readonly message: string;
}

interface Planned {
  readonly record: SourceRecord;
  readonly fill: Partial<CslItem>;
}

/** The locked fields each record lacks, by input file. */
function fillsByFile(records: readonly SourceRecord[], lock: LockFile): Map<string, Planned[]> {
  const byFile = new Map<string, Planned[]>();
  for (const record of records) {
    const entry = lockedEntry(lock, record.item.id);
    if (!entry || !sameTitle(record.item, entry)) continue;
    const fill = fieldsToFill(record.item, entry.fields);
    if (Object.keys(fill).length === 0) continue;
    byFile.set(record.source.file, [...(byFile.get(record.source.file) ?? []), { record, fill }]);
  }
  return byFile;
}

/** The file's text with the fields added, or why the format cannot hold them. */
function withFields(path: string, text: string, planned: readonly Planned[]): { text: string; entries: number } | string {
  const format = formatFromExtension(path) ?? sniffFormat(text);
  const byKey = new Map(planned.filter((p) => p.record.source.key !== undefined).map((p) => [p.record.source.key!, p.fill]));
  switch (format) {
    case 'bibtex': {
      // The entry type stays as written: changing @misc to @article is the user's call.
      const fills: EntryFill[] = planned
        .filter((p) => p.record.source.line !== undefined && p.record.source.column !== undefined)
        .map((p) => ({ line: p.record.source.line!, column: p.record.source.column!, fill: p.fill }));
      return insertBibtexFields(text, fills);
    }
    case 'csl-json':
      return insertCslJsonFields(text, byKey);
    case 'csl-yaml':
      return insertCslYamlFields(text, byKey);
    case 'plain':
      return 'a plain list has no place for years, venues or DOIs';
    case 'ris':
      return 'RIS inputs are not rewritten';
    case undefined:
      return 'its format is not known';
    default:
      return assertNever(format);
  }
}

/**
 * `enrich --write`: adds the locked fields each entry lacks to its input file, after copying the
 * file to `<file>.bak`. Formats that cannot hold them are left alone: the lock keeps the fields.
 */
export async function writeInputs(records: readonly SourceRecord[], lock: LockFile, lockPath: string): Promise<WrittenInput[]> {
  const written: WrittenInput[] = [];
  for (const [file, planned] of fillsByFile(records, lock)) {
    // Decoded as the build read it (the entries' lines are counted in that text); written back as UTF-8.
    const original = await readFile(file);
    const text = decodeText(original);
    const result = withFields(file, text, planned);
    if (typeof result === 'string') {
      const message = `${file}: not rewritten (${result}); the ${planned.length} ${planned.length === 1 ? 'entry' : 'entries'} filled stay in ${basename(lockPath)}, which every build reads`;
      written.push({ file, entries: 0, message });
      continue;
    }
    if (result.entries === 0 || result.text === text) continue;
    const backup = `${file}.bak`;
    // The backup replaces whatever is at <file>.bak (a planted link included) rather than writing
    // through it; the input is rewritten where it really is, so an input that is a link stays one.
    await writeAtomically([{ path: backup, bytes: original }]);
    await writeAtomically([{ path: await realpath(file), bytes: new TextEncoder().encode(result.text) }]);
    written.push({
      file,
      backup,
      entries: result.entries,
      message: `${file}: added the fields found to ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'} (the original is in ${backup})`,
    });
  }
  return written;
}
