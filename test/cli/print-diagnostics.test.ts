import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/model/errors.js';
import { diagnosticLines, type DiagnosticView } from '../../src/cli/print-diagnostics.js';
import { paintFor } from '../../src/cli/terminal.js';

const sources = [{ path: 'refs.bib', text: '@article{a,\n  title = {x,\n}\n' }];
const view: DiagnosticView = { verbose: false, quiet: false, paint: paintFor(false), sources };
const error: Diagnostic = { severity: 'error', code: 'bibtex-syntax', message: 'unclosed brace', file: 'refs.bib', line: 2, column: 11, entry: 'a' };
const warning = (n: number): Diagnostic => ({ severity: 'warning', code: 'missing-date', message: `no year ${n}`, file: 'refs.bib', line: 1 });

test('an error is printed with its source line and a caret under the column, like tsc', () => {
  assert.deepEqual(diagnosticLines([error], view), ['refs.bib:2:11: error bibtex-syntax: unclosed brace [a]', '  2 |   title = {x,', '    |           ^']);
});

test('repeated warnings are summarised unless --verbose; --quiet keeps errors only', () => {
  const many = [1, 2, 3, 4, 5].map(warning);
  const lines = diagnosticLines(many, view);
  assert.equal(lines.filter((l) => l.includes('warning missing-date')).length, 3);
  assert.equal(lines.at(-2), '... and 2 more missing-date (--verbose shows all)');
  assert.match(lines.at(-1) ?? '', /^hint: `pubcv enrich` looks up missing years and venues/);
  assert.equal(diagnosticLines(many, { ...view, verbose: true }).filter((l) => l.includes('warning')).length, 5);
  assert.deepEqual(diagnosticLines([...many, error], { ...view, quiet: true })[0], 'refs.bib:2:11: error bibtex-syntax: unclosed brace [a]');
  assert.equal(diagnosticLines(many, { ...view, quiet: true }).length, 0);
});

test('the enrich hint comes only with warnings enrich can answer', () => {
  assert.ok(!diagnosticLines([error], view).some((l) => l.startsWith('hint:')));
  assert.equal(diagnosticLines([{ ...warning(1), code: 'missing-venue' }], view).filter((l) => l.startsWith('hint:')).length, 1);
});

test('colour wraps the severity and caret in ANSI codes only when asked', () => {
  const [first, , caret] = diagnosticLines([error], { ...view, paint: paintFor(true) });
  assert.match(first ?? '', /\u001b\[31merror\u001b\[39m/);
  assert.match(caret ?? '', /\u001b\[31m\^/);
  assert.doesNotMatch(diagnosticLines([error], view).join('\n'), /\u001b/);
});

test('the filters’ notes are one line counting them by filter, unless --verbose', () => {
  const left = (entry: string, why: string): Diagnostic => ({
    severity: 'info',
    code: 'filtered-out',
    message: `left out: ${why}`,
    file: 'refs.bib',
    line: 1,
    entry,
  });
  const notes = [
    left('a', 'published 2010, before 2015 (since)'),
    left('b', 'the owner is not among its authors (only-owner)'),
    left('c', 'the owner is not among its authors (only-owner)'),
    left('d', 'published 2012, before 2015 (since)'),
  ];
  assert.deepEqual(diagnosticLines(notes, view), ['info filtered-out: left out 4 entries: 2 by since, 2 by only-owner (--verbose lists each)']);
  assert.equal(diagnosticLines(notes, { ...view, verbose: true }).filter((l) => l.includes('filtered-out')).length, 4);
});
