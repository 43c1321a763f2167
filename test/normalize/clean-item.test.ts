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

  it('trims white space just inside the markup around the whole value, and nowhere else', () => {
    assert.equal(cleanText('<span class="nocase">Multidimensional Scaling </span>'), '<span class="nocase">Multidimensional Scaling</span>');
    assert.equal(cleanText('<i><span class="nocase"> BERT</span> models</i>'), '<i><span class="nocase">BERT</span> models</i>');
    assert.equal(cleanText('<b> Deep</b> and <i>wide </i>'), '<b>Deep</b> and <i>wide</i>');
    assert.equal(cleanText('Deep <i>and</i> wide'), 'Deep <i>and</i> wide');
    assert.equal(cleanText('a < b and c </ d'), 'a < b and c </ d');
  });
});

describe('cleanItem', () => {
  it('trims a title whose braces hold a trailing space (`{{Multidimensional Scaling }}`)', () => {
    assert.equal(
      cleanItem({ id: 'a', type: 'book', title: '<span class="nocase">Multidimensional Scaling </span>' }).title,
      '<span class="nocase">Multidimensional Scaling</span>',
    );
  });

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
