import type { Diagnostic } from '../model/errors.js';
import { formatFromExtension, knownExtensions, sniffFormat, type InputFormat } from './input-format.js';
import { readBibtexTexts } from './read-bibtex.js';
import { readCslJson } from './read-csl-json.js';
import { readCslYaml } from './read-csl-yaml.js';
import { readPlainList } from './read-plain-list.js';
import { readRis } from './read-ris.js';
import type { ReadResult } from '../model/record.js';
import type { InputText } from './input-text.js';

/**
 * The reader for each format of the registry (input-format.ts) but BibTeX, whose inputs are read
 * together. They are kept out of the registry so that listing the formats loads no reader.
 */
const READERS = {
  'csl-json': readCslJson,
  'csl-yaml': readCslYaml,
  ris: readRis,
  plain: readPlainList,
} satisfies Record<Exclude<InputFormat, 'bibtex'>, (text: string, file: string) => ReadResult>;

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
export function readInput(path: string, text: string, format?: InputFormat): ReadResult {
  return readInputTexts([{ path, text, ...(format ? { format } : {}) }]);
}

/**
 * Reads several inputs into one result, in order. BibTeX inputs are read as one bibliography:
 * @string macros carry over to later files and crossref targets may sit in any of them.
 */
export function readInputTexts(inputs: readonly InputText[]): ReadResult {
  const resolved = inputs.map(resolveFormat);
  const bibtexIndexes = resolved.flatMap((r, index) => (r.format === 'bibtex' ? [index] : []));
  const bibtex = readBibtexTexts(bibtexIndexes.map((index) => inputs[index] as InputText));
  const results = inputs.map((input, index): ReadResult => {
    const { format, note } = resolved[index] ?? {};
    const read = format === undefined ? undefined : format === 'bibtex' ? bibtex[bibtexIndexes.indexOf(index)] : READERS[format](input.text, input.path);
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
