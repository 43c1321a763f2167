import type { BuildOptions } from '../api/build-files.js';
import type { CheckOptions } from '../api/check-files.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { FontFamily, PageSize } from '../model/index.js';
import { displayLayer, type DisplayFlags } from './display-flags.js';
import { parseFormats } from './parse-formats.js';
import { plainFlagLayer } from './plain-flags.js';
import { UsageError } from './report-failure.js';
import type { SettingsLayer } from '../config/settings.js';
import type { InputSpec } from '../input/input-text.js';

/** The flags of `build` and `check` that can also be set in the config; undefined: not given. */
export interface SettingFlags extends DisplayFlags {
  readonly inputs: readonly InputSpec[];
  readonly name?: readonly string[] | undefined;
  /** False for `--no-owner`. */
  readonly owner?: boolean | undefined;
  readonly onlyOwner?: boolean | undefined;
  readonly format?: string | undefined;
  readonly maxAuthors?: number | undefined;
  readonly allAuthors?: boolean | undefined;
  /** `--mark-people FILE`: other people to mark, one a line. */
  readonly markPeople?: string | undefined;
  readonly since?: number | undefined;
  readonly until?: number | undefined;
  readonly selected?: boolean | undefined;
  readonly pageSize?: PageSize | undefined;
  readonly font?: FontFamily | undefined;
  /** Page margin in millimetres. */
  readonly margin?: number | undefined;
  /** `-c FILE`; false for `--no-config`. */
  readonly config?: string | false | undefined;
  readonly profile?: string | undefined;
  /** `--lock FILE`; false for `--no-lock`. */
  readonly lock?: string | boolean | undefined;
  /** The plain settings' flags (plain-flags.ts), by flag name: `--out`, `--link-base`, ... */
  readonly [flag: string]: unknown;
}

/** What the command line sets: only flags given explicitly (undefined: not given), so that a flag's default never hides the config's value. */
function flagLayer(flags: SettingFlags): SettingsLayer {
  return {
    ...plainFlagLayer(flags),
    inputs: flags.inputs.length > 0 ? flags.inputs : undefined,
    names: flags.name && flags.name.length > 0 ? flags.name : undefined,
    // A --name given undoes the config's `owner: false`.
    owner: { none: flags.owner === false ? true : flags.name && flags.name.length > 0 ? false : undefined, only: flags.onlyOwner ? ['author'] : undefined },
    formats: flags.format === undefined ? undefined : parseFormats(flags.format),
    authors: flags.allAuthors ? 'all' : flags.maxAuthors,
    people: flags.markPeople === undefined ? undefined : { file: flags.markPeople },
    ...displayLayer(flags),
    lock: flags.lock === false || typeof flags.lock === 'string' ? flags.lock : undefined,
    layout: { pageSize: flags.pageSize, font: flags.font, marginMm: flags.margin },
    selection: { filters: { since: flags.since, until: flags.until, selected: flags.selected } },
  };
}

/**
 * Every setting of a run: the config file (found in the working folder, or `-c FILE`), the
 * profile (`--profile`), and the flags given, in that order of strength. Read afresh on each
 * call, so a watch picks up an edited config.
 */
export async function settingsFromFlags(flags: SettingFlags): Promise<ResolvedConfig> {
  const [{ loadConfig }, { resolveConfig }] = await Promise.all([import('../config/load-config.js'), import('../config/resolve-config.js')]);
  const loaded = flags.config === false ? undefined : await loadConfig(flags.config !== undefined ? { path: flags.config } : {});
  const resolved = resolveConfig(loaded, { profile: flags.profile, flags: flagLayer(flags) });
  for (const [flag, year] of [
    ['--since', flags.since],
    ['--until', flags.until],
  ] as const) {
    // yargs reads `--since abc` as NaN: a filter on it would keep or drop everything.
    if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`${flag} must be a year, such as 2020`);
  }
  if (flags.since !== undefined && flags.until !== undefined && flags.since > flags.until)
    throw new UsageError(`--until ${flags.until} is before --since ${flags.since}`);
  if (loaded && resolved.inputs.length === 0) {
    throw new UsageError(`no inputs: list your bibliographies under "inputs:" in ${loaded.path}, or give them on the command line`);
  }
  return resolved;
}

/** A build's settings from the config, profile and flags. */
export async function buildOptionsFrom(flags: SettingFlags): Promise<BuildOptions> {
  return settingsFromFlags(flags);
}

/** A check's settings: the inputs, owner, filters and lock a build would use. */
export async function checkOptionsFrom(flags: SettingFlags): Promise<CheckOptions> {
  return settingsFromFlags(flags);
}
