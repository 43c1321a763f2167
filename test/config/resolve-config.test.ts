import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../src/config/config-defaults.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { resolveConfig, type LoadedConfig } from '../../src/config/resolve-config.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { UserError } from '../../src/model/errors.js';
import { DEFAULT_LAYOUT } from '../../src/model/index.js';
import { LINK_KINDS, DEFAULT_NUMBERING, DEFAULT_SELECTION } from '../../src/model/settings.js';

function loaded(text: string, path = 'pubcv.config.yaml'): LoadedConfig {
  const parsed = parseConfig(text, path);
  assert.deepEqual(parsed.diagnostics, []);
  assert.ok(parsed.value);
  return { path, text, config: parsed.value };
}

test('no config, no flags: every default, applied in one place', () => {
  const resolved = resolveConfig(undefined);
  assert.deepEqual(resolved, {
    names: [],
    owner: { none: false, only: [] },
    people: { names: [], file: undefined, mark: 'double-dagger', legend: undefined },
    inputs: [],
    style: 'apa',
    locale: undefined,
    formats: ['pdf', 'docx', 'html'],
    output: 'output',
    highlight: 'bold',
    authors: 'style',
    marks: undefined,
    cache: true,
    citations: { entries: false, summary: false, maxAge: 180 },
    yearSuffix: false,
    selection: DEFAULT_SELECTION,
    numbering: DEFAULT_NUMBERING,
    links: LINK_KINDS,
    linkBase: undefined,
    jsonLd: false,
    notes: true,
    abstracts: ['html'],
    theme: 'default',
    templates: undefined,
    layout: DEFAULT_LAYOUT,
    title: undefined,
    header: { updated: true },
    lock: undefined,
    messages: {},
    overrides: {},
    configFile: undefined,
    enrich: undefined,
    profile: undefined,
  });
  assert.equal(resolved.style, DEFAULT_SETTINGS.style);
});

test('the config fills the settings; paths are relative to its folder', () => {
  const config = loaded(
    `owner: { name: "Sui, Yang", aliases: ["Sui, Y."] }
inputs: [refs.bib, /abs/more.json]
style: styles/mine.csl
output: out
marks: marks.yaml
templates: tpl
sections: type
numbering: reverse
links: false
abstracts: true
page: { size: Letter, margins: 2cm }
header: { subtitle: Since 2019, updated: false }
all-authors: true
`,
    join('cv', 'pubcv.config.yaml'),
  );
  const r = resolveConfig(config);
  assert.deepEqual(r.names, ['Sui, Yang', 'Sui, Y.']);
  assert.deepEqual(r.inputs, [join('cv', 'refs.bib'), '/abs/more.json']);
  assert.equal(r.style, join('cv', 'styles/mine.csl'));
  assert.equal(r.output, join('cv', 'out'));
  assert.equal(r.marks, join('cv', 'marks.yaml'));
  assert.equal(r.templates, join('cv', 'tpl'));
  assert.equal(r.selection.sections.by, 'type');
  assert.equal(r.selection.sections.sort, 'newest', 'defaults fill what the config leaves out');
  assert.deepEqual(r.numbering, { ...DEFAULT_NUMBERING, order: 'reverse' });
  assert.deepEqual(r.links, []);
  assert.ok(r.abstracts.includes('pdf') && r.abstracts.includes('docx'));
  assert.deepEqual(r.layout, { pageSize: 'Letter', marginMm: 20, font: 'serif' });
  assert.deepEqual(r.header, { subtitle: 'Since 2019', updated: false });
  assert.equal(r.authors, 'all');
  assert.equal(r.configFile, join('cv', 'pubcv.config.yaml'));
});

test('owner as a string or a list; margins in any unit come out in millimetres', () => {
  assert.deepEqual(resolveConfig(loaded('owner: "Sui, Yang"\n')).names, ['Sui, Yang']);
  assert.deepEqual(resolveConfig(loaded('owner: ["Sui, Yang", "Sui, Y."]\n')).names, ['Sui, Yang', 'Sui, Y.']);
  assert.equal(resolveConfig(loaded('page: { margins: 0.75in }\n')).layout.marginMm, 19.05);
  assert.equal(resolveConfig(loaded('page: { margins: 54pt }\n')).layout.marginMm, 19.05);
  assert.equal(resolveConfig(loaded('page: { margins: 15 }\n')).layout.marginMm, 15);
});

const WITH_PROFILES = `style: apa
sections: { by: type, titles: { journal: Articles } }
numbering: { order: reverse, prefixes: { journal: J } }
filters: { since: 2015 }
max-authors: 10
profiles:
  short:
    style: ieee
    sections: { titles: { conference: Talks } }
    numbering: { scope: continuous }
    filters: { selected: true }
    all-authors: true
`;

test('a profile overrides the config: mappings merged key by key, values replaced', () => {
  const r = resolveConfig(loaded(WITH_PROFILES), { profile: 'short' });
  assert.equal(r.style, 'ieee');
  assert.equal(r.selection.sections.by, 'type');
  assert.deepEqual(r.selection.sections.titles, { journal: 'Articles', conference: 'Talks' });
  assert.deepEqual(r.numbering, { ...DEFAULT_NUMBERING, order: 'reverse', scope: 'continuous', prefixes: { journal: 'J' } });
  assert.deepEqual(r.selection.filters, { ...DEFAULT_SELECTION.filters, since: 2015, selected: true });
  assert.equal(r.authors, 'all', "the profile's all-authors replaces the file's max-authors");
  assert.equal(r.profile, 'short');
});

test('flags given explicitly beat the profile, which beats the config', () => {
  const r = resolveConfig(loaded(WITH_PROFILES), { profile: 'short', flags: { style: 'nature', authors: 3, selection: { filters: { since: 2020 } } } });
  assert.equal(r.style, 'nature');
  assert.equal(r.authors, 3);
  assert.deepEqual(r.selection.filters, { ...DEFAULT_SELECTION.filters, since: 2020, selected: true });
  // Flags not given leave the config alone.
  assert.equal(resolveConfig(loaded(WITH_PROFILES), { flags: {} }).style, 'apa');
});

test('notes: false in the config turns notes off for the build; the --notes flag turns them back on', () => {
  assert.equal(resolveConfig(loaded('notes: false\n')).notes, false);
  assert.equal(resolveConfig(loaded('notes: false\n'), { flags: { notes: true } }).notes, true);
});

test('an unknown profile is a usage error with the closest name', () => {
  assert.throws(
    () => resolveConfig(loaded(WITH_PROFILES), { profile: 'shrt' }),
    (e: unknown) =>
      e instanceof UserError &&
      e.exitCode === 2 &&
      /unknown profile 'shrt' in pubcv\.config\.yaml — did you mean 'short'\? \(profiles: short\)/.test(e.message),
  );
  assert.throws(() => resolveConfig(undefined, { profile: 'short' }), /no pubcv\.config\.yaml was found/);
});

test('the resolved settings are what build() takes: resolving them again changes nothing', () => {
  const { enrich, profile, ...settings } = resolveConfig(loaded('owner: "Sui, Yang"\ninputs: refs.bib\nlocale: de\noutput: cv\nformats: [html]\n'));
  assert.deepEqual([enrich, profile], [undefined, undefined]);
  assert.deepEqual(settings.inputs, ['refs.bib']);
  assert.deepEqual(settings.names, ['Sui, Yang']);
  assert.equal(settings.output, 'cv');
  assert.equal(settings.locale, 'de');
  assert.deepEqual(settings.formats, ['html']);
  assert.deepEqual(settings.selection, DEFAULT_SELECTION);
  assert.equal(settings.theme, 'default');
  assert.deepEqual(resolveSettings(settings), settings);
});

test("messages: a profile's texts are merged over the file's, key by key", () => {
  const text = 'messages: { document.title: Schriften, link.code: Quelltext }\nprofiles:\n  short:\n    messages: { document.title: Auswahl }\n';
  assert.deepEqual(resolveConfig(loaded(text), { profile: 'short' }).messages, { 'document.title': 'Auswahl', 'link.code': 'Quelltext' });
});

test('owner: false and owner-only in the config; a --name undoes owner: false', () => {
  const owned = resolveConfig(loaded('owner: false\nowner-only: [author, editor]\n'));
  assert.deepEqual([owned.names, owned.owner], [[], { none: true, only: ['author', 'editor'] }]);
  assert.deepEqual(resolveConfig(loaded('owner-only: true\n')).owner, { none: false, only: ['author'] });
  const named = resolveConfig(loaded('owner: false\n'), { flags: { names: ['Sui, Yang'], owner: { none: false } } });
  assert.deepEqual([named.names, named.owner.none], [['Sui, Yang'], false]);
});
