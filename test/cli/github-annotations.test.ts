import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotationLine, escapeData, escapeProperty } from '../../src/cli/github-annotations.js';

test('messages escape %, CR and LF; properties also escape : and ,', () => {
  assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
  assert.equal(escapeProperty('C:\\refs, old.bib 50%'), 'C%3A\\refs%2C old.bib 50%25');
});

test('an error with a file, line and column becomes ::error with every property', () => {
  const line = annotationLine(
    { severity: 'error', code: 'bibtex-syntax', message: 'missing comma', file: 'refs.bib', line: 40, column: 3, entry: 'smith2020' },
    {},
  );
  assert.equal(line, '::error file=refs.bib,line=40,col=3,title=bibtex-syntax::missing comma [smith2020]');
});

test('warnings and infos become ::warning and ::notice; a column without a line is left out', () => {
  assert.equal(
    annotationLine({ severity: 'warning', code: 'missing-date', message: 'no year', file: 'a.bib', line: 7 }),
    '::warning file=a.bib,line=7,title=missing-date::no year',
  );
  assert.equal(annotationLine({ severity: 'info', code: 'x', message: 'note', file: 'a.bib', column: 2 }), '::notice file=a.bib,title=x::note');
});

test('a diagnostic without a file (or from stdin) is an annotation without a file', () => {
  assert.equal(annotationLine({ severity: 'warning', code: 'owner-unknown', message: 'no owner' }), '::warning title=owner-unknown::no owner');
  assert.equal(annotationLine({ severity: 'error', code: 'e', message: 'bad', file: '<stdin>', line: 3 }), '::error title=e::bad');
});

test('file paths are made relative to the repository checkout, and special characters escaped', () => {
  const env = { GITHUB_WORKSPACE: '/home/runner/work/cv/cv' };
  const d = { severity: 'error' as const, code: 'c', message: 'line one\nline two', file: 'papers/a,b.bib', line: 1 };
  assert.equal(annotationLine(d, env, '/home/runner/work/cv/cv'), '::error file=papers/a%2Cb.bib,line=1,title=c::line one%0Aline two');
  assert.equal(annotationLine({ ...d, file: '/home/runner/work/cv/cv/refs.bib' }, env, '/tmp'), '::error file=refs.bib,line=1,title=c::line one%0Aline two');
  assert.equal(annotationLine({ ...d, file: 'refs.bib' }, env, '/home/runner/work/cv/cv/sub'), '::error file=sub/refs.bib,line=1,title=c::line one%0Aline two');
});
