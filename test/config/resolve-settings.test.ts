import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../src/config/config-defaults.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { DEFAULT_LAYOUT } from '../../src/model/index.js';
import { DEFAULT_SELECTION } from '../../src/model/settings.js';

test('nothing set: every default', () => {
  assert.deepEqual(resolveSettings(), DEFAULT_SETTINGS);
  assert.deepEqual(resolveSettings({}, {}), DEFAULT_SETTINGS);
});

test('later layers win; mappings are merged key by key, lists replaced', () => {
  const file = { style: 'ieee', layout: { pageSize: 'Letter' as const }, selection: { filters: { since: 2015, types: ['journal' as const] } } };
  const flags = { style: 'nature', layout: { marginMm: 15 }, selection: { filters: { types: ['preprint' as const] } } };
  const settings = resolveSettings(file, flags);
  assert.equal(settings.style, 'nature');
  assert.deepEqual(settings.layout, { ...DEFAULT_LAYOUT, pageSize: 'Letter', marginMm: 15 });
  assert.deepEqual(settings.selection.filters, { ...DEFAULT_SELECTION.filters, since: 2015, types: ['preprint'] });
  assert.deepEqual(settings.selection.sections, DEFAULT_SELECTION.sections);
});

test('undefined in a layer is "not set here": it never unsets a lower layer or a default', () => {
  const settings = resolveSettings({ theme: 'compact', header: { updated: false } }, { theme: undefined, header: { subtitle: undefined, updated: undefined } });
  assert.equal(settings.theme, 'compact');
  assert.deepEqual(settings.header, { updated: false });
  assert.equal(resolveSettings({ cache: undefined }).cache, true);
});

test('false, 0 and empty lists are values, not gaps', () => {
  const settings = resolveSettings({ cache: false, links: [], authors: 1, lock: false, notes: false });
  assert.deepEqual([settings.cache, settings.links, settings.authors, settings.lock, settings.notes], [false, [], 1, false, false]);
});

test('an empty format list asks for the default formats, as build() always took it', () => {
  assert.deepEqual(resolveSettings({ formats: [] }).formats, DEFAULT_SETTINGS.formats);
  assert.deepEqual(resolveSettings({ formats: ['txt'] }).formats, ['txt']);
});
