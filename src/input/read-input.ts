import { extname } from 'node:path';
import { emptyRead } from './empty-read.js';
import { readBibtex } from './read-bibtex.js';
import { readCslJson } from './read-csl-json.js';
import { readCslYaml } from './read-csl-yaml.js';
import { readPlainList } from './read-plain-list.js';
import type { ReadResult } from './record.js';

/** The reader for each file extension (lower case). */
const READERS = {
  '.bib': readBibtex,
  '.bibtex': readBibtex,
  '.json': readCslJson,
  '.yaml': readCslYaml,
  '.yml': readCslYaml,
  '.txt': readPlainList,
} satisfies Record<string, (text: string, file: string) => ReadResult>;

function isKnownExtension(extension: string): extension is keyof typeof READERS {
  return Object.hasOwn(READERS, extension);
}

/**
 * Reads one input with the reader its extension names. `path` is only a label: it is used in
 * diagnostics exactly as given, and the text has already been read by the caller.
 */
export function readInput(path: string, text: string): ReadResult {
  const extension = extname(path).toLowerCase();
  if (isKnownExtension(extension)) return READERS[extension](text, path);
  const known = Object.keys(READERS).join(', ');
  const found = extension === '' ? 'no file extension' : `extension "${extension}"`;
  const message = `cannot tell the input format from ${found}; use one of ${known}`;
  return emptyRead({ severity: 'error', code: 'unknown-input-format', message, file: path });
}
