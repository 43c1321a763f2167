import { dirname, join } from 'node:path';
import { userError } from '../model/errors.js';
import type { Settings, SettingsLayer } from './settings.js';
import { closestWord } from '../text/did-you-mean.js';
import { LOCK_FILE_NAME } from '../enrich/lock-constants.js';
import { configLayer } from './config-layer.js';
import { keyLocator } from './yaml-positions.js';
import type { ConfigFile, EnrichConfig } from './config-schema.js';
import { resolveSettings } from './resolve-settings.js';

/** A config file as read: where it is, its text (to quote in diagnostics), and its validated content. */
export interface LoadedConfig {
  readonly path: string;
  readonly text: string;
  readonly config: ConfigFile;
}

/** The settings of a run, with what `enrich` and `import` alone use. */
export type ResolvedConfig = Settings & {
  /** How `enrich` and `import` ask the scholarly APIs (the config's `enrich:`); undefined: not set. */
  readonly enrich: EnrichConfig | undefined;
  /** The profile applied; undefined: none. */
  readonly profile: string | undefined;
};

/** The layer of the profile named, or a usage error naming the profiles there are. */
function profileLayer(loaded: LoadedConfig | undefined, name: string): SettingsLayer {
  const profiles = loaded?.config.profiles ?? {};
  // An own property only: `--profile constructor` must not find Object.prototype's.
  const profile = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
  if (loaded && profile) return configLayer(profile, dirname(loaded.path), { file: loaded.path, path: ['profiles', name], locate: keyLocator(loaded.text) });
  const names = Object.keys(profiles);
  const guess = closestWord(name, names);
  const where = loaded ? `in ${loaded.path}` : '(no pubcv.config.yaml was found)';
  const known = names.length > 0 ? ` (profiles: ${names.join(', ')})` : '';
  const message = `unknown profile '${name}' ${where}${guess ? ` — did you mean '${guess}'?` : ''}${known}`;
  throw userError({ code: 'unknown-profile', message, ...(loaded ? { file: loaded.path } : {}) }, 2);
}

/**
 * Resolves the settings of a build: flags given on the command line over the chosen profile over
 * the config file over the defaults. An unknown profile is a usage error.
 */
export function resolveConfig(loaded: LoadedConfig | undefined, options: { readonly profile?: string; readonly flags?: SettingsLayer } = {}): ResolvedConfig {
  const file = loaded ? configLayer(loaded.config, dirname(loaded.path), { file: loaded.path, path: [], locate: keyLocator(loaded.text) }) : {};
  const profile = options.profile !== undefined ? profileLayer(loaded, options.profile) : {};
  // With a config file, the lock lives beside it, whatever folder the inputs are in.
  const where = loaded ? { lock: join(dirname(loaded.path), LOCK_FILE_NAME), configFile: loaded.path } : {};
  const settings = resolveSettings(where, file, profile, options.flags ?? {});
  return { ...settings, enrich: loaded?.config.enrich, profile: options.profile };
}
