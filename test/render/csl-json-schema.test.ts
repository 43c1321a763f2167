import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { styleFromCsl, type CslStyle } from '../../src/build/csl-style.js';
import type { Document } from '../../src/model/index.js';
import { buildDocument, type InputSource } from '../../src/pipeline.js';
import { renderCslJson } from '../../src/render/csl-json.js';
import { cslData } from '../helpers/csl-data-schema.js';

// Every CSL-JSON file pubcv writes must be valid CSL-JSON: pandoc, Zotero and citeproc reject
// (or misread) anything else. The schema is the official CSL 1.0.2 one (test/helpers/csl-data-schema.ts).
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join(CORPUS, 'large', `iridia-${part}.bib`));

// The export does not depend on the style: one that prints only titles formats the corpus fastest.
const TITLES_ONLY = styleFromCsl('titles', '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>Titles</title><id>titles</id><updated>2026-01-01T00:00:00+00:00</updated></info><citation><layout><text variable="title"/></layout></citation><bibliography><layout><text variable="title"/></layout></bibliography></style>') as CslStyle;

/** The problems the schema finds in the CSL-JSON export of `inputs`, one line each. */
function exportProblems(inputs: readonly InputSource[]): string[] {
  const { document } = buildDocument(inputs, { style: TITLES_ONLY, date: '2026-01-01' });
  assert.ok(document, inputs[0]?.path);
  const result = cslData.safeParse(JSON.parse(renderCslJson(document)));
  return result.success ? [] : result.error.issues.map((issue) => `${inputs[0]?.path}: ${issue.path.join('.')}: ${issue.message}`);
}

function corpusInputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'large' ? [] : corpusInputs(path);
    return /\.(bib|json|ris)$/.test(entry.name) ? [path] : [];
  });
}

describe('the CSL-JSON export', () => {
  it('is valid CSL-JSON when a publisher has "and" in it', () => {
    assert.deepEqual(exportProblems([{ path: 'a.bib', text: '@book{a, author = {Doe, J.}, title = {T}, publisher = {Chapman and Hall}, year = 1990}' }]), []);
  });

  it('moves what is not a CSL variable into custom and writes an unknown type as document', () => {
    const csl = { id: 'a', type: 'thesis-draft', title: 'T', license: 'CC BY 4.0', custom: { selected: true } };
    const document: Document = { title: 'P', lang: 'en', date: '2026-01-01', style: 'apa', highlight: 'bold', sections: [{ id: 's', title: '', entries: [{ id: 'a', runs: [], csl }] }] };
    const [item] = cslData.parse(JSON.parse(renderCslJson(document)));
    assert.deepEqual(item, { id: 'a', type: 'document', title: 'T', custom: { license: 'CC BY 4.0', selected: true, type: 'thesis-draft' } });
  });

  it('of every corpus file is valid CSL-JSON', { skip: !existsSync(CORPUS) && 'corpus not found' }, () => {
    const groups = [...corpusInputs(CORPUS).map((path) => [path]), IRIDIA];
    const problems = groups.flatMap((group) => exportProblems(group.map((path) => ({ path, text: readFileSync(path, 'utf8') }))));
    assert.deepEqual(problems, []);
  });
});
