import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { tempDir } from '../helpers/temp-dir.js';

// Flag values that were accepted and then ignored or misread; each must be a usage error (exit 2)
// that says what is wrong, before anything is read or written.

function recordingIo(): Io & { readonly err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (text) => void err.push(text), readStdin: async () => '', stderrIsTTY: false, env: {} };
}

const dir = tempDir('flags');
const input = join(dir, 'refs.json');
writeFileSync(input, JSON.stringify([{ id: 'a', type: 'book', title: 'A book', issued: { 'date-parts': [[2020]] } }]));
const config = join(dir, 'pubcv.config.yaml');
writeFileSync(config, 'owner: "Sui, Yang"\nprofiles:\n  short: {}\n');
const out = join(dir, 'out');

for (const [args, message] of [
  [['build', input, '-f', '', '-o', out], /--format lists no format/],
  [['build', input, '-f', ' , ', '-o', out], /--format lists no format/],
  [['build', input, '--since', 'abc', '-o', out], /--since must be a year/],
  [['check', input, '--until', 'abc'], /--until must be a year/],
  [['build', input, '--since', '2020.5', '-o', out], /--since must be a year/],
  [['build', input, '--link-base', 'notaurl', '-o', out], /--link-base must be an http\(s\) URL/],
  [['build', input, '--threads', '100000', '-o', out], /--threads must be a whole number from 1 to 64/],
  [['build', input, '-c', config, '--profile', 'constructor', '-o', out], /unknown profile 'constructor'/],
  [['check', input, '-c', config, '--profile', 'toString'], /unknown profile 'toString'/],
  [['check', input, '-c', config, '--profile', '__proto__'], /unknown profile '__proto__'/],
] as const) {
  test(`${args.slice(2).join(' ')} is a usage error`, async () => {
    const io = recordingIo();
    assert.equal(await main(args, io), 2, io.err.join(''));
    assert.match(io.err.join(''), message);
    assert.doesNotMatch(io.err.join(''), /internal error/);
  });
}

test('a profile that exists, and sensible values, still work', async () => {
  const io = recordingIo();
  assert.equal(await main(['check', input, '-c', config, '--profile', 'short', '--since', '2019', '-q'], io), 0, io.err.join(''));
});
