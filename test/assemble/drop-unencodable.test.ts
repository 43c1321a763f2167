import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { bundledStyle } from '../../src/format/csl-style.js';
import { dropUnencodable } from '../../src/assemble/drop-unencodable.js';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import { DEFAULT_LAYOUT, type Document } from '../../src/model/index.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { writers } from '../../src/render/writers.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// XML 1.0 (https://www.w3.org/TR/xml/#charsets) has no place for U+FFFE, U+FFFF, C0 controls
// other than tab, LF and CR, or lone surrogates; Word and LibreOffice refuse a DOCX holding one.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const ITEM = {
  id: 'bad2024',
  type: 'article-journal',
  title: 'Graph\uFFFE colourings\u0001 of \uD800 planes',
  author: [
    { family: 'Sui\uFFFF', given: 'Yang' },
    { family: 'Lee', given: 'Ann' },
  ],
  'container-title': 'Journal\u001b of Tests',
  issued: { 'date-parts': [[2024]] },
};

async function build(): ReturnType<typeof buildDocument> {
  const style = bundledStyle('apa');
  assert.ok(style);
  return buildDocument([{ path: 'bad.json', text: JSON.stringify([ITEM]) }], {
    ...resolveSettings(),
    names: ['Sui\uFFFF, Yang'],
    style,
    date: '2026-01-01',
    title: 'Publications\uFFFE',
    header: { subtitle: 'Selected\u0002 works', updated: false },
  });
}

test('a DOCX built from text with U+FFFE, U+FFFF, controls and a lone surrogate is valid XML', async () => {
  const { document } = await build();
  assert.ok(document);
  const bytes = await (await writers.docx.load()).render(document, { templatesDir: TEMPLATES_DIR });
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const xml = await zip.file(name)!.async('string');
    assert.doesNotMatch(xml, XML_INVALID, name);
  }
  const html = new TextDecoder().decode(await (await writers.html.load()).render(document, { templatesDir: TEMPLATES_DIR }));
  assert.doesNotMatch(html, XML_INVALID);
  assert.match(html, /Graph colourings of \uFFFD planes/);
});

test('each dropped character is reported once per entry, and once for the header', async () => {
  const { diagnostics } = await build();
  const found = diagnostics.filter((d) => d.code === 'unencodable-character');
  assert.equal(found.filter((d) => d.entry === 'bad2024').length, 1, JSON.stringify(found));
  assert.equal(found.filter((d) => d.entry === undefined).length, 1, JSON.stringify(found));
  for (const d of found) assert.equal(d.severity, 'warning');
  assert.match(found.find((d) => d.entry === 'bad2024')!.message, /U\+FFFE/);
});

test('a document without such characters comes back as it was, without diagnostics', () => {
  const document: Document = {
    title: 'P',
    lang: 'en',
    date: '2026-01-01',
    style: 'apa',
    highlight: 'bold',
    layout: DEFAULT_LAYOUT,
    sections: [{ id: 's', title: 'Tab\there', entries: [{ id: 'a', runs: [{ text: 'Zoë 😀\nx', marks: [] }] }] }],
  };
  const result = dropUnencodable(document);
  assert.equal(result.value, document);
  assert.deepEqual(result.diagnostics, []);
});
