import type { Diagnostic } from '../model/errors.js';
import { emptyRead } from './empty-read.js';
import type { ReadResult, SourceRecord } from '../model/record.js';
import type { TextPosition } from '../text/text-position.js';
import { validateCslItem } from './validate-csl-item.js';

/** Finds where the value at a path (`[]` for the root, `[3]`, `['references', 3]`) starts. */
type LocateValue = (path: ReadonlyArray<string | number>) => TextPosition | undefined;

interface ItemList {
  readonly items: readonly unknown[];
  readonly path: ReadonlyArray<string | number>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where the items are: a list of items (CSL-JSON), a `references` list (pandoc's CSL-YAML
 * metadata), or a single item object.
 */
function findItems(root: unknown): ItemList | undefined {
  if (Array.isArray(root)) return { items: root, path: [] };
  if (isObject(root) && Array.isArray(root.references) && root.type === undefined) {
    return { items: root.references, path: ['references'] };
  }
  return isObject(root) ? { items: [root], path: [] } : undefined;
}

/** Turns a parsed CSL-JSON or CSL-YAML document into records, one diagnostic per problem. */
export function readCslItems(root: unknown, locate: LocateValue, file: string): ReadResult {
  const found = findItems(root);
  if (found === undefined) {
    const message = 'expected a list of CSL items (or one item object)';
    return emptyRead({ severity: 'error', code: 'csl-not-items', message, file, ...locate([]) });
  }
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const single = found.items.length === 1 && found.items[0] === root;
  found.items.forEach((value, index) => {
    const position = locate(single ? [] : [...found.path, index]);
    const checked = validateCslItem(value);
    const entry = checked.item?.id ?? (isObject(value) && typeof value.id === 'string' ? value.id : undefined);
    for (const problem of checked.problems) {
      const message = single ? problem.message : `item ${index + 1}: ${problem.message}`;
      diagnostics.push({ ...problem, message, file, ...position, entry });
    }
    if (checked.item === undefined) return;
    // A derived id is not a key the file had, so normalizing may derive it afresh.
    const derived = checked.problems.some((problem) => problem.code === 'csl-missing-id');
    records.push({ item: checked.item, source: { file, ...position, key: derived ? undefined : checked.item.id } });
  });
  return { records, diagnostics, owners: [], entryCount: found.items.length };
}
