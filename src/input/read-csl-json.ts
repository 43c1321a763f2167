import { emptyRead } from './empty-read.js';
import { readCslItems } from './read-csl-items.js';
import type { ReadResult } from '../model/record.js';
import { scanJson } from '../text/scan-json.js';
import { positionFinder } from '../text/text-position.js';

/**
 * Reads CSL-JSON: a list of items or one item object. Each record gets the line and column of
 * its opening brace; a syntax error gives one `csl-json-syntax` error with its position.
 */
export function readCslJson(text: string, file: string): ReadResult {
  // Editors do not count a byte-order mark as a column, so positions stay right without it.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') {
    return emptyRead({ severity: 'warning', code: 'empty-input', message: 'the file is empty', file });
  }
  const layout = scanJson(json);
  const position = positionFinder(json);
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    const where = layout.ok ? {} : position(layout.offset);
    const message = layout.ok ? String(error instanceof Error ? error.message : error) : layout.message;
    return emptyRead({ severity: 'error', code: 'csl-json-syntax', message, file, ...where });
  }
  return readCslItems(
    root,
    (path) => {
      const offset = layout.ok ? layout.starts.get(path.join('/')) : undefined;
      return offset === undefined ? undefined : position(offset);
    },
    file,
  );
}
