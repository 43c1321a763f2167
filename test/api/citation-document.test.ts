import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDocument, loadStyle, resolveLocale, type Document } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import type { SettingsLayer } from '../../src/config/settings.js';
import type { DocumentResult } from '../../src/api/pipeline.js';
import type { LoadedLock } from '../../src/enrich/lock-entries.js';
import { loadTemplates, templateSearchPath } from '../../src/assemble/load-templates.js';
import { linkOf, plainText } from '../../src/model/index.js';
import { MESSAGE_LANGUAGES } from '../../src/text/messages/messages-for.js';

const BIB = [
  '@article{a, author = {Doe, Jane}, title = {On things}, journal = {J. Things}, year = 2020, doi = {10.5555/a}}',
  '@article{b, author = {Doe, Jane}, title = {On more things}, journal = {J. Things}, year = 2022, doi = {10.5555/b}}',
  '@inproceedings{c, author = {Doe, Jane}, title = {On talks}, booktitle = {Proc. Talks}, year = 2021}',
  '@misc{d, author = {Doe, Jane}, title = {On nothing cited}, year = 2023, doi = {10.5555/d}}',
].join('\n');

const figure = (count: number, work: string, retrieved = '2026-12-01') => ({ count, work, url: `http://127.0.0.1/works/${work}`, retrieved });
const LOCK: LoadedLock = {
  path: 'pubcv.lock.json',
  lock: {
    version: 2,
    entries: {},
    citations: {
      a: { title: 'On things', DOI: '10.5555/a', openalex: figure(1234, 'W1'), crossref: { count: 1200, url: 'u', retrieved: '2026-12-01' } },
      b: { title: 'On more things', DOI: '10.5555/b', openalex: figure(12, 'W2', '2026-11-20') },
      c: { title: 'On talks', openalex: figure(3, 'W3') },
      d: { title: 'On nothing cited', DOI: '10.5555/d', openalex: figure(0, 'W4') },
    },
  },
};

async function build(extra: SettingsLayer = {}, locale?: string): Promise<DocumentResult & { document: Document }> {
  const style = await loadStyle('apa');
  const settings = resolveSettings({ names: ['Doe, Jane'], ...extra });
  const result = await buildDocument([{ path: 'refs.bib', text: BIB }], {
    ...settings,
    style,
    locale: locale === undefined ? undefined : resolveLocale(locale),
    date: '2026-12-05',
    lockFile: LOCK,
    entryTemplates: await loadTemplates(await templateSearchPath()),
  });
  assert.ok(result.document);
  return { ...result, document: result.document };
}

const citedBy = (doc: Document) =>
  doc.sections.flatMap((s) =>
    s.entries.flatMap((e) => (e.blocks ?? []).filter((b) => b.kind === 'citations').map((b) => [e.id, plainText(b.runs), linkOf(b.runs[0]!.marks)])),
  );

test('counts are off by default: the document is the one a build without counts makes', async () => {
  const { document } = await build();
  assert.equal(document.citationSummary, undefined);
  assert.deepEqual(citedBy(document), []);
});

test('shown: "Cited by N" under each entry with a count above zero, linked to its OpenAlex work; the summary over the listed works', async () => {
  const { document } = await build({ citations: { entries: true, summary: true } });
  assert.deepEqual(citedBy(document), [
    ['b', 'Cited by 12', 'https://openalex.org/W2'],
    ['c', 'Cited by 3', 'https://openalex.org/W3'],
    ['a', 'Cited by 1,234', 'https://openalex.org/W1'],
  ]);
  // 1234 + 12 + 3 + 0; h-index 3 (three works with at least 3); i10 2; dated by the oldest count.
  assert.deepEqual(document.citationSummary, {
    figures: 'Citation metrics: Total citations 1,249; h-index 3; i10-index 2',
    asOf: 'as of November 20, 2026, OpenAlex',
  });
});

test('sort: citations lists the most cited first', async () => {
  const { document } = await build({ selection: { sections: { sort: 'citations' } } });
  assert.deepEqual(
    document.sections[0]?.entries.map((e) => e.id),
    ['a', 'b', 'c', 'd'],
  );
});

test('the summary counts only what is listed: a filter that drops the most cited entry drops its count', async () => {
  const { document } = await build({ citations: { summary: true }, selection: { filters: { exclude: ['a'] } } });
  assert.equal(document.citationSummary?.figures, 'Citation metrics: Total citations 15; h-index 2; i10-index 1');
});

test('every shipped language words the count and the summary from its catalogue', async () => {
  for (const language of Object.keys(MESSAGE_LANGUAGES)) {
    const { document } = await build({ citations: { entries: true, summary: true } }, language);
    const messages = MESSAGE_LANGUAGES[language]!;
    assert.ok(document.citationSummary?.figures.startsWith(messages['citations.heading']), `${language}: ${document.citationSummary?.figures}`);
    assert.ok(document.citationSummary?.asOf.includes('OpenAlex'), language);
    const first = citedBy(document)[0]?.[1] ?? '';
    assert.ok(first.startsWith(messages['citations.citedBy'].split('{count}')[0]!), `${language}: ${first}`);
  }
});

test('counts asked for but none in the lock: a warning that says how to get them', async () => {
  const style = await loadStyle('apa');
  const settings = resolveSettings({ names: ['Doe, Jane'], citations: { entries: true, summary: true } });
  const { diagnostics, document } = await buildDocument([{ path: 'refs.bib', text: BIB }], { ...settings, style, locale: undefined, date: '2026-12-05' });
  assert.equal(document?.citationSummary, undefined);
  assert.ok(diagnostics.some((d) => d.code === 'citations-missing' && /enrich --citations/.test(d.message)));
});
