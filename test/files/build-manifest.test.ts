import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareManifests, makeManifest, parseManifest, serializeManifest } from '../../src/files/build-manifest.js';
import type { SourceRecord } from '../../src/model/record.js';
import { DEFAULT_LAYOUT, type Document } from '../../src/model/index.js';

function doc(entries: Array<{ id: string; text: string }>): Document {
  return {
    title: 'Publications',
    lang: 'en',
    date: '2026-01-01',
    style: 'apa',
    highlight: 'bold',
    layout: DEFAULT_LAYOUT,
    sections: [{ id: 's', title: '', entries: entries.map((e) => ({ id: e.id, runs: [{ text: e.text, marks: [] }] })) }],
  };
}

function record(id: string, title: string, extra: Record<string, unknown> = {}): SourceRecord {
  return { item: { id, type: 'article', title, ...extra }, source: { file: 'refs.bib' } };
}

test('a second build reports entries new, changed (source or rendering) and removed', () => {
  const before = makeManifest(
    doc([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ]),
    [record('a', 'A'), record('b', 'B'), record('c', 'C')],
  );
  const after = makeManifest(
    doc([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B2' },
      { id: 'd', text: 'D' },
    ]),
    [record('a', 'A', { note: 'x' }), record('b', 'B'), record('d', 'D')],
  );
  assert.deepEqual(compareManifests(before, after), { new: ['d'], changed: ['a', 'b'], removed: ['c'], firstBuild: false });
});

test('the first build into a folder: every entry is new', () => {
  const manifest = makeManifest(doc([{ id: 'a', text: 'A' }]), [record('a', 'A')]);
  assert.deepEqual(compareManifests(undefined, manifest), { new: ['a'], changed: [], removed: [], firstBuild: true });
});

test('reordering a record’s fields is not a change', () => {
  const one = makeManifest(doc([{ id: 'a', text: 'A' }]), [{ item: { id: 'a', type: 'article', title: 'T', DOI: '10.1/x' }, source: { file: 'f' } }]);
  const two = makeManifest(doc([{ id: 'a', text: 'A' }]), [{ item: { DOI: '10.1/x', title: 'T', type: 'article', id: 'a' }, source: { file: 'f' } }]);
  assert.deepEqual(one, two);
});

test('the manifest round-trips through its file form; anything else reads as no manifest', () => {
  const manifest = makeManifest(
    doc([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ]),
    [record('a', 'A'), record('b', 'B')],
  );
  assert.deepEqual(parseManifest(serializeManifest(manifest)), manifest);
  assert.equal(parseManifest('{"version":2,"entries":[]}'), undefined);
  assert.equal(parseManifest('not json'), undefined);
  assert.equal(parseManifest('{"version":1,"entries":[{"id":1}]}'), undefined);
});
