import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCli } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const FIXTURES = 'test/fixtures/cli';
/** The environment of a plain terminal-less run, whatever the test runner's own is. */
const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

function check(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCliInProcess(['check', ...args, '--name', 'Sui, Yang'], { env: { ...PLAIN, ...env } });
}

interface JsonDiagnostic {
  severity: string;
  code: string;
  file?: string;
  line?: number;
  column?: number;
  entry?: string;
  message: string;
}

describe('pubcv check: exit codes', () => {
  test('0 for clean inputs', async () => {
    const result = await check([`${FIXTURES}/good.bib`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^pubcv: checked test\/fixtures\/cli\/good\.bib: 2 entries readable; no problems \((?:\d+ ms|\d+(?:\.\d+)? s)\)\n$/);
  });

  test('1 when an entry cannot be read', async () => {
    assert.equal((await check([`${FIXTURES}/broken.bib`])).status, 1);
  });

  test('warnings alone exit 0, and 1 under --strict', async () => {
    const result = await check([`${FIXTURES}/undated.bib`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /warning missing-date/);
    assert.equal((await check([`${FIXTURES}/undated.bib`, '--strict'])).status, 1);
  });

  test('2 for a missing input file or an unknown flag; no stack trace', async () => {
    const missing = await check([`${FIXTURES}/nowhere.bib`]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /input-not-found/);
    const flag = await check([`${FIXTURES}/good.bib`, '--no-such-flag']);
    assert.equal(flag.status, 2);
    assert.doesNotMatch(missing.stderr + flag.stderr, /\n\s+at /);
  });
});

describe('pubcv check: output', () => {
  // Through the built CLI, once: the JSON report as a real process prints it.
  const json = JSON.parse(runCli(['check', `${FIXTURES}/broken.bib`, '--json', '--name', 'Sui, Yang'], { env: PLAIN }).stdout) as {
    entries: unknown;
    diagnostics: JsonDiagnostic[];
    sources?: unknown;
  };
  const error = json.diagnostics.find((d) => d.severity === 'error');

  test('--json: counts and diagnostics with positions, not the input texts', () => {
    assert.deepEqual(json.entries, { read: 3, rendered: 2, skipped: 1, merged: 0 });
    assert.equal(json.sources, undefined);
    assert.ok(error, JSON.stringify(json.diagnostics));
    assert.equal(error.file, `${FIXTURES}/broken.bib`);
    assert.equal(error.entry, 'broken');
    assert.ok(error.line !== undefined && error.line >= 8 && error.line <= 13, `line ${error.line} is inside the broken entry`);
  });

  test('human: file:line:col, then the source line with a caret under the column, no colour off a terminal', async () => {
    const result = await check([`${FIXTURES}/broken.bib`]);
    assert.ok(error?.line !== undefined && error.column !== undefined);
    const lines = result.stderr.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${FIXTURES}/broken.bib:${error.line}:${error.column}: error ${error.code}: `));
    assert.ok(at >= 0, result.stderr);
    const quoted = lines[at + 1] ?? '';
    const caret = lines[at + 2] ?? '';
    assert.match(quoted, new RegExp(`^  ${error.line} \\| `));
    const prefix = `  ${' '.repeat(String(error.line).length)} | `;
    assert.ok(caret.startsWith(prefix), caret);
    assert.equal(caret.slice(prefix.length), `${' '.repeat(error.column - 1)}^`);
    assert.doesNotMatch(result.stderr, /\u001b\[/);
    assert.match(lines.at(-2) ?? '', /^pubcv: checked .*broken\.bib: 2 of 3 entries readable; 1 error/);
  });

  test('FORCE_COLOR colours the output; NO_COLOR wins over a terminal only', async () => {
    assert.match((await check([`${FIXTURES}/broken.bib`], { FORCE_COLOR: '1' })).stderr, /\u001b\[31merror/);
  });

  test('--quiet prints the errors only', async () => {
    const result = await check([`${FIXTURES}/broken.bib`, `${FIXTURES}/undated.bib`, '--quiet']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /error bibtex-syntax/);
    assert.doesNotMatch(result.stderr, /warning|pubcv: checked/);
  });

  test('in GitHub Actions every diagnostic is also a workflow command on stdout', async () => {
    const result = await check([`${FIXTURES}/broken.bib`, `${FIXTURES}/undated.bib`], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: '' });
    assert.equal(result.status, 1);
    const annotations = result.stdout.trim().split('\n');
    assert.equal(
      annotations[0],
      `::error file=${FIXTURES}/broken.bib,line=${error?.line},col=${error?.column},title=${error?.code}::${error?.message.replace(/%/g, '%25')} [broken]`,
    );
    assert.ok(
      annotations.some((a) => /^::warning file=test\/fixtures\/cli\/undated\.bib,line=\d+,title=missing-date::.* \[undated\]$/.test(a)),
      result.stdout,
    );
    assert.ok(
      annotations.every((a) => /^::(error|warning|notice) /.test(a)),
      result.stdout,
    );
    assert.match(result.stderr, /error bibtex-syntax/, 'the human form is still on stderr');
  });

  test('in GitHub Actions with --json, stdout stays JSON and the workflow commands go to stderr', async () => {
    const result = await check([`${FIXTURES}/broken.bib`, '--json'], { GITHUB_ACTIONS: 'true' });
    assert.doesNotThrow(() => JSON.parse(result.stdout));
    assert.match(result.stderr, /^::error file=.*broken\.bib,line=\d+/m);
  });
});
