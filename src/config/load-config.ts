import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { userError } from '../model/errors.js';
import { ConfigError } from '../text/config-error.js';
import type { LoadedConfig } from './resolve-config.js';
import { decodeText } from '../text/decode-text.js';

/** The names a config file is found under in the working folder, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['pubcv.config.yaml', 'pubcv.config.yml', 'pubcv.config.json'] as const;

async function readText(path: string): Promise<string | undefined> {
  try {
    return decodeText(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw userError({ code: 'config-unreadable', message: `cannot read config file ${path}: ${(error as Error).message}`, file: path }, 2);
  }
}

/**
 * Reads the config file: `path` when given (a missing one is a usage error, exit 2), else the first
 * of CONFIG_FILE_NAMES in `dir`; undefined when there is none. A file with any error — bad YAML,
 * an unknown key, a wrong type — throws a ConfigError holding all of them (exit 1).
 */
export async function loadConfig(options: { readonly path?: string; readonly dir?: string } = {}): Promise<LoadedConfig | undefined> {
  const dir = options.dir ?? process.cwd();
  const candidates = options.path !== undefined ? [options.path] : CONFIG_FILE_NAMES.map((name) => join(dir, name));
  for (const candidate of candidates) {
    const text = await readText(candidate);
    if (text === undefined) continue;
    // Reported relative to the working folder, as input files are.
    const path = options.path ?? (relative(process.cwd(), candidate) || candidate);
    // Loaded only when there is a config file: its schema brings zod.
    const { parseConfig } = await import('./parse-config.js');
    const parsed = parseConfig(text, path);
    if (!parsed.value) throw new ConfigError(parsed.diagnostics, { path, text });
    return { path, text, config: parsed.value };
  }
  if (options.path !== undefined) throw userError({ code: 'config-not-found', message: `cannot read config file ${options.path}`, file: options.path }, 2);
  return undefined;
}
