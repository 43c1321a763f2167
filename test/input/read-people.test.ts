import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPeople } from '../../src/input/read-people.js';

test('one person a line, other spellings after a semicolon; a YAML list reads the same', () => {
  const text = '# my lab\nZhang, Yue; Zhang, Y.\n\nLi Wei   # postdoc\npeople:\n  - "Kowalski, Anna"\n  - \'Ito, Ken\'\n';
  const { value, diagnostics } = readPeople(text, 'lab.txt');
  assert.deepEqual(value, [
    { names: ['Zhang, Yue', 'Zhang, Y.'], line: 2 },
    { names: ['Li Wei'], line: 4 },
    { names: ['Kowalski, Anna'], line: 6 },
    { names: ['Ito, Ken'], line: 7 },
  ]);
  assert.deepEqual(diagnostics, []);
});

test('a line without a name, and a file that names no one, are warnings with the file and line', () => {
  assert.deepEqual(
    readPeople('Li, Wei\n- ;\n', 'lab.txt').diagnostics.map((d) => [d.code, d.file, d.line]),
    [['people-no-name', 'lab.txt', 2]],
  );
  assert.deepEqual(
    readPeople('# nobody yet\n', 'lab.txt').diagnostics.map((d) => [d.code, d.message]),
    [['people-no-name', 'the people file names no one']],
  );
});
