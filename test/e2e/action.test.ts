import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// The action's steps run here as the runner runs a composite action: each `run:` script with
// bash in the workspace, GITHUB_ACTION_PATH at this checkout (built by npm test's pretest),
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the step's `env:` expanded. `uses:` steps
// (the cache and the artifact upload) are GitHub's own actions: listed, not run.

interface ActionStep {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
}

interface Action {
  readonly inputs: Record<string, { default?: string }>;
  readonly runs: { using: string; steps: ActionStep[] };
}

interface ActionRun {
  /** Each run step's exit status, by name, up to the first that failed. */
  readonly statuses: Record<string, number>;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, Record<string, string>>;
  readonly skipped: string[];
  /** What `npm` was asked, and where (the fake npm's log). */
  readonly npm: string;
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

/** `${{ inputs.x }}` and `${{ steps.id.outputs.k }}`: the only expressions the action's env may use here. */
function expand(value: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return inputs[input[1] as string] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return outputs[output[1] as string]?.[output[2] as string] ?? '';
    throw new Error(`the simulated runner does not know the expression ${expression}`);
  });
}

/** Runs action.yml's steps in `workspace` with `given` inputs; an `npm` that only logs is first on PATH. */
function runAction(workspace: string, given: Record<string, string>): ActionRun {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...given };
  const temp = tempDir('action-runner');
  const npmLog = join(temp, 'npm.log');
  writeFileSync(join(temp, 'npm'), `#!/bin/sh\necho "$PWD $*" >> '${npmLog}'\n`);
  chmodSync(join(temp, 'npm'), 0o755);
  writeFileSync(npmLog, '');
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  const outputs: Record<string, Record<string, string>> = {};
  const statuses: Record<string, number> = {};
  const skipped: string[] = [];
  let stdout = '';
  let stderr = '';
  let failed = false;
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${i}`;
    if (step.uses !== undefined || (failed && !step.if?.includes('always()'))) {
      skipped.push(name);
      continue;
    }
    const outputFile = join(temp, `output-${i}`);
    writeFileSync(outputFile, '');
    const script = join(temp, `step-${i}.sh`);
    writeFileSync(script, step.run ?? '');
    assert.equal(step.shell, 'bash', `${name}: a composite step names its shell`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...PLAIN,
      PATH: `${temp}:${process.env.PATH ?? ''}`,
      SOURCE_DATE_EPOCH: '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: repoRoot,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs, outputs)])),
    };
    // As the runner calls `shell: bash`.
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    stdout += run.stdout;
    stderr += run.stderr;
    statuses[name] = run.status ?? -1;
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    }
    if (run.status !== 0) failed = true;
  }
  return { statuses, stdout, stderr, summary: readFileSync(summaryFile, 'utf8'), outputs, skipped, npm: readFileSync(npmLog, 'utf8') };
}

/** A CV repository as a new user has it: one bibliography, committed. */
function cvRepository(bib: string): string {
  const dir = tempDir('action-cv');
  copyFileSync(join(repoRoot, 'test/fixtures/cli', bib), join(dir, 'refs.bib'));
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    });
    assert.equal(run.status, 0, run.stderr);
  };
  git('init', '-q');
  git('-c', 'user.name=Sui', '-c', 'user.email=sui@example.org', 'add', '.');
  git('-c', 'user.name=Sui', '-c', 'user.email=sui@example.org', 'commit', '-q', '-m', 'papers');
  return dir;
}

/** The `with:` of the workflow's step that uses the pubcv action, and its `uses:`. */
function actionStepOf(workflowPath: string): { uses: string; with: Record<string, string> } {
  const workflow = parse(readFileSync(workflowPath, 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> };
  const steps = Object.values(workflow.jobs)[0]?.steps ?? [];
  const step = steps.find((s) => s.uses !== undefined && !s.uses.startsWith('actions/'));
  assert.ok(step?.uses, 'the workflow uses the pubcv action');
  return { uses: step.uses, with: step.with ?? {} };
}

test('action.yml is a composite action whose inputs are args, check-args, output, upload and artifact-name', () => {
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs).sort(), ['args', 'artifact-name', 'check-args', 'output', 'upload']);
  const uses = action.runs.steps.flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
  assert.deepEqual(uses, ['actions/cache', 'actions/upload-artifact']);
});

test('from pubcv init to a green run: installs from the action checkout, checks, builds, sums up, and the next run lists the new entry', () => {
  const dir = cvRepository('good.bib');
  const init = runCli(['init'], { cwd: dir, env: PLAIN });
  assert.equal(init.status, 0, init.stderr);
  // With no terminal to ask on, init writes the most frequent author as the owner.
  assert.match(readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8'), /^owner: "Sui, Yang"$/m);
  const step = actionStepOf(join(dir, '.github/workflows/cv.yml'));

  const first = runAction(dir, step.with);
  assert.deepEqual(Object.values(first.statuses), [0, 0, 0, 0], first.stderr);
  assert.equal(first.npm.trim(), `${repoRoot} ci --no-audit --no-fund --loglevel=error`, 'npm ci in the action checkout');
  assert.deepEqual(first.skipped, ['actions/cache@v4', 'actions/upload-artifact@v4']);
  assert.equal(first.outputs.build?.output, 'output');
  for (const ext of ['pdf', 'docx', 'html']) assert.ok(existsSync(join(dir, 'output', `publications.${ext}`)), ext);
  assert.match(first.summary, /^### Publications: 2 entries → output\/publications\.\{pdf,docx,html\}$/m);
  assert.match(first.summary, /First build into `output`/);
  assert.doesNotMatch(first.stdout, /::(error|warning)/, 'a clean bibliography has no annotation');

  // The cache gives the next run the last build's folder: the summary names what the commit added.
  appendFileSync(join(dir, 'refs.bib'), '\n@article{sui2025new,\n  author = {Sui, Yang},\n  title = {New Things},\n  journal = {J},\n  year = {2025}\n}\n');
  const second = runAction(dir, step.with);
  assert.deepEqual(Object.values(second.statuses), [0, 0, 0, 0], second.stderr);
  assert.match(second.summary, /^- \*\*New since the last build\*\* \(1\): `sui2025new`$/m);
  assert.doesNotMatch(second.summary, /Changed/);
});

test('a broken entry is annotated on its line by the check, the build still writes the good ones, and the job fails', () => {
  const dir = cvRepository('broken.bib');
  const run = runAction(dir, { args: 'refs.bib -n "Sui, Yang"', 'check-args': 'refs.bib -n "Sui, Yang"' });
  assert.match(run.stdout, /^::error file=refs\.bib,line=\d+/m, 'the check annotates the line');
  assert.equal(run.outputs.check?.status, '1');
  assert.equal(run.outputs.build?.status, '1');
  assert.equal(run.statuses['Fail on errors'], 1);
  assert.match(run.stdout, /::error title=pubcv::pubcv check exited 1, pubcv build exited 1/);
  assert.ok(existsSync(join(dir, 'output', 'publications.pdf')), 'the readable entries are built, for the artifact');
  assert.match(run.summary, /\| error \| `[a-z-]+` \| refs\.bib:\d+ \|/);
  assert.equal((run.stdout.match(/^::error file=/gm) ?? []).length, (run.stdout.match(/^::error file=refs\.bib,line=\d+/gm) ?? []).length);
});

test('args with a quoted name reach pubcv as one argument', () => {
  const dir = cvRepository('good.bib');
  const run = runAction(dir, {
    args: '--no-config refs.bib --name "Sui, Yang" -f html',
    'check-args': '--no-config refs.bib --name "Sui, Yang" --strict',
    upload: 'false',
  });
  assert.deepEqual(Object.values(run.statuses), [0, 0, 0, 0], run.stderr);
  assert.deepEqual(
    ['pdf', 'html'].map((ext) => existsSync(join(dir, 'output', `publications.${ext}`))),
    [false, true],
  );
});
