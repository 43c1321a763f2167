import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { loadHelpTexts, quickHelp, RECORDED_WIDTH, type HelpTexts } from '../../src/cli/quick-help.js';
import type { Io } from '../../src/cli/terminal.js';

const ENGLISH = { LANG: 'en_GB.UTF-8' };

const silentIo: Io = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', stderrIsTTY: false, env: {} };

/** What yargs itself prints for these arguments (help goes through console.log). */
async function yargsPrints(args: readonly string[]): Promise<string> {
  const saved = { log: console.log, lcAll: process.env.LC_ALL };
  let printed = '';
  console.log = (...parts: unknown[]) => void (printed += `${parts.join(' ')}\n`);
  process.env.LC_ALL = 'en_US.UTF-8';
  try {
    await main(args, silentIo);
  } finally {
    console.log = saved.log;
    if (saved.lcAll === undefined) delete process.env.LC_ALL;
    else process.env.LC_ALL = saved.lcAll;
  }
  return printed;
}

describe('quick help', () => {
  const texts: HelpTexts = { '--help': 'top help\n', 'build --help': 'build help\n' };

  it('answers help requests from the record in English at full width', () => {
    assert.equal(
      quickHelp(['--help'], ENGLISH, undefined, () => texts),
      'top help\n',
    );
    assert.equal(
      quickHelp(['build', '--help'], { LC_ALL: 'C.UTF-8' }, RECORDED_WIDTH, () => texts),
      'build help\n',
    );
    assert.equal(
      quickHelp(['--help'], {}, 200, () => texts),
      'top help\n',
    );
  });

  it('leaves everything else to yargs', () => {
    assert.equal(
      quickHelp([], ENGLISH, undefined, () => texts),
      undefined,
      'no arguments builds the example',
    );
    assert.equal(
      quickHelp(['refs.bib'], ENGLISH, undefined, () => texts),
      undefined,
    );
    assert.equal(
      quickHelp(['build', 'refs.bib', '--help'], ENGLISH, undefined, () => texts),
      undefined,
    );
    assert.equal(
      quickHelp(['--help'], { LANG: 'de_DE.UTF-8' }, undefined, () => texts),
      undefined,
      'yargs translates its own words',
    );
    assert.equal(
      quickHelp(['--help'], { LC_ALL: 'fr_FR', LANG: 'en_US' }, undefined, () => texts),
      undefined,
      'LC_ALL wins, as in yargs',
    );
    assert.equal(
      quickHelp(['--help'], ENGLISH, RECORDED_WIDTH - 1, () => texts),
      undefined,
      'a narrower terminal wraps differently',
    );
    assert.equal(
      quickHelp(['--help'], { ...ENGLISH, YARGS_DISABLE_WRAP: '1' }, undefined, () => texts),
      undefined,
    );
    assert.equal(
      quickHelp(['--help'], ENGLISH, undefined, () => undefined),
      undefined,
      'no record: yargs answers',
    );
  });

  it('records exactly what yargs prints, for every command (npm run build wrote dist/cli/help-texts.json)', async () => {
    const recorded = loadHelpTexts(new URL('../../dist/cli/help-texts.json', import.meta.url));
    assert.ok(recorded, 'npm run build records the help texts');
    const keys = Object.keys(recorded);
    for (const command of ['build', 'check', 'init', 'styles', 'preview']) assert.ok(keys.includes(`${command} --help`), command);
    for (const key of keys.filter((k) => k !== '--version')) {
      assert.equal(recorded[key], await yargsPrints(key.split(' ')), key);
    }
  });
});
