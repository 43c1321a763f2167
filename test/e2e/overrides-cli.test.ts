import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDocx } from '../helpers/read-docx.js';
import { readHtml } from '../helpers/read-html.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

// `overrides:` in the config, through the built CLI's main(): corrected entries in every format,
// over what the lock file holds, and the warnings that point at the config and the entry.

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

const BIB = `@article{leal2014,
  author = {Leal-Taix{\\'e}, Laura and Pons-Moll, Gerard},
  title = {Learning an image-based motion context},
  journal = {IEEE Conference on Computer Vision and Pattern Recognition (CVPR)},
  year = {2014}
}
@article{pons2011,
  author = {Pons-Moll, Gerard and Leal-Taix{\\'e}, Laura},
  title = {Everybody needs somebody},
  journal = {IEEE International Conference on Computer Vision (ICCV)},
  year = {2011}
}
@article{fenzi2015,
  author = {Fenzi, Michele and Leal-Taix{\\'e}, Laura},
  title = {Contination of a continous method},
  journal = {International Journal of Computer Vision},
  year = {2015}
}
`;

const CONFIG = `owner: "Leal-Taixé, Laura"
inputs: refs.bib
sections: type
overrides:
  leal2014: { kind: conference }
  fenzi2015:
    title: Continuation of a continuous method
    year: 2016
    DOI: 10.1007/s11263-016-0001-x
  fenzi2051: { note: a typo }
`;

// What enrich found for fenzi2015: a year and a venue; the override's year wins, the venue fills in.
const LOCK = {
  version: 2,
  entries: {
    fenzi2015: {
      title: 'Contination of a continous method',
      fields: { issued: { 'date-parts': [[2099]] }, volume: '117', 'container-title': 'Locked Venue' },
      source: 'crossref',
      url: 'http://127.0.0.1/works',
      retrieved: '2026-01-01',
      score: 0.97,
    },
  },
};

function cvFolder(): string {
  const dir = tempDir('overrides');
  writeFileSync(join(dir, 'refs.bib'), BIB);
  writeFileSync(join(dir, 'pubcv.config.yaml'), CONFIG);
  writeFileSync(join(dir, 'pubcv.lock.json'), JSON.stringify(LOCK));
  return dir;
}

test('overrides show in every format and win over the lock; an unknown id and an @article at a conference are warned about', async () => {
  const dir = cvFolder();
  const result = await runCliInProcess(
    ['build', '-c', join(dir, 'pubcv.config.yaml'), '-o', join(dir, 'out'), '-f', 'pdf,docx,html,md,txt,tex,bib,csl-json', '--json'],
    {
      env: PLAIN,
    },
  );
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { diagnostics: Array<{ code: string; file?: string; line?: number; entry?: string; message: string }> };
  const warnings = report.diagnostics.filter((d) => d.code === 'override-unknown-entry' || d.code === 'article-at-conference');
  assert.deepEqual(
    warnings.map((d) => [d.code, d.file, d.line, d.entry]),
    [
      ['override-unknown-entry', join(dir, 'pubcv.config.yaml'), 10, undefined],
      // leal2014 is overridden; pons2011 is not.
      ['article-at-conference', join(dir, 'refs.bib'), 7, 'pons2011'],
    ],
  );
  assert.match(warnings[0]!.message, /did you mean 'fenzi2015'\?/);
  assert.match(warnings[1]!.message, /overrides: \{ pons2011: \{ kind: conference \} \}/);

  const out = (ext: string) => join(dir, 'out', `publications.${ext}`);
  const html = readHtml(readFileSync(out('html'), 'utf8'));
  assert.deepEqual(
    html.entries.map((e) => [e.section, e.id]),
    [
      ['Journal articles', 'fenzi2015'],
      ['Journal articles', 'pons2011'],
      ['Conference papers', 'leal2014'],
    ],
  );
  const fixed = 'Continuation of a continuous method';
  const texts = {
    html: html.entries.map((e) => e.text).join('\n'),
    docx: (await readDocx(readFileSync(out('docx')))).paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n'),
    pdf: pdfLines(await readPdf(readFileSync(out('pdf'))))
      .map((l) => l.text)
      .join(' '),
    md: readFileSync(out('md'), 'utf8'),
    txt: readFileSync(out('txt'), 'utf8'),
    tex: readFileSync(out('tex'), 'utf8'),
    bib: readFileSync(out('bib'), 'utf8'),
    json: readFileSync(out('json'), 'utf8'),
  };
  for (const [format, text] of Object.entries(texts)) {
    assert.ok(text.includes(fixed), `${format}: the overridden title`);
    assert.ok(!text.includes('Contination'), `${format}: not the title as written`);
    assert.ok(text.includes('2016'), `${format}: the overridden year`);
    assert.ok(!text.includes('2099'), `${format}: not the lock's year`);
  }
  assert.match(texts.bib, /@inproceedings\{leal2014,/);
  const items = JSON.parse(texts.json) as Array<Record<string, unknown>>;
  const fenzi = items.find((i) => i.id === 'fenzi2015');
  assert.equal(fenzi?.DOI, '10.1007/s11263-016-0001-x');
  assert.equal(fenzi?.['container-title'], 'International Journal of Computer Vision', 'the written venue stays; the lock fills only what is missing');
  assert.equal(fenzi?.volume, '117');
  assert.equal(items.find((i) => i.id === 'leal2014')?.type, 'paper-conference');
});

test("check reports the same warnings, at the override's line in the config (quoted) and at the entry", async () => {
  const dir = cvFolder();
  const result = await runCliInProcess(['check', '-c', join(dir, 'pubcv.config.yaml')], { env: PLAIN });
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stderr,
    /pubcv\.config\.yaml:10:3: warning override-unknown-entry: overrides\.fenzi2051: no entry has the id 'fenzi2051' — did you mean 'fenzi2015'\?/,
  );
  assert.match(result.stderr, /refs\.bib:7:1: warning article-at-conference: 'IEEE International Conference on Computer Vision \(ICCV\)'/);
  // The config's line is quoted under its warning, as an input's is.
  assert.match(result.stderr, /did you mean 'fenzi2015'\?\n {2}10 \| {3}fenzi2051: \{ note: a typo \}\n {5}\| {3}\^\n/);
});
