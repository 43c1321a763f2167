import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayLayer } from '../../src/cli/display-flags.js';
import { DEFAULT_SETTINGS } from '../../src/config/config-defaults.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

test('--no-updated sets header.updated: false; no flag leaves the config alone', () => {
  assert.equal(resolveSettings({ header: { updated: true } }, displayLayer({ updated: false })).header.updated, false);
  const config = { notes: false, theme: 'compact', header: { subtitle: 'Since 2019', updated: false } };
  assert.deepEqual(resolveSettings(config, displayLayer({})), resolveSettings(config));
  assert.deepEqual(resolveSettings(displayLayer({})), DEFAULT_SETTINGS);
});
