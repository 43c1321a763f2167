import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { starterConfig } from '../../src/cli/starter-files.js';
import { configJsonSchema, knownKeysAt } from '../../src/config/config-json-schema.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { repoRoot } from '../helpers/run-cli.js';

test('pubcv.schema.json is generated from the config schema and up to date (npm run schema)', () => {
  const committed = readFileSync(join(repoRoot, 'pubcv.schema.json'), 'utf8');
  assert.equal(committed, `${JSON.stringify(configJsonSchema(), null, 2)}\n`, 'run `npm run schema` and commit pubcv.schema.json');
});

test('the schema is strict and documented: no unknown keys, a description on every top-level key', () => {
  const schema = configJsonSchema() as { additionalProperties?: unknown; properties: Record<string, { description?: string }> };
  assert.equal(schema.additionalProperties, false);
  for (const [key, value] of Object.entries(schema.properties)) assert.ok(value.description, `${key} has a description`);
  assert.deepEqual(knownKeysAt(['page']), ['size', 'margins', 'font']);
  assert.ok(knownKeysAt(['profiles', 'short']).includes('sections'));
  assert.ok(!knownKeysAt(['profiles', 'short']).includes('profiles'), 'profiles do not nest');
});

test('the starter config `pubcv init` writes is valid, with and without inputs, with an owner guessed or given', () => {
  const owners = [undefined, { names: ['Vasilescu, Bogdan'], guessed: { entries: 13, total: 13 } }, { names: ['Sui, Yang', 'Sui, Y.'] }];
  for (const [inputs, owner] of [
    [[], owners[0]],
    [['refs.bib', 'papers/zotero.json'], owners[1]],
    [['refs.bib'], owners[2]],
  ] as const) {
    const text = starterConfig(inputs, 'https://raw.githubusercontent.com/o/pubcv/v1.2.3/pubcv.schema.json', owner);
    assert.deepEqual(parseConfig(text, 'pubcv.config.yaml').diagnostics, []);
    assert.match(text, /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/o\/pubcv\/v1\.2\.3\/pubcv\.schema\.json$/m);
    // The commented examples are valid too, once uncommented.
    const examples = text.replace(/^# ((?:sections|numbering|profiles| {2}short):)/gm, '$1');
    assert.deepEqual(parseConfig(examples, 'pubcv.config.yaml').diagnostics, []);
    assert.notEqual(examples, text);
  }
});
