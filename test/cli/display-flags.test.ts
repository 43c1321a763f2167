import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayLayer } from '../../src/cli/display-flags.js';

test('--no-notes sets notes: false; no flag leaves the config alone', () => {
  assert.deepEqual(displayLayer({ notes: false }), { notes: false });
  assert.deepEqual(displayLayer({}), {});
});
