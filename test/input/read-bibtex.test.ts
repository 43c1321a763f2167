import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readBibtex, readBibtexTexts } from '../../src/input/read-bibtex.js';
import type { ReadResult } from '../../src/model/record.js';
import { CORPUS, listIfPresent, skipWithout } from '../helpers/corpus.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/bibtex/', import.meta.url));
// The shared corpus sits next to the repository; these tests skip when it is not there.
const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join(CORPUS, 'large', `iridia-${part}.bib`));

function readFixture(name: string): ReadResult {
  return readBibtex(readFileSync(join(FIXTURES, name), 'utf8'), name);
}

function errors(result: ReadResult) {
  return result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

function item(result: ReadResult, key: string) {
  const record = result.records.find((candidate) => candidate.source.key === key);
  assert.ok(record, `record ${key}`);
  return record.item;
}

function bibFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'large' ? [] : bibFiles(path);
    return entry.name.endsWith('.bib') ? [path] : [];
  });
}

describe('readBibtex', () => {
  it('reads entries with positions, skipping front matter, prose, comments and @string/@preamble', () => {
    const result = readFixture('good.bib');
    assert.equal(result.entryCount, 4);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(
      result.records.map((record) => [record.item.id, record.source.line, record.source.column]),
      [
        ['sui2024moe', 11, 1],
        ['muller2020', 20, 1],
        ['icml2024', 31, 1],
        ['child2024', 38, 1],
      ],
    );
    assert.deepEqual(result.records[0]?.source, { file: 'good.bib', line: 11, column: 1, key: 'sui2024moe' });
  });

  it('converts LaTeX in titles and names, expands macros, concatenation and months', () => {
    const result = readFixture('good.bib');
    const moe = item(result, 'sui2024moe');
    assert.equal(moe.title, 'MoE-I<sup>2</sup>: Compressing mixture of experts models');
    assert.equal(moe['container-title'], 'Proceedings of Machine Learning Research (International Conference on Machine Learning)');
    assert.deepEqual(moe.issued, { 'date-parts': [[2024, 7]] });
    assert.equal(moe.DOI, '10.1000/xyz_1');
    const muller = item(result, 'muller2020');
    assert.equal(muller.title, '<span class="nocase">DNA</span> sequencing at 100% accuracy – a <i>survey</i>');
    assert.equal(muller['container-title'], 'Journal of Études');
    assert.deepEqual(muller.author, [
      { family: 'Müller', given: 'Jörg' },
      { family: 'Čapek', given: 'Karel' },
    ]);
  });

  it('fills crossref children from their parent, whatever the key case', () => {
    const child = item(readFixture('good.bib'), 'child2024');
    assert.equal(child['container-title'], 'Proceedings of the 41st ICML');
    assert.deepEqual(child.editor, [{ family: 'Doe', given: 'Jane' }]);
    assert.deepEqual(child.issued, { 'date-parts': [[2024]] });
  });

  it('loses only the broken entries and says where and how to fix them', () => {
    const result = readFixture('broken.bib');
    assert.equal(result.entryCount, 6);
    assert.deepEqual(
      result.records.map((record) => record.item.id),
      ['first2020', 'missingcomma2021', 'third2022', '2024entry', 'last2025'],
    );
    const found = result.diagnostics.map(({ severity, code, line, column, entry }) => ({ severity, code, line, column, entry }));
    assert.deepEqual(found, [
      { severity: 'warning', code: 'bibtex-syntax', line: 11, column: 32, entry: 'missingcomma2021' },
      { severity: 'error', code: 'bibtex-syntax', line: 22, column: 12, entry: 'unbalanced2023' },
      { severity: 'warning', code: 'bibtex-missing-key', line: 28, column: 3, entry: undefined },
    ]);
    const [comma, brace, key] = result.diagnostics.map((diagnostic) => diagnostic.message);
    assert.match(comma ?? '', /expected ',' after the value of 'booktitle'; read as if it were there/);
    assert.match(brace ?? '', /'\{' in it is never closed; add the missing '\}'/);
    assert.match(key ?? '', /has no citation key; it gets an id made of author, year and title/);
    assert.equal(result.records[3]?.source.key, undefined);
    assert.ok(result.diagnostics.every((diagnostic) => diagnostic.file === 'broken.bib'));
  });

  it('still rejects a value followed by text that is no field', () => {
    const result = readBibtex('@misc{a, title = {A} junk here}\n@misc{b, title = {B}}', 'junk.bib');
    assert.deepEqual(
      result.records.map((record) => record.item.id),
      ['b'],
    );
    assert.match(errors(result)[0]?.message ?? '', /expected ',' or '\}' after the value of 'title'.*add the missing comma/);
  });

  it('warns about undefined macros and uses their name', () => {
    const result = readFixture('macros.bib');
    const macros = item(result, 'macros2019');
    assert.deepEqual(
      macros.author?.map((name) => name.family),
      ['Abramson', 'Dang', 'Amoorthy', 'Doerr'],
    );
    assert.equal(macros.title, 'Macros and concatenation');
    assert.equal(macros['container-title'], 'European Journal of Operational Research');
    assert.deepEqual(macros.issued, { 'date-parts': [[1999, 4]] });
    assert.deepEqual(
      result.diagnostics.map(({ code, line, column }) => ({ code, line, column })),
      [{ code: 'bibtex-undefined-macro', line: 11, column: 13 }],
    );
  });

  it('never throws on nonsense and counts what it could not read', () => {
    for (const text of ['', '@', '@article', '@article{', '@article{x', '@article{x, title = {a', '}}}{{{', '@string{x = }', '@article{x, title = "a}']) {
      const result = readBibtex(text, 'nonsense.bib');
      assert.equal(result.records.length + errors(result).length, result.entryCount, JSON.stringify(text));
    }
  });

  it('strips own-name bold from author lists so names parse', () => {
    const text = "@article{a, author = {Roe, R. and <strong>L. Leal-Taix{\\'e}</strong> and {\\bf Doe, J.} and \\textbf{Poe, E.}}, title = {T}}";
    const result = readBibtex(text, 'bold.bib');
    assert.deepEqual(item(result, 'a').author, [
      { family: 'Roe', given: 'R.' },
      { family: 'Leal-Taixé', given: 'L.' },
      { family: 'Doe', given: 'J.' },
      { family: 'Poe', given: 'E.' },
    ]);
    assert.deepEqual(
      result.diagnostics.map((diagnostic) => diagnostic.code),
      ['bibtex-name-markup'],
    );
  });

  it('reads past what real exports get wrong, with a warning each', () => {
    const text = [
      '% @article{old, title = {Commented out}}',
      '@book{mixed, title = {Mixed Delimiters}, year = 2020)',
      '@misc{commas, title = {Two Commas},  , year = 2021}',
      '@misc{dangling, title = {Child}, crossref = {nowhere}}',
      "@misc{accent, author = {Ragnhei{\\d}ur Bogad\\'{o}ttir}, title = {Bad Accent}}",
      '@misc{early, title = {Closed}}, year = 2022}',
      '@misc{m1, publisher = acm}',
      '@misc{m2, publisher = acm}',
    ].join('\n');
    const result = readBibtex(text, 'odd.bib');
    assert.deepEqual(
      result.records.map((record) => record.item.id),
      ['mixed', 'commas', 'dangling', 'accent', 'early', 'm1', 'm2'],
    );
    assert.equal(result.entryCount, 7);
    assert.deepEqual(
      result.diagnostics.map(({ severity, code, line }) => `${line} ${severity} ${code}`),
      [
        '2 warning bibtex-syntax',
        '3 warning bibtex-syntax',
        '4 warning bibtex-crossref-missing',
        '6 warning bibtex-syntax',
        '7 warning bibtex-undefined-macro',
      ],
    );
    assert.match(result.diagnostics[4]?.message ?? '', /'acm' \(2 times, first in field 'publisher'\)/);
    // Names are ours to parse: an accent citation-js fails on costs nothing.
    assert.deepEqual(item(result, 'accent').author, [{ given: 'Ragnheiur', family: 'Bogadóttir' }]);
  });

  it('accents a dotless i in names as an i', () => {
    const result = readBibtex("@misc{a, author = {Garc{\\'\\i}a, Jos{\\'e} and Aquino-Ort\\'{\\i}z, E.}, title = {T}}", 'dotless.bib');
    assert.deepEqual(
      item(result, 'a').author?.map((name) => name.family),
      ['García', 'Aquino-Ortíz'],
    );
  });

  it('puts English titles in sentence case, never those in another language, named or not', () => {
    const result = readBibtex(
      '@article{en, title = {Theoretical Biology of Cells}}\n' +
        '@article{named, langid = {ngerman}, title = {Theoretische Biologie der Zellen}}\n' +
        '@article{french, language = {french}, title = {Biologie Théorique}}\n' +
        '@article{unnamed, title = {Experimentelle und theoretische Biologie: getrennte Welten?}}',
      'lang.bib',
    );
    assert.deepEqual(
      result.records.map((record) => record.item.title),
      ['Theoretical biology of cells', 'Theoretische Biologie der Zellen', 'Biologie Théorique', 'Experimentelle und theoretische Biologie: getrennte Welten?'],
    );
  });

  it('decodes LaTeX in numbers, which citation-js passes on as written', () => {
    const result = readBibtex('@techreport{a, title = {T}, number = {No.\\ 117}}', 'number.bib');
    assert.equal(item(result, 'a').number, 'No. 117');
  });

  it("ignores the booktitle of a whole book, as BibTeX and biblatex do, but keeps a part's", () => {
    const text = [
      '@book{malinowski, title = {Coral Gardens and Their Magic}, booktitle = {Coral Gardens and Their Magic}, publisher = {Allen}, year = 1935}',
      '@proceedings{procs, title = {Proceedings of the 8th MIC}, booktitle = {MIC 2009}, year = 2010}',
      '@inproceedings{paper, title = {A Paper}, crossref = {procs}}',
      '@incollection{chapter, title = {A Chapter}, booktitle = {The Book}, year = 2001}',
      '@book{child, title = {Volume}, crossref = {procs}}',
    ].join('\n');
    const result = readBibtex(text, 'books.bib');
    assert.equal(item(result, 'malinowski')['container-title'], undefined);
    assert.equal(item(result, 'procs')['container-title'], undefined);
    assert.equal(item(result, 'child')['container-title'], undefined);
    assert.equal(item(result, 'paper')['container-title'], 'Proceedings of the 8th MIC');
    assert.equal(item(result, 'chapter')['container-title'], 'The book');
  });

  it("takes an @article's journal as its container, not a booktitle written beside it (BibTeX ignores booktitle on an article)", () => {
    const text = [
      '@article{both, title = {T}, booktitle = {CVPR}, journal = {IEEE Conference on Computer Vision and Pattern Recognition}, year = 2015}',
      '@article{venue, title = {T}, booktitle = {CVPR}, year = 2015}',
    ].join('\n');
    const result = readBibtex(text, 'article.bib');
    assert.equal(item(result, 'both')['container-title'], 'IEEE Conference on Computer Vision and Pattern Recognition');
    assert.equal(item(result, 'venue')['container-title'], 'CVPR');
  });

  it('reads milancvpr2015 of lealtaixe-bibdesk-mypubs-2017.bib with its journal as the container', { skip: skipWithout(CORPUS) }, () => {
    const result = readBibtex(readFileSync(join(CORPUS, 'lealtaixe-bibdesk-mypubs-2017.bib'), 'utf8'), 'lealtaixe-bibdesk-mypubs-2017.bib');
    assert.equal(item(result, 'milancvpr2015')['container-title'], 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)');
  });

  it('gives a @proceedings or @book with only a booktitle that booktitle as its title (APA 10.5 A2 in the Better BibTeX fixtures)', () => {
    const result = readBibtex(
      '@proceedings{a, editor = {Kushilevitz, E.}, booktitle = {Theory of Cryptography}, publisher = {Springer}, date = {2016}}',
      'procs.bib',
    );
    assert.match(String(item(result, 'a').title), /^Theory of cryptography$/i);
    assert.equal(item(result, 'a')['container-title'], undefined);
  });

  it('writes what a reader expects for thesis and report types, not the entry type', () => {
    const text = [
      '@phdthesis{phd, title = {T}, school = {S}, year = 2000}',
      '@mastersthesis{ma, title = {T}, school = {S}, year = 2000}',
      '@techreport{tr, title = {T}, institution = {I}, year = 2000}',
      '@thesis{typed, title = {T}, type = {mathesis}, institution = {I}, year = 2000}',
      '@report{typedtr, title = {T}, type = {techreport}, institution = {I}, year = 2000}',
      '@thesis{diploma, title = {T}, type = {Diploma thesis}, institution = {I}, year = 2000}',
    ].join('\n');
    const result = readBibtex(text, 'genres.bib');
    assert.deepEqual(
      result.records.map((record) => record.item.genre),
      ['PhD thesis', "Master's thesis", 'Technical report', "Master's thesis", 'Technical report', 'Diploma thesis'],
    );
  });

  it('reads a publisher or place with "and" in it as one text', () => {
    const text =
      '@book{a, title = {T}, publisher = {Chapman and Hall}, address = {London and New York}, year = 1990}\n@techreport{b, title = {T}, institution = {{Barnes and Noble}}, year = 1990}';
    const result = readBibtex(text, 'publishers.bib');
    assert.equal(item(result, 'a').publisher, 'Chapman and Hall');
    assert.equal(item(result, 'a')['publisher-place'], 'London and New York');
    assert.equal(item(result, 'b').publisher, 'Barnes and Noble');
  });

  it('takes the address out of an HTML link in url', () => {
    const result = readBibtex('@misc{a, title = {T}, url = {doi:<a href="https://doi.org/10.1/x">10.1/x</a>}}', 'link.bib');
    assert.equal(item(result, 'a').URL, 'https://doi.org/10.1/x');
  });

  describe('on the real-world corpus', { skip: skipWithout(CORPUS) }, () => {
    for (const path of listIfPresent(CORPUS, () => bibFiles(CORPUS))) {
      it(`reads ${path.slice(CORPUS.length)} without throwing, accounting for every entry`, () => {
        const result = readBibtex(readFileSync(path, 'utf8'), path);
        assert.equal(result.records.length + errors(result).length, result.entryCount);
        assert.ok(result.records.length > 0);
      });
    }

    it('keeps every entry of weyand, reading past the missing comma with a warning', () => {
      const result = readBibtex(readFileSync(join(CORPUS, 'weyand-alfolio-papers.bib'), 'utf8'), 'weyand.bib');
      assert.equal(result.records.length, 11);
      assert.deepEqual(
        result.diagnostics.map(({ severity, line }) => ({ severity, line })),
        [{ severity: 'warning', line: 26 }],
      );
      assert.equal(item(result, 'weyand2020gldv2')['container-title'], 'IEEE Conference on Computer Vision and Pattern Recognition');
      assert.equal(item(result, 'weyand2020gldv2').custom?.selected, true);
      assert.equal(item(result, 'noh2017delf')['container-title'], 'International Conference on Computer Vision');
    });

    it('gives real theses, reports and publishers as a reader expects them', () => {
      const read = (file: string) => readBibtex(readFileSync(join(CORPUS, file), 'utf8'), file);
      const deleeuw = read('deleeuw-mypubs.bib');
      assert.equal(item(deleeuw, 'gifi_R_84').genre, 'Technical report');
      assert.equal(item(deleeuw, 'deleeuw_C_14').publisher, 'Chapman and Hall');
      assert.equal(item(read('cmu-strudel-lab-publications.bib'), 'Vasi1escu2011MSc').genre, "Master's thesis");
      const strings = (result: ReadResult) =>
        result.records.filter((record) => ['publisher', 'publisher-place'].some((field) => field in record.item && typeof record.item[field] !== 'string'));
      assert.deepEqual(strings(deleeuw), []);
    });

    it("gives IRIDIA's books no container, while their papers take the book's title through crossref", () => {
      const [, , , , biblio, crossref] = readBibtexTexts(IRIDIA.map((path) => ({ path, text: readFileSync(path, 'utf8') })));
      assert.ok(biblio && crossref);
      const books = crossref.records.filter((record) => record.item.type === 'book');
      assert.equal(books.length, 429);
      assert.deepEqual(
        books.filter((record) => record.item['container-title'] !== undefined).map((record) => record.source.key),
        [],
      );
      assert.equal(item(biblio, 'BatCam2009reactive')['container-title'], 'Proceedings of MIC 2009, the 8th Metaheuristics International Conference');
      assert.equal(item(biblio, 'BatLopSmi2026streams')['container-title'], 'Proceedings of the genetic and evolutionary computation conference, GECCO 2026');
    });

    // How fast it reads is npm run bench's business, not a test's.
    it('reads the concatenated IRIDIA bibliography (3305 entries, crossref resolved)', () => {
      const text = IRIDIA.map((path) => readFileSync(path, 'utf8')).join('\n');
      const result = readBibtex(text, 'iridia.bib');
      assert.equal(result.entryCount, 3305);
      assert.equal(result.records.length, 3305);
      assert.equal(result.records.filter((record) => record.item.issued === undefined).length, 0);
    });
  });
});

it('a value that reads like an internal placeholder stays as written', () => {
  const { records } = readBibtex('@article{a, title={Real title}, note={see pubcv0t0z}, author={Roe, Ann}, journal={J}, year={2020}}', 'a.bib');
  assert.equal(records[0]?.item.note, 'see pubcv0t0z');
  assert.equal(records[0]?.item.title, 'Real title');
});
