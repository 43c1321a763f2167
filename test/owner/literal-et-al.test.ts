import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropConnectorBeforeEtAl, listsEndingInEtAl } from '../../src/owner/literal-et-al.js';

const text = (s: string) => dropConnectorBeforeEtAl([{ text: s, marks: [] }], ['and'])[0]?.text;

test('removes the connector citeproc puts before a literal et al.', () => {
  assert.equal(text('Roth, G. A. & et al. (2017). Title.'), 'Roth, G. A. et al. (2017). Title.');
  assert.equal(text('G. A. Roth and et al., “Title,”'), 'G. A. Roth et al., “Title,”');
  assert.equal(text('Roth, G. A., Smith, J., and et al. Title.'), 'Roth, G. A., Smith, J. et al. Title.');
});

test('leaves a list without the literal alone', () => {
  assert.equal(text('Roth GA, et al. Title.'), 'Roth GA, et al. Title.');
  assert.equal(text('Roth and Smith, “Title”'), 'Roth and Smith, “Title”');
});

test('removes the connector before every list that ends in the literal, editors too', () => {
  const both = 'Roth, G. A. & et al. (2017). Title. In E. Diday & et al. (Eds.), Book.';
  assert.equal(dropConnectorBeforeEtAl([{ text: both, marks: [] }], ['and'], 2)[0]?.text, 'Roth, G. A. et al. (2017). Title. In E. Diday et al. (Eds.), Book.');
  assert.equal(
    dropConnectorBeforeEtAl([{ text: both, marks: [] }], ['and'], 1)[0]?.text,
    'Roth, G. A. et al. (2017). Title. In E. Diday & et al. (Eds.), Book.',
  );
});

test('counts the name lists, of any role, that end in the literal', () => {
  assert.equal(listsEndingInEtAl({ id: 'a', type: 'article', author: [{ family: 'Roth' }, { literal: 'et al.' }] }), 1);
  assert.equal(listsEndingInEtAl({ id: 'a', type: 'article', author: [{ family: 'Roth' }] }), 0);
  const chapter = {
    id: 'a',
    type: 'chapter',
    author: [{ family: 'Roth' }],
    editor: [{ family: 'Diday' }, { literal: 'et al.' }],
    translator: [{ family: 'Roe' }, { literal: 'et al.' }],
  };
  assert.equal(listsEndingInEtAl(chapter), 2);
});
