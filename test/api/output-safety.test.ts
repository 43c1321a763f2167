import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, statSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/api/build-files.js';
import { UserError } from '../../src/model/errors.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = `% my publications
@string{jfoo = "Journal of Foo"}
@article{sui2024, author = {Sui, Yang}, title = {Fast things}, journal = jfoo, year = 2024, mycustomfield = {kept}}
@article{broken, title = {no closing brace}
`;
const JSON_ITEMS = JSON.stringify([
  { id: 'sui2024', type: 'article-journal', title: 'Fast things', author: [{ family: 'Sui', given: 'Yang' }], issued: { 'date-parts': [[2024]] } },
]);

function folderWith(files: Record<string, string>): string {
  const dir = tempDir('safety');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const usageError = (pattern: RegExp) => (error: unknown) => error instanceof UserError && error.exitCode === 2 && pattern.test(error.message);
const base = { names: ['Sui, Yang'], date: '2026-01-01', cache: false } as const;

test('a build whose output is its own input is refused before anything is written', async () => {
  const dir = folderWith({ 'publications.bib': BIB });
  const input = join(dir, 'publications.bib');
  await assert.rejects(
    build({ ...base, inputs: [input], output: dir, formats: ['bib', 'html'] }),
    usageError(/publications\.bib would overwrite the input .*publications\.bib/),
  );
  assert.equal(readFileSync(input, 'utf8'), BIB);
  assert.deepEqual(readdirSync(dir), ['publications.bib']);
});

test('CSL-JSON input and csl-json output in the same folder, as a config file sets them, is refused', async () => {
  const dir = folderWith({ 'publications.json': JSON_ITEMS, 'pubcv.config.yaml': 'inputs: [publications.json]\n' });
  const input = join(dir, 'publications.json');
  await assert.rejects(
    build({ ...base, inputs: [input], output: dir, formats: ['csl-json'], configFile: join(dir, 'pubcv.config.yaml') }),
    usageError(/overwrite the input/),
  );
  assert.equal(readFileSync(input, 'utf8'), JSON_ITEMS);
});

test('an output that is a symbolic or hard link to an input, the config, marks or lock file is refused', async () => {
  const src = folderWith({ 'refs.json': JSON_ITEMS, 'cv.yaml': 'inputs: [refs.json]\n', 'marks.yaml': 'sui2024: [student]\n', 'pubcv.lock.json': '{}' });
  for (const [name, link, role] of [
    ['refs.json', 'symlink', 'input'],
    ['refs.json', 'hardlink', 'input'],
    ['cv.yaml', 'symlink', 'config file'],
    ['marks.yaml', 'symlink', 'marks file'],
    ['pubcv.lock.json', 'symlink', 'lock file'],
  ] as const) {
    const out = folderWith({});
    (link === 'symlink' ? symlinkSync : linkSync)(join(src, name), join(out, 'publications.html'));
    const options = {
      ...base,
      inputs: [join(src, 'refs.json')],
      output: out,
      formats: ['html'] as const,
      configFile: join(src, 'cv.yaml'),
      marks: join(src, 'marks.yaml'),
      lock: join(src, 'pubcv.lock.json'),
    };
    await assert.rejects(build(options), usageError(new RegExp(`the ${role} .*${name.replace('.', '\\.')}`)), `${link} to ${name}`);
  }
  assert.equal(readFileSync(join(src, 'refs.json'), 'utf8'), JSON_ITEMS);
});

test('an output over a template of the --template folder is refused', async () => {
  const templates = folderWith({ 'publications.html': '<p>{{title}}</p>' });
  await assert.rejects(
    build({ ...base, inputs: [{ path: 'refs.json', text: JSON_ITEMS }], output: templates, formats: ['html'], templates }),
    usageError(/the template /),
  );
});

test('a symbolic link planted at the cache folder or at the old temporary names leads no write outside the output folder', async () => {
  const out = folderWith({});
  const victim = folderWith({ 'publications.pdf': 'my own pdf', 'entries.json': 'mine' });
  symlinkSync(victim, join(out, '.pubcv-cache'));
  for (const [i, name] of ['html', 'pdf'].entries())
    symlinkSync(join(victim, 'publications.pdf'), join(out, `.publications.${name}.${process.pid}.${i}.pubcv-tmp`));
  const report = await build({ ...base, cache: true, inputs: [{ path: 'refs.json', text: JSON_ITEMS }], output: out, formats: ['html', 'pdf'] });
  assert.equal(report.outputs.length, 2);
  assert.deepEqual(readdirSync(victim).sort(), ['entries.json', 'publications.pdf']);
  assert.equal(readFileSync(join(victim, 'publications.pdf'), 'utf8'), 'my own pdf');
  assert.equal(readFileSync(join(victim, 'entries.json'), 'utf8'), 'mine');
  assert.match(readFileSync(join(out, 'publications.html'), 'utf8'), /Fast things/);
});

test('an output folder that is a file, lies under a file, is a device or is empty is a usage error', async () => {
  const dir = folderWith({ 'notes.txt': 'mine' });
  const inputs = [{ path: 'refs.json', text: JSON_ITEMS }];
  await assert.rejects(build({ ...base, inputs, output: join(dir, 'notes.txt') }), usageError(/notes\.txt is a file/));
  await assert.rejects(build({ ...base, inputs, output: join(dir, 'notes.txt', 'out') }), usageError(/lies under .*notes\.txt, which is a file/));
  await assert.rejects(build({ ...base, inputs, output: '/dev/null' }), usageError(/\/dev\/null is not a folder/));
  await assert.rejects(build({ ...base, inputs, output: '' }), usageError(/output folder is empty/));
  assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'mine');
});

test('an output folder that cannot be created (under /proc) fails at once with exit 1', async () => {
  const started = Date.now();
  await assert.rejects(
    build({ ...base, inputs: [{ path: 'refs.json', text: JSON_ITEMS }], output: '/proc/nonexist/x', formats: ['html'] }),
    (error: unknown) => error instanceof UserError && error.exitCode === 1 && /cannot create the output folder \/proc\/nonexist\/x/.test(error.message),
  );
  assert.ok(Date.now() - started < 30_000);
});

/** True when a user other than the owner can reach `path` (every folder above it searchable). */
function reachableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

// Root writes into read-only folders: as root, the build runs as nobody to meet a real EACCES,
// which needs the checkout to be reachable by other users.
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const cannotRunAsNobody =
  'uid' in asNobody && !reachableByOthers(join(repoRoot, 'bin/pubcv.js')) && 'running as root in a checkout that other users cannot reach';

test('a read-only output folder is one clear error (exit 1), not a stack trace', { skip: cannotRunAsNobody }, () => {
  const dir = folderWith({ 'refs.json': JSON_ITEMS });
  mkdirSync(join(dir, 'ro'), { mode: 0o555 });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'ro'), 0o555);
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin/pubcv.js'), 'build', 'refs.json', '-n', 'Sui, Yang', '-f', 'html', '-o', 'ro', '--no-cache'], {
    cwd: dir,
    encoding: 'utf8',
    ...asNobody,
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /cannot write ro\/publications\.html: permission denied; no file was replaced/);
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error/);
  assert.deepEqual(readdirSync(join(dir, 'ro')), []);
});
