import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readBibtex } from '../../src/input/read-bibtex.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

const ZHANG = corpusFile('zhang-yichi-alfolio-papers.bib');

describe('al-folio fields under custom', () => {
  it('keeps selected, abbr, award, preview and links, and name annotations', () => {
    const text = [
      '@inproceedings{a, title = {T}, author = {Doe, J. (co-first author) and Roe, R.},',
      '  selected = {true}, abbr = {NeurIPS}, award = {Best Paper}, preview = {a.png}, bibtex_show = {true},',
      '  pdf = {a\\_b.pdf}, code = {https://github.com/x/y}, slides = {}, arxiv = {2101.00001}, video = {https://youtu.be/x}}',
    ].join('\n');
    const [record] = readBibtex(text, 'papers.bib').records;
    assert.deepEqual(record?.item.custom, {
      selected: true,
      abbr: 'NeurIPS',
      award: 'Best Paper',
      preview: 'a.png',
      links: { pdf: 'a_b.pdf', code: 'https://github.com/x/y', video: 'https://youtu.be/x', arxiv: '2101.00001' },
      contributions: [{ author: 0, role: 'co-first' }],
    });
  });

  it('leaves custom out when there is nothing to keep', () => {
    assert.equal(readBibtex('@misc{a, title = {T}, selected = {}}', 'x.bib').records[0]?.item.custom, undefined);
  });

  it('reads every entry of a real al-folio file with its links', { skip: skipWithout(ZHANG) }, () => {
    const records = readBibtex(readFileSync(ZHANG, 'utf8'), 'papers.bib').records;
    assert.equal(records.length, 13);
    assert.deepEqual(
      records.map((r) => r.item.custom?.selected).filter((selected) => selected !== true),
      [false],
    );
    assert.deepEqual(records[0]?.item.custom?.links, { pdf: 'aaai20_damd.pdf', code: 'https://github.com/thu-spmi/damd-multiwoz', arxiv: '1911.10484' });
    assert.equal(records[0]?.item.custom?.abbr, 'AAAI');
  });
});
