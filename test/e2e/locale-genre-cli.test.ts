import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

test('pubcv build --locale de names a thesis and a report in German', async () => {
  const dir = tempDir('genre');
  writeFileSync(
    join(dir, 'refs.bib'),
    '@phdthesis{phd, author = {Doe, Jane}, title = {On things}, school = {Uni}, year = 2020}\n' +
      '@techreport{tr, author = {Doe, Jane}, title = {A report}, institution = {Lab}, number = {7}, year = 2019}\n',
  );
  const run = await runCliInProcess(['build', join(dir, 'refs.bib'), '-n', 'Doe, Jane', '--locale', 'de', '-f', 'txt', '-o', join(dir, 'out')], { env: PLAIN });
  assert.equal(run.status, 0, run.stderr);
  const text = readFileSync(join(dir, 'out', 'publications.txt'), 'utf8');
  assert.match(text, /On things \[Dissertation\]/);
  assert.match(text, /A report \(Technischer Bericht Nr\. 7\)/);
});
