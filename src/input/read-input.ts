import type { Diagnostic } from '../model/errors.js';
import { formatFromExtension, knownExtensions, sniffFormat, type InputFormat } from './input-format.js';
import type { ReadResult } from '../model/record.js';
import type { InputText } from './input-text.js';

type Reader = (text: string, file: string) => ReadResult;

/**
 * The reader for each format of the registry (input-format.ts) but BibTeX, whose inputs are read
 * together. Each is imported when an input needs it, so a BibTeX CV never loads the RIS plugin,
 * yaml or zod (the CSL readers' validation): some 0.1 s of CPU at start.
 */
const READERS = {
  'csl-json': async () => (await import('./read-csl-json.js')).readCslJson,
  'csl-yaml': async () => (await import('./read-csl-yaml.js')).readCslYaml,
  ris: async () => (await import('./read-ris.js')).readRis,
  plain: async () => (await import('./read-plain-list.js')).readPlainList,
} satisfies Record<Exclude<InputFormat, 'bibtex'>, () => Promise<Reader>>;

interface Resolved {
  readonly format?: InputFormat;
  readonly note?: Diagnostic;
}

/** The input's format: as given, else from the extension, else guessed from the text (with a note). */
function resolveFormat(input: InputText): Resolved {
  const known = input.format ?? formatFromExtension(input.path);
  if (known !== undefined) return { format: known };
  const guessed = sniffFormat(input.text);
  const file = input.path;
  if (guessed === undefined) {
    const extensions = knownExtensions().join(', ');
    const fix = file === '<stdin>' || file === '-' ? 'say which with --from' : `use one of ${extensions}, or say which with --from`;
    return {
      note: { severity: 'error', code: 'unknown-input-format', message: `cannot tell the input format from the file name or its content; ${fix}`, file },
    };
  }
  return { format: guessed, note: { severity: 'info', code: 'input-format-guessed', message: `read as ${guessed}, judging by its content`, file } };
}

/** Reads one input with the reader for its format (given, from the extension, or guessed from the text). */
export function readInput(path: string, text: string, format?: InputFormat): Promise<ReadResult> {
  return readInputTexts([{ path, text, ...(format ? { format } : {}) }]);
}

/**
 * Reads several inputs into one result, in order. BibTeX inputs are read as one bibliography:
 * @string macros carry over to later files and crossref targets may sit in any of them.
 */
export async function readInputTexts(inputs: readonly InputText[]): Promise<ReadResult> {
  const resolved = inputs.map(resolveFormat);
  const bibtexIndexes = resolved.flatMap((r, index) => (r.format === 'bibtex' ? [index] : []));
  const readBibtexTexts = bibtexIndexes.length > 0 ? (await import('./read-bibtex.js')).readBibtexTexts : undefined;
  const bibtex = readBibtexTexts?.(bibtexIndexes.map((index) => inputs[index] as InputText)) ?? [];
  const formats = new Set(resolved.flatMap((r) => (r.format === undefined || r.format === 'bibtex' ? [] : [r.format])));
  const readers = new Map(await Promise.all([...formats].map(async (format) => [format, await READERS[format]()] as const)));
  const results = inputs.map((input, index): ReadResult => {
    const { format, note } = resolved[index] ?? {};
    const read = format === undefined ? undefined : format === 'bibtex' ? bibtex[bibtexIndexes.indexOf(index)] : readers.get(format)?.(input.text, input.path);
    const result = read ?? { records: [], diagnostics: [], owners: [], entryCount: 0 };
    return note === undefined ? result : { ...result, diagnostics: [note, ...result.diagnostics] };
  });
  return {
    records: results.flatMap((r) => r.records),
    diagnostics: results.flatMap((r) => r.diagnostics),
    owners: results.flatMap((r) => r.owners),
    entryCount: results.reduce((sum, r) => sum + r.entryCount, 0),
  };
}
