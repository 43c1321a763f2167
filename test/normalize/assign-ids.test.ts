import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceRecord } from '../../src/model/record.js';
import { assignIds } from '../../src/normalize/assign-ids.js';

function record(key: string | undefined, line: number, title = 'Cats'): SourceRecord {
  return { item: { id: 'ignored', type: 'book', title, author: [{ family: 'Smith' }] }, source: { file: 'a.bib', line, key } };
}

describe('assignIds', () => {
  it('keeps keys and derives ids for records without one', () => {
    const result = assignIds([record('smith2020', 1), record(undefined, 5), record('  spaced\tkey ', 9)]);
    assert.deepEqual(result.value, ['smith2020', 'smithcats', 'spaced key']);
    assert.deepEqual(result.diagnostics, []);
  });

  it('renames clashes with b, c … in input order and warns about clashing keys', () => {
    const result = assignIds([record('x', 1), record('x', 2), record(undefined, 3, 'Dogs'), record('x', 4), record(undefined, 5, 'Dogs')]);
    assert.deepEqual(result.value, ['x', 'xb', 'smithdogs', 'xc', 'smithdogsb']);
    // A derived id that clashes is no key the user wrote, so there is nothing to fix.
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.severity, d.line, d.entry]),
      [
        ['duplicate-id', 'warning', 2, 'xb'],
        ['duplicate-id', 'warning', 4, 'xc'],
      ],
    );
    assert.equal(result.diagnostics[0]?.message, 'id "x" is already used by the entry at a.bib:1; this one is now "xb"');
  });

  it("never takes a suffix that is another record's own key", () => {
    const result = assignIds([record('x', 1), record('x', 2), record('xb', 3)]);
    assert.deepEqual(result.value, ['x', 'xc', 'xb']);
  });

  it('goes on past z with numbers', () => {
    const records = Array.from({ length: 28 }, (_, index) => record('k', index + 1));
    const ids = assignIds(records).value;
    assert.deepEqual(ids.slice(24), ['ky', 'kz', 'k-27', 'k-28']);
    assert.equal(new Set(ids).size, 28);
  });
});
