import { createHash } from 'node:crypto';
import type { SourceRecord } from '../model/record.js';
import { MAX_KEPT_ENTRIES, StringMemo } from '../text/string-memo.js';
import { entryCount, type Document } from '../model/index.js';

/** The manifest's file name inside the output folder; a dot file, so artifact uploads skip it. */
export const MANIFEST_NAME = '.pubcv-manifest.json';

/** One entry as last built: its id and hashes of its source record and its rendered runs. */
interface ManifestEntry {
  readonly id: string;
  readonly source: string;
  readonly rendered: string;
}

/** What a build leaves beside its outputs so the next build can say what changed. */
interface BuildManifest {
  readonly version: 1;
  readonly entries: readonly ManifestEntry[];
}

/** Entry ids that are new, changed or gone since the last build into the same folder. */
export interface EntryChanges {
  readonly new: string[];
  readonly changed: string[];
  readonly removed: string[];
  /** True when the folder held no earlier build: then every entry is new. */
  readonly firstBuild: boolean;
}

/** JSON with object keys sorted, so reordering fields in a source file is not a change. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Hashes by the JSON of what was hashed (equal JSON is equal canonical JSON): a rebuild in the same
 * process (`--watch`) hashes only the entries that changed (the last 1,000 to 2,000 hashes are kept: a
 * list of up to 500 entries has both of each entry's; one over MAX_KEPT_ENTRIES keeps none).
 */
const hashes = new StringMemo<string>(1000);

function hash(value: unknown, kept: StringMemo<string> | undefined): string {
  const compute = () => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
  return kept ? kept.get(JSON.stringify(value) ?? 'null', compute) : compute();
}

/** The manifest of a built document: every entry, in document order. */
export function makeManifest(document: Document, records: readonly SourceRecord[]): BuildManifest {
  const items = new Map(records.map((r) => [r.item.id, r.item]));
  const kept = entryCount(document) <= MAX_KEPT_ENTRIES ? hashes : undefined;
  const seen = new Set<string>();
  const entries: ManifestEntry[] = [];
  for (const entry of document.sections.flatMap((s) => s.entries)) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push({ id: entry.id, source: hash(items.get(entry.id) ?? null, kept), rendered: hash({ label: entry.label, runs: entry.runs }, kept) });
  }
  return { version: 1, entries };
}

/** The manifest as written: one entry per line, so a diff of two builds reads well. */
export function serializeManifest(manifest: BuildManifest): string {
  const lines = manifest.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": ${manifest.version},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function isManifestEntry(value: unknown): value is ManifestEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.source === 'string' && typeof e.rendered === 'string';
}

/** Reads a manifest; anything else (hand-edited, another version) is treated as no manifest. */
export function parseManifest(text: string): BuildManifest | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object') return undefined;
    const { version, entries } = value as Record<string, unknown>;
    if (version !== 1 || !Array.isArray(entries) || !entries.every(isManifestEntry)) return undefined;
    return { version, entries };
  } catch {
    return undefined;
  }
}

/** Compares two builds; with no earlier manifest every entry is new. */
export function compareManifests(previous: BuildManifest | undefined, current: BuildManifest): EntryChanges {
  const before = new Map((previous?.entries ?? []).map((e) => [e.id, e]));
  const now = new Set(current.entries.map((e) => e.id));
  const changes: EntryChanges = { new: [], changed: [], removed: [], firstBuild: previous === undefined };
  for (const entry of current.entries) {
    const old = before.get(entry.id);
    if (!old) changes.new.push(entry.id);
    else if (old.source !== entry.source || old.rendered !== entry.rendered) changes.changed.push(entry.id);
  }
  for (const id of before.keys()) if (!now.has(id)) changes.removed.push(id);
  return changes;
}
