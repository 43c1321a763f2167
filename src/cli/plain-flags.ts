import type { Argv } from 'yargs';
import { plainSettings, settingName, type PlainSettings } from '../config/plain-settings.js';

// `pubcv build`'s flags of the plain settings (config/plain-settings.ts), made from their table:
// a new plain setting with a flag needs nothing here.

/** The flags, as their table declares them: name, alias, help text, and a type from the setting's kind. */
function plainFlags() {
  return plainSettings().flatMap(([key, { kind, flag }]) => (flag ? [{ key, kind, flag, name: flag.name ?? key }] : []));
}

/** Adds the plain settings' flags to a command, in their table's order. */
export function withPlainFlags<T>(y: Argv<T>): Argv<T> {
  return plainFlags().reduce(
    (parser, { kind, flag, name }) =>
      parser.option(name, {
        describe: flag.describe,
        ...(flag.alias === undefined ? {} : { alias: flag.alias }),
        ...(typeof kind === 'string' ? { type: kind === 'boolean' ? 'boolean' : 'string' } : { choices: kind }),
      }),
    y,
  );
}

/** Why a plain flag given is refused (a usage error), when one is. */
export function refusedPlainFlag(args: Readonly<Record<string, unknown>>): string | undefined {
  for (const { flag, name } of plainFlags()) {
    const value = args[name];
    const refused = typeof value === 'string' ? flag.refuse?.(value) : undefined;
    if (refused !== undefined) return refused;
  }
  return undefined;
}

/** The plain settings the flags given set (yargs' values, of the kinds declared), undefined where not given. */
export function plainFlagLayer(args: Readonly<Record<string, unknown>>): Partial<PlainSettings> {
  return Object.fromEntries(plainFlags().map(({ key, name }) => [settingName(key), args[name]])) as Partial<PlainSettings>;
}
