import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyLock, parseLock, serializeLock, type LockFile } from '../../src/enrich/lock-file.js';
import { lockedCitations, lockedEntry, unmatchedEntry } from '../../src/enrich/lock-entries.js';

const LOCK: LockFile = {
  version: 2,
  entries: {
    zed2099b: {
      title: 'B',
      fields: { URL: 'https://example.test/b', issued: { 'date-parts': [[2099]] }, 'container-title': 'Synthetic Venue for pubcv tests' },
      source: 'openalex',
      url: 'http://127.0.0.1/b',
      retrieved: '2026-01-01',
      score: 0.9,
    },
    abe2099a: {
      title: 'A',
      fields: { DOI: '10.5555/synthetic.a', type: 'article-journal' },
      source: 'crossref',
      url: 'http://127.0.0.1/a',
      retrieved: '2026-01-01',
      score: 0.97,
    },
  },
};

test('a lock is written with sorted keys, 2-space indent and a final newline, and reads back the same', () => {
  const text = serializeLock(LOCK);
  assert.ok(text.endsWith('}\n'));
  assert.ok(text.indexOf('"abe2099a"') < text.indexOf('"zed2099b"'));
  assert.ok(text.indexOf('"DOI"') < text.indexOf('"type"'));
  assert.match(text, /^\{\n {2}"entries": \{\n {4}"abe2099a": \{/);
  assert.doesNotMatch(text, /unmatched/);
  assert.match(text, /\n {8}"issued": \{\n {10}"date-parts": \[\[2099\]\]\n {8}\}/);
  assert.deepEqual(parseLock(text, 'pubcv.lock.json').value, LOCK);
  assert.equal(serializeLock(parseLock(text, 'x').value!), text);
});

test('unmatched entries and their suggestions are kept', () => {
  const lock: LockFile = {
    ...emptyLock(),
    unmatched: { q: { title: 'Q', retrieved: '2026-01-01', suggestions: [{ title: 'Q?', venue: 'V', year: 2099, source: 'dblp', url: 'u', score: 0.6 }] } },
  };
  assert.deepEqual(parseLock(serializeLock(lock), 'x').value, lock);
});

test('a JSON syntax error is reported at its line and column', () => {
  const result = parseLock('{\n  "version": 1,\n  "entries": {,}\n}\n', 'pubcv.lock.json');
  assert.equal(result.value, undefined);
  assert.equal(result.diagnostics.length, 1);
  assert.deepEqual(
    { ...result.diagnostics[0], message: '' },
    { severity: 'error', code: 'lock-syntax', message: '', file: 'pubcv.lock.json', line: 3, column: 15 },
  );
});

test('schema problems are reported at the key or value at fault, with lock- codes', () => {
  const text =
    '{\n  "version": 1,\n  "entries": {\n    "a": {\n      "title": "A",\n      "fields": { "volumen": "3" },\n      "source": "scholar",\n      "url": "u",\n      "retrieved": "yesterday",\n      "score": 0.9\n    }\n  }\n}\n';
  const { value, diagnostics } = parseLock(text, 'pubcv.lock.json');
  assert.equal(value, undefined);
  const found = diagnostics.map((d) => [d.code, d.line, d.column, d.message]);
  assert.deepEqual(
    found.map(([code, line]) => [code, line]),
    [
      ['lock-unknown-key', 6],
      ['lock-value', 7],
      ['lock-value', 9],
    ],
  );
  assert.match(String(found[0]![3]), /did you mean 'volume'/);
  assert.match(String(found[1]![3]), /scholar/);
});

test('a newer version is refused with a clear message', () => {
  const { diagnostics } = parseLock('{"version": 3, "entries": {}}', 'pubcv.lock.json');
  assert.equal(diagnostics[0]?.code, 'lock-version');
  assert.match(diagnostics[0]!.message, /newer pubcv/);
  assert.equal(diagnostics[0]?.line, 1);
});

test('a locked type that is no CSL type is a lock-value error at its line', () => {
  const text =
    '{\n  "version": 1,\n  "entries": {\n    "a": {\n      "title": "A",\n      "fields": { "type": "jornal-article" },\n      "source": "crossref",\n      "url": "u",\n      "retrieved": "2026-01-01",\n      "score": 0.9\n    }\n  }\n}\n';
  const { value, diagnostics } = parseLock(text, 'pubcv.lock.json');
  assert.equal(value, undefined);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.line]),
    [['lock-value', 6]],
  );
});

test('entries are looked up as own properties: a key named constructor or toString finds nothing', () => {
  assert.equal(lockedEntry(LOCK, 'constructor'), undefined);
  assert.equal(unmatchedEntry(LOCK, 'toString'), undefined);
  assert.equal(lockedEntry(LOCK, 'abe2099a')?.title, 'A');
});

test('a version 1 lock (no citation counts) is read as version 2 and written as it', () => {
  const v1 = serializeLock(LOCK).replace('"version": 2', '"version": 1');
  const read = parseLock(v1, 'pubcv.lock.json');
  assert.deepEqual(read.diagnostics, []);
  assert.equal(read.value?.version, 2);
  assert.equal(serializeLock(read.value!), serializeLock(LOCK));
});

test('citation counts are kept per source, with their date and address, and sorted like the rest', () => {
  const lock: LockFile = {
    ...LOCK,
    citations: {
      abe2099a: {
        title: 'A',
        DOI: '10.5555/synthetic.a',
        openalex: { count: 42, work: 'W9000000001', url: 'http://127.0.0.1/openalex/works/doi:10.5555/synthetic.a', retrieved: '2026-12-01' },
        crossref: { count: 40, url: 'http://127.0.0.1/crossref/works/10.5555/synthetic.a', retrieved: '2026-12-01' },
      },
    },
  };
  const text = serializeLock(lock);
  assert.ok(text.indexOf('"citations"') < text.indexOf('"entries"'));
  assert.match(text, /"crossref": \{\n {8}"count": 40,/);
  assert.deepEqual(parseLock(text, 'x').value, lock);
  assert.equal(lockedCitations(parseLock(text, 'x').value!, 'abe2099a')?.openalex?.count, 42);
  assert.equal(lockedCitations(lock, 'constructor'), undefined);
  assert.doesNotMatch(serializeLock({ ...LOCK, citations: {} }), /citations/);
});

test('a damaged count is an error at its line: a negative figure, a wrong work id, an unknown key', () => {
  const text = `{
  "citations": {
    "a": {
      "title": "A",
      "openalex": { "count": -1, "retrieved": "2026-12-01", "url": "u", "work": "X1" },
      "crossref": { "count": 3, "retrieved": "2026-12-01", "url": "u", "cites": 2 }
    }
  },
  "entries": {},
  "version": 2
}
`;
  const { value, diagnostics } = parseLock(text, 'pubcv.lock.json');
  assert.equal(value, undefined);
  const lines = diagnostics.map((d) => d.line).sort();
  assert.deepEqual(lines, [5, 5, 6]);
  assert.ok(
    diagnostics.some((d) => d.code === 'lock-unknown-key' && /cites/.test(d.message)),
    JSON.stringify(diagnostics),
  );
});
