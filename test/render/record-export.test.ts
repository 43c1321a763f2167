import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../../src/api/build-files.js';
import type { CslItem } from '../../src/model/record.js';
import { readInputs } from '../../src/api/read-inputs.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = join(repoRoot, 'test/fixtures/alfolio/papers.bib');

/** What a reader of the exported file should get back: the fields a CV and a reference manager use. */
function essentials(item: CslItem) {
  const { id, type, title, author, DOI, issued, page, volume, issue, custom } = item;
  return { id, type, title, author, DOI, year: issued?.['date-parts']?.[0]?.[0], page, volume, issue, custom };
}

describe('the BibTeX and CSL-JSON exports', () => {
  it('read back as the records they were written from', async () => {
    const out = tempDir('export');
    await build({ inputs: [BIB], names: ['Zhang, Yichi'], output: out, cache: false, formats: ['bib', 'csl-json'], date: '2026-01-15' });
    const original = (await readInputs([BIB])).records.map((r) => essentials(r.item));
    const fromBib = (await readInputs([join(out, 'publications.bib')])).records.map((r) => essentials(r.item));
    const fromJson = (JSON.parse(readFileSync(join(out, 'publications.json'), 'utf8')) as CslItem[]).map(essentials);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(byId(fromJson), byId(original));
    assert.deepEqual(byId(fromBib), byId(original));
  });
});
