import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarks } from '../../src/input/read-marks.js';
import type { SourceRecord } from '../../src/model/record.js';
import { contributionRoles } from '../../src/owner/contribution-roles.js';

const record = (id: string, extra: Record<string, unknown> = {}): SourceRecord => ({
  item: {
    id,
    type: 'article',
    author: [
      { family: 'Yang', given: 'Cheng' },
      { family: 'Sui', given: 'Yang' },
      { family: 'Li', given: 'Wei' },
    ],
    ...extra,
  },
  source: { file: 'refs.bib', line: 1, key: id },
});

test("roles from the item's own custom.contributions and from a marks file, by id or DOI", () => {
  const marks = readMarks('a:\n  corresponding: "Yang Sui"\n"https://doi.org/10.1/XYZ":\n  student: [3]\n', 'm.yaml').value;
  const { value, diagnostics } = contributionRoles(
    [
      record('a', {
        custom: {
          contributions: [
            { author: 0, role: 'co-first' },
            { author: 1, role: 'co-first' },
          ],
        },
      }),
      record('b', { DOI: '10.1/xyz' }),
    ],
    marks,
  );
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    [...value.get('a')!],
    [
      [0, ['co-first']],
      [1, ['co-first', 'corresponding']],
    ],
  );
  assert.deepEqual([...value.get('b')!], [[2, ['student']]]);
});

test('marks that name no entry or no author are warnings', () => {
  const marks = readMarks('a:\n  equal: [9, "Nobody, Here"]\nzzz:\n  equal: [1]\n', 'm.yaml').value;
  const { value, diagnostics } = contributionRoles([record('a')], marks);
  assert.equal(value.size, 0);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.line]),
    [
      ['marks-unknown-author', 2],
      ['marks-unknown-author', 2],
      ['marks-unknown-entry', 3],
    ],
  );
});
