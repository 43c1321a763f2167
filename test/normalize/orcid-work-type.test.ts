import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readOrcidWorkType } from '../../src/normalize/orcid-work-type.js';
import { readRecords } from '../../src/api/prepare-records.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

const MISKIEWICZ = corpusFile('miskiewicz-orcid-publications.bib');

describe('readOrcidWorkType', () => {
  it('reads an ORCID work type written as the note as the type of a @misc, and drops the note', () => {
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'document', note: 'book-chapter', 'container-title': 'B' }), {
      id: 'a',
      type: 'chapter',
      'container-title': 'B',
    });
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'document', note: 'book' }), { id: 'a', type: 'book' });
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'document', note: 'other' }), { id: 'a', type: 'document' });
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'article-journal', note: 'journal-article' }), { id: 'a', type: 'article-journal' });
  });

  it('keeps a chapter or paper without its book a @misc: a style would print "In ."', () => {
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'document', note: 'book-chapter' }), { id: 'a', type: 'document' });
    assert.deepEqual(readOrcidWorkType({ id: 'a', type: 'document', note: 'conference-paper' }), { id: 'a', type: 'document' });
  });

  it('leaves other notes alone', () => {
    const item = { id: 'a', type: 'document', note: 'Best paper award, book chapter forthcoming' };
    assert.equal(readOrcidWorkType(item), item);
  });
});

describe("readOrcidWorkType on Miśkiewicz's ORCID export", { skip: skipWithout(MISKIEWICZ) }, () => {
  it('gives the books and book reviews their types, keeps chapters without a book title @misc, and keeps no work-type note', async () => {
    const records = (await readRecords([{ path: MISKIEWICZ, text: readFileSync(MISKIEWICZ, 'utf8') }])).records;
    const types = new Map<string, number>();
    for (const { item } of records) types.set(item.type, (types.get(item.type) ?? 0) + 1);
    assert.ok((types.get('book') ?? 0) > 0 && (types.get('review-book') ?? 0) > 0 && (types.get('chapter') ?? 0) > 0, JSON.stringify([...types]));
    assert.deepEqual(
      records.filter(({ item }) => item.type === 'chapter' && item['container-title'] === undefined),
      [],
    );
    assert.deepEqual(
      records.filter(({ item }) => /^[a-z]+(?:-[a-z]+)*$/.test(String(item.note ?? ''))).map(({ item }) => item.note),
      [],
    );
  });
});
