import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function emptyFolder(): string {
  return tempDir('init');
}

interface Workflow {
  on: { push: { paths: string[] }; pull_request: { paths: string[] } };
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
}

test('init in an empty folder writes a commented config and a workflow, then a build succeeds', async () => {
  const dir = emptyFolder();
  // A process of its own: init as a user first runs it.
  const init = runCli(['init'], { cwd: dir, env: PLAIN });
  assert.equal(init.status, 0, init.stderr);
  assert.match(init.stderr, /found no bibliography/);

  const config = readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8');
  assert.match(config, /^# owner: "Family, Given"$/m, 'the owner is a commented placeholder');
  assert.match(config, /^# {3}- publications\.bib$/m, 'no input found: a commented example');
  assert.deepEqual(parse(config), { style: 'apa', formats: ['pdf', 'docx', 'html'], output: 'output' });

  const workflow = parse(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8')) as Workflow;
  assert.ok(workflow.on.push.paths.includes('**/*.bib'));
  assert.ok(workflow.on.push.paths.includes('pubcv.lock.json'), 'a newly committed lock rebuilds the CV');
  assert.deepEqual(workflow.on.pull_request.paths, workflow.on.push.paths);
  const steps = Object.values(workflow.jobs)[0]?.steps ?? [];
  // The action from pubcv's repository (package.json) at this version's tag; npm is the commented alternative.
  const pubcvStep = steps.find((s) => s.uses?.endsWith(`/pubcv@v${version}`));
  assert.equal(pubcvStep?.uses, `pubcv/pubcv@v${version}`);
  assert.equal(pubcvStep?.with?.output, 'output');
  assert.ok(!steps.some((s) => s.run?.includes('npm install')), 'the registry is not needed');
  const workflowText = readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8');
  assert.match(workflowText, new RegExp(`^ +# - run: npm install --global pubcv@${version.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(
    config,
    new RegExp(
      `^# yaml-language-server: \\$schema=https://raw\\.githubusercontent\\.com/pubcv/pubcv/v${version.replace(/\./g, '\\.')}/pubcv\\.schema\\.json$`,
      'm',
    ),
  );

  // The config lists no input (none was found): the build is given its input on the command line.
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'refs.bib'));
  const build = await runCliInProcess(['build', 'refs.bib', '--name', 'Sui, Yang'], { cwd: dir, env: PLAIN });
  assert.equal(build.status, 0, build.stderr);
  for (const ext of ['pdf', 'docx', 'html']) assert.ok(existsSync(join(dir, 'output', `publications.${ext}`)), ext);
});

test('init lists the bibliographies it finds, and not other .json, .yaml or .txt files', async () => {
  const dir = emptyFolder();
  mkdirSync(join(dir, 'papers'));
  mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'papers/refs.bib'));
  copyFileSync(join(repoRoot, 'test/fixtures/cli/broken.bib'), join(dir, 'old.bib'));
  copyFileSync(join(repoRoot, 'test/fixtures/csl/references.yaml'), join(dir, 'zotero.yaml'));
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'node_modules/x/dep.bib'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-cv", "version": "1.0.0" }');
  writeFileSync(join(dir, 'notes.txt'), 'remember to update the CV\n');
  writeFileSync(join(dir, 'mkdocs.yml'), 'site_name: Me\n');
  const init = await runCliInProcess(['init'], { cwd: dir, env: PLAIN });
  assert.equal(init.status, 0, init.stderr);
  const config = parse(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8')) as { inputs: string[]; owner: string };
  assert.deepEqual(config.inputs, ['old.bib', 'papers/refs.bib', 'zotero.yaml']);
  // No terminal to ask on: the most frequent author is written, with a note to check it.
  assert.equal(config.owner, 'Sui, Yang');
  assert.match(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8'), /^# Guessed from the data: the most frequent author \(\d+ of \d+ entries\)/m);
  assert.match(init.stderr, /Next: check "owner" in pubcv\.config\.yaml \(guessed: Sui, Yang\)/);
  const named = await runCliInProcess(['init', '--force', '-n', 'Doe, Jane'], { cwd: dir, env: PLAIN });
  assert.equal(named.status, 0, named.stderr);
  assert.equal((parse(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8')) as { owner: string }).owner, 'Doe, Jane', '--name wins over the guess');
  const workflow = parse(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8')) as Workflow;
  assert.ok(workflow.on.push.paths.includes('zotero.yaml'));
});

test('init never overwrites an existing file without --force', async () => {
  const dir = emptyFolder();
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, 'pubcv.config.yaml'), 'style: vancouver\n');
  writeFileSync(join(dir, '.github/workflows/cv.yml'), 'name: mine\n');
  const kept = await runCliInProcess(['init'], { cwd: dir, env: PLAIN });
  assert.equal(kept.status, 0, kept.stderr);
  assert.match(kept.stderr, /kept pubcv\.config\.yaml as it was \(--force overwrites it\)/);
  assert.equal(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8'), 'style: vancouver\n');
  assert.equal(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8'), 'name: mine\n');

  const forced = await runCliInProcess(['init', '--force'], { cwd: dir, env: PLAIN });
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8'), /^style: apa$/m);
  assert.match(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8'), /pubcv check/);
});

test('init --action OWNER/REPO@REF names that action and its schema; a malformed one exits 2', async () => {
  const dir = emptyFolder();
  const init = await runCliInProcess(['init', '--action', 'me/pubcv-fork@main'], { cwd: dir, env: PLAIN });
  assert.equal(init.status, 0, init.stderr);
  assert.match(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8'), /^ {6}- uses: me\/pubcv-fork@main$/m);
  assert.match(
    readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8'),
    /\$schema=https:\/\/raw\.githubusercontent\.com\/me\/pubcv-fork\/main\/pubcv\.schema\.json$/m,
  );
  const bad = await runCliInProcess(['init', '--action', 'pubcv'], { cwd: emptyFolder(), env: PLAIN });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--action pubcv: give the action as OWNER\/REPO@REF/);
});
