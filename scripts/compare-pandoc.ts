// npm run compare:pandoc [-- --diffs[=FIELD]] [-- --files] [-- FILE.bib ...]
// Compares pubcv's CSL-JSON (read + normalize) with `pandoc -f bibtex -t csljson` on the BibTeX
// files of the shared corpus (the six IRIDIA files as one bibliography) and prints how often each
// field agrees. Names are compared part by part (family, given, both particles, suffix, literal):
// a given name misread as a suffix hides in a "Family, Given" join. Skips when pandoc is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predefinedMacros } from '../src/input/bibtex-convert.js';
import { scanBibtex } from '../src/input/bibtex-scan.js';
import { readInputTexts } from '../src/input/read-input.js';
import type { CslItem, CslName } from '../src/model/record.js';
import { normalizeRecords } from '../src/normalize/normalize-records.js';
import { CLASSES, classify, type ClassName, type Difference } from './pandoc-differences.js';

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
  const plain = value
    .replace(/<[^>]*>/g, '')
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
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
  const partOf = (name: CslName): unknown =>
    part === 'particle' ? [name['dropping-particle'], name['non-dropping-particle']].filter(Boolean).join(' ') : (name as Record<string, unknown>)[part];
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

interface Ours {
  readonly items: Map<string, CslItem>;
  /** Each item as the reader made it, before normalizing. */
  readonly read: Map<string, CslItem>;
  /** Each entry's raw fields (macros expanded), its type under '@type'. */
  readonly raw: Map<string, ReadonlyMap<string, string>>;
}

async function ours(paths: readonly string[]): Promise<Ours> {
  const texts = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const read = await readInputTexts(texts);
  // One by one: merging duplicates would leave pandoc's copies without a partner.
  const records = read.records.flatMap((record) => normalizeRecords([record]).value);
  const key = (record: { source: { key?: string }; item: CslItem }): string => record.source.key ?? record.item.id;
  const macros = new Map(Object.entries(predefinedMacros()));
  const raw = new Map<string, ReadonlyMap<string, string>>();
  for (const { path, text } of texts) {
    for (const entry of scanBibtex(text, path, macros).entries) {
      if (entry.kind === 'entry') raw.set(entry.key.toLowerCase(), new Map([...entry.fields, ['@type', entry.type]]));
    }
  }
  return { items: new Map(records.map((record) => [key(record), record.item])), read: new Map(read.records.map((record) => [key(record), record.item])), raw };
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

function classOf(field: Field, pandoc: CslItem, id: string, mine: Ours, [a, b]: readonly [string, string]): ClassName | 'unclassified' {
  const pubcv = mine.items.get(id);
  if (pubcv === undefined) return 'unclassified';
  const raw = mine.raw.get(id.toLowerCase());
  const parent = mine.raw.get(raw?.get('crossref')?.trim().toLowerCase() ?? '');
  const difference: Difference = { field, pandoc, pubcv, read: mine.read.get(id), raw, parent };
  return classify(difference, a, b) ?? 'unclassified';
}

/** Every class of difference found, per field: verdict, count and the first example. */
function printClasses(found: ReadonlyMap<string, { count: number; example: string }>): void {
  console.log('\nWhy they differ (class: who is right, count, first example; scripts/pandoc-differences.ts says why):');
  const rows = [...found].map(([key, value]) => ({ field: key.split('\t')[0] ?? '', kind: key.split('\t')[1] ?? '', ...value }));
  const verdicts = new Map<string, number>();
  for (const field of FIELDS) {
    for (const row of rows.filter((r) => r.field === field).sort((x, y) => y.count - x.count)) {
      const verdict = row.kind === 'unclassified' ? 'UNCLASSIFIED' : CLASSES[row.kind as ClassName].verdict;
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + row.count);
      console.log(`${field.padEnd(32)} ${row.kind.padEnd(20)} ${verdict.padEnd(15)} ${String(row.count).padStart(4)}  ${row.example}`);
    }
  }
  console.log(`\nDifferences by verdict: ${[...verdicts].map(([verdict, count]) => `${verdict} ${count}`).join(', ')}`);
}

function percent(same: number, total: number): string {
  return total === 0 ? '   -  ' : `${((100 * same) / total).toFixed(1).padStart(5)}%`;
}

async function main(argv: readonly string[]): Promise<number> {
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
  const sets =
    given.length > 0
      ? given.map((path) => [path])
      : [
          ...bibFiles(CORPUS)
            .sort()
            .map((path) => [path]),
          IRIDIA,
        ];
  console.log(`${version.stdout.split('\n')[0]} vs pubcv: agreement per field, on the entries both read\n`);
  const totals = new Map<Field, { same: number; total: number }>(FIELDS.map((f) => [f, { same: 0, total: 0 }]));
  const found = new Map<string, { count: number; example: string }>();
  let items = 0;
  for (const paths of sets) {
    const label = paths.length > 1 ? 'iridia-*.bib (6 files)' : basename(paths[0] ?? '');
    const theirs = pandocs(paths);
    if (typeof theirs === 'string') {
      console.log(`${label}: pandoc could not read it: ${theirs}`);
      continue;
    }
    items += theirs.size;
    const mine = await ours(paths);
    const rates: string[] = [];
    for (const field of FIELDS) {
      let [same, total] = [0, 0];
      for (const [id, item] of theirs) {
        const [a, b] = [comparable(item, field), comparable(mine.items.get(id), field)];
        if (a === '' && b === '') continue;
        total += 1;
        if (a === b) {
          same += 1;
          continue;
        }
        const kind = classOf(field, item, id, mine, [a, b]);
        const example = `${label} ${id}: pandoc "${a.slice(0, 90)}", pubcv "${b.slice(0, 90)}"`;
        const counted = found.get(`${field}\t${kind}`) ?? { count: 0, example };
        found.set(`${field}\t${kind}`, { count: counted.count + 1, example: counted.example });
        if (diffs && (diffField === undefined || diffField === field)) console.log(`  ${label} ${id} ${field} [${kind}]\n    pandoc ${a}\n    pubcv  ${b}`);
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
  printClasses(found);
  console.log('\n-- --diffs[=FIELD] lists each difference with its class.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
