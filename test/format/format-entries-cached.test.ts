import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type EntryHtml, fillCitationNumber, NUMBER_SLUG, renderEntriesAlone, renderEntriesTogether } from '../../src/format/csl-engine.js';
import { bundledStyle } from '../../src/format/csl-style.js';
import { cvModeStyle } from '../../src/format/cv-mode-style.js';
import { EntryCache } from '../../src/format/entry-cache.js';
import { formatEntriesCached } from '../../src/format/format-entries-cached.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { renderEntriesInParallel, runFormatWorker } from '../../src/format/render-parallel.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText } from '../../src/model/index.js';

const apa = bundledStyle('apa')!;
const ieee = bundledStyle('ieee')!;
const owner = { family: '<sub><sup>Sui</sup></sub>', given: '<sub><sup>Yang</sup></sub>' };

function item(i: number, extra: Partial<CslItem> = {}): CslItem {
  return {
    id: `p${i}`,
    type: i % 2 === 0 ? 'article-journal' : 'paper-conference',
    title: `Study ${i} of Čapek's widgets`,
    author: [{ family: 'Müller', given: 'Ana' }, owner, { family: `Coauthor${i}`, given: 'Bo' }],
    'container-title': 'Journal of Tests',
    issued: { 'date-parts': [[2000 + (i % 5)]] },
    DOI: `10.1000/test.${i}`,
    ...extra,
  };
}

/** The HTML citeproc gave an entry; an entry it could not format fails the test. */
function htmlOf(entry: EntryHtml | undefined): string {
  if (typeof entry !== 'string') assert.fail(`not formatted: ${entry?.error}`);
  return entry;
}

const items = Array.from({ length: 12 }, (_, i) => item(i));
const texts = (entries: ReadonlyArray<{ runs: Parameters<typeof plainText>[0] }>) => entries.map((e) => plainText(e.runs));

test('formatting entries one by one gives what formatting them together gives', () => {
  for (const style of [cvModeStyle(apa), cvModeStyle(ieee)]) {
    const alone = renderEntriesAlone(items, style, undefined).map((html, i) => fillCitationNumber(htmlOf(html), i + 1));
    const together = renderEntriesTogether(items, style, undefined).map((html) => String(html).replace(/ data-csl-entry-id="[^"]*"/, ''));
    assert.deepEqual(alone, together);
  }
});

test('an entry formatted alone carries a placeholder for its number until it is filled in', () => {
  const html = htmlOf(renderEntriesAlone([item(0)], cvModeStyle(ieee), undefined)[0]);
  assert.ok(html.includes(NUMBER_SLUG));
  assert.match(fillCitationNumber(html, 42), /\[42\]/);
});

test('the cached, multi-threaded path gives the plain path result, in every style and locale', async () => {
  for (const [style, lang] of [
    [apa, undefined],
    [ieee, undefined],
    [apa, 'de-DE'],
  ] as const) {
    const options = lang ? { lang } : {};
    const plain = formatEntries(items, style, options);
    const cache = EntryCache.inMemory();
    assert.deepEqual(await formatEntriesCached(items, style, { ...options, cache, threads: 1 }), plain);
    assert.deepEqual(await formatEntriesCached(items, style, { ...options, cache, threads: 1 }), plain);
  }
});

test('cached entries are used as they are, and numbered where they now stand', async () => {
  const cache = EntryCache.inMemory();
  await formatEntriesCached(items, ieee, { cache, numbers: items.map((_, i) => i + 1) });
  const numbers = items.map((_, i) => 100 - i);
  const renumbered = await formatEntriesCached(items, ieee, { cache, numbers });
  assert.deepEqual(renumbered, formatEntries(items, ieee, { numbers }));
  assert.equal(renumbered.value[0]?.label, '[100]');

  const key = EntryCache.itemKey(EntryCache.contextKey({ style: cvModeStyle(apa), lang: undefined }), items[0] as CslItem);
  const planted = EntryCache.inMemory();
  planted.set(key, '<div class="csl-entry">From the cache.</div>');
  const result = await formatEntriesCached(items, apa, { cache: planted });
  assert.equal(plainText(result.value[0]?.runs ?? []), 'From the cache.');
  assert.deepEqual(result.value.slice(1), formatEntries(items, apa).value.slice(1));
});

test('year suffixes appear only when asked for, through either path', async () => {
  const twins = [item(1, { id: 'a', title: 'First' }), item(1, { id: 'b', title: 'Second' })];
  const plainOff = texts(formatEntries(twins, apa).value);
  const plainOn = texts(formatEntries(twins, apa, { yearSuffix: true }).value);
  assert.ok(plainOff.every((t) => t.includes('(2001)')));
  assert.ok(plainOn.some((t) => t.includes('(2001a)')) && plainOn.some((t) => t.includes('(2001b)')));
  assert.deepEqual(texts((await formatEntriesCached(twins, apa, { threads: 2 })).value), plainOff);
  assert.deepEqual(texts((await formatEntriesCached(twins, apa, { yearSuffix: true, threads: 2 })).value), plainOn);
});

test('a worker thread formats the chunks it takes as this thread would', async () => {
  const style = cvModeStyle(apa);
  const many = Array.from({ length: 40 }, (_, i) => item(i));
  const htmls: EntryHtml[] = [];
  const job = { items: many.map((m) => JSON.stringify(m)), style, lang: undefined, next: new SharedArrayBuffer(4), chunk: 16 };
  await runFormatWorker(job, (start, chunk) => htmls.splice(start, chunk.length, ...chunk));
  assert.deepEqual(htmls, renderEntriesAlone(many, style, undefined));
});

test('entries split over threads come back complete and in order', async () => {
  const style = cvModeStyle(apa);
  const many = Array.from({ length: 40 }, (_, i) => item(i));
  assert.deepEqual(await renderEntriesInParallel(many, style, undefined, 2, 10), renderEntriesAlone(many, style, undefined));
});
