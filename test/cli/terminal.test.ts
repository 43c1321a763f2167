import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stderrHasColor } from '../../src/cli/terminal.js';

test('colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR', () => {
  assert.equal(stderrHasColor({ stderrIsTTY: true, env: {} }), true);
  assert.equal(stderrHasColor({ stderrIsTTY: false, env: {} }), false);
  assert.equal(stderrHasColor({ stderrIsTTY: true, env: { NO_COLOR: '1' } }), false);
  assert.equal(stderrHasColor({ stderrIsTTY: true, env: { TERM: 'dumb' } }), false);
  assert.equal(stderrHasColor({ stderrIsTTY: false, env: { FORCE_COLOR: '1' } }), true);
  assert.equal(stderrHasColor({ stderrIsTTY: true, env: { FORCE_COLOR: '0' } }), true);
});
