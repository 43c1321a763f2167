import { LINK_KINDS, type HeaderSettings, type ShownLinkKind } from '../assemble/display-settings.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/writers.js';
import { UsageError } from './report-failure.js';

/** The flags that decide what entries and the header show; undefined: not given. */
export interface DisplayFlags {
  readonly template?: string | undefined;
  readonly theme?: string | undefined;
  readonly abstracts?: boolean | undefined;
  readonly notes?: boolean | undefined;
  readonly links?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly updated?: boolean | undefined;
}

/** What the display flags set, as config settings. */
export interface DisplayLayer {
  readonly templates?: string;
  readonly theme?: string;
  readonly abstracts?: readonly OutputFormat[];
  readonly notes?: boolean;
  readonly links?: readonly ShownLinkKind[];
  readonly header?: Partial<HeaderSettings>;
}

/** `--links doi,pdf,code` -> the kinds in that order; `none` -> none, `all` -> every kind. */
export function parseLinks(list: string): ShownLinkKind[] {
  const words = list.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'none') return [];
  if (words.length === 1 && words[0] === 'all') return [...LINK_KINDS];
  return words.map((word) => {
    const kind = LINK_KINDS.find((k) => k === word);
    if (!kind) throw new UsageError(`unknown link kind "${word}" (kinds: ${LINK_KINDS.join(', ')}; or none, all)`);
    return kind;
  });
}

/** The config settings the display flags give (`--abstracts` is every format, `--no-abstracts` none). */
export function displayLayer(flags: DisplayFlags): DisplayLayer {
  const header = { ...(flags.subtitle !== undefined ? { subtitle: flags.subtitle } : {}), ...(flags.updated !== undefined ? { updated: flags.updated } : {}) };
  return {
    ...(flags.template !== undefined ? { templates: flags.template } : {}),
    ...(flags.theme !== undefined ? { theme: flags.theme } : {}),
    ...(flags.abstracts !== undefined ? { abstracts: flags.abstracts ? [...OUTPUT_FORMATS] : [] } : {}),
    ...(flags.notes !== undefined ? { notes: flags.notes } : {}),
    ...(flags.links !== undefined ? { links: parseLinks(flags.links) } : {}),
    ...(Object.keys(header).length > 0 ? { header } : {}),
  };
}
