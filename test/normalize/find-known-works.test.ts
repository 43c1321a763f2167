import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CslItem, SourceRecord } from '../../src/model/record.js';
import { indexWorks, separateKnownWorks } from '../../src/normalize/find-known-works.js';

function held(id: string, item: Partial<CslItem>, line = 1): SourceRecord {
  return { item: { id, type: 'article-journal', ...item }, source: { file: 'refs.bib', line, key: id } };
}
function fetched(id: string, item: Partial<CslItem>): CslItem {
  return { id, type: 'article-journal', ...item };
}

const title = 'Synthetic Lattices in Practice';
const doe = [{ family: 'Doe', given: 'Jo' }];
const y = (year: number) => ({ 'date-parts': [[year]] });

describe('indexWorks finds a fetched work among the records', () => {
  const index = indexWorks([
    held('doi', { title: 'A Synthetic Work With a DOI', DOI: '10.5555/X.1', author: doe }, 3),
    held('titled', { title, issued: y(2022), author: doe, 'container-title': 'J' }, 9),
    held('vol2', { title: 'Synthetic Collected Works Set', issued: y(2020), volume: '2', type: 'book' }, 12),
  ]);

  it('by DOI, whatever its case, when the titles are alike', () => {
    assert.deepEqual(index.find(fetched('w', { title: 'A synthetic work with a DOI.', DOI: '10.5555/x.1' })), {
      record: held('doi', { title: 'A Synthetic Work With a DOI', DOI: '10.5555/X.1', author: doe }, 3),
      by: 'doi',
    });
    assert.equal(index.find(fetched('w', { title: 'Something else altogether here', DOI: '10.5555/x.1' })), undefined);
  });

  it('by title and year, ignoring case, accents and markup, unless the authors or volumes differ', () => {
    assert.equal(index.find(fetched('w', { title: '<i>Synthetic</i> lattices in práctice', issued: y(2022), author: doe }))?.by, 'title-year');
    assert.equal(index.find(fetched('w', { title, issued: y(2022), author: [{ family: 'Roe' }] })), undefined);
    assert.equal(index.find(fetched('w', { title, issued: y(2023), author: doe, 'container-title': 'K' })), undefined);
    assert.equal(index.find(fetched('w', { title: 'Synthetic Collected Works Set', issued: y(2020), volume: '3', type: 'book' })), undefined);
  });

  it('a preprint by title whatever its year, unless by other people', () => {
    const preprint = fetched('w', { title, issued: y(2021), author: doe, 'container-title': 'CoRR', volume: 'abs/2101.1' });
    assert.deepEqual(index.find(preprint)?.by, 'preprint');
    assert.equal(index.find(fetched('w', { type: 'article', title, issued: y(2019), author: [{ family: 'Roe' }] })), undefined);
  });
});

describe('separateKnownWorks', () => {
  it('keeps the published version fetched with its preprint, in either order, and skips what the files hold', () => {
    const corr = fetched('DBLP:journals/corr/abs-1', { title, issued: y(2021), author: doe, 'container-title': 'CoRR' });
    const paper = fetched('DBLP:conf/x/Doe22', { type: 'paper-conference', title, issued: y(2022), author: doe, 'container-title': 'Proc. X' });
    const old = fetched('DBLP:journals/j/Doe10', { title: 'An Older Synthetic Result Held Already', issued: y(2010), author: doe, DOI: '10.5555/old' });
    const { fresh, known } = separateKnownWorks([corr, paper, old], [held('mine', { title: 'An older synthetic result held already', DOI: '10.5555/OLD' }, 7)]);
    assert.deepEqual(fresh, [paper]);
    assert.deepEqual(
      known.map((k) => [k.item.id, k.known.record.item.id, k.known.by, k.fetched]),
      [
        ['DBLP:journals/corr/abs-1', 'DBLP:conf/x/Doe22', 'preprint', true],
        ['DBLP:journals/j/Doe10', 'mine', 'doi', false],
      ],
    );
    assert.deepEqual(separateKnownWorks([paper, corr], []).fresh, [paper]);
  });

  it('a published work is new when the files hold only its preprint, of its year or another, and the preprint is named', () => {
    for (const year of [2021, 2022]) {
      const preprint = held('arxiv', { type: 'article', title, issued: y(year), author: doe, 'container-title': 'arXiv' }, 4);
      const paper = fetched('W9', { type: 'paper-conference', title, issued: y(2022), author: doe, 'container-title': 'Proc. X' });
      const separated = separateKnownWorks([paper], [preprint]);
      assert.deepEqual(separated.fresh, [paper], String(year));
      assert.deepEqual(separated.preprintsHeld, [{ item: paper, preprint }], String(year));
    }
  });

  it('a work listed twice is imported once', () => {
    const work = fetched('W1', { title, issued: y(2022), author: doe, DOI: '10.5555/twice' });
    const again = fetched('W2', { title, issued: y(2022), author: doe, DOI: '10.5555/twice' });
    assert.deepEqual(separateKnownWorks([work, again], []).fresh, [work]);
  });
});
