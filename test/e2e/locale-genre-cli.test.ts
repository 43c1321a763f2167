import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

test('pubcv build --locale de names a thesis and a report in German', () => {
  const dir = tempDir('genre');
  writeFileSync(
    join(dir, 'refs.bib'),
    '@phdthesis{phd, author = {Doe, Jane}, title = {On things}, school = {Uni}, year = 2020}\n' +
      '@techreport{tr, author = {Doe, Jane}, title = {A report}, institution = {Lab}, number = {7}, year = 2019}\n',
  );
  const run = runCli(['build', 'refs.bib', '-n', 'Doe, Jane', '--locale', 'de', '-f', 'txt', '-o', 'out'], { cwd: dir, env: PLAIN });
  assert.equal(run.status, 0, run.stderr);
  const text = readFileSync(join(dir, 'out', 'publications.txt'), 'utf8');
  assert.match(text, /On things \[Dissertation\]/);
  assert.match(text, /A report \(Technischer Bericht Nr\. 7\)/);
});
