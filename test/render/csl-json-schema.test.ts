import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styleFromCsl, type CslStyle } from '../../src/format/csl-style.js';
import { DEFAULT_LAYOUT, type Document } from '../../src/model/index.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { renderCslJson } from '../../src/render/csl-json.js';
import { cslJsonSchemaErrors } from '../helpers/csl-json-schema.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import type { InputText } from '../../src/input/input-text.js';

// Every CSL-JSON file pubcv writes must be valid CSL-JSON: pandoc, Zotero and citeproc reject
// (or misread) anything else. The schema is the official one (test/helpers/csl-json-schema.ts);
// the corpus sweep (test/build/corpus-sweep.test.ts) validates the export of every corpus file.

// The export does not depend on the style: one that prints only titles formats the corpus fastest.
const TITLES_ONLY = styleFromCsl(
  'titles',
  '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Titles</title><id>titles</id><updated>2026-01-01T00:00:00+00:00</updated></info><citation><layout><text variable="title"/></layout></citation><bibliography><layout><text variable="title"/></layout></bibliography></style>',
) as CslStyle;

/** The problems the schema finds in the CSL-JSON export of `inputs`, one line each. */
async function exportProblems(inputs: readonly InputText[]): Promise<string[]> {
  const { document } = await buildDocument(inputs, { ...resolveSettings(), style: TITLES_ONLY, date: '2026-01-01' });
  assert.ok(document, inputs[0]?.path);
  return cslJsonSchemaErrors(JSON.parse(renderCslJson(document))).map((error) => `${inputs[0]?.path}: ${error.item} ${error.path}: ${error.message}`);
}

describe('the CSL-JSON export', () => {
  it('is valid CSL-JSON when a publisher has "and" in it', async () => {
    assert.deepEqual(
      await exportProblems([{ path: 'a.bib', text: '@book{a, author = {Doe, J.}, title = {T}, publisher = {Chapman and Hall}, year = 1990}' }]),
      [],
    );
  });

  it('moves what is not a CSL variable into custom and writes an unknown type as document', () => {
    const csl = { id: 'a', type: 'thesis-draft', title: 'T', license: 'CC BY 4.0', custom: { selected: true } };
    const document: Document = {
      title: 'P',
      lang: 'en',
      date: '2026-01-01',
      style: 'apa',
      highlight: 'bold',
      layout: DEFAULT_LAYOUT,
      sections: [{ id: 's', title: '', entries: [{ id: 'a', runs: [], csl }] }],
    };
    const items = JSON.parse(renderCslJson(document)) as unknown[];
    assert.deepEqual(cslJsonSchemaErrors(items), []);
    assert.deepEqual(items[0], { id: 'a', type: 'document', title: 'T', custom: { license: 'CC BY 4.0', selected: true, type: 'thesis-draft' } });
  });
});
