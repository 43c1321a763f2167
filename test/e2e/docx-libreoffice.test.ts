import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// LibreOffice is not part of the core toolchain: without `soffice` on PATH this file skips, and says so.

/** The path of `name` on PATH, or '' when it is not there. */
function findOnPath(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  return '';
}

const soffice = findOnPath('soffice');
const skip = soffice === '' ? 'soffice (LibreOffice) is not on PATH: DOCX round trip not tested' : false;
if (skip) console.log(`notice: ${skip}`);

const work = tempDir('libreoffice');

/** Lower case, one space between words, no punctuation: LibreOffice's text and the record's title compare alike. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The titles of the built entries, from the HTML's JSON-LD (built from the same records). */
function entryTitles(html: string): string[] {
  const script = parse(html).querySelector('script[type="application/ld+json"]');
  const graph = (JSON.parse(script?.rawText ?? '{}') as { '@graph'?: Array<{ name?: string }> })['@graph'] ?? [];
  return graph.map((node) => node.name ?? '');
}

/** Converts a DOCX to plain text with LibreOffice in a private profile; its exit status and the text. */
function convertToText(docx: string, outDir: string): { status: number | null; stderr: string; text: string } {
  const profile = pathToFileURL(join(work, 'profile')).href;
  const result = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, docx],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const text = result.status === 0 ? readFileSync(join(outDir, 'publications.txt'), 'utf8') : '';
  return { status: result.status, stderr: result.stderr, text };
}

describe('DOCX through LibreOffice', () => {
  for (const [name, args] of [
    ['the bundled example', []],
    ['BibTeX with DOIs, URLs and CJK', [join(repoRoot, 'test', 'fixtures', 'print', 'links.bib'), '-n', 'Sui, Yang']],
  ] as const) {
    it(`opens ${name} and finds every entry's title`, { skip }, () => {
      const out = join(work, name.replace(/\W+/g, '-'));
      const built = runCli(['build', ...args, '-f', 'docx,html', '--json-ld', '-o', out, '--quiet']);
      assert.equal(built.status, 0, built.stderr);
      const titles = entryTitles(readFileSync(join(out, 'publications.html'), 'utf8'));
      assert.ok(titles.length > 0, 'entries were built');
      const converted = convertToText(join(out, 'publications.docx'), join(out, 'lo'));
      assert.equal(converted.status, 0, converted.stderr);
      const text = comparable(converted.text);
      for (const title of titles) assert.ok(text.includes(comparable(title)), `title not found: ${title}`);
    });
  }
});
