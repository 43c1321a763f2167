import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropConnectorBeforeEtAl, endsWithLiteralEtAl } from '../../src/transform/literal-et-al.js';

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

test('recognises items whose author list ends in the literal', () => {
  assert.equal(endsWithLiteralEtAl({ id: 'a', type: 'article', author: [{ family: 'Roth' }, { literal: 'et al.' }] }), true);
  assert.equal(endsWithLiteralEtAl({ id: 'a', type: 'article', author: [{ family: 'Roth' }] }), false);
});
