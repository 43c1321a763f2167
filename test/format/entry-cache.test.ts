import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { cvModeStyle } from '../../src/format/cv-mode-style.js';
import { EntryCache } from '../../src/format/entry-cache.js';
import type { CslItem } from '../../src/model/record.js';

const apa = cvModeStyle(bundledStyle('apa')!);
const ieee = cvModeStyle(bundledStyle('ieee')!);
const item: CslItem = { id: 'a', type: 'article-journal', title: 'Widgets', author: [{ family: 'Sui', given: 'Yang' }], issued: { 'date-parts': [[2024]] } };
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pubcv-cache-test-'));
  dirs.push(dir);
  return dir;
}

after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

test('an entry stored under its key is found again after saving and loading', async () => {
  const dir = await tempDir();
  const key = EntryCache.itemKey(EntryCache.contextKey({ style: apa, lang: undefined }), item);
  const cache = await EntryCache.load(dir);
  assert.equal(cache.get(key), undefined);
  cache.set(key, '<div class="csl-entry">Sui, Y.</div>');
  await cache.save();
  const again = await EntryCache.load(dir);
  assert.equal(again.get(key), '<div class="csl-entry">Sui, Y.</div>');
});

test('a change of style, locale or item is a different key', () => {
  const apaKey = EntryCache.contextKey({ style: apa, lang: undefined });
  assert.equal(apaKey, EntryCache.contextKey({ style: cvModeStyle(bundledStyle('apa')!), lang: undefined }));
  assert.notEqual(apaKey, EntryCache.contextKey({ style: ieee, lang: undefined }));
  assert.notEqual(apaKey, EntryCache.contextKey({ style: apa, lang: 'de-DE' }));
  assert.notEqual(apaKey, EntryCache.contextKey({ style: bundledStyle('apa')!, lang: undefined }));
  const key = EntryCache.itemKey(apaKey, item);
  assert.equal(key, EntryCache.itemKey(apaKey, { ...item }));
  assert.notEqual(key, EntryCache.itemKey(apaKey, { ...item, title: 'Widgets, revised' }));
  assert.notEqual(key, EntryCache.itemKey(apaKey, { ...item, author: [{ family: '<sub><sup>Sui</sup></sub>', given: '<sub><sup>Yang</sup></sub>' }] }));
});

test('a corrupt, foreign or unreadable cache file is an empty cache, and is replaced on save', async () => {
  for (const text of ['{"format":1,"entries":{"k":"v"', 'null', '[]', '{"format":999,"entries":{"k":"v"}}', '{"format":1,"entries":{"k":5}}']) {
    const dir = await tempDir();
    await writeFile(join(dir, 'entries.json'), text);
    const cache = await EntryCache.load(dir);
    assert.equal(cache.get('k'), undefined, text);
    cache.set('k2', 'html');
    await cache.save();
    assert.equal((await EntryCache.load(dir)).get('k2'), 'html');
  }
  const dir = await tempDir();
  await mkdir(join(dir, 'entries.json'));
  assert.equal((await EntryCache.load(dir)).get('k'), undefined);
});

test('a cache with nothing new is not rewritten, and an in-memory cache writes nothing', async () => {
  const dir = await tempDir();
  const cache = await EntryCache.load(dir);
  cache.set('k', 'html');
  await cache.save();
  const before = await readFile(join(dir, 'entries.json'), 'utf8');
  await writeFile(join(dir, 'entries.json'), before.replace('html', 'HTML'));
  const again = await EntryCache.load(dir);
  assert.equal(again.get('k'), 'HTML');
  await again.save();
  assert.match(await readFile(join(dir, 'entries.json'), 'utf8'), /HTML/);
  const memory = EntryCache.inMemory();
  memory.set('k', 'html');
  await memory.save();
  assert.equal(memory.get('k'), 'html');
});

test('a blank stored entry is discarded on load, so the entry is formatted again instead of printed blank', async () => {
  const dir = await tempDir();
  const key = EntryCache.itemKey(EntryCache.contextKey({ style: apa, lang: undefined }), item);
  for (const html of ['', '   ', '<div class="csl-entry"></div>']) {
    await writeFile(join(dir, 'entries.json'), JSON.stringify({ format: 1, entries: { [key]: html } }));
    assert.equal((await EntryCache.load(dir)).get(key), undefined, JSON.stringify(html));
  }
});
