import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/parse-config.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { lockPathFor } from '../../src/enrich/find-lock.js';

function loaded(text: string) {
  const parsed = parseConfig(text, 'cv/pubcv.config.yaml');
  assert.deepEqual(parsed.diagnostics, []);
  return { path: 'cv/pubcv.config.yaml', text, config: parsed.value! };
}

test('the lock is beside the config file, or where its `lock:` says, or nowhere with `lock: false` or --no-lock', () => {
  assert.equal(resolveConfig(loaded('inputs: refs/a.bib\n')).lock, join('cv', 'pubcv.lock.json'));
  assert.equal(resolveConfig(loaded('inputs: a.bib\nlock: data/my.lock.json\n')).lock, join('cv', 'data', 'my.lock.json'));
  assert.equal(resolveConfig(loaded('inputs: a.bib\nlock: false\n')).lock, false);
  assert.equal(resolveConfig(loaded('inputs: a.bib\n'), { flags: { lock: false } }).lock, false);
  // build() resolves what it is given once more: `false` stays false, not the default place.
  assert.equal(resolveSettings(resolveConfig(loaded('inputs: a.bib\nlock: false\n'))).lock, false);
  assert.equal(resolveConfig(undefined).lock, undefined);
});

test('with no config, the lock is beside the first input file; none for stdin or the bundled example', () => {
  assert.equal(lockPathFor(undefined, ['refs/a.bib', 'b.bib']), join('refs', 'pubcv.lock.json'));
  assert.equal(lockPathFor(undefined, ['-']), undefined);
  assert.equal(lockPathFor(undefined, []), undefined);
  assert.equal(lockPathFor(false, ['a.bib']), undefined);
  assert.equal(lockPathFor('x.json', ['a.bib']), 'x.json');
});

test('the enrich settings are validated strictly and resolved from the file', () => {
  const config = resolveConfig(
    loaded('inputs: a.bib\nenrich:\n  contact: me@example.org\n  sources: [dblp, crossref]\n  endpoints: { crossref: "http://127.0.0.1:9/crossref" }\n'),
  );
  assert.deepEqual(config.enrich, { contact: 'me@example.org', sources: ['dblp', 'crossref'], endpoints: { crossref: 'http://127.0.0.1:9/crossref' } });
  const bad = parseConfig('enrich:\n  sources: [scholar]\n  contct: x\n', 'c.yaml').diagnostics.map((d) => [d.code, d.line]);
  assert.deepEqual(bad, [
    ['config-value', 2],
    ['config-unknown-key', 3],
  ]);
});
