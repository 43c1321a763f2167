import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// What a user gets from `npm pack`: the tarball of this checkout as built (npm test's pretest builds
// it; --ignore-scripts packs that build rather than building again), installed into an empty folder
// as a devDependency and globally, then every command run from the installed copy alone — no tsx,
// no src/, no scripts/, nothing of this checkout. Dependencies come from npm's cache when it holds
// them (--prefer-offline): the first run on a machine fills the cache from the registry (about
// 40 s here), later ones install without asking it. Apart (*.alone) because it takes a minute or more.

const run = promisify(execFile);

/** A process's exit status and output, without throwing on a non-zero exit (the assertions say what failed). */
async function spawned(file: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return { status: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const result = await spawned('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  assert.equal(result.status, 0, `npm ${args.join(' ')}:\n${result.stderr}`);
  return result.stdout;
}

/** A PATH holding node and nothing else: the installed pubcv must not lean on tools of this machine. */
function nodeOnlyPath(): string {
  const bin = tempDir('pack-node');
  symlinkSync(process.execPath, join(bin, 'node'));
  return bin;
}

/** Runs the installed `pubcv` (its bin link) in `cwd`; returns the run for assertions. */
function pubcv(bin: string, args: readonly string[], cwd: string, path: string) {
  return spawned(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: path, HOME: cwd, SOURCE_DATE_EPOCH: '1767225600', GITHUB_ACTIONS: '', NO_COLOR: '1' },
  });
}

/** init, check, styles, build, preview in a new CV folder: each exits as a user expects. */
async function runEveryCommand(bin: string): Promise<void> {
  const path = nodeOnlyPath();
  const cv = tempDir('pack-cv');
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(cv, 'refs.bib'));
  const init = await pubcv(bin, ['init'], cv, path);
  assert.equal(init.status, 0, init.stderr);
  assert.ok(existsSync(join(cv, '.github/workflows/cv.yml')));
  const check = await pubcv(bin, ['check', '-n', 'Sui, Yang'], cv, path);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stderr, /2 entries readable; no problems/);
  const styles = await pubcv(bin, ['styles', 'ieee', '-q'], cv, path);
  assert.equal(styles.status, 0, styles.stderr);
  assert.match(styles.stdout, /^ieee\s+IEEE$/m);
  const build = await pubcv(bin, ['build', '-n', 'Sui, Yang', '-q'], cv, path);
  assert.equal(build.status, 0, build.stderr);
  assert.deepEqual(
    readdirSync(join(cv, 'output'))
      .filter((f) => f.startsWith('publications.'))
      .sort(),
    ['publications.docx', 'publications.html', 'publications.pdf'],
  );
  const preview = await pubcv(bin, ['preview'], cv, path);
  assert.equal(preview.status, 0, preview.stderr);
  assert.match(preview.stderr, /notice: pdftoppm \(poppler-utils\) or mutool \(mupdf-tools\) is not installed/);
}

const packed = tempDir('pack-tarball');

test('npm pack ships the built CLI, its data and README, and no sources or tests', async () => {
  assert.ok(existsSync(join(repoRoot, 'dist/bundle/main.js')), 'npm run build first (npm test does)');
  const [info] = JSON.parse(await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packed], repoRoot)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  assert.ok(info);
  const files = info.files.map((f) => f.path);
  for (const needed of [
    'bin/pubcv.js',
    'dist/bundle/main.js',
    'dist/index.js',
    'dist/index.d.ts',
    'pubcv.schema.json',
    'README.md',
    'package.json',
    'templates/default/page.hbs',
  ]) {
    assert.ok(files.includes(needed), needed);
  }
  assert.deepEqual(
    files.filter((f) => /^(src|test|scripts|bench|scratch|output|node_modules)\//.test(f)),
    [],
  );
});

function tarball(): string {
  const name = readdirSync(packed).find((f) => f.endsWith('.tgz'));
  assert.ok(name, 'the pack test ran first');
  return join(packed, name);
}

// The two installs are independent: they run at the same time.
describe('installed from the tarball', { concurrency: true }, () => {
  test('as a devDependency of an empty folder, every command runs', async () => {
    const project = tempDir('pack-dev');
    writeFileSync(join(project, 'package.json'), '{ "name": "my-cv", "private": true }\n');
    await npm(['install', '--prefer-offline', '--save-dev', tarball()], project);
    await runEveryCommand(join(project, 'node_modules/.bin/pubcv'));
  });

  test('globally (npm install -g --prefix), every command runs', async () => {
    const prefix = tempDir('pack-global');
    mkdirSync(join(prefix, 'lib'), { recursive: true });
    await npm(['install', '--global', '--prefer-offline', '--prefix', prefix, tarball()], prefix);
    await runEveryCommand(join(prefix, 'bin/pubcv'));
  });
});
