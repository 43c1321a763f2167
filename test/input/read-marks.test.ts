import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarks } from '../../src/input/read-marks.js';
import { roleNamed } from '../../src/input/role-names.js';

test('reads roles by entry id or DOI, by author position or name', () => {
  const { value, diagnostics } = readMarks(
    ['sui2024moe:', '  co-first: [1, 2]', '  corresponding: "Sui, Yang"', '10.1145/3580305.3599284:', '  advisee: 3', ''].join('\n'),
    'marks.yaml',
  );
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(value.entries, [
    {
      key: 'sui2024moe',
      line: 1,
      marks: [
        { role: 'co-first', who: 1, line: 2 },
        { role: 'co-first', who: 2, line: 2 },
        { role: 'corresponding', who: 'Sui, Yang', line: 3 },
      ],
    },
    { key: '10.1145/3580305.3599284', line: 4, marks: [{ role: 'student', who: 3, line: 5 }] },
  ]);
});

test('symbols and labels change how roles are drawn', () => {
  const { value } = readMarks('symbols:\n  corresponding: "✉"\n  student: underline\n  equal: none\nlabels:\n  student: Student I advised\n', 'm.yaml');
  assert.deepEqual(value.looks, {
    corresponding: { symbol: '✉', underline: false },
    student: { symbol: '', underline: true, label: 'Student I advised' },
    equal: { symbol: '', underline: false },
  });
});

test('unknown roles and bad values are warnings with their line; broken YAML is an error', () => {
  const { diagnostics } = readMarks('a:\n  first-author: [1]\n  equal: [0]\n', 'm.yaml');
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.line]),
    [
      ['marks-unknown-role', 2],
      ['marks-syntax', 3],
    ],
  );
  assert.equal(readMarks('a: [1\n', 'm.yaml').diagnostics[0]?.severity, 'error');
  assert.equal(roleNamed('Co_First'), 'co-first');
});
