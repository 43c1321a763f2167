import { UsageError } from './report-failure.js';
import { LINK_KINDS, type ShownLinkKind } from '../model/settings.js';
import { OUTPUT_FORMATS } from '../render/writers.js';
import type { SettingsLayer } from '../config/settings.js';

/** The flags that decide what entries and the header show; undefined: not given. */
export interface DisplayFlags {
  readonly abstracts?: boolean | undefined;
  readonly links?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly updated?: boolean | undefined;
  /** `--show-citations`: counts under entries and the summary; `--no-show-citations` neither. */
  readonly showCitations?: boolean | undefined;
}

/** `--links doi,pdf,code` -> the kinds in that order; `none` -> none, `all` -> every kind. */
function parseLinks(list: string): ShownLinkKind[] {
  const words = list
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'none') return [];
  if (words.length === 1 && words[0] === 'all') return [...LINK_KINDS];
  return words.map((word) => {
    const kind = LINK_KINDS.find((k) => k === word);
    if (!kind) throw new UsageError(`unknown link kind "${word}" (kinds: ${LINK_KINDS.join(', ')}; or none, all)`);
    return kind;
  });
}

/** The settings the display flags give, undefined where not given (`--abstracts` is every format, `--no-abstracts` none). */
export function displayLayer(flags: DisplayFlags): Pick<SettingsLayer, 'abstracts' | 'links' | 'header' | 'citations'> {
  return {
    abstracts: flags.abstracts === undefined ? undefined : flags.abstracts ? OUTPUT_FORMATS : [],
    links: flags.links === undefined ? undefined : parseLinks(flags.links),
    header: { subtitle: flags.subtitle, updated: flags.updated },
    citations: flags.showCitations === undefined ? undefined : { entries: flags.showCitations, summary: flags.showCitations },
  };
}
