import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSummary, changesPhrase, checkSummary, formatDuration, outputsPhrase } from '../../src/cli/summary-line.js';

const entries = { read: 12, rendered: 10, skipped: 1, merged: 1 };

test('durations read naturally', () => {
  assert.equal(formatDuration(84.4), '84 ms');
  assert.equal(formatDuration(1234), '1.2 s');
  assert.equal(formatDuration(14_600), '15 s');
});

test('outputs sharing a folder and name are written once with their extensions', () => {
  assert.equal(outputsPhrase(['out/publications.pdf', 'out/publications.html']), 'out/publications.{pdf,html}');
  assert.equal(outputsPhrase(['out/publications.pdf']), 'out/publications.pdf');
  assert.equal(outputsPhrase([]), 'nothing written');
});

test('changes: counts since the last build, nothing on the first build', () => {
  assert.equal(changesPhrase({ new: ['a', 'b'], changed: ['c'], removed: [], firstBuild: false }), '2 new, 1 changed, 0 removed since the last build');
  assert.equal(changesPhrase({ new: [], changed: [], removed: [], firstBuild: false }), 'no change since the last build');
  assert.equal(changesPhrase({ new: ['a'], changed: [], removed: [], firstBuild: true }), undefined);
});

test('the build summary names entries, outputs, time, problems and changes on one line', () => {
  const diagnostics = [
    { severity: 'error' as const, code: 'a', message: '' },
    { severity: 'warning' as const, code: 'b', message: '' },
    { severity: 'warning' as const, code: 'b', message: '' },
  ];
  const changes = { new: ['x'], changed: [], removed: ['y'], firstBuild: false };
  assert.equal(
    buildSummary({ entries, diagnostics, outputs: ['output/publications.pdf', 'output/publications.docx'], changes }, 1500),
    'pubcv: 10 of 12 entries (1 skipped, 1 merged) -> output/publications.{pdf,docx} in 1.5 s; 1 error, 2 warnings; 1 new, 0 changed, 1 removed since the last build',
  );
  assert.equal(
    buildSummary({ entries: { read: 1, rendered: 1, skipped: 0, merged: 0 }, diagnostics: [], outputs: ['o/p.html'] }, 80),
    'pubcv: 1 entry -> o/p.html in 80 ms',
  );
});

test('the check summary names the file, readable entries and problems', () => {
  assert.equal(
    checkSummary({ entries, diagnostics: [] }, ['refs.bib'], 20),
    'pubcv: checked refs.bib: 11 of 12 entries readable (1 merged as duplicates); no problems (20 ms)',
  );
  assert.equal(
    checkSummary({ entries: { read: 3, rendered: 3, skipped: 0, merged: 0 }, diagnostics: [] }, ['a.bib', 'b.json'], 20),
    'pubcv: checked 2 files: 3 entries readable; no problems (20 ms)',
  );
});

test('the check summary counts merged duplicates and entries the filters left out as readable', () => {
  const left = { severity: 'info', code: 'filtered-out', message: 'left out: published 2010, before 2015 (since)' } as const;
  assert.equal(
    checkSummary({ entries: { read: 254, rendered: 134, skipped: 0, merged: 120 }, diagnostics: [] }, ['orcid.bib'], 20),
    'pubcv: checked orcid.bib: 254 entries readable (120 merged as duplicates); no problems (20 ms)',
  );
  assert.equal(
    checkSummary({ entries: { read: 5, rendered: 2, skipped: 3, merged: 0 }, diagnostics: [left, left] }, ['refs.bib'], 20),
    'pubcv: checked refs.bib: 4 of 5 entries readable (2 left out by the filters); no problems (20 ms)',
  );
});
