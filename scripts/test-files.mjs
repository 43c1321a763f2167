// The test files npm test hands to `node --test --test-concurrency=3`, which starts them in this
// order: the longest first, so that no long file starts last and runs alone at the end (three at a
// time on two cores: the files that wait on a watcher, a child or npm leave a core to the others). Then the
// rest of test/e2e/ and every *.alone.test.ts (each a process of its own), by name. Every other
// test file runs inside test/unit-tests.ts.
import { readdirSync } from 'node:fs';

const LONGEST_FIRST = [
  'test/unit-tests.ts',
  'test/package/pack-install.alone.test.ts',
  'test/e2e/reproducible-build.test.ts',
  'test/e2e/fuzz-build.test.ts',
  'test/e2e/watch-cli.test.ts',
  'test/e2e/edit-session.test.ts',
  'test/e2e/languages.test.ts',
  'test/e2e/bundle.test.ts',
  'test/e2e/action.test.ts',
  'test/e2e/owner-matrix.test.ts',
  'test/e2e/watch-config.test.ts',
  'test/e2e/seed-build.test.ts',
  'test/e2e/templates-and-links.test.ts',
];

const all = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .map((file) => `test/${file}`)
  .filter((file) => file.endsWith('.alone.test.ts') || (file.startsWith('test/e2e/') && file.endsWith('.test.ts')))
  .sort();
const gone = LONGEST_FIRST.filter((file) => file !== 'test/unit-tests.ts' && !all.includes(file));
if (gone.length > 0) throw new Error(`scripts/test-files.mjs lists files that are not there: ${gone.join(', ')}`);
console.log([...LONGEST_FIRST, ...all.filter((file) => !LONGEST_FIRST.includes(file))].join('\n'));
