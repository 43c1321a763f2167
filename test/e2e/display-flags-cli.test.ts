import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = join(repoRoot, 'test/fixtures/alfolio/papers.bib');
const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

async function build(...args: string[]) {
  const out = join(tempDir('display-cli'), 'out');
  const result = await runCliInProcess(['build', BIB, '--name', 'Zhang, Yichi', '--out', out, '--no-config', ...args], { env: PLAIN });
  const read = (name: string): string => readFileSync(join(out, name), 'utf8');
  return { ...result, read };
}

describe('pubcv build: formats, themes, templates and links from the command line', () => {
  it('writes the Markdown, text, LaTeX, BibTeX and CSL-JSON files', async () => {
    const run = await build('-f', 'md,txt,tex,bib,csl-json');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /out\/publications\.\{md,txt,tex,bib,json\}/);
    assert.match(run.read('publications.md'), /^- `ACL` Gao, S\., \*\*Zhang, Y\.\*\*/m);
    assert.match(run.read('publications.txt'), /^ {3}Code <https:\/\/github\.com\/Silin159\/PARG> · arXiv/m);
    assert.match(run.read('publications.tex'), /\\pubcvowner\{Zhang, Y\.\}/);
    assert.match(run.read('publications.bib'), /@inproceedings\{gao2020paraphrase,[^@]*abbr = \{ACL\}/);
    assert.deepEqual(
      JSON.parse(run.read('publications.json')).map((r: { id: string }) => r.id),
      ['dai2021elastic', 'gao2020paraphrase'],
    );
  });

  it('takes --theme, --template, --links, --link-base, --abstracts, --subtitle and --no-updated', async () => {
    const dir = tempDir('user-templates');
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'heading.hbs'), 'HEADING {{count}}');
    const run = await build(
      '-f',
      'txt',
      '--theme',
      'compact',
      '--template',
      join(dir, 'mine'),
      '--links',
      'pdf,code',
      '--link-base',
      'https://me.github.io/assets/pdf/',
      '--abstracts',
      '--subtitle',
      'Selected papers',
      '--no-updated',
    );
    assert.equal(run.status, 0, run.stderr);
    const text = run.read('publications.txt');
    assert.match(text, /^Selected papers$/m);
    assert.doesNotMatch(text, /Updated/);
    assert.match(text, /\[PDF <https:\/\/me\.github\.io\/assets\/pdf\/acl20_parg\.pdf>\] \[Code <https:\/\/github\.com\/Silin159\/PARG>\]/);
    assert.doesNotMatch(text, /arXiv/);
    assert.doesNotMatch(text, /link-not-web/);
  });

  it('turns an unknown theme, link kind or template folder into a usage error', async () => {
    const theme = await build('--theme', 'fancy');
    assert.equal(theme.status, 2);
    assert.match(theme.stderr, /unknown theme "fancy" \(themes: compact, default, fragment\)/);
    const links = await build('--links', 'pdf,slidez');
    assert.equal(links.status, 2);
    assert.match(links.stderr, /unknown link kind "slidez"/);
    const folder = await build('--template', 'no-such-folder');
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /template folder no-such-folder not found/);
  });

  it('stops on a template that writes what is not entry markup, writing nothing', async () => {
    const dir = tempDir('bad-template');
    writeFileSync(join(dir, 'entry.hbs'), '<div>{{reference}}</div>');
    const run = await build('-f', 'html', '--template', dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /template-markup/);
    assert.match(run.stderr, /unknown element <div>/);
  });
});
