import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// Entries of real lists as a reader of the CV sees them: the reference text each style prints.

/** The references `text` (BibTeX) gives in `style`, in input order. */
async function references(text: string, style: string): Promise<string[]> {
  const found = bundledStyle(style);
  assert.ok(found, style);
  const result = await buildDocument([{ path: 'refs.bib', text }], { ...resolveSettings(), style: found, date: '2026-01-01', authors: 'all' });
  return (result.document?.sections ?? []).flatMap((section) => section.entries.map((entry) => entry.runs.map((run) => run.text).join('')));
}

/** One entry of a corpus file, as written there. */
function corpusEntry(file: string, key: string): string {
  const text = readFileSync(`${CORPUS}${file}`, 'utf8');
  const start = text.search(new RegExp(`@\\w+\\s*\\{\\s*${key},`));
  assert.ok(start >= 0, `${key} in ${file}`);
  const end = text.indexOf('\n@', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('references of entries with a cut name list', () => {
  it('put no connector before a literal "et al." in editors, translators or authors', async () => {
    const text =
      '@incollection{a, author = {Roe, R. and others}, editor = {E. Diday et al.}, translator = {Poe, P. and others}, title = {T}, booktitle = {B}, publisher = {P}, year = 1988}';
    const [apa = ''] = await references(text, 'apa');
    assert.match(apa, /Roe, R\. et al\./);
    assert.match(apa, /In E\. Diday et al\. \(Eds\.\)/);
    const [chicago = ''] = await references(text, 'chicago-author-date');
    assert.match(chicago, /edited by E\. Diday et al\./);
    assert.match(chicago, /Translated by P\. Poe et al\./i);
    for (const reference of [apa, chicago, ...(await references(text, 'ieee'))]) assert.doesNotMatch(reference, /(?:&|\band)\s+et al\./, reference);
  });

  it('of De Leeuw\'s list read "In E. Diday et al. (Eds.)"', { skip: skipWithout(CORPUS) }, async () => {
    const [apa = ''] = await references(corpusEntry('deleeuw-mypubs.bib', 'deleeuw_vanderheijden_C_88'), 'apa');
    assert.match(apa, /In E\. Diday et al\. \(Eds\.\), Data Analysis and Informatics/);
  });
});

describe('references of theses and reports', () => {
  it('name the kind of work, not the BibTeX entry type', async () => {
    const text =
      '@phdthesis{a, author = {Doe, J.}, title = {T}, school = {S}, year = 2014}\n@techreport{b, author = {Doe, J.}, title = {U}, institution = {I}, year = 1984}';
    assert.deepEqual(
      (await references(text, 'apa')).map((reference) => /\[[^\]]+\]/.exec(reference)?.[0]),
      ['[PhD thesis]', '[Technical report]'],
    );
  });

  it('of real lists read "[Master\'s thesis]" and "[Technical report]"', { skip: skipWithout(CORPUS) }, async () => {
    assert.match((await references(corpusEntry('cmu-strudel-lab-publications.bib', 'Vasi1escu2011MSc'), 'apa'))[0] ?? '', /\[Master’s thesis\]/);
    assert.match((await references(corpusEntry('cmu-strudel-lab-publications.bib', 'Vasi1escu2011MSc'), 'ieee'))[0] ?? '', /Master’s thesis/);
    assert.match((await references(corpusEntry('deleeuw-mypubs.bib', 'gifi_R_84'), 'chicago-author-date'))[0] ?? '', /Technical report/);
  });
});

describe('references of titles with a braced letter inside a word', () => {
  it('keep the word as written in title case', async () => {
    const [reference = ''] = await references(
      "@article{a, author = {Doe, J.}, title = {Large deviations in {K}ingman's coalescent and i{P}hone}, journal = {J}, year = 2014}",
      'chicago-author-date',
    );
    assert.match(reference, /Large Deviations in Kingman’s Coalescent and iPhone/);
  });

  it('of Pfaffelhuber\'s list read "Kingman", "Markov", "Wright–Fisher"', { skip: skipWithout(CORPUS) }, async () => {
    const text = readFileSync(`${CORPUS}pfaffelhuber-scholar-own-bib.bib`, 'utf8');
    const chicago = (await references(text, 'chicago-author-date')).join('\n');
    assert.match(chicago, /Kingman’s Coalescent/);
    assert.match(chicago, /Markov Chains/);
    assert.match(chicago, /Wright–Fisher/);
    assert.doesNotMatch(chicago, /\b\p{Lu}\p{Lu}\p{Ll}{2,}/u);
  });
});
