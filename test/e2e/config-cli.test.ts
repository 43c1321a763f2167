import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDocx } from '../helpers/read-docx.js';
import { readHtml } from '../helpers/read-html.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const FIXTURES = join(repoRoot, 'test/fixtures/config');

/** A fresh folder holding the two-profile config and its bibliography. */
function cvFolder(): string {
  const dir = tempDir('config');
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

const cli = (dir: string, ...args: string[]) => runCliInProcess(args, { cwd: dir, env: PLAIN });

/** Section title, label and the start of each entry's text, from the HTML. */
function outline(html: string): Array<[string, string | undefined, string]> {
  return readHtml(html).entries.map((e) => [e.section, e.label, e.id]);
}

test('--profile full and --profile short build the two CVs from one config: sections, numbering, filters', async () => {
  const dir = cvFolder();
  const full = await cli(dir, 'build', '--profile', 'full', '--json');
  assert.equal(full.status, 0, full.stderr);
  assert.deepEqual(JSON.parse(full.stdout).entries, { read: 6, rendered: 6, skipped: 0, merged: 0 });
  assert.deepEqual(outline(readFileSync(join(dir, 'out/full/publications.html'), 'utf8')), [
    ['Journal articles', '[J2]', 'sui2024journal'],
    ['Journal articles', '[J1]', 'sui2021journal'],
    ['Conference papers', '[C2]', 'sui2023conf'],
    ['Conference papers', '[C1]', 'sui2019conf'],
    ['Preprints', '[P1]', 'sui2025arxiv'],
    ['Other', '[1]', 'sui2022thesis'],
  ]);

  const short = await cli(dir, 'build', '--profile', 'short', '--json');
  assert.equal(short.status, 0, short.stderr);
  const report = JSON.parse(short.stdout) as { entries: Record<string, number>; diagnostics: Array<{ code: string; entry?: string; severity: string }> };
  assert.deepEqual(report.entries, { read: 6, rendered: 2, skipped: 4, merged: 0 });
  const left = report.diagnostics.filter((d) => d.code === 'filtered-out');
  assert.deepEqual(left.map((d) => d.entry).sort(), ['sui2019conf', 'sui2021journal', 'sui2022thesis', 'sui2025arxiv']);
  assert.ok(left.every((d) => d.severity === 'info'));
  const html = readFileSync(join(dir, 'out/short/publications.html'), 'utf8');
  assert.equal(readHtml(html).title, 'Selected Publications');
  assert.deepEqual(outline(html), [
    ['Journal articles', '2.', 'sui2024journal'],
    ['Conference papers', '1.', 'sui2023conf'],
  ]);

  // The same sections and numbers in DOCX and PDF.
  const docx = await readDocx(readFileSync(join(dir, 'out/short/publications.docx')));
  const docxText = docx.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
  assert.match(docxText, /Journal articles\n2\.\s*(\[JMLR\]\s*)?Sui, Y\./);
  assert.match(docxText, /Conference papers\n1\.\s*Doe, J\./);
  const pdf = pdfLines(await readPdf(readFileSync(join(dir, 'out/short/publications.pdf')))).map((l) => l.text.trim());
  assert.ok(pdf.includes('Journal articles') && pdf.includes('Conference papers'), pdf.join('\n'));
  assert.ok(pdf.some((l) => /^2\.\s.*Sui, Y\./.test(l)) && pdf.some((l) => /^1\.\s+Doe, J\./.test(l)), pdf.join('\n'));
  assert.ok(!pdf.some((l) => /Early Pruning|Stop overthinking/i.test(l)), 'filtered entries are not drawn');
});

test('flags given explicitly override the profile and the config; flags not given do not', async () => {
  const dir = cvFolder();
  const result = await cli(dir, 'build', '--profile', 'short', '--since', '2024', '-f', 'html', '-o', 'flagged', '--json');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).outputs, ['flagged/publications.html']);
  assert.deepEqual(outline(readFileSync(join(dir, 'flagged/publications.html'), 'utf8')), [['Journal articles', '1.', 'sui2024journal']]);

  // Without a profile: the file's own settings; `--no-config` ignores the file altogether.
  const plain = await cli(dir, 'build', '-f', 'html', '--json');
  assert.equal(plain.status, 0, plain.stderr);
  assert.deepEqual(JSON.parse(plain.stdout).outputs, ['output/publications.html']);
  const ignored = await cli(dir, 'build', 'publications.bib', '--no-config', '-f', 'html', '-o', 'bare', '--selected');
  assert.equal(ignored.status, 0, ignored.stderr);
  const bare = readHtml(readFileSync(join(dir, 'bare/publications.html'), 'utf8'));
  assert.deepEqual(
    bare.entries.map((e) => [e.section, e.label, e.id]),
    [
      ['', undefined, 'sui2024journal'],
      ['', undefined, 'sui2023conf'],
    ],
  );
  assert.deepEqual(
    bare.entries.map((e) => e.owners.length),
    [0, 0],
    'no config: no owner',
  );
});

test('-c reads a config elsewhere; its paths are relative to it', async () => {
  const dir = tempDir('config-c');
  cpSync(FIXTURES, join(dir, 'cv'), { recursive: true });
  const result = await cli(dir, 'build', '-c', 'cv/pubcv.config.yaml', '--profile', 'full', '-f', 'html');
  assert.equal(result.status, 0, result.stderr);
  assert.ok(existsSync(join(dir, 'cv/out/full/publications.html')));
  const missing = await cli(dir, 'build', '-c', 'nope.yaml');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.yaml: error config-not-found: cannot read config file nope\.yaml/);
});

test('a bad config exits 1 with every error at file:line:col, the closest key, and writes nothing', async () => {
  const dir = cvFolder();
  writeFileSync(join(dir, 'pubcv.config.yaml'), 'inputs: [publications.bib]\nsectons: type\nnumbering:\n  order: revers\nmax-authors: many\n');
  const result = await cli(dir, 'build');
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    [
      "pubcv.config.yaml:2:1: error config-unknown-key: unknown key 'sectons' — did you mean 'sections'?",
      '  2 | sectons: type',
      '    | ^',
      "pubcv.config.yaml:4:10: error config-value: numbering.order: unknown value 'revers' — did you mean 'reverse'? (one of none, ascending, reverse)",
      '  4 |   order: revers',
      '    |          ^',
      'pubcv.config.yaml:5:14: error config-type: max-authors: expected a number, got the text "many"',
      '  5 | max-authors: many',
      '    |              ^',
      '',
    ].join('\n'),
  );
  assert.ok(!existsSync(join(dir, 'output')), 'nothing written');
  const check = await cli(dir, 'check');
  assert.equal(check.status, 1, 'check reads the config too');
  assert.match(check.stderr, /unknown key 'sectons'/);
  const profile = await cli(cvFolder(), 'build', '--profile', 'shrot');
  assert.equal(profile.status, 2);
  assert.match(profile.stderr, /error unknown-profile: unknown profile 'shrot' in pubcv\.config\.yaml — did you mean 'short'\? \(profiles: full, short\)/);
});

test('check reads inputs, owner and filters from the config: the same counts as the build', async () => {
  const dir = cvFolder();
  const result = await cli(dir, 'check', '--profile', 'short', '--json');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).entries, { read: 6, rendered: 2, skipped: 4, merged: 0 });
});

test('init, then build with no inputs on the command line: the config lists them', async () => {
  const dir = tempDir('init-build');
  mkdirSync(join(dir, 'papers'));
  copyFileSync(join(FIXTURES, 'publications.bib'), join(dir, 'papers/refs.bib'));
  const init = await cli(dir, 'init');
  assert.equal(init.status, 0, init.stderr);
  const build = await cli(dir, 'build', '--json');
  assert.equal(build.status, 0, build.stderr);
  const report = JSON.parse(build.stdout) as { entries: Record<string, number>; outputs: string[] };
  assert.equal(report.entries.read, 6);
  assert.deepEqual(report.outputs, ['output/publications.pdf', 'output/publications.docx', 'output/publications.html']);
  assert.deepEqual(
    readdirSync(join(dir, 'output'))
      .filter((f) => f.startsWith('publications'))
      .sort(),
    ['publications.docx', 'publications.html', 'publications.pdf'],
  );

  // A config that lists no inputs does not quietly build the bundled example.
  const empty = tempDir('init-empty');
  assert.equal((await cli(empty, 'init')).status, 0);
  const none = await cli(empty, 'build');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no inputs: list your bibliographies under "inputs:" in pubcv\.config\.yaml/);
});
