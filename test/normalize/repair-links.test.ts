import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareDoi, repairLinks } from '../../src/normalize/repair-links.js';

describe('bareDoi', () => {
  it('takes the DOI out of links and prefixes, across a line break', () => {
    for (const value of [
      '10.1063/1.5119640\n',
      'https://doi.org/10.1063/1.5119640',
      'http://dx.doi.org/10.1063/1.5119640',
      'doi: 10.1063/1.5119640',
      'https://doi:10.1063/1.5119640',
      'https://doi:%2010.1063/1.5119640',
      'https://doi.org/10.1063%2F1.5119640',
    ]) {
      assert.equal(bareDoi(value), '10.1063/1.5119640', value);
    }
    assert.equal(bareDoi('https://example.org/paper'), undefined);
  });
});

describe('bareDoi in braces', () => {
  it('reads a DOI written in protective braces (Better BibTeX: DOI = {{10.1016/...}}), which citation-js keeps', () => {
    assert.equal(bareDoi('{10.1016/j.buildenv.2018.07.033}'), '10.1016/j.buildenv.2018.07.033');
    assert.equal(bareDoi('{https://doi.org/10.1000/x}'), '10.1000/x');
    assert.equal(repairLinks({ id: 'a', type: 'article-journal', DOI: '{10.1016/j.buildenv.2018.07.033}' }).item.DOI, '10.1016/j.buildenv.2018.07.033');
  });
});

describe('repairLinks', () => {
  it('keeps bare DOIs and moves a web address out of the DOI field', () => {
    assert.deepEqual(repairLinks({ id: 'a', type: 'book', DOI: 'https://doi.org/10.1000/X(1)' }).item.DOI, '10.1000/X(1)');
    assert.deepEqual(repairLinks({ id: 'a', type: 'book', DOI: 'http://www.sciencedirect.com/x' }).item, {
      id: 'a',
      type: 'book',
      URL: 'http://www.sciencedirect.com/x',
    });
  });

  it('mends broken DOI links in URL and fills a missing DOI from them', () => {
    const { item } = repairLinks({ id: 'a', type: 'book', URL: 'https://doi: 10.1016/j.fsigen.2018.01.009' });
    assert.equal(item.URL, 'https://doi.org/10.1016/j.fsigen.2018.01.009');
    assert.equal(item.DOI, '10.1016/j.fsigen.2018.01.009');
    assert.equal(repairLinks({ id: 'a', type: 'book', URL: 'https://doi.org/10.1000/x', DOI: '10.1000/y' }).item.DOI, '10.1000/y');
  });

  it('reports a DOI field that holds no DOI, keeping it', () => {
    const repair = repairLinks({ id: 'a', type: 'book', DOI: 'n/a' });
    assert.equal(repair.invalidDoi, 'n/a');
    assert.equal(repair.item.DOI, 'n/a');
  });
});

it('a URL written without its scheme gets https://, never a DOI link; one that is no address is left out', () => {
  const item = (URL: string) => ({ id: 'x', type: 'article', title: 'T', URL });
  assert.equal(repairLinks(item('www.example.org/paper')).item.URL, 'https://www.example.org/paper');
  assert.equal(repairLinks(item(' example.org/a?b=1 ')).item.URL, 'https://example.org/a?b=1');
  assert.equal(repairLinks(item('https://example.org/x')).item.URL, 'https://example.org/x');
  const bad = repairLinks(item('see the journal page'));
  assert.equal(bad.item.URL, undefined);
  assert.equal(bad.invalidUrl, 'see the journal page');
});
