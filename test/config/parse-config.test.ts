import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/parse-config.js';

/** Diagnostics as `line:col code: message`. */
function errors(text: string, file = 'pubcv.config.yaml'): string[] {
  const result = parseConfig(text, file);
  assert.equal(result.value, undefined, 'an invalid config has no value');
  for (const d of result.diagnostics) assert.equal(d.file, file);
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);
}

test('a full config is valid and parsed as written', () => {
  const text = `owner: { name: "Sui, Yang", aliases: ["Sui, Y."] }
inputs: [refs.bib, more.json]
style: ieee
locale: en-GB
formats: pdf
output: cv
highlight: bold-underline
sections:
  by: custom
  list:
    - { title: Selected, selected: true }
    - { title: Journal articles, id: J, types: [journal] }
  rest: Other
  sort: oldest
  undated: first
numbering: { order: reverse, scope: continuous, prefixes: { J: J }, label: "{prefix}{n}." }
filters: { selected: false, since: 2018, until: 2025, types: [journal, conference], keywords: [ml], exclude: [old] }
links: [doi, pdf, code]
link-base: https://me.github.io/assets/pdf/
json-ld: true
abstracts: [html, pdf]
theme: compact
templates: my-templates
page: { size: Letter, margins: 0.75in, font: sans }
header: { title: Selected Publications, subtitle: "2018–2025", updated: false }
max-authors: 5
year-suffix: true
marks: marks.yaml
cache: false
profiles:
  short: { filters: { selected: true }, numbering: none }
  full-list: {}
`;
  const result = parseConfig(text, 'pubcv.config.yaml');
  assert.deepEqual(result.diagnostics, []);
  assert.equal(result.value?.style, 'ieee');
  assert.deepEqual(Object.keys(result.value?.profiles ?? {}), ['short', 'full-list']);
});

test('an unknown key is an error at its line and column, with the closest valid key', () => {
  assert.deepEqual(errors('style: apa\nsectons: type\n'), ["2:1 config-unknown-key: unknown key 'sectons' — did you mean 'sections'?"]);
  assert.deepEqual(errors('numbering:\n  order: reverse\n  prefxes: { journal: J }\n'), [
    "3:3 config-unknown-key: unknown key 'prefxes' in numbering — did you mean 'prefixes'?",
  ]);
  assert.deepEqual(errors('profiles:\n  short:\n    filters: { selectd: true }\n'), [
    "3:16 config-unknown-key: unknown key 'selectd' in profiles.short.filters — did you mean 'selected'?",
  ]);
  // Nothing close: the keys there are are listed.
  assert.match(errors('page: { colour: red }\n')[0] ?? '', /^1:9 config-unknown-key: unknown key 'colour' in page \(known here: size, margins, font\)$/);
});

test('a wrong type says what was expected and what was found, at the value', () => {
  assert.deepEqual(errors('max-authors: three\n'), ['1:14 config-type: max-authors: expected a number, got the text "three"']);
  assert.deepEqual(errors('owner: ["Sui, Yang", 3]\n'), ['1:22 config-type: owner[1]: expected text, got the number 3']);
  assert.deepEqual(errors('abstracts: yes\n'), ['1:12 config-type: abstracts: expected true or false, or a list; got the text "yes"']);
  assert.deepEqual(errors('inputs:\n'), ['1:8 config-type: inputs: expected text, or a list; got nothing']);
  assert.deepEqual(errors('- style: apa\n'), ['1:1 config-type: the config: expected a mapping (key: value), got a list']);
});

test('an unknown value suggests the closest one and lists them all', () => {
  assert.deepEqual(errors('numbering: revers\n'), [
    "1:12 config-value: numbering: unknown value 'revers' — did you mean 'reverse'? (one of none, ascending, reverse)",
  ]);
  assert.deepEqual(errors('page:\n  size: a4\n'), ["2:9 config-value: page.size: unknown value 'a4' — did you mean 'A4'? (one of A4, Letter)"]);
  assert.match(errors('links: [pdf, cod]\n')[0] ?? '', /^1:14 config-value: links\[1\]: unknown value 'cod' — did you mean 'code'\?/);
  assert.match(errors('sections: { by: typ }\n')[0] ?? '', /^1:17 config-value: sections\.by: unknown value 'typ' — did you mean 'type'\?/);
});

test('rules across keys: since after until, both author limits, clashing section ids, bad names', () => {
  assert.deepEqual(errors('filters:\n  since: 2020\n  until: 2010\n'), ['3:10 config-value: until (2010) is before since (2020): no entry could be kept']);
  assert.deepEqual(errors('max-authors: 3\nall-authors: true\n'), ['2:14 config-value: all-authors and max-authors cannot both be set: keep one']);
  assert.deepEqual(errors('sections:\n  by: custom\n  list:\n    - title: Papers\n    - title: papers\n'), [
    "5:14 config-value: two sections would have the id 'papers': give one an id of its own",
  ]);
  assert.deepEqual(errors('profiles:\n  "two words": {}\n'), ["2:3 config-value: profiles: 'two words': a profile name is letters, digits, - and _"]);
  assert.deepEqual(errors('page: { margins: 2 inches }\n'), ['1:18 config-value: page.margins: a length such as 20mm, 2cm, 0.75in or 54pt']);
  assert.deepEqual(errors('numbering: { order: ascending, label: "[J]" }\n'), [
    '1:39 config-value: numbering.label: the label must hold {n}, where the number goes',
  ]);
});

test('every problem is reported at once, in file order', () => {
  assert.deepEqual(
    errors('stlye: apa\nformats: [pdf, rtf]\nhighlight: bolt\n').map((e) => e.split(' ')[0]),
    ['1:1', '2:16', '3:12'],
  );
});

test('YAML syntax errors and duplicate keys carry their position', () => {
  assert.deepEqual(errors('style: apa\nstyle: ieee\n'), ['2:1 config-syntax: Map keys must be unique']);
  assert.match(errors('sections: [type\n')[0] ?? '', /^\d+:\d+ config-syntax: /);
});

test('a JSON config is read the same way, positions included', () => {
  assert.deepEqual(parseConfig('{\n\t"style": "apa",\n\t"formats": ["pdf", "html"]\n}\n', 'pubcv.config.json').diagnostics, []);
  assert.deepEqual(errors('{\n\t"style": "apa",\n\t"sectoins": "type"\n}\n', 'pubcv.config.json'), [
    "3:2 config-unknown-key: unknown key 'sectoins' — did you mean 'sections'?",
  ]);
});

test('an empty file is an empty config', () => {
  assert.deepEqual(parseConfig('# nothing yet\n', 'pubcv.config.yaml'), { value: {}, diagnostics: [] });
});

test('messages: a misspelt key is an error with the closest catalogue key', () => {
  assert.deepEqual(errors('messages:\n  link.cod: Quelltext\n'), ["2:3 config-unknown-key: unknown key 'link.cod' in messages — did you mean 'link.code'?"]);
});
