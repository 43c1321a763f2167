import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanItem } from '../../src/normalize/clean-item.js';
import { cleanText } from '../../src/normalize/clean-text.js';

describe('cleanText', () => {
  it('trims, collapses whitespace runs and composes to NFC', () => {
    assert.equal(cleanText('  Cats \t and\r\n  dogs  '), 'Cats and dogs');
    assert.equal(cleanText('Sta\u0308dler'), 'Städler');
  });

  it('keeps deliberate no-break and thin spaces', () => {
    assert.equal(cleanText('Le\u00a0Goues, 10\u2009000'), 'Le\u00a0Goues, 10\u2009000');
  });
});

describe('cleanItem', () => {
  it('keeps the lines of a note (Zotero\'s "key: value" fields), cleaning each', () => {
    assert.equal(cleanItem({ id: 'a', type: 'book', note: 'ISSN:  2692-8205\r\n\n  page: 12 \nShelf  3' }).note, 'ISSN: 2692-8205\npage: 12\nShelf 3');
    assert.equal(cleanItem({ id: 'a', type: 'book', note: ' \n ' }).note, undefined);
  });

  it('cleans every string, drops empty fields, name parts and names', () => {
    const item = {
      id: ' a ',
      type: 'book',
      title: 'A\n  long   title',
      note: '   ',
      volume: null,
      edition: 2,
      author: [{ family: ' Abełyan ', given: '' }, { family: '', given: ' ' }, { literal: 'Mu\u0308ller  Group' }],
      editor: [],
      issued: { 'date-parts': [['2006']] },
      custom: { nested: [' x ', ''] },
    };
    assert.deepEqual(cleanItem(item), {
      id: 'a',
      type: 'book',
      title: 'A long title',
      edition: 2,
      author: [{ family: 'Abełyan' }, { literal: 'Müller Group' }],
      issued: { 'date-parts': [['2006']] },
      custom: { nested: ['x'] },
    });
  });
});
