import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { CslItem } from '../model/record.js';

// `enrich --write` on CSL-JSON and CSL-YAML: the fields found are added to the item with the same
// id. JSON is written again with the file's indentation; YAML is edited in place, so its comments
// and layout stay.

/** The fields to add, by the id the item has in the file. */
type FillsById = ReadonlyMap<string, Partial<CslItem>>;

function itemsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (root !== null && typeof root === 'object') {
    const object = root as Record<string, unknown>;
    for (const key of ['items', 'references']) if (Array.isArray(object[key])) return object[key] as unknown[];
    return [root];
  }
  return [];
}

/** A CSL-JSON text with the fields added to the items they belong to; `entries` counts the items changed. */
export function insertCslJsonFields(text: string, fills: FillsById): { text: string; entries: number } {
  const root: unknown = JSON.parse(text);
  let entries = 0;
  for (const item of itemsOf(root)) {
    if (item === null || typeof item !== 'object') continue;
    const fill = fills.get(String((item as Record<string, unknown>).id));
    if (!fill) continue;
    Object.assign(item, fill);
    entries += 1;
  }
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { text: `${JSON.stringify(root, null, indent)}${text.endsWith('\n') ? '\n' : ''}`, entries };
}

/** A CSL-YAML text with the fields added to the items they belong to; comments and layout stay. */
export function insertCslYamlFields(text: string, fills: FillsById): { text: string; entries: number } {
  const doc = parseDocument(text);
  const contents = doc.contents;
  const list = isSeq(contents) ? contents : isMap(contents) ? (['items', 'references'].map((k) => contents.get(k)).find(isSeq) ?? contents) : undefined;
  const maps = isSeq(list) ? list.items.filter(isMap) : isMap(list) ? [list] : [];
  let entries = 0;
  for (const map of maps as YAMLMap[]) {
    const fill = fills.get(String(map.get('id')));
    if (!fill) continue;
    for (const [key, value] of Object.entries(fill)) map.set(key, doc.createNode(value));
    entries += 1;
  }
  return { text: doc.toString(), entries };
}
