import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';

/** An Io that records what the CLI printed. */
function recordingIo(): Io & { readonly err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (text) => void err.push(text), readStdin: async () => '', stderrIsTTY: false, env: {} };
}

for (const [args, message] of [
  [['build', '--margin', '999'], '--margin must be a number of millimetres from 0 to 70'],
  [['build', '--max-authors', '0'], '--max-authors must be a whole number, 1 or more'],
  [['build', '--quiet', '--verbose'], '--quiet and --verbose cannot be used together'],
  // Like a malformed DOI: nothing to fetch, so a usage mistake (it exited 1 as a failed fetch).
  [['import', '--orcid', '1234', '-o', 'never-written.json'], '"1234" is not an ORCID iD'],
] as const) {
  test(`${args.slice(1).join(' ')} is a usage error printed once, not an internal error`, async () => {
    const io = recordingIo();
    assert.equal(await main(args, io), 2);
    const printed = io.err.join('');
    assert.doesNotMatch(printed, /internal error/);
    assert.equal(printed.split(message).length - 1, 1, printed);
  });
}
