import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expandDefinitions, latexDefinitions } from '../../src/input/latex-definitions.js';
import { readBibtexTexts } from '../../src/input/read-bibtex.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

// IRIDIA's macro file defines these in its @preamble; its entries use them in other files.
const IRIDIA_PREAMBLE =
  '\\providecommand{\\MaxMinAntSystem}{{$\\cal MAX$--$\\cal MIN$} {Ant} {System}} \\providecommand{\\rpackage}[1]{{#1}} \\providecommand{\\BIBdepartment}[1]{{#1}, } ';

test('reads \\providecommand, \\newcommand and \\def with their arguments; \\providecommand does not replace', () => {
  const definitions = latexDefinitions([
    IRIDIA_PREAMBLE,
    '\\newcommand{\\pair}[2]{#1 and #2} \\def\\swap#1#2{#2#1} \\newcommand\\bare{B} \\providecommand{\\rpackage}[1]{ignored}',
  ]);
  assert.deepEqual(
    [...definitions].map(([name, d]) => `${name}/${d.args}: ${d.body}`),
    [
      'MaxMinAntSystem/0: {$\\cal MAX$--$\\cal MIN$} {Ant} {System}',
      'rpackage/1: {#1}',
      'BIBdepartment/1: {#1}, ',
      'pair/2: #1 and #2',
      'swap/2: #2#1',
      'bare/0: B',
    ],
  );
});

test('expands uses as LaTeX does: arguments in, the spaces after a bare command name dropped, nested definitions too', () => {
  const definitions = latexDefinitions([IRIDIA_PREAMBLE, '\\newcommand{\\pair}[2]{#1 and #2} \\newcommand{\\pkg}{\\rpackage{irace}}']);
  assert.equal(expandDefinitions('On {\\MaxMinAntSystem}', definitions), 'On {{$\\cal MAX$--$\\cal MIN$} {Ant} {System}}');
  assert.equal(expandDefinitions('\\BIBdepartment{LERISS}Université', definitions), '{LERISS}, Université');
  assert.equal(expandDefinitions('\\pair{a} {b}, \\pkg is', definitions), 'a and b, {irace}is');
  assert.equal(expandDefinitions('\\pair{a}', definitions), '\\pair{a}', 'a use short of its arguments stays as written');
  assert.equal(expandDefinitions('\\unknown{x}', definitions), '\\unknown{x}');
});

test('a command defined through itself stops expanding', () => {
  const definitions = latexDefinitions(['\\newcommand{\\loop}{x\\loop}']);
  assert.ok(expandDefinitions('\\loop', definitions).startsWith('xxx'));
});

test('a preamble in one file defines commands for the entries of another; URLs are left alone', () => {
  const [, entries] = readBibtexTexts([
    { path: 'abbrev.bib', text: `@preamble{ "${IRIDIA_PREAMBLE.replaceAll('"', '{"}')}" }\n@string{LERISS = "\\BIBdepartment{LERISS - Laboratoire}"}` },
    {
      path: 'biblio.bib',
      text: "@phdthesis{d, author = {Dreo, J.}, title = {On the {\\MaxMinAntSystem}}, school = LERISS # {Universit{\\'e} Paris XII}, year = 2003, url = {https://x.org/\\rpackage}}",
    },
  ]);
  const item = entries?.records[0]?.item;
  assert.equal(item?.title, 'On the <span class="nocase">MAX–MIN Ant System</span>');
  assert.equal(item?.publisher, 'LERISS - Laboratoire, Université Paris XII');
  assert.equal(item?.URL, 'https://x.org/%5Crpackage', 'not expanded (pubcv escapes the backslash in a link)');
});

const ABBREV = corpusFile('large/iridia-abbrev.bib');
const BIBLIO = corpusFile('large/iridia-biblio.bib');

test('IRIDIA: titles naming MAX–MIN Ant System keep it (they read "On ’s parameters")', { skip: skipWithout(ABBREV, BIBLIO) }, () => {
  const [, biblio] = readBibtexTexts([
    { path: ABBREV, text: readFileSync(ABBREV, 'utf8') },
    { path: BIBLIO, text: readFileSync(BIBLIO, 'utf8') },
  ]);
  const titles = new Map(biblio?.records.map((r) => [r.source.key, r.item.title]));
  assert.match(titles.get('PelFavMor06') ?? '', /^On <span class="nocase">MAX–MIN Ant System<\/span>['’]s parameters$/);
  assert.match(titles.get('FavMorPel09:sls') ?? '', /MAX–MIN Ant System<\/span>$/);
});

test('definitions that program TeX, and redefinitions of commands the reader knows, are not used', () => {
  const definitions = latexDefinitions([
    '\\def\\ocirc#1{\\ifmmode\\setbox0=\\hbox{$#1$}\\dimen0=\\ht0 \\advance\\dimen0 by1pt\\rlap{\\hbox to\\wd0{\\hss\\raise\\dimen0 \\hbox{\\hskip.2em$\\scriptscriptstyle\\circ$}\\hss}}#1\\else {\\accent"17 #1}\\fi}',
    '\\makeatletter \\@ifundefined{url}{\\newcommand{\\url}[1]{\\texttt{#1}}}{} \\@ifundefined{bibcyr}{\\newcommand{\\bibcyr}[1]{---}}{} \\makeatother',
  ]);
  assert.deepEqual([...definitions.keys()], ['bibcyr']);
});

test('a command that would print nothing is reported with its entry and field, unless a preamble defines it', () => {
  const entry = {
    path: 'biblio.bib',
    text: '@article{a, title = {On {\\MaxMinAntSystem}}, journal = {J $\\big($x$\\big)$}, annote = {C:\\Qiqqa}, year = 2001}',
  };
  const [alone] = readBibtexTexts([entry]);
  const warnings = alone?.diagnostics.filter((d) => d.code === 'latex-unknown-command') ?? [];
  assert.deepEqual(
    warnings.map((d) => [d.entry, d.line, d.message.split(' is not')[0]]),
    [['a', 1, "entry 'a': \\MaxMinAntSystem in 'title'"]],
  );
  const [, defined] = readBibtexTexts([{ path: 'abbrev.bib', text: `@preamble{"${IRIDIA_PREAMBLE}"}` }, entry]);
  assert.equal(defined?.diagnostics.filter((d) => d.code === 'latex-unknown-command').length, 0);
});
