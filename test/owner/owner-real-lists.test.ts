import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// Owner highlighting on real publication lists (issue #14, items 12 and 13), through the whole
// pipeline up to the document model.

const STRUDEL = corpusFile('cmu-strudel-lab-publications.bib');
const ZHANG = corpusFile('zhang-yichi-alfolio-papers.bib');

async function build(file: string, names: string[]) {
  const result = await buildDocument([{ path: file, text: readFileSync(file, 'utf8') }], {
    ...resolveSettings(),
    names,
    style: bundledStyle('apa')!,
    date: '2026-01-01',
  });
  assert.ok(result.document);
  const entries = result.document.sections.flatMap((s) => s.entries);
  const owners = new Map(
    entries.map((e) => [
      e.id,
      e.runs
        .filter((r) => r.marks.some((m) => m.type === 'owner'))
        .map((r) => r.text)
        .join('|'),
    ]),
  );
  return { owners, diagnostics: result.diagnostics };
}

describe('owner highlighting on real lists', () => {
  test('two --names of co-authors: both bold in their 18 shared papers, one warning', { skip: skipWithout(STRUDEL) }, async () => {
    const { owners, diagnostics } = await build(STRUDEL, ['Vasilescu, Bogdan', 'Kästner, Christian']);
    const both = [...owners.values()].filter((o) => o.includes('Vasilescu') && o.includes('Kästner'));
    assert.equal(both.length, 18);
    const several = diagnostics.filter((d) => d.code === 'owner-several-people');
    assert.equal(several.length, 1);
    assert.match(several[0]!.message, /"Vasilescu, Bogdan" and "Kästner, Christian" are co-authors in 18 entries/);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'owner-ambiguous'),
      [],
    );
  });

  test("an editor who shares only the alias's initial is not bold, and is reported", { skip: skipWithout(ZHANG) }, async () => {
    const { owners, diagnostics } = await build(ZHANG, ['Zhang, Yichi', 'Zhang, Y.']);
    const danli = owners.get('zhang-etal-2022-danli') ?? '';
    assert.match(danli, /Zhang/);
    assert.doesNotMatch(danli, /Yue|Y\. Zhang/);
    const doubts = diagnostics.filter((d) => d.code === 'owner-ambiguous');
    assert.deepEqual(
      doubts.map((d) => d.entry),
      ['zhang-etal-2022-danli'],
    );
    assert.match(doubts[0]!.message, /"Zhang, Yue" \(editor\)/);
  });
});
