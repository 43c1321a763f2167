import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownKeysAt } from '../../src/config/config-json-schema.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { resolveConfig } from '../../src/config/resolve-config.js';

const FILE = 'cv/pubcv.config.yaml';

function resolved(text: string, profile?: string) {
  const parsed = parseConfig(text, FILE);
  assert.deepEqual(parsed.diagnostics, []);
  return resolveConfig({ path: FILE, text, config: parsed.value! }, profile !== undefined ? { profile } : {});
}

const CONFIG = `style: apa
overrides:
  leal2014: { kind: conference, venue: "IEEE Conference on Computer Vision and Pattern Recognition (CVPR)" }
  "doe:2019":
    title: A journal paper
    year: 2020-06
    DOI: 10.1000/xyz
    volume: 3
    note: null
    author: ["Doe, Jane", "The ACME Consortium"]
    section: invited
    selected: true
profiles:
  short:
    overrides:
      leal2014: { year: 2015 }
`;

test('overrides become CSL-JSON fields by their CSL names, with where each is written', () => {
  const { overrides } = resolved(CONFIG);
  assert.deepEqual(overrides.leal2014, {
    fields: { 'container-title': 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)' },
    kind: 'conference',
    section: undefined,
    selected: undefined,
    file: FILE,
    line: 3,
    column: 3,
  });
  assert.deepEqual(overrides['doe:2019'], {
    fields: {
      title: 'A journal paper',
      issued: { 'date-parts': [[2020, 6]] },
      DOI: '10.1000/xyz',
      volume: 3,
      note: null,
      author: [{ family: 'Doe', given: 'Jane' }, { literal: 'The ACME Consortium' }],
    },
    kind: undefined,
    section: 'invited',
    selected: true,
    file: FILE,
    line: 4,
    column: 3,
  });
});

test("a profile's overrides merge with the file's, entry by entry and field by field, and point at the profile", () => {
  const leal = resolved(CONFIG, 'short').overrides.leal2014;
  assert.deepEqual(leal?.fields, {
    'container-title': 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    issued: { 'date-parts': [[2015]] },
  });
  assert.equal(leal?.kind, 'conference');
  assert.deepEqual([leal?.line, leal?.column], [16, 7]);
});

/** Diagnostics as `line:col code: message`. */
function errors(text: string): string[] {
  return parseConfig(text, FILE).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);
}

test('override keys are checked: a misspelt one gets a did-you-mean, values their type', () => {
  const found = errors(`overrides:
  a: { titel: X }
  b: { kind: poster }
  c: { year: June 2019 }
  d: { author: "Doe, Jane" }
  e: { venue: X, container-title: Y }
  f: { type: inproceedings }
`);
  assert.match(found[0]!, /^2:8 config-unknown-key: unknown key 'titel' in overrides\.a — did you mean 'title'\?/);
  assert.match(found[1]!, /^3:14 config-/);
  assert.match(found[1]!, /journal, conference, preprint, book, thesis, other/);
  assert.match(found[2]!, /^4:14 config-.*(2019, "2019-06" or "2019-06-17"|a number)/);
  assert.match(found[3]!, /^5:16 config-.*a list/);
  assert.match(found[4]!, /^6:15 config-.*venue and container-title are one field: keep one/);
  assert.match(found[5]!, /^7:14 config-/);
  assert.equal(found.length, 6);
});

test('the JSON Schema lists every overridable field for editors', () => {
  const keys = knownKeysAt(['overrides', 'any-id']);
  for (const key of ['kind', 'section', 'selected', 'type', 'venue', 'year', 'title', 'container-title', 'issued', 'DOI', 'URL', 'note', 'author', 'page']) {
    assert.ok(keys.includes(key), key);
  }
  for (const key of ['id', 'custom']) assert.ok(!keys.includes(key), key);
  assert.ok(knownKeysAt(['profiles', 'short', 'overrides', 'x']).includes('kind'));
});
