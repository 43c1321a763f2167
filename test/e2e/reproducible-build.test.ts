import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { parse } from 'node-html-parser';
import { readDocx } from '../helpers/read-docx.js';
import { embeddedFontNames, readPdf } from '../helpers/read-pdf.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

// Builds run in this process (the CLI's main()) and, where a fresh process must give the same
// bytes (another time zone, no warm caches), through the built CLI: run `npm run build` first.

const FIXTURE = join(repoRoot, 'test', 'fixtures', 'print', 'links.bib');
const FORMATS = ['pdf', 'docx', 'html'] as const;
type Outputs = Record<(typeof FORMATS)[number], Buffer>;
const work = tempDir('reproducible');

/** Builds into a fresh folder of `work`, in this process or in a `spawned` one, and returns the bytes of each output. */
async function buildInto(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, spawned = false): Promise<Outputs> {
  const out = join(work, name);
  const argv = ['build', ...args, '-o', out, '--quiet'];
  const result = spawned ? await runCliAsync(argv, { env }) : await runCliInProcess(argv, { env });
  assert.equal(result.status, 0, result.stderr);
  return Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(out, `publications.${f}`))])) as Outputs;
}

const ARGS = [FIXTURE, '-n', 'Sui, Yang', '--json-ld'];
let fixtureBuild: Outputs | undefined;

describe('reproducible builds', () => {
  it('gives byte-identical PDF, DOCX and HTML for the same inputs, cached or not, in this process or a fresh one', async () => {
    const first = await buildInto('a', ARGS);
    fixtureBuild = first;
    const second = await buildInto('b', [...ARGS, '--no-cache'], {}, true);
    const again = await buildInto('a', ARGS);
    for (const format of FORMATS) {
      assert.ok(first[format].equals(second[format]), `${format} differs between two builds`);
      assert.ok(first[format].equals(again[format]), `${format} differs when rebuilt from the cache`);
    }
    const example = [await buildInto('ex1', []), await buildInto('ex2', [], {}, true)];
    for (const format of FORMATS) assert.ok(example[0]![format].equals(example[1]![format]), `bundled example: ${format} differs`);
  });

  it('dates every file by SOURCE_DATE_EPOCH, not by the clock', async () => {
    const files = await buildInto('dated', ARGS, { SOURCE_DATE_EPOCH: '1700000000' });
    const { info } = await readPdf(files.pdf);
    assert.equal(info.CreationDate, 'D:20231114000000Z');
    assert.equal(info.ModDate, 'D:20231114000000Z');
    const zip = await JSZip.loadAsync(files.docx);
    for (const entry of Object.values(zip.files)) assert.equal(entry.date.toISOString(), '2023-11-14T00:00:00.000Z', entry.name);
    assert.match(await zip.file('docProps/core.xml')!.async('string'), /<dcterms:modified [^>]*>2023-11-14T00:00:00Z</);
    assert.match(files.html.toString('utf8'), /<time datetime="2023-11-14">/);
  });

  it('gives the same DOCX bytes in every time zone', async () => {
    // TZ is read when a process starts: each zone is a process of its own, compared with a build
    // in this process's zone (the machine's).
    const here = (await buildInto('tz-here', ARGS, { SOURCE_DATE_EPOCH: '1700000000' })).docx;
    const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo'];
    const builds = await Promise.all(
      zones.map(async (TZ) => (await buildInto(`tz-${TZ.replace('/', '-')}`, ARGS, { SOURCE_DATE_EPOCH: '1700000000', TZ }, true)).docx),
    );
    for (const [i, bytes] of builds.entries()) assert.ok(bytes.equals(here), `DOCX built in ${zones[i]} differs from the one built in this process`);
  });

  it('links DOIs and URLs in all three formats, and embeds every font the PDF uses', async () => {
    const files = fixtureBuild ?? (await buildInto('links', ARGS));
    const expected = ['https://doi.org/10.1000/xyz123', 'https://example.org/elrt', 'https://doi.org/10.1000/cjk.2022'];
    const pdf = await readPdf(files.pdf);
    // A link broken across lines is one annotation per line.
    assert.deepEqual([...new Set(pdf.pages.flatMap((p) => p.links.map((l) => l.url)))], expected);
    assert.ok(pdf.fonts.length > 0 && pdf.fonts.every((f) => f.embedded), JSON.stringify(pdf.fonts));
    assert.deepEqual(embeddedFontNames(files.pdf), pdf.fonts.map((f) => f.name).sort());
    assert.ok(
      pdf.fonts.some((f) => f.name.startsWith('NotoSansHans')),
      'the CJK entry uses the fallback',
    );
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    const docx = await readDocx(files.docx);
    assert.deepEqual([...new Set(docx.paragraphs.flatMap((p) => p.runs).flatMap((r) => (r.link ? [r.link] : [])))], expected);
    const anchors = parse(files.html.toString('utf8')).querySelectorAll('a[href]');
    assert.deepEqual(
      anchors.map((a) => a.getAttribute('href')),
      expected,
    );
    assert.ok(anchors.every((a) => a.getAttribute('rel') === 'noopener'));
  });
});
