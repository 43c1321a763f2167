/**
 * What the floor children are given, prepared before anything is timed: the CSL items pubcv
 * formats for a CV (read, normalized, owner tagged, author lists cut, through pubcv's own
 * built library in dist/) with the CV-mode styles it formats them in, and the PDF text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfLines } from './floor-text.js';
import type { CslTree } from './style-xml.js';

/** A CSL item as citeproc takes it. */
export interface CitationItem {
  readonly id: string;
  readonly [field: string]: unknown;
}

/** The job of the citeproc floor: every entry, in document order, with the style it is formatted in. */
export interface CitationJob {
  readonly styles: readonly CslTree[];
  readonly entries: ReadonlyArray<{ readonly style: number; readonly item: CitationItem }>;
}

interface Style {
  readonly root: CslTree;
}

interface Plan {
  readonly groups: ReadonlyArray<{ readonly items: readonly CitationItem[]; readonly style: Style; readonly options: { readonly yearSuffix?: boolean } }>;
  readonly prepared: ReadonlyArray<{ readonly item: CitationItem }>;
}

async function fromDist<T>(root: string, module: string): Promise<T> {
  return (await import(pathToFileURL(join(root, 'dist', ...module.split('/'))).href)) as T;
}

/** The items and styles pubcv formats `bib` with in `styleName`, as `buildDocument` plans them. */
export async function citationJob(root: string, bib: string, styleName: string, owner: string): Promise<CitationJob> {
  const { prepareRecords } = await fromDist<{ prepareRecords(inputs: unknown[], settings: object, loaded: object): Promise<{ records: unknown[] }> }>(
    root,
    'api/prepare-records.js',
  );
  const { resolveSettings } = await fromDist<{ resolveSettings(layer: object): object }>(root, 'config/resolve-settings.js');
  const { ENGLISH_MESSAGES } = await fromDist<{ ENGLISH_MESSAGES: object }>(root, 'model/messages.js');
  const { planFormatting } = await fromDist<{ planFormatting(records: unknown[], style: Style): Plan }>(root, 'format/format-records.js');
  const { cvModeStyle, entriesAreIndependent } = await fromDist<{
    cvModeStyle(style: Style, options: object): Style;
    entriesAreIndependent(style: Style): boolean;
  }>(root, 'format/cv-mode-style.js');
  const { loadStyle } = await fromDist<{ loadStyle(spec: string): Promise<Style> }>(root, 'format/load-style.js');
  const prepared = await prepareRecords([{ path: bib, text: readFileSync(bib, 'utf8') }], resolveSettings({ names: [owner] }), {
    lock: undefined,
    messages: ENGLISH_MESSAGES,
    people: [],
  });
  const plan = planFormatting(prepared.records, await loadStyle(styleName));
  const styleOf = new Map<string, number>();
  const styles = plan.groups.map((group, index) => {
    const style = cvModeStyle(group.style, group.options);
    // The floor times entries formatted one by one, the way pubcv formats such styles.
    if (!entriesAreIndependent(style)) throw new Error(`${styleName}: entries depend on each other; the citeproc floor formats them one by one`);
    for (const item of group.items) styleOf.set(item.id, index);
    return style.root;
  });
  const entries = plan.prepared.map(({ item }) => ({ style: styleOf.get(item.id) ?? 0, item }));
  return { styles, entries };
}

/** Writes the citeproc floor's job for `bib` in `styleName` to `file`; returns how many entries it holds. */
export async function writeCitationJob(root: string, bib: string, styleName: string, owner: string, file: string): Promise<number> {
  const job = await citationJob(root, bib, styleName, owner);
  writeFileSync(file, JSON.stringify(job));
  return job.entries.length;
}

/** Writes the entries of a pubcv HTML build as the pdfkit floor's lines to `file`; returns how many lines. */
export function writePdfLines(html: string, file: string): number {
  const lines = pdfLines(html);
  writeFileSync(file, JSON.stringify(lines));
  return lines.length;
}
