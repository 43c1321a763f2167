import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/api/build-files.js';
import { main } from '../../src/cli/main.js';
import { findTool } from '../../src/cli/preview-tools.js';
import type { Io } from '../../src/cli/terminal.js';
import { tempDir } from '../helpers/temp-dir.js';

function recordingIo(env: NodeJS.ProcessEnv): Io & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), readStdin: async () => '', stderrIsTTY: false, env };
}

/** A folder holding the three outputs' names (the fake tools never read them). */
function fakeOutputs(): string {
  const out = tempDir('preview-out');
  for (const ext of ['pdf', 'docx', 'html']) writeFileSync(join(out, `publications.${ext}`), '');
  return out;
}

/** A shell script on a PATH of its own: the tools below use only shell built-ins, so PATH can hold nothing else. */
function tool(dir: string, name: string, body: string): void {
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
}

/** pdftoppm's way of naming pages (zero-padded when there are many), chromium's screenshot and print, soffice's --outdir, and an xdg-open that logs. */
function fakeTools(log: string): string {
  const bin = tempDir('preview-bin');
  tool(
    bin,
    'pdftoppm',
    'single=no\nfor a in "$@"; do [ "$a" = -singlefile ] && single=yes; prefix=$a; done\nif [ $single = yes ]; then : > "$prefix.png"; else : > "$prefix-01.png"; : > "$prefix-02.png"; fi',
  );
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a template
  tool(bin, 'chromium', 'for a in "$@"; do case "$a" in --screenshot=*) : > "${a#--screenshot=}";; --print-to-pdf=*) : > "${a#--print-to-pdf=}";; esac; done');
  tool(bin, 'soffice', 'while [ $# -gt 0 ]; do [ "$1" = --outdir ] && : > "$2/publications.pdf"; shift; done');
  tool(bin, 'xdg-open', `echo "$1" >> '${log}'`);
  return bin;
}

test('with every tool on PATH, preview draws each output, names the pictures, and --open shows the first of each', {
  skip: process.platform !== 'linux' && 'the fake tools are shell scripts and --open calls xdg-open on Linux only',
}, async () => {
  const out = fakeOutputs();
  const log = join(tempDir('preview-log'), 'opened.txt');
  const io = recordingIo({ PATH: fakeTools(log) });
  assert.equal(await main(['preview', '--out', out, '--open'], io), 0, io.err.join(''));
  const pictures = readdirSync(join(out, 'preview')).sort();
  assert.deepEqual(pictures, [
    'docx-1.png',
    'docx-2.png',
    'html-dark.png',
    'html-desktop.png',
    'html-phone.png',
    'html-print-1.png',
    'html-print-2.png',
    'pdf-1.png',
    'pdf-2.png',
  ]);
  assert.equal(io.out.join('').trim().split('\n').length, pictures.length);
  assert.equal(io.err.join(''), '');
  const opened = readFileSync(log, 'utf8').trim().split('\n');
  assert.deepEqual(
    opened.map((f) => f.slice(join(out, 'preview').length + 1)),
    ['pdf-1.png', 'docx-1.png', 'html-desktop.png'],
  );
});

test('a second preview of a shorter document leaves no stale page; --first-page draws one picture per output', {
  skip: process.platform !== 'linux' && 'shell-script tools',
}, async () => {
  const out = fakeOutputs();
  const io = recordingIo({ PATH: fakeTools(join(out, 'log')) });
  assert.equal(await main(['preview', '--out', out], io), 0);
  assert.equal(await main(['preview', '--out', out, '--first-page', '--to', join(out, 'preview')], io), 0);
  assert.deepEqual(readdirSync(join(out, 'preview')).sort(), ['docx.png', 'html.png', 'pdf.png']);
});

test('with no tool installed, each output is skipped with a notice naming the tool, and the run exits 0', async () => {
  const out = fakeOutputs();
  const io = recordingIo({ PATH: tempDir('preview-empty-path') });
  assert.equal(await main(['preview', '--out', out, '--open'], io), 0);
  const err = io.err.join('');
  assert.match(err, /notice: pdftoppm \(poppler-utils\) or mutool \(mupdf-tools\) is not installed: PDF not previewed/);
  assert.match(err, /notice: soffice \(LibreOffice\) is not installed: DOCX not previewed/);
  assert.match(err, /notice: chromium is not installed: HTML not previewed/);
  assert.match(err, /nothing previewed/);
  assert.equal(io.out.join(''), '');
});

test('a folder with no outputs exits 1 and says to build first; a bad --dpi is a usage error', async () => {
  const io = recordingIo({ PATH: '' });
  assert.equal(await main(['preview', '--out', tempDir('preview-nothing')], io), 1);
  assert.match(io.err.join(''), /run pubcv build first/);
  assert.equal(await main(['preview', '--dpi', '5'], recordingIo({ PATH: '' })), 2);
});

test('a tool that fails is reported with its stderr (exit 1), not as an internal error', {
  skip: process.platform !== 'linux' && 'shell-script tools',
}, async () => {
  const out = fakeOutputs();
  const bin = tempDir('preview-bin');
  tool(bin, 'pdftoppm', 'echo "Syntax Error: broken PDF" >&2; exit 99');
  const io = recordingIo({ PATH: bin });
  assert.equal(await main(['preview', '--out', out], io), 1);
  assert.match(io.err.join(''), /pdftoppm .* failed \(exit 99\):\nSyntax Error: broken PDF/);
  assert.doesNotMatch(io.err.join(''), /internal error/);
});

const pdftoppm = findTool(process.env, 'pdftoppm');

test('a real build drawn by the installed pdftoppm: one PNG per page', {
  skip: !pdftoppm && 'pdftoppm (poppler-utils) is not installed: the real rendering is not tried',
}, async () => {
  const out = tempDir('preview-real');
  await build({ output: out, formats: ['pdf'], cache: false, date: '2026-01-01' });
  // pdftoppm alone on PATH, so an installed Chromium or LibreOffice does not slow the test.
  const bin = tempDir('preview-real-bin');
  symlinkSync(pdftoppm as string, join(bin, 'pdftoppm'));
  mkdirSync(join(out, 'shots'));
  const io = recordingIo({ ...process.env, PATH: bin });
  assert.equal(await main(['preview', '--out', out, '--to', join(out, 'shots'), '--dpi', '30'], io), 0, io.err.join(''));
  const pages = readdirSync(join(out, 'shots'));
  assert.ok(pages.length >= 1 && pages.every((p) => /^pdf-\d+\.png$/.test(p)), pages.join(' '));
  const png = readFileSync(join(out, 'shots', 'pdf-1.png'));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.ok(existsSync(join(out, 'shots', `pdf-${pages.length}.png`)));
});
