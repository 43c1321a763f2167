// npm run compare:pandoc [-- --diffs] [-- FILE.bib ...]
// Compares pubcv's CSL-JSON (read + normalize) with `pandoc -f bibtex -t csljson` on the BibTeX
// files of the shared corpus (the six IRIDIA files as one bibliography) and prints how often the
// title, authors, date and container agree. Skips cleanly when pandoc is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputTexts } from '../src/input/read-input.js';
import type { CslItem, CslName } from '../src/input/record.js';
import { normalizeRecords } from '../src/normalize/normalize-records.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url));
const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join(CORPUS, 'large', `iridia-${part}.bib`));
const FIELDS = ['title', 'title (any case)', 'author', 'issued', 'container-title'] as const;
type Field = (typeof FIELDS)[number];

function text(value: unknown, keepCase: boolean): string {
  if (typeof value !== 'string') return '';
  const plain = value.replace(/<[^>]*>/g, '').normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return keepCase ? plain : plain.toLowerCase();
}

/** Names with any particle folded into the family, as pandoc and we may place it differently. */
function names(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return (value as CslName[])
    .map((name) => name.literal ?? [[name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given, name.suffix].filter(Boolean).join(', '))
    .map((name) => text(name, true))
    .join('; ');
}

function date(value: unknown): string {
  const issued = value as CslItem['issued'];
  return issued?.['date-parts']?.map((parts) => parts.join('-')).join('/') ?? issued?.literal ?? issued?.raw ?? '';
}

function comparable(item: CslItem | undefined, field: Field): string {
  if (item === undefined) return '(missing)';
  if (field === 'title') return text(item.title, true);
  if (field === 'title (any case)') return text(item.title, false);
  if (field === 'author') return names(item.author);
  if (field === 'issued') return date(item.issued);
  return text(item['container-title'], true);
}

function ours(paths: readonly string[]): Map<string, CslItem> {
  const read = readInputTexts(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })));
  // One by one: merging duplicates would leave pandoc's copies without a partner.
  const records = read.records.flatMap((record) => normalizeRecords([record]).value);
  return new Map(records.map((record) => [record.source.key ?? record.item.id, record.item]));
}

function pandocs(paths: readonly string[]): Map<string, CslItem> | string {
  const run = spawnSync('pandoc', ['-f', 'bibtex', '-t', 'csljson', ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) return (run.stderr || 'pandoc failed').split('\n')[0] ?? 'pandoc failed';
  const items = JSON.parse(run.stdout) as CslItem[];
  return new Map(items.map((item) => [item.id, item]));
}

function bibFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'large' ? [] : bibFiles(path);
    return entry.name.endsWith('.bib') ? [path] : [];
  });
}

function percent(same: number, total: number): string {
  return total === 0 ? '   -  ' : `${((100 * same) / total).toFixed(1).padStart(5)}%`;
}

function main(argv: readonly string[]): number {
  const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (version.error !== undefined || version.status !== 0) {
    console.log('compare:pandoc: pandoc is not installed; nothing to compare (skipped).');
    return 0;
  }
  const showDiffs = argv.includes('--diffs');
  const given = argv.filter((arg) => !arg.startsWith('--'));
  if (given.length === 0 && !existsSync(CORPUS)) {
    console.log(`compare:pandoc: the corpus is not at ${CORPUS}; give .bib files to compare (skipped).`);
    return 0;
  }
  const sets = given.length > 0 ? given.map((path) => [path]) : [...bibFiles(CORPUS).sort().map((path) => [path]), IRIDIA];
  console.log(`${version.stdout.split('\n')[0]} vs pubcv; agreement per field (matched entries)\n`);
  console.log(`${'input'.padEnd(46)} ${'items'.padStart(5)}  ${FIELDS.map((f) => f.padStart(17)).join('')}`);
  const totals = new Map<Field, { same: number; total: number }>(FIELDS.map((f) => [f, { same: 0, total: 0 }]));
  for (const paths of sets) {
    const label = paths.length > 1 ? 'iridia-*.bib (6 files)' : basename(paths[0] ?? '');
    const theirs = pandocs(paths);
    if (typeof theirs === 'string') {
      console.log(`${label.padEnd(46)} pandoc could not read it: ${theirs}`);
      continue;
    }
    const mine = ours(paths);
    const counts = FIELDS.map((field) => {
      let same = 0;
      let total = 0;
      for (const [id, item] of theirs) {
        const [a, b] = [comparable(item, field), comparable(mine.get(id), field)];
        if (a === '' && b === '') continue;
        total += 1;
        if (a === b) same += 1;
        else if (showDiffs) console.log(`  ${label} ${id} ${field}\n    pandoc ${a}\n    pubcv  ${b}`);
      }
      const sum = totals.get(field);
      if (sum) [sum.same, sum.total] = [sum.same + same, sum.total + total];
      return percent(same, total).padStart(17);
    });
    console.log(`${label.slice(0, 46).padEnd(46)} ${String(theirs.size).padStart(5)}  ${counts.join('')}`);
  }
  const overall = FIELDS.map((field) => {
    const sum = totals.get(field) ?? { same: 0, total: 0 };
    return ` ${percent(sum.same, sum.total)} (${sum.same}/${sum.total})`;
  });
  console.log(`${'all'.padEnd(46)} ${''.padStart(5)}  ${overall.join('')}`);
  console.log('\nDifferences that are pandoc\'s are listed in test/NOTES.md; run with -- --diffs to see each one.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
