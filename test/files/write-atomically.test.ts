import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/model/errors.js';
import { fileSystem, removeStaleTemps, writeAtomically } from '../../src/files/write-atomically.js';
import { tempDir } from '../helpers/temp-dir.js';

function folderWith(files: Record<string, string>): string {
  const dir = tempDir('write');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every entry of a folder with its text (or its kind), so a test sees exactly what is left. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .map((e) => [e.name, e.isFile() ? readFileSync(join(dir, e.name), 'utf8') : e.isDirectory() ? '<folder>' : '<link>'])
      .sort(),
  );
}

const OLD = { 'a.pdf': 'old a', 'b.html': 'old b', '.manifest': 'old manifest' };
const set = (dir: string) => [
  { path: join(dir, 'a.pdf'), bytes: 'new a' },
  { path: join(dir, 'b.html'), bytes: 'new b' },
  { path: join(dir, '.manifest'), bytes: 'new manifest' },
];

test('a set is written whole: every file new, no temporary or backup file left', async () => {
  const dir = folderWith(OLD);
  await writeAtomically(set(dir));
  assert.deepEqual(contents(dir), { '.manifest': 'new manifest', 'a.pdf': 'new a', 'b.html': 'new b' });
});

test('a rename that fails halfway through the swap puts the whole old set back', async () => {
  const dir = folderWith(OLD);
  const rename = fileSystem.rename;
  let renames = 0;
  // Three old files moved aside, then the first new one placed: the fifth rename fails.
  fileSystem.rename = async (from, to) => {
    if (++renames === 5) throw Object.assign(new Error('rename failed'), { code: 'EIO' });
    return rename(from, to);
  };
  try {
    await assert.rejects(
      writeAtomically(set(dir)),
      (error: unknown) => error instanceof UserError && /cannot replace .*b\.html.*every file was put back/.test(error.message),
    );
  } finally {
    fileSystem.rename = rename;
  }
  assert.deepEqual(contents(dir), { '.manifest': 'old manifest', 'a.pdf': 'old a', 'b.html': 'old b' });
});

test('a folder in place of one output fails the set before any file is replaced', async () => {
  const dir = folderWith(OLD);
  mkdirSync(join(dir, 'c.docx'));
  const files = [...set(dir).slice(0, 2), { path: join(dir, 'c.docx'), bytes: 'new c' }, set(dir)[2]!];
  await assert.rejects(writeAtomically(files), (error: unknown) => error instanceof UserError && /c\.docx: it is a folder/.test(error.message));
  assert.deepEqual(contents(dir), { '.manifest': 'old manifest', 'a.pdf': 'old a', 'b.html': 'old b', 'c.docx': '<folder>' });
});

test('a full disk while writing is one clear user error and leaves the old set', async () => {
  const dir = folderWith(OLD);
  const create = fileSystem.createExclusive;
  let creates = 0;
  fileSystem.createExclusive = async (path, bytes) => {
    if (++creates === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return create(path, bytes);
  };
  try {
    await assert.rejects(
      writeAtomically(set(dir)),
      (error: unknown) =>
        error instanceof UserError && error.exitCode === 1 && /cannot write .*b\.html: no space left on the device; no file was replaced/.test(error.message),
    );
  } finally {
    fileSystem.createExclusive = create;
  }
  assert.deepEqual(contents(dir), { '.manifest': 'old manifest', 'a.pdf': 'old a', 'b.html': 'old b' });
});

test('temporary files are created anew: a symbolic link planted at any predictable name is never followed', async () => {
  const dir = folderWith({ 'a.pdf': 'old a' });
  const victim = folderWith({ 'secret.txt': 'keep me' });
  // The names the writer used to give its temporary files: they are now unguessable.
  for (let i = 0; i < 4; i += 1) symlinkSync(join(victim, 'secret.txt'), join(dir, `.a.pdf.${process.pid}.${i}.pubcv-tmp`));
  await writeAtomically([{ path: join(dir, 'a.pdf'), bytes: 'new a' }]);
  assert.equal(readFileSync(join(victim, 'secret.txt'), 'utf8'), 'keep me');
  assert.equal(readFileSync(join(dir, 'a.pdf'), 'utf8'), 'new a');
});

test('an exclusive create refuses a planted symbolic link', async () => {
  const dir = folderWith({ 'target.txt': 'keep me' });
  symlinkSync(join(dir, 'target.txt'), join(dir, 'link'));
  await assert.rejects(fileSystem.createExclusive(join(dir, 'link'), 'x'), { code: 'EEXIST' });
  assert.equal(readFileSync(join(dir, 'target.txt'), 'utf8'), 'keep me');
});

const DEAD = 2 ** 22 + 12345; // above Linux's pid_max, so no process has it

test('a build killed while swapping its set in: the next build puts the old files back', async () => {
  // Killed after moving the old manifest and a.pdf aside and placing the new a.pdf: b.html's and the manifest's new files were not yet in place.
  const dir = folderWith({
    'a.pdf': 'new a',
    'b.html': 'old b',
    [`.a.pdf.${DEAD}.1a.pubcv-old`]: 'old a',
    [`..manifest.${DEAD}.2b.pubcv-old`]: 'old manifest',
    [`.b.html.${DEAD}.3c.pubcv-tmp`]: 'new b',
    [`..manifest.${DEAD}.4d.pubcv-tmp`]: 'new manifest',
  });
  await removeStaleTemps(dir);
  assert.deepEqual(contents(dir), { '.manifest': 'old manifest', 'a.pdf': 'old a', 'b.html': 'old b' });
});

test('a build killed after its whole set was in place: the next build only removes the old files', async () => {
  const dir = folderWith({ 'a.pdf': 'new a', '.manifest': 'new manifest', [`.a.pdf.${DEAD}.1a.pubcv-old`]: 'old a' });
  await removeStaleTemps(dir);
  assert.deepEqual(contents(dir), { '.manifest': 'new manifest', 'a.pdf': 'new a' });
});
