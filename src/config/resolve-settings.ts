import { DEFAULT_SETTINGS } from './config-defaults.js';
import type { Settings, SettingsLayer } from './settings.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `over` on top of `under`: mappings are merged key by key (at every depth), lists and values replaced; undefined never unsets. */
function mergeValues(under: unknown, over: unknown): unknown {
  if (!isPlainObject(under) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) merged[key] = mergeValues(merged[key], value);
  return merged;
}

/**
 * The complete settings: the layers (config file, profile, command line, or a library caller's
 * options) merged over the defaults, later ones winning. The one place a setting gets its default.
 */
export function resolveSettings(...layers: readonly SettingsLayer[]): Settings {
  const merged = layers.reduce<Settings>((under, over) => mergeValues(under, over) as Settings, DEFAULT_SETTINGS);
  // An empty list asks for nothing to be written: a library caller's "no preference".
  return merged.formats.length > 0 ? merged : { ...merged, formats: DEFAULT_SETTINGS.formats };
}
