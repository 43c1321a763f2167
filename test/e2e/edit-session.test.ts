import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateBib } from '../../bench/generate-bib.js';
import { PDF_THREAD_ENTRIES } from '../../src/render/render-formats.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = tempDir('edit-session');
const OUTPUTS = ['publications.pdf', 'publications.docx', 'publications.html'];
const OWNER = 'Testperson, Alexa';

// Long enough for the PDF's own thread, so the session's rebuilds go through it as a `--watch` one does.
const original = generateBib(PDF_THREAD_ENTRIES + 10);
const bib = join(root, 'cv.bib');

/** A copy of the default theme's entry template that writes one more word: another template, same markup. */
const templates = join(root, 'templates');
cpSync(join(repoRoot, 'templates', 'default', 'entry.hbs'), join(templates, 'entry.hbs'));
writeFileSync(join(templates, 'entry.hbs'), readFileSync(join(templates, 'entry.hbs'), 'utf8').replace('{{reference}}', '{{reference}} <i>(edited)</i>'));

function edited(...replacements: ReadonlyArray<readonly [string, string]>): string {
  return replacements.reduce((text, [from, to]) => {
    assert.ok(text.includes(from), from);
    return text.replace(from, to);
  }, original);
}

const TITLE: [string, string] = ['Synthetic study 5 of', 'Synthetic study 5 (revised) of'];
const AUTHOR: [string, string] = ['Lotonzan, Dana', 'Lotonzan-Ferreira, Dora'];
/** Entry 5 from 2014 to the newest year: it moves to the top of its section. */
const YEAR: [string, string] = ['year = {2014}', 'year = {2026}'];

/** The states of a `--watch` session, each a change a user makes to the one before. */
const SESSION: ReadonlyArray<{ readonly change: string; readonly text: string; readonly flags: readonly string[] }> = [
  { change: 'the first build', text: original, flags: [] },
  { change: 'a title edited', text: edited(TITLE), flags: [] },
  { change: 'an author renamed', text: edited(TITLE, AUTHOR), flags: [] },
  { change: 'a year that moves the entry', text: edited(TITLE, AUTHOR, YEAR), flags: [] },
  { change: 'the owner written otherwise in one entry', text: edited(TITLE, AUTHOR, YEAR, ['Testperson, Alexa}', 'Testperson, A.}']), flags: [] },
  // Both unnumbered: the entries' labels stay as they were, their text does not.
  { change: 'another style', text: edited(TITLE, AUTHOR, YEAR), flags: ['-s', 'chicago-author-date'] },
  { change: 'a numbered style', text: edited(TITLE, AUTHOR, YEAR), flags: ['-s', 'ieee'] },
  { change: 'another entry template', text: edited(TITLE, AUTHOR, YEAR), flags: ['-s', 'ieee', '--template', templates] },
  {
    change: 'another highlight and links',
    text: edited(TITLE, AUTHOR, YEAR),
    flags: ['-s', 'ieee', '--template', templates, '--highlight', 'underline', '--links', 'url,doi'],
  },
  { change: 'another locale', text: edited(TITLE, AUTHOR, YEAR), flags: ['--locale', 'de-DE'] },
  { change: 'back to the first build', text: original, flags: [] },
];

test("every rebuild of a session writes what a fresh process's build without a cache writes", { timeout: 600_000 }, async () => {
  const session = join(root, 'session');
  for (const [step, { change, text, flags }] of SESSION.entries()) {
    writeFileSync(bib, text);
    // The session: the built CLI's main() in this process, which keeps its caches from step to step.
    const kept = await runCliInProcess(['build', bib, '-n', OWNER, '-o', session, '-q', ...flags]);
    assert.equal(kept.status, 0, kept.stderr);
    const fresh = join(root, `fresh-${step}`);
    const alone = await runCliAsync(['build', bib, '-n', OWNER, '-o', fresh, '-q', '--no-cache', ...flags]);
    assert.equal(alone.status, 0, alone.stderr);
    for (const file of OUTPUTS) assert.ok(readFileSync(join(session, file)).equals(readFileSync(join(fresh, file))), `${change}: ${file}`);
  }
});
