import { dirname, join } from 'node:path';
import type { HeaderSettings, ShownLinkKind } from '../assemble/display-settings.js';
import type { AuthorLimit } from '../format/format-records.js';
import type { NumberingRules, Selection } from '../select/selection-settings.js';
import type { BuildOptions } from '../api/build-files.js';
import { userError } from '../model/errors.js';
import type { HighlightStyle, PageLayout } from '../model/index.js';
import type { InputSpec } from '../input/input-text.js';
import type { OutputFormat } from '../render/writers.js';
import { closestWord } from '../text/did-you-mean.js';
import { CONFIG_DEFAULTS } from './config-defaults.js';
import { configLayer, defined, type ConfigLayer } from './config-layer.js';
import type { ConfigFile, EnrichConfig } from './config-schema.js';
import { LOCK_FILE_NAME } from '../enrich/lock-file.js';

/** A config file as read: where it is, its text (to quote in diagnostics), and its validated content. */
export interface LoadedConfig {
  readonly path: string;
  readonly text: string;
  readonly config: ConfigFile;
}

/** Every setting of a build, each from the command line, the profile, the config file or the default. */
export interface ResolvedConfig {
  /** Owner names; empty: the inputs' own (the plain list's first line). */
  readonly names: readonly string[];
  /** Empty: none given anywhere. */
  readonly inputs: readonly InputSpec[];
  readonly style: string;
  /** Undefined: the style's own. */
  readonly locale?: string;
  readonly formats: readonly OutputFormat[];
  readonly output: string;
  readonly highlight: HighlightStyle;
  readonly authors: AuthorLimit;
  readonly marks?: string;
  readonly cache: boolean;
  readonly yearSuffix: boolean;
  readonly selection: Selection;
  readonly numbering: NumberingRules;
  readonly links: readonly ShownLinkKind[];
  /** Where site-relative link files live; undefined: such links are left out. */
  readonly linkBase?: string;
  readonly jsonLd: boolean;
  readonly notes: boolean;
  readonly abstracts: readonly OutputFormat[];
  readonly theme: string;
  readonly templates?: string;
  readonly layout: PageLayout;
  readonly title: string;
  readonly header: HeaderSettings;
  /** The lock file entries are filled from; false: none; undefined: pubcv.lock.json beside the first input. */
  readonly lock?: string | false;
  /** How `enrich` and `import` ask the scholarly APIs (the config's `enrich:`). */
  readonly enrich?: EnrichConfig;
  /** The config file the settings came from, if any. */
  readonly configFile?: string;
  /** The profile applied, if any. */
  readonly profile?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `over` on top of `under`: mappings are merged key by key (at every depth), lists and values replaced. */
function mergeValues(under: unknown, over: unknown): unknown {
  if (!isPlainObject(under) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) merged[key] = mergeValues(merged[key], value);
  return merged;
}

/** Layers merged, later ones winning: default < config < profile < command line. */
export function mergeLayers(...layers: readonly ConfigLayer[]): ConfigLayer {
  return layers.reduce<ConfigLayer>((under, over) => mergeValues(under, over) as ConfigLayer, {});
}

/** The layer of the profile named, or a usage error naming the profiles there are. */
function profileLayer(loaded: LoadedConfig | undefined, name: string): ConfigLayer {
  const profiles = loaded?.config.profiles ?? {};
  // An own property only: `--profile constructor` must not find Object.prototype's.
  const profile = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
  if (loaded && profile) return configLayer(profile, dirname(loaded.path));
  const names = Object.keys(profiles);
  const guess = closestWord(name, names);
  const where = loaded ? `in ${loaded.path}` : '(no pubcv.config.yaml was found)';
  const known = names.length > 0 ? ` (profiles: ${names.join(', ')})` : '';
  const message = `unknown profile '${name}' ${where}${guess ? ` — did you mean '${guess}'?` : ''}${known}`;
  throw userError({ code: 'unknown-profile', message, ...(loaded ? { file: loaded.path } : {}) }, 2);
}

/** The complete settings: every gap filled with its default. The one place defaults are applied. */
export function withDefaults(layer: ConfigLayer): ResolvedConfig {
  const D = CONFIG_DEFAULTS;
  return {
    names: layer.names ?? [],
    inputs: layer.inputs ?? [],
    style: layer.style ?? D.style,
    formats: layer.formats ?? D.formats,
    output: layer.output ?? D.output,
    highlight: layer.highlight ?? D.highlight,
    authors: layer.authors ?? D.authors,
    cache: layer.cache ?? D.cache,
    yearSuffix: layer.yearSuffix ?? D.yearSuffix,
    selection: { filters: { ...D.selection.filters, ...defined(layer.filters ?? {}) }, sections: { ...D.selection.sections, ...defined(layer.sections ?? {}) } },
    numbering: { ...D.numbering, ...defined(layer.numbering ?? {}) },
    links: layer.links ?? D.links,
    jsonLd: layer.jsonLd ?? D.jsonLd,
    notes: layer.notes ?? D.notes,
    abstracts: layer.abstracts ?? D.abstracts,
    theme: layer.theme ?? D.theme,
    layout: { ...D.layout, ...defined(layer.layout ?? {}) },
    title: layer.title ?? D.title,
    header: { ...D.header, ...defined(layer.header ?? {}) },
    ...defined({ locale: layer.locale, marks: layer.marks, templates: layer.templates, linkBase: layer.linkBase, lock: layer.lock }),
  };
}

/**
 * Resolves the settings of a build: flags given on the command line over the chosen profile over
 * the config file over the defaults. An unknown profile is a usage error.
 */
export function resolveConfig(loaded: LoadedConfig | undefined, options: { readonly profile?: string; readonly flags?: ConfigLayer } = {}): ResolvedConfig {
  const file = loaded ? configLayer(loaded.config, dirname(loaded.path)) : {};
  const profile = options.profile !== undefined ? profileLayer(loaded, options.profile) : {};
  const resolved = withDefaults(mergeLayers(file, profile, options.flags ?? {}));
  // With a config file, the lock lives beside it, whatever folder the inputs are in.
  const lock = resolved.lock ?? (loaded ? join(dirname(loaded.path), LOCK_FILE_NAME) : undefined);
  return { ...resolved, ...defined({ lock, enrich: loaded?.config.enrich, configFile: loaded?.path, profile: options.profile }) };
}

/** The build options of resolved settings (the caller adds stdin, progress, threads). */
export function buildOptionsFor(config: ResolvedConfig): BuildOptions {
  return {
    inputs: config.inputs,
    ...(config.names.length > 0 ? { names: config.names } : {}),
    style: config.style,
    formats: config.formats,
    out: config.output,
    ...(config.locale !== undefined ? { lang: config.locale } : {}),
    highlight: config.highlight,
    authors: config.authors,
    ...(config.marks !== undefined ? { marks: config.marks } : {}),
    cache: config.cache,
    yearSuffix: config.yearSuffix,
    selection: config.selection,
    numbering: config.numbering,
    layout: config.layout,
    links: config.links,
    ...(config.linkBase !== undefined ? { linkBase: config.linkBase } : {}),
    jsonLd: config.jsonLd,
    notes: config.notes,
    abstracts: config.abstracts,
    title: config.title,
    header: config.header,
    theme: config.theme,
    ...(config.templates !== undefined ? { templates: config.templates } : {}),
    ...(config.lock !== undefined ? { lock: config.lock } : {}),
    ...(config.configFile !== undefined ? { configFile: config.configFile } : {}),
  };
}
