import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadStyle } from '../../src/format/load-style.js';
import type { UserError } from '../../src/model/errors.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';

function recordingIo(): Io & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', stderrIsTTY: false, env: {} };
}

test('pubcv styles ams lists the names beginning with "ams" before those that only contain it', async () => {
  const io = recordingIo();
  assert.equal(await main(['styles', 'ams', '-q'], io), 0);
  const names = io.out
    .join('')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/)[0]);
  assert.equal(names[0], 'ams-review');
  assert.ok(names.includes('ain-shams-engineering-journal'));
});

test('-s chicago suggests chicago-author-date first', async () => {
  await assert.rejects(loadStyle('chicago'), (error: UserError) => /did you mean chicago-author-date,/.test(error.diagnostic.message));
});
