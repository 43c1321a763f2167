import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import yargs from 'yargs';
import { settingsFromFlags } from '../../src/cli/config-options.js';
import { refusedPlainFlag, withPlainFlags } from '../../src/cli/plain-flags.js';
import { DEFAULT_SETTINGS } from '../../src/config/config-defaults.js';
import { configJsonSchema } from '../../src/config/config-json-schema.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { plainSettings, settingName, type PlainKind } from '../../src/config/plain-settings.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { Settings } from '../../src/config/settings.js';
import { tempDir } from '../helpers/temp-dir.js';

// A plain setting is one row of config/plain-settings.ts; everything else is made from it. These
// tests go over the table, so a new row is held to all of it with no test of its own: its config
// key in the schema (description, default), its default in Settings, its value from a config
// file (a path relative to the file) and from its flag, which wins over the file.

/** A value of each kind other than the default. */
function someValue(kind: PlainKind, value: string | boolean | undefined): string | boolean {
  if (typeof kind !== 'string') return kind.find((word) => word !== value) ?? kind[0];
  const values = { text: 'de-DE', path: 'some/folder', style: 'styles/mine.csl', url: 'https://me.example.org/pdf/', boolean: value !== true };
  return values[kind];
}

/** What `value` of this kind in a config file in `dir` is in Settings. */
function inSettings(kind: PlainKind, value: string | boolean, dir: string): unknown {
  return kind === 'path' || kind === 'style' ? join(dir, String(value)) : value;
}

const ROWS = plainSettings();
const SCHEMA = configJsonSchema() as { properties: Record<string, { description?: string; default?: unknown }> };

test('every plain setting is a config key with its description and default, and a Settings field with that default', () => {
  assert.ok(ROWS.length >= 12);
  for (const [key, setting] of ROWS) {
    assert.equal(SCHEMA.properties[key]?.description, setting.description, key);
    assert.equal(SCHEMA.properties[key]?.default, setting.default, key);
    const field = settingName(key) as keyof Settings;
    assert.ok(Object.hasOwn(DEFAULT_SETTINGS, field), `${key}: Settings.${field}`);
    assert.equal(DEFAULT_SETTINGS[field], setting.default, key);
  }
});

test('every plain setting flows from a config file into Settings (paths relative to the file), and its flag wins over the file', async () => {
  const dir = tempDir('plain-settings');
  const path = join(dir, 'pubcv.config.yaml');
  const written = ROWS.map(([key, setting]) => [key, setting, someValue(setting.kind, setting.default)] as const);
  const text = written.map(([key, , value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
  writeFileSync(path, text, { flag: 'wx' });
  const parsed = parseConfig(text, path);
  assert.deepEqual(parsed.diagnostics, []);
  assert.ok(parsed.value);
  const fromFile = resolveConfig({ path, text, config: parsed.value });
  for (const [key, setting, value] of written) assert.deepEqual(fromFile[settingName(key) as keyof Settings], inSettings(setting.kind, value, dir), key);

  // The flags as `pubcv build` parses them, over the same file: each flag's value wins.
  const flagged = written.filter(([, setting]) => setting.flag !== undefined);
  assert.ok(flagged.length >= 12);
  const argv = flagged.flatMap(([key, setting, value]) => {
    const name = setting.flag?.name ?? key;
    // The file holds the value other than the default: the flag gives the default back (a flag's path is taken as given).
    const given = setting.default ?? (setting.kind === 'url' ? 'https://flag.example.org/' : `flag-${String(value)}`);
    return typeof given === 'boolean' ? [given ? `--${name}` : `--no-${name}`] : [`--${name}`, given];
  });
  const args = await withPlainFlags(yargs([]).strict()).parseAsync(argv);
  assert.equal(refusedPlainFlag(args), undefined);
  const fromFlags = await settingsFromFlags({ ...args, inputs: ['refs.bib'], config: path });
  for (const [key, setting, value] of flagged) {
    const expected = setting.default ?? (setting.kind === 'url' ? 'https://flag.example.org/' : `flag-${String(value)}`);
    assert.deepEqual(fromFlags[settingName(key) as keyof Settings], expected, `--${setting.flag?.name ?? key}`);
  }
});

test('a flag whose table refuses a value is refused before anything is read: --link-base that is no http(s) URL', async () => {
  const args = await withPlainFlags(yargs([])).parseAsync(['--link-base', 'ftp://example.org/']);
  assert.match(refusedPlainFlag(args) ?? '', /^--link-base must be an http\(s\) URL/);
});

test('every config key is a plain setting or one config-layer.ts maps by hand into Settings', () => {
  // The hand-mapped keys, with a value that changes what they map to: a new one must be added here, and mapped.
  const mapped: Record<string, { readonly value: unknown; readonly field: keyof Settings }> = {
    owner: { value: 'Roe, Ann', field: 'names' },
    'owner-only': { value: true, field: 'owner' },
    people: { value: ['Doe, Jo'], field: 'people' },
    inputs: { value: 'refs.bib', field: 'inputs' },
    formats: { value: 'txt', field: 'formats' },
    sections: { value: 'year', field: 'selection' },
    numbering: { value: 'reverse', field: 'numbering' },
    filters: { value: { since: 2020 }, field: 'selection' },
    links: { value: false, field: 'links' },
    abstracts: { value: false, field: 'abstracts' },
    page: { value: { size: 'Letter' }, field: 'layout' },
    header: { value: { subtitle: 'Since 2019' }, field: 'header' },
    messages: { value: { 'document.title': 'Papers' }, field: 'messages' },
    citations: { value: true, field: 'citations' },
    'max-authors': { value: 3, field: 'authors' },
    'all-authors': { value: true, field: 'authors' },
    overrides: { value: { smith2020: { title: 'T' } }, field: 'overrides' },
    lock: { value: false, field: 'lock' },
  };
  const plain = new Set<string>(ROWS.map(([key]) => key));
  const notSettings = ['$schema', 'enrich', 'profiles'];
  const keys = Object.keys(SCHEMA.properties).filter((key) => !plain.has(key) && !notSettings.includes(key));
  assert.deepEqual(keys.sort(), Object.keys(mapped).sort());
  const none = resolveConfig(undefined);
  for (const [key, { value, field }] of Object.entries(mapped)) {
    const text = JSON.stringify({ [key]: value });
    const parsed = parseConfig(text, 'pubcv.config.json');
    assert.deepEqual(parsed.diagnostics, [], key);
    assert.ok(parsed.value);
    const settings = resolveConfig({ path: 'pubcv.config.json', text, config: parsed.value });
    assert.notDeepEqual(settings[field], none[field], `${key} sets ${field}`);
  }
});
