/**
 * `npm run hashes -- OUT.json` builds a fixed set of CVs with the built CLI and writes the SHA-256 of
 * every output file (and each build's exit code) to OUT.json; `-- --compare BEFORE.json` builds again
 * and lists every file that differs. It is the proof that a restructuring changed no output: run it
 * on the commit before, then on the commit after. The set: the seed in every format, every file of
 * the shared corpus in APA, IEEE and Chicago (PDF, DOCX, HTML, text), and the benchmark's 1,000
 * synthetic entries in APA. The document date is fixed and the cache is off, so equal code gives
 * equal bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OWNER, generateBib } from '../bench/generate-bib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'pubcv.js');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');
const SEED = join(ROOT, '..', 'shared', 'seed', '000_b74aa7739271a18e.txt');
const STYLES = ['apa', 'ieee', 'chicago-author-date'];
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };

type Hashes = Record<string, string>;

function bibliographies(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return bibliographies(path);
      return /\.(bib|json|ris)$/.test(name) ? [path] : [];
    });
}

function hashFolder(dir: string): Hashes {
  const hashes: Hashes = {};
  if (!existsSync(dir)) return hashes;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

function build(label: string, args: string[], work: string, into: Hashes): void {
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [CLI, 'build', ...args, '-o', out, '--no-cache', '-q'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  into[`${label} exit`] = String(run.status);
  for (const [file, hash] of Object.entries(hashFolder(out))) {
    if (file !== 'pubcv-manifest.json') into[`${label} ${file}`] = hash;
  }
  process.stderr.write(`${label}: exit ${run.status}\n`);
}

function buildAll(): Hashes {
  const work = mkdtempSync(join(tmpdir(), 'pubcv-hashes-'));
  const hashes: Hashes = {};
  try {
    build('seed', [SEED, '-f', 'pdf,docx,html,md,txt,tex,bib,csl-json'], work, hashes);
    for (const file of bibliographies(CORPUS)) {
      for (const style of STYLES) {
        build(`${relative(CORPUS, file)} ${style}`, [file, '-s', style, '-f', 'pdf,docx,html,txt'], work, hashes);
      }
    }
    const bench = join(work, 'bench-1000.bib');
    writeFileSync(bench, generateBib(1000));
    build('bench-1000 apa', [bench, '-n', BENCH_OWNER], work, hashes);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return hashes;
}

const compareAt = process.argv.indexOf('--compare');
if (compareAt >= 0) {
  const beforePath = process.argv[compareAt + 1];
  if (!beforePath) throw new Error('usage: output-hashes.ts --compare BEFORE.json');
  const before = JSON.parse(readFileSync(beforePath, 'utf8')) as Hashes;
  const after = buildAll();
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const differing = keys.filter((key) => before[key] !== after[key]);
  for (const key of differing) console.log(`differs: ${key}`);
  console.log(`${keys.length - differing.length} of ${keys.length} outputs identical to ${basename(beforePath)}`);
  process.exitCode = differing.length === 0 ? 0 : 1;
} else {
  const target = process.argv[2];
  if (!target) throw new Error('usage: output-hashes.ts OUT.json | --compare BEFORE.json');
  writeFileSync(target, `${JSON.stringify(buildAll(), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
