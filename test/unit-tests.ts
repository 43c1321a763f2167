import { readdirSync } from 'node:fs';

// Every test file outside test/e2e, imported into this one process: tsx compiles each module
// once and citeproc, pdfkit, docx and the fonts load once, instead of once per test file. The
// tests still run one after another, in file order. A `*.alone.test.ts` file needs a process of
// its own (it reads library state before pubcv's modules change it): npm test runs it apart.
// `node --import tsx --test FILE` runs one file.

const here = new URL('./', import.meta.url);
const files = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && !file.endsWith('.alone.test.ts') && !file.startsWith('e2e/'))
  .sort();
for (const file of files) await import(new URL(file, here).href);
