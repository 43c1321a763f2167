// npm run compare:pandoc [-- --diffs[=FIELD]] [-- --files] [-- FILE.bib ...]
// Compares pubcv's CSL-JSON (read + normalize) with `pandoc -f bibtex -t csljson` on the BibTeX
// files of the shared corpus (the six IRIDIA files as one bibliography) and prints how often each
// field agrees. Names are compared part by part (family, given, both particles, suffix, literal):
// a given name misread as a suffix hides in a "Family, Given" join. Skips when pandoc is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputTexts } from '../src/input/read-input.js';
import type { CslItem, CslName } from '../src/model/record.js';
import { normalizeRecords } from '../src/normalize/normalize-records.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url));
const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join(CORPUS, 'large', `iridia-${part}.bib`));
// `particle` is either kind: pandoc makes von parts dropping, pubcv non-dropping (README), so the
// two kinds disagree by design while the particle itself should not.
const NAME_PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'particle', 'suffix', 'literal'] as const;
const NAME_FIELDS = (['author', 'editor'] as const).flatMap((role) => NAME_PARTS.map((part) => `${role}.${part}` as const));
const FIELDS = ['title', 'title (any case)', ...NAME_FIELDS, 'issued', 'container-title', 'type', 'genre', 'publisher'] as const;
type Field = (typeof FIELDS)[number];

function text(value: unknown, keepCase: boolean): string {
  if (typeof value !== 'string') return '';
  const plain = value.replace(/<[^>]*>/g, '').normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return keepCase ? plain : plain.toLowerCase();
}

/**
 * One part of every name of a list, name by name ("Doe | Roe"), so that a list whose names agree in
 * that part agrees whatever happens to the others. "et al." / "others" ends a list differently in
 * each tool (test/NOTES.md) and is left out.
 */
function nameParts(value: unknown, part: (typeof NAME_PARTS)[number]): string {
  if (!Array.isArray(value)) return '';
  const names = (value as CslName[]).filter((name) => !/^(et al\.?|others)$/i.test(name.literal ?? name.family ?? ''));
  const partOf = (name: CslName): unknown => (part === 'particle' ? [name['dropping-particle'], name['non-dropping-particle']].filter(Boolean).join(' ') : (name as Record<string, unknown>)[part]);
  const parts = names.map((name) => text(partOf(name), true));
  return parts.every((p) => p === '') ? '' : parts.join(' | ');
}

function date(value: unknown): string {
  const issued = value as CslItem['issued'];
  return issued?.['date-parts']?.map((parts) => parts.join('-')).join('/') ?? issued?.literal ?? issued?.raw ?? '';
}

function comparable(item: CslItem | undefined, field: Field): string {
  if (item === undefined) return '(missing)';
  if (field === 'title') return text(item.title, true);
  if (field === 'title (any case)') return text(item.title, false);
  if (field === 'issued') return date(item.issued);
  if (field === 'type') return item.type;
  if (field === 'genre' || field === 'publisher' || field === 'container-title') {
    const value = (item as Record<string, unknown>)[field];
    // A list where a string belongs is itself a difference: it is shown, not joined.
    return Array.isArray(value) ? JSON.stringify(value) : text(value, true);
  }
  const [role, part] = field.split('.') as ['author' | 'editor', (typeof NAME_PARTS)[number]];
  return nameParts(item[role], part);
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
  const diffs = argv.find((arg) => arg === '--diffs' || arg.startsWith('--diffs='));
  const diffField = diffs?.split('=')[1];
  const perFile = argv.includes('--files');
  const given = argv.filter((arg) => !arg.startsWith('--'));
  if (given.length === 0 && !existsSync(CORPUS)) {
    console.log(`compare:pandoc: the corpus is not at ${CORPUS}; give .bib files to compare (skipped).`);
    return 0;
  }
  const sets = given.length > 0 ? given.map((path) => [path]) : [...bibFiles(CORPUS).sort().map((path) => [path]), IRIDIA];
  console.log(`${version.stdout.split('\n')[0]} vs pubcv: agreement per field, on the entries both read\n`);
  const totals = new Map<Field, { same: number; total: number }>(FIELDS.map((f) => [f, { same: 0, total: 0 }]));
  let items = 0;
  for (const paths of sets) {
    const label = paths.length > 1 ? 'iridia-*.bib (6 files)' : basename(paths[0] ?? '');
    const theirs = pandocs(paths);
    if (typeof theirs === 'string') {
      console.log(`${label}: pandoc could not read it: ${theirs}`);
      continue;
    }
    items += theirs.size;
    const mine = ours(paths);
    const rates: string[] = [];
    for (const field of FIELDS) {
      let [same, total] = [0, 0];
      for (const [id, item] of theirs) {
        const [a, b] = [comparable(item, field), comparable(mine.get(id), field)];
        if (a === '' && b === '') continue;
        total += 1;
        if (a === b) same += 1;
        else if (diffs && (diffField === undefined || diffField === field)) console.log(`  ${label} ${id} ${field}\n    pandoc ${a}\n    pubcv  ${b}`);
      }
      const sum = totals.get(field);
      if (sum) [sum.same, sum.total] = [sum.same + same, sum.total + total];
      if (total > 0 && same < total) rates.push(`${field} ${percent(same, total).trim()}`);
    }
    if (perFile) console.log(`${label} (${theirs.size}): ${rates.join(', ') || 'all agree'}`);
  }
  console.log(`\n${'field'.padEnd(32)} agree   (same/compared) over ${items} entries`);
  for (const field of FIELDS) {
    const { same, total } = totals.get(field) ?? { same: 0, total: 0 };
    console.log(`${field.padEnd(32)} ${percent(same, total)} (${same}/${total})`);
  }
  console.log('\nWhy the remaining differences are there: README.md ("Compared with pandoc"); -- --diffs[=FIELD] lists them.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
