import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanJson } from '../../src/text/scan-json.js';

describe('scanJson', () => {
  it('records where the root, its children and grandchildren start', () => {
    const layout = scanJson('{"references": [ {"id": [1, 2]}, 3 ], "x": "y"}');
    assert.ok(layout.ok);
    assert.deepEqual(
      [...layout.starts],
      [
        ['', 0],
        ['references', 15],
        ['references/0', 17],
        ['references/1', 33],
        ['x', 43],
      ],
    );
  });

  it('accepts everything JSON allows', () => {
    for (const text of ['[]', '{}', ' -0.5e+3 ', '"\\u00e9\\n\\/"', 'true', 'null', '[false, {"a": [[]]}]']) {
      assert.equal(scanJson(text).ok, true, text);
      assert.doesNotThrow(() => JSON.parse(text));
    }
  });

  it('finds the first syntax error where JSON.parse fails', () => {
    const cases: Array<[string, number]> = [
      ['[1, 2,]', 6],
      ['{"a": }', 6],
      ['{a: 1}', 1],
      ['[1 2]', 3],
      ['"tab\tin string"', 0],
      ['"bad \\x escape"', 0],
      ['[01]', 2],
      ['[1] x', 4],
      ['[', 1],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      assert.throws(() => JSON.parse(text));
      const layout = scanJson(text);
      assert.equal(layout.ok ? -1 : layout.offset, offset, text);
    }
  });
});

it('nesting 100,000 levels deep is scanned without a stack overflow, positions and all', () => {
  const text = `[{"id": "a"}, ${'['.repeat(100_000)}${']'.repeat(100_000)}]`;
  const layout = scanJson(text);
  assert.ok(layout.ok);
  assert.equal(layout.starts.get('1'), 14);
});
