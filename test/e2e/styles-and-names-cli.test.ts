import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readHtml } from '../helpers/read-html.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const FAMILIES = 'Adams Baker Clarke Dalton Evans Fischer Garcia Hansen Ito Jensen Kowalski Larsen'.split(' ');

/** A folder with refs.json (the owner 10th of 12 authors) and marks.yaml. */
function folder(): string {
  const dir = tempDir('styles-cli');
  const author = FAMILIES.map((family) => ({ family, given: 'Ann' }));
  author[9] = { family: 'Sui', given: 'Yang' };
  const item = { id: 'sui2024', type: 'article-journal', title: 'Long author lists', 'container-title': 'J', issued: { 'date-parts': [[2024]] }, author };
  writeFileSync(join(dir, 'refs.json'), JSON.stringify([item]));
  writeFileSync(join(dir, 'marks.yaml'), 'sui2024:\n  co-first: [1, "Sui, Yang"]\n');
  return dir;
}

test('pubcv styles lists over a thousand styles, name and title, offline', async () => {
  // In-process: the whole list is over a megabyte, more than a spawned process's pipe buffer here.
  const all = await runCliInProcess(['styles'], { env: PLAIN });
  assert.equal(all.status, 0);
  const lines = all.stdout.trim().split('\n');
  assert.ok(lines.length > 1000, `${lines.length} styles`);
  assert.ok(lines.some((l) => /^ieee\s+IEEE$/.test(l)));
  const nature = await runCliInProcess(['styles', 'nature', 'communications'], { env: PLAIN });
  assert.match(nature.stdout, /^nature-communications\s+Nature Communications\s+\(uses nature\)$/m);
  const json = JSON.parse((await runCliInProcess(['styles', 'chicago author', '--json'], { env: PLAIN })).stdout) as Array<{ name: string }>;
  assert.ok(json.some((s) => s.name === 'chicago-author-date'));
  assert.match((await runCliInProcess(['styles', '--locales'], { env: PLAIN })).stdout, /^de-DE$/m);
});

test('an unknown style or locale exits 2 and suggests close names', async () => {
  const style = await runCliInProcess(['build', '--style', 'ieeee', '--out', tempDir('x')], { env: PLAIN });
  assert.equal(style.status, 2);
  assert.match(style.stderr, /unknown style "ieeee"; did you mean ieee/);
  const locale = await runCliInProcess(['build', '--locale', 'xx-XX', '--out', tempDir('x')], { env: PLAIN });
  assert.equal(locale.status, 2);
  assert.match(locale.stderr, /unknown locale "xx-XX"/);
  const both = await runCliInProcess(['build', '--max-authors', '3', '--all-authors'], { env: PLAIN });
  assert.equal(both.status, 2);
});

test('--style, --locale (or --lang), --max-authors and --marks shape the entries', async () => {
  const dir = folder();
  const run = (...args: string[]) =>
    runCliInProcess(['build', join(dir, 'refs.json'), '-n', 'Sui, Yang', '-f', 'html', '-o', join(dir, 'out'), ...args], { env: PLAIN });
  const page = () => readHtml(readFileSync(join(dir, 'out', 'publications.html'), 'utf8'));

  assert.equal((await run('--style', 'ieee', '--locale', 'de')).status, 0);
  assert.match(page().entries[0]!.text, /^A\. Adams, …, Y\. Sui, u\.\sa\., „Long author lists“/);
  assert.deepEqual(page().entries[0]!.owners, ['Y. Sui']);

  assert.equal((await run('--style', 'ieee', '--lang', 'en-GB', '--all-authors')).status, 0);
  assert.doesNotMatch(page().entries[0]!.text, /et al|…/);

  assert.equal((await run('--style', 'apa', '--max-authors', '2')).status, 0);
  assert.match(page().entries[0]!.text, /^Adams, A\., Baker, A\., …, Sui, Y\., et al\. \(2024\)/);

  assert.equal((await run('--style', 'apa', '--marks', join(dir, 'marks.yaml'))).status, 0);
  const html = readFileSync(join(dir, 'out', 'publications.html'), 'utf8');
  assert.match(html, /Adams, A\.<sup>\*<\/sup>/);
  assert.match(html, /<aside class="cv-legend">[\s\S]*Co-first authors/);

  const missing = await run('--marks', 'nope.yaml');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read marks file nope\.yaml/);
});
