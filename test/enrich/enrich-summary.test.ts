import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrichSummary, suggestionLine } from '../../src/cli/enrich-summary.js';

test('a suggestion reads "title — venue year (source, score)"', () => {
  assert.equal(
    suggestionLine({ title: 'Twin Benchmarks', venue: 'Synthetic Journal', year: 2099, source: 'dblp', url: 'u', score: 0.8765 }),
    'Twin Benchmarks — Synthetic Journal 2099 (dblp, 0.88)',
  );
  assert.equal(suggestionLine({ title: 'Bare', source: 'arxiv', url: 'u', score: 0.5, DOI: '10.5555/x' }), 'Bare (arxiv, 0.50) doi:10.5555/x');
});

test('the summary lists each outcome and ends with the counts', () => {
  const lines = enrichSummary(
    {
      filled: [{ id: 'a', title: 'A', source: 'crossref', url: 'u', score: 0.97, fields: { issued: { 'date-parts': [[2099]] }, 'container-title': 'V' } }],
      suggestions: [
        { id: 'b', title: 'B', suggestions: [], failures: [] },
        {
          id: 'c',
          title: 'C',
          suggestions: [{ title: 'C2', source: 'crossref', url: 'u', score: 0.7 }],
          failures: [{ kind: 'timeout', source: 'dblp', url: 'u', message: 'dblp.org did not answer within 10 s' }],
        },
      ],
      failed: [{ id: 'd', title: 'D', failures: [{ kind: 'offline', source: 'crossref', url: 'u', message: 'no network' }] }],
      skipped: [{ id: 'e', title: 'E', reason: 'locked' }],
    },
    'pubcv.lock.json',
    true,
  );
  assert.deepEqual(lines, [
    'filled     a: year 2099, venue "V" (crossref, 0.97)',
    'suggestions c: "C" — not sure; is it one of these?',
    '    C2 (crossref, 0.70)',
    '    (dblp gave no answer: dblp.org did not answer within 10 s)',
    'not found  b: "B" — no candidate came close',
    'failed     d: no network',
    'pubcv enrich: 1 filled, 1 with suggestions, 1 not found, 1 failed, 1 entry skipped (1 already in the lock); wrote pubcv.lock.json',
  ]);
});
