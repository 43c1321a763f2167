/**
 * `npm run bench`: times `pubcv build` (PDF + DOCX + HTML, the real CLI) against
 * `pandoc --citeproc` on synthetic CVs of 10, 100, 1,000 and 5,000 entries in APA and IEEE, CPU
 * and wall clock: cold (an empty output folder), warm (the same build again, nothing changed) and
 * the edit loop (one entry edited and rebuilt in a process that stays, as `--watch` does); checks
 * that the optimised path (cache, threads) writes the same files as the plain one, and writes
 * bench/RESULTS.md with a verdict per target of issue 18. `npm run bench -- --quick` runs 10, 100
 * and 1,000 entries once, for a quick look. It also times the floors (bench/floors.ts): what
 * citeproc-js and pdfkit alone need for 1,000 entries.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFloors, writeChild } from './floors.js';
import { BENCH_OWNER, generateBib } from './generate-bib.js';
import { commandExists, summarize, timeCommand, type Sample, type Summary } from './measure.js';
import { EDIT_TARGET_SIZE, writeResults, type BenchResults, type SizeResult, type StyleResults } from './report.js';
import { styleXml, type CslTree } from './style-xml.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'pubcv.js');
const quick = process.argv.includes('--quick');
const SIZES = quick
  ? [
      { n: 10, reps: 1 },
      { n: 100, reps: 1 },
      { n: 1000, reps: 1 },
    ]
  : [
      { n: 10, reps: 5 },
      { n: 100, reps: 5 },
      { n: 1000, reps: 3 },
      { n: 5000, reps: 1 },
    ];
/** Rebuilds timed after an edit, per size: the first is JIT-cold, the later ones are what a session feels. */
const EDITS = quick ? 3 : 5;
const STYLES = ['apa', 'ieee'] as const;
/** Sizes whose optimised output is checked against a plain (one thread, no cache) build. */
const CHECKED_SIZES = new Set([100, 1000]);
const REBUILD_SIZE = 1000;

const work = mkdtempSync(join(tmpdir(), 'pubcv-bench-'));
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };
const hasPandoc = commandExists('pandoc');
const OUTPUTS = ['publications.html', 'publications.docx', 'publications.pdf'];

const bibPath = (n: number): string => join(work, `cv-${n}.bib`);

function pubcv(style: string, bib: string, out: string, extra: readonly string[] = []): Sample {
  return timeCommand('node', [CLI, 'build', bib, '-n', BENCH_OWNER, '-s', style, '-o', out, ...extra], { cwd: work, env });
}

function pandoc(csl: string, bib: string, output: string): Sample {
  const args = ['nocite.md', '--citeproc', '--csl', csl, '--bibliography', bib, '-M', 'title=Publications', '-s', '-o', output];
  return timeCommand('pandoc', args, { cwd: work, env });
}

/** A fresh, empty output folder (a cold build: no cache). */
function freshDir(name: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** True when two output folders hold byte-identical PDF, DOCX and HTML files. */
function sameOutputs(a: string, b: string): boolean {
  return OUTPUTS.every((file) => readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

async function styleTree(name: string): Promise<CslTree> {
  const { bundledStyle } = (await import(join(ROOT, 'dist', 'format', 'csl-style.js'))) as { bundledStyle(name: string): { root: CslTree } | undefined };
  const style = bundledStyle(name);
  if (!style) throw new Error(`style ${name} is not bundled`);
  return style.root;
}

/**
 * The edit loop in one process (bench/edit-loop.ts): the rebuild after each of EDITS edits of
 * one entry, medians of all but the first (JIT-cold) one when there are more than two.
 */
function benchEdits(style: string, n: number): Summary {
  const child = writeChild(work, 'edit-loop');
  const bib = join(work, `edit-${n}.bib`);
  cpSync(bibPath(n), bib);
  const out = freshDir('edit');
  const result = spawnSync('node', [child, ROOT, bib, style, BENCH_OWNER, out, String(EDITS)], { cwd: work, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`edit loop failed: ${result.stderr.slice(-2000)}`);
  const samples = JSON.parse(result.stdout) as Sample[];
  return summarize(samples.length > 2 ? samples.slice(1) : samples);
}

function benchSize(style: string, csl: string, n: number, reps: number): SizeResult {
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  const pandocHtml: Sample[] = [];
  const pandocDocx: Sample[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    // Alternate the tools, so a busy moment on the machine hits both alike.
    const out = freshDir('cold');
    cold.push(pubcv(style, bibPath(n), out));
    if (hasPandoc) pandocHtml.push(pandoc(csl, bibPath(n), join(work, 'pandoc.html')));
    warm.push(pubcv(style, bibPath(n), out));
    if (hasPandoc && rep === 0) pandocDocx.push(pandoc(csl, bibPath(n), join(work, 'pandoc.docx')));
  }
  const result: SizeResult = {
    n,
    cold: summarize(cold),
    warm: summarize(warm),
    edit: benchEdits(style, n),
    ...(hasPandoc ? { pandocHtml: summarize(pandocHtml), pandocDocx: summarize(pandocDocx) } : {}),
  };
  if (!CHECKED_SIZES.has(n)) return result;
  const plain = pubcv(style, bibPath(n), freshDir('plain'), ['--no-cache', '--threads', '1']);
  return { ...result, plain: summarize([plain]), sameAsPlain: sameOutputs(join(work, 'cold'), join(work, 'plain')) };
}

/** Adding one paper to a 1,000-entry CV built before: the cache holds every entry but one. */
function benchRebuild(style: string, reps: number): { rebuild: Summary; sameAsPlain: boolean } {
  const primed = freshDir('primed');
  pubcv(style, bibPath(REBUILD_SIZE), primed);
  const samples: Sample[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const out = freshDir('rebuild');
    cpSync(primed, out, { recursive: true });
    samples.push(pubcv(style, bibPath(REBUILD_SIZE + 1), out));
  }
  pubcv(style, bibPath(REBUILD_SIZE + 1), freshDir('plain'), ['--no-cache', '--threads', '1']);
  return { rebuild: summarize(samples), sameAsPlain: sameOutputs(join(work, 'rebuild'), join(work, 'plain')) };
}

/** Each writer alone on 1,000 entries (formatting included), to see what each one costs. */
function benchWriters(style: string): Record<string, Summary> {
  const formats = ['html', 'docx', 'pdf'];
  return Object.fromEntries(formats.map((f) => [f, summarize([pubcv(style, bibPath(REBUILD_SIZE), freshDir(`only-${f}`), ['-f', f])])]));
}

/** `pubcv --help` against a bare `node -e 0`: what starting pubcv costs. */
function benchStartup(): { node: Summary; help: Summary } {
  const node: Sample[] = [];
  const help: Sample[] = [];
  for (let rep = 0; rep < 11; rep += 1) {
    node.push(timeCommand('node', ['-e', '0'], { cwd: work, env }));
    help.push(timeCommand('node', [CLI, '--help'], { cwd: work, env }));
  }
  return { node: summarize(node), help: summarize(help) };
}

async function main(): Promise<void> {
  const started = performance.now();
  writeFileSync(join(work, 'nocite.md'), '---\nnocite: |\n  @*\n---\n');
  const sizes = new Set(SIZES.map((s) => s.n));
  for (const n of [...sizes, REBUILD_SIZE + 1, EDIT_TARGET_SIZE]) writeFileSync(bibPath(n), generateBib(n));
  const styles: StyleResults[] = [];
  for (const style of STYLES) {
    const csl = join(work, `${style}.csl`);
    writeFileSync(csl, styleXml(await styleTree(style)));
    const results = SIZES.map(({ n, reps }) => {
      process.stderr.write(`bench: ${style}, ${n} entries\n`);
      return benchSize(style, csl, n, reps);
    });
    process.stderr.write(`bench: ${style}, rebuild after adding one entry\n`);
    const rebuild = benchRebuild(style, quick ? 1 : 3);
    process.stderr.write(`bench: ${style}, the edit loop at ${EDIT_TARGET_SIZE} entries\n`);
    const editTarget = benchEdits(style, EDIT_TARGET_SIZE);
    styles.push({ style, sizes: results, ...rebuild, editTarget, writers: style === 'apa' ? benchWriters(style) : undefined });
  }
  process.stderr.write('bench: floors, what citeproc-js and pdfkit alone need for 1,000 entries\n');
  const floorsStarted = performance.now();
  const floors = await benchFloors({
    root: ROOT,
    work,
    bib: bibPath(REBUILD_SIZE),
    owner: BENCH_OWNER,
    styles: STYLES,
    // benchWriters' HTML-only build: the entries whose text the pdfkit floor writes.
    html: { style: 'apa', file: join(work, 'only-html', 'publications.html') },
    reps: SIZES.find((s) => s.n === REBUILD_SIZE)?.reps ?? 1,
    env,
  });
  process.stderr.write(`bench: floors took ${((performance.now() - floorsStarted) / 1000).toFixed(0)} s\n`);
  const startup = benchStartup();
  const results: BenchResults = {
    quick,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, pandoc: hasPandoc ? pandocVersion() : undefined },
    styles,
    startup,
    floors,
    minutes: (performance.now() - started) / 60000,
  };
  const file = join(ROOT, 'bench', 'RESULTS.md');
  writeResults(file, results);
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`bench: wrote ${file}\n`);
}

function pandocVersion(): string {
  return spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'pandoc';
}

await main();
