import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDocument, loadStyle, resolveLocale, type Document } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import type { SettingsLayer } from '../../src/config/settings.js';
import { contributionLooks, legendLines } from '../../src/owner/contribution-looks.js';
import { messagesFor } from '../../src/text/messages/messages-for.js';
import { plainText } from '../../src/model/index.js';
import { loadTemplates, templateSearchPath } from '../../src/assemble/load-templates.js';

const BIB = [
  '@article{a, author = {Doe, Jane}, title = {On things}, journal = {J. Things}, year = 2020, doi = {10.1/abc}, code = {https://github.com/doe/things}}',
  '@inproceedings{c, author = {Doe, Jane}, title = {On talks}, booktitle = {Proc. Talks}, year = 2021, slides = {https://doe.org/talk.pdf}}',
  '@misc{u, author = {Doe, Jane}, title = {Undated notes}}',
].join('\n');

async function build(locale: string | undefined, extra: SettingsLayer = {}): Promise<Document> {
  const style = await loadStyle('apa');
  const settings = resolveSettings({ names: ['Doe, Jane'], selection: { sections: { by: 'type' } }, links: ['doi', 'code', 'slides'], ...extra });
  const { document } = await buildDocument([{ path: 'refs.bib', text: BIB }], {
    ...settings,
    style,
    locale: locale === undefined ? undefined : resolveLocale(locale),
    date: '2026-12-05',
    entryTemplates: await loadTemplates(await templateSearchPath()),
  });
  assert.ok(document);
  return document;
}

const links = (doc: Document): string[] =>
  doc.sections.flatMap((s) => s.entries.flatMap((e) => (e.blocks ?? []).filter((b) => b.kind === 'links').map((b) => plainText(b.runs))));

test('a German build writes its title, date line, section titles and link labels in German', async () => {
  const doc = await build('de');
  assert.equal(doc.title, 'Publikationen');
  assert.equal(doc.updated, 'Stand: 5. Dezember 2026');
  assert.deepEqual(
    doc.sections.map((s) => s.title),
    ['Zeitschriftenartikel', 'Konferenzbeiträge', 'Weitere Publikationen'],
  );
  assert.deepEqual(links(doc), ['Quellcode', 'Folien']);
});

test('a Japanese build dates the header the Japanese way', async () => {
  const doc = await build('ja');
  assert.equal(doc.title, '研究業績');
  assert.equal(doc.updated, '2026年12月5日現在');
  assert.deepEqual(
    doc.sections.map((s) => s.title),
    ['学術雑誌論文', '会議論文', 'その他の業績'],
  );
});

test('without a locale the texts stay English', async () => {
  const doc = await build(undefined);
  assert.equal(doc.title, 'Publications');
  assert.equal(doc.updated, 'Updated December 5, 2026');
  assert.deepEqual(
    doc.sections.map((s) => s.title),
    ['Journal articles', 'Conference papers', 'Other publications'],
  );
  assert.deepEqual(links(doc), ['Code', 'Slides']);
});

test('config texts replace the catalogue: messages, and the title and section titles set where they always were', async () => {
  const doc = await build('de', {
    messages: { 'document.updated': 'Zuletzt geändert am {date}', 'link.code': 'Quelltext', 'section.other': 'Sonstige Schriften' },
    title: 'Schriftenverzeichnis',
    selection: { sections: { by: 'type', titles: { journal: 'Begutachtete Artikel' } } },
  });
  assert.equal(doc.title, 'Schriftenverzeichnis');
  assert.equal(doc.updated, 'Zuletzt geändert am 5. Dezember 2026');
  assert.deepEqual(
    doc.sections.map((s) => s.title),
    ['Begutachtete Artikel', 'Konferenzbeiträge', 'Sonstige Schriften'],
  );
  assert.deepEqual(links(doc), ['Quelltext', 'Folien']);
});

test('the legend of contribution marks is worded in the build language', () => {
  const messages = messagesFor('de');
  const lines = legendLines(new Set(['co-first', 'equal', 'student']), contributionLooks({}, messages), messages);
  assert.deepEqual(
    lines.map((l) => l.map((r) => r.text).join('')),
    ['* Geteilte Erstautorschaft; Gleichwertiger Beitrag', 'Unterstrichen: Betreute Studierende'],
  );
  const zh = messagesFor('zh');
  assert.deepEqual(
    legendLines(new Set(['co-first', 'equal']), contributionLooks({}, zh), zh).map((l) => l.map((r) => r.text).join('')),
    ['* 共同第一作者；同等贡献'],
  );
});
