import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeNames } from '../../src/text/close-names.js';

const NAMES = ['apa', 'apa-cv', 'ieee', 'ieee-access', 'nature', 'nature-communications', 'nature-chemistry', 'vancouver', 'harvard1'];

test('suggests typos, abbreviations and names that contain what was typed', () => {
  assert.equal(closeNames('ieeee', NAMES)[0], 'ieee');
  assert.equal(closeNames('vancuver', NAMES)[0], 'vancouver');
  assert.equal(closeNames('nature-comms', NAMES)[0], 'nature-communications');
  assert.deepEqual(closeNames('harvard', NAMES), ['harvard1']);
  assert.deepEqual(closeNames('zzzz', NAMES), []);
  assert.ok(closeNames('a', NAMES, 3).length <= 3);
});
