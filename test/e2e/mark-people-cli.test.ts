import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

/** A folder with refs.json: the owner with a student, a postdoc, and a co-author who shares the student's initial. */
function folder(): string {
  const dir = tempDir('people-cli');
  const item = (id: string, author: Array<{ family: string; given: string }>) => ({
    id,
    type: 'article-journal',
    title: `Paper ${id}`,
    'container-title': 'J',
    issued: { 'date-parts': [[2024]] },
    author,
  });
  const items = [
    item('a', [
      { family: 'Sui', given: 'Yang' },
      { family: 'Kowalski', given: 'Anna' },
      { family: 'Ito', given: 'Ken' },
    ]),
    item('b', [
      { family: 'Ito', given: 'K.' },
      { family: 'Ito', given: 'Kaori' },
      { family: 'Sui', given: 'Yang' },
    ]),
    item('c', [
      { family: 'Sui', given: 'Yang' },
      { family: 'Baker', given: 'Bo' },
    ]),
  ];
  writeFileSync(join(dir, 'refs.json'), JSON.stringify(items));
  writeFileSync(join(dir, 'lab.txt'), '# students and postdocs\nKowalski, Anna\nIto, Ken; Ito, K.\n');
  return dir;
}

test('--mark-people FILE marks them with ‡ after the name in every format, and a legend line; check reports the doubts', async () => {
  const dir = folder();
  const out = join(dir, 'out');
  const built = await runCliInProcess(
    ['build', join(dir, 'refs.json'), '-n', 'Sui, Yang', '--mark-people', join(dir, 'lab.txt'), '-f', 'txt,md,html', '-o', out, '--no-cache'],
    { env: PLAIN },
  );
  assert.equal(built.status, 0, built.stderr);
  const txt = readFileSync(join(out, 'publications.txt'), 'utf8');
  assert.match(txt, /^Sui, Y\., Kowalski, A\.‡, & Ito, K\.‡ \(2024\)/m);
  assert.match(txt, /^Sui, Y\., & Baker, B\. \(2024\)/m);
  assert.match(txt, /^‡ Members of the group$/m);
  assert.match(readFileSync(join(out, 'publications.md'), 'utf8'), /Kowalski, A\.<sup>‡<\/sup>/);
  const html = readFileSync(join(out, 'publications.html'), 'utf8');
  assert.match(html, /<span class="owner">Sui, Y\.<\/span>, Kowalski, A\.<sup>‡<\/sup>/);
  assert.match(html, /<aside class="cv-legend">[\s\S]*Members of the group/);
  // "Ito, K." beside "Ito, Kaori": the owner's rules, worded for people.
  assert.match(
    built.stderr,
    /warning people-ambiguous: "Ito, Kaori" matches a name in people: written with an initial but is not "Ito, Ken"; not marked \[b\]/,
  );
  assert.match(txt, /^Ito, K\.‡, Ito, K\., & Sui, Y\. \(2024\)/m);

  const checked = await runCliInProcess(['check', join(dir, 'refs.json'), '-n', 'Sui, Yang', '--mark-people', join(dir, 'lab.txt'), '--json'], { env: PLAIN });
  const report = JSON.parse(checked.stdout) as { diagnostics: Array<{ code: string; entry?: string }> };
  assert.deepEqual(
    report.diagnostics.filter((d) => d.code.startsWith('people')).map((d) => [d.code, d.entry]),
    [['people-ambiguous', 'b']],
  );

  const missing = await runCliInProcess(['build', join(dir, 'refs.json'), '--mark-people', join(dir, 'nope.txt'), '-o', out], { env: PLAIN });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read people file .*nope\.txt/);
});

test('config people: with names, a file beside the config, an underline and a legend of its own; a --name listed there is one of the people', async () => {
  const dir = folder();
  writeFileSync(
    join(dir, 'pubcv.config.yaml'),
    [
      'inputs: refs.json',
      'owner: ["Sui, Yang", "Baker, Bo"]',
      'formats: [html, txt]',
      'output: out',
      'people:',
      '  names: ["Baker, Bo"]',
      '  file: lab.txt',
      '  mark: underline',
      '  legend: My students',
      '',
    ].join('\n'),
  );
  const built = await runCliInProcess(['build', '-c', join(dir, 'pubcv.config.yaml'), '--no-cache'], { env: PLAIN });
  assert.equal(built.status, 0, built.stderr);
  assert.doesNotMatch(built.stderr, /owner-several-people/);
  const html = readFileSync(join(dir, 'out', 'publications.html'), 'utf8');
  assert.match(html, /<span class="owner">Sui, Y\.<\/span>, &amp; <u>Baker, B\.<\/u>/);
  assert.match(html, /<u>Kowalski, A\.<\/u>/);
  assert.match(html, /<aside class="cv-legend">[\s\S]*<u>Underlined<\/u>: My students/);
  assert.match(readFileSync(join(dir, 'out', 'publications.txt'), 'utf8'), /^Underlined: My students$/m);
});

test('two --names that look like two people: a warning that says how pubcv reads them and how to mark others', async () => {
  const dir = folder();
  const apart = await runCliInProcess(['check', join(dir, 'refs.json'), '-n', 'Sui, Yang', '-n', 'Baker, Bo'], { env: PLAIN });
  assert.match(apart.stderr, /"Sui, Yang" and "Baker, Bo" are co-authors in 1 entry \(c\)\. .* use --mark-people FILE or people: in the config/);
  const built = await runCliInProcess(['check', join(dir, 'refs.json'), '-n', 'Sui, Yang', '-n', 'Smith, John'], { env: PLAIN });
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stderr,
    /warning owner-several-people: "Sui, Yang" and "Smith, John" look like two people; pubcv treats every --name as a spelling of the one owner, so both are highlighted as the owner: to mark other people \(students, lab members\) use --mark-people FILE or people: in the config/,
  );
});
