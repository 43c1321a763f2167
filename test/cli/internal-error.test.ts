import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { InternalError } from '../../src/index.js';

// A bug anywhere below the CLI reaches main() as an exception; here the stubbed standard input
// throws one, as a library stage would, and main() must turn it into exit 3 and a request for a report.

function failingIo(error: unknown, env: NodeJS.ProcessEnv = {}): Io & { readonly err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => undefined,
    stderr: (text) => void err.push(text),
    readStdin: async () => {
      throw error;
    },
    stderrIsTTY: false,
    env,
  };
}

test('an InternalError exits 3 with one line asking for a report at the issues page, and no stack', async () => {
  const io = failingIo(new InternalError('the impossible happened'));
  assert.equal(await main(['check', '-'], io), 3);
  const printed = io.err.join('');
  assert.equal(
    printed,
    'pubcv: internal error: the impossible happened — please report it at https://github.com/pubcv/pubcv/issues with the input that caused it\n',
  );
  assert.doesNotMatch(printed, /\n\s+at /);
});

test('any other exception no one expected is an internal error too (exit 3)', async () => {
  const io = failingIo(new TypeError("Cannot read properties of undefined (reading 'x')"));
  assert.equal(await main(['check', '-'], io), 3);
  assert.match(io.err.join(''), /^pubcv: internal error: Cannot read properties of undefined \(reading 'x'\) — please report it at /);
});

test('PUBCV_DEBUG=1 adds the stack; PUBCV_DEBUG=0 does not', async () => {
  const debug = failingIo(new InternalError('the impossible happened'), { PUBCV_DEBUG: '1' });
  assert.equal(await main(['check', '-'], debug), 3);
  assert.match(debug.err.join(''), /please report it[^\n]*\nInternalError: the impossible happened\n\s+at /);
  const off = failingIo(new InternalError('the impossible happened'), { PUBCV_DEBUG: '0' });
  assert.equal(await main(['check', '-'], off), 3);
  assert.doesNotMatch(off.err.join(''), /\n\s+at /);
});
