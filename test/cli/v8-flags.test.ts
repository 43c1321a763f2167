import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { v8FlagsFor, watchRequested } from '../../src/cli/v8-flags.js';

describe('the V8 flags the executable sets', () => {
  it('a one-off build gets the heap growth and the optimizing budget of a short process', () => {
    assert.deepEqual(v8FlagsFor(['build', 'refs.bib']), ['--heap-growing-percent=10', '--interrupt-budget=1081344']);
    assert.deepEqual(v8FlagsFor([]), ['--heap-growing-percent=10', '--interrupt-budget=1081344']);
  });

  it('a watch keeps V8 defaults, made for a long-lived process', () => {
    assert.deepEqual(v8FlagsFor(['build', 'refs.bib', '--watch']), []);
  });

  it('reads --watch as yargs does: aliases, grouped short flags, the last one given, nothing after --', () => {
    const cases: ReadonlyArray<readonly [readonly string[], boolean]> = [
      [['-w'], true],
      [['-qw', 'refs.bib'], true],
      [['--watch=true'], true],
      [['--watch', '--no-watch'], false],
      [['--no-watch', '-w'], true],
      [['--watch=false'], false],
      [['refs.bib', '-o', 'www'], false],
      [['--', '--watch'], false],
      [['--style', 'watch.csl'], false],
    ];
    for (const [args, expected] of cases) assert.equal(watchRequested(args), expected, args.join(' '));
  });
});
