import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styleFromCsl } from '../../src/format/csl-style.js';
import { parseMarkup } from '../../src/assemble/parse-markup.js';
import { INPUT_LIMITS } from '../../src/model/input-limits.js';
import { readInputTexts } from '../../src/input/read-input.js';
import { readMarks } from '../../src/input/read-marks.js';
import { readRecords } from '../../src/api/prepare-records.js';

const GOOD_JSON = '{"id": "good", "type": "book", "title": "Good", "author": [{"family": "Doe", "given": "Jane"}]}';

/** The one error a text gives, as [code, line, entry], and the ids of the records read beside it. */
async function readOne(path: string, text: string) {
  const result = await readRecords([{ path, text }]);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(result.diagnostics));
  assert.equal(errors[0]?.file, path);
  return {
    error: [errors[0]?.code, errors[0]?.line, errors[0]?.entry],
    message: errors[0]?.message ?? '',
    ids: result.records.map((r) => r.item.id),
    read: result.read,
  };
}

describe('CSL-JSON and CSL-YAML values of the wrong type are errors of their entry', () => {
  for (const [what, bad, message] of [
    ['a number as given name', '"author": [{"family": "Doe", "given": 5}]', /author\[0\]\.given" cannot be a number/],
    ['a number as family name', '"author": [{"family": 5}]', /author\[0\]\.family" cannot be a number/],
    ['an object as literal name', '"author": [{"literal": {"a": 1}}]', /literal" cannot be an object/],
    ['a number as DOI', '"DOI": 5', /"DOI" cannot be a number/],
  ] as const) {
    it(what, async () => {
      const text = `[\n${GOOD_JSON},\n{"id": "bad", "type": "book", "title": "Bad", ${bad}}\n]`;
      const read = await readOne('refs.json', text);
      assert.deepEqual(read.error, ['csl-invalid-field', 3, 'bad']);
      assert.match(read.message, message);
      assert.deepEqual(read.ids, ['good']);
    });
  }

  it('a title nested 5,000 lists deep', async () => {
    const title = `${'['.repeat(5000)}"deep"${']'.repeat(5000)}`;
    const read = await readOne('refs.json', `[\n${GOOD_JSON},\n{"id": "bad", "type": "book", "title": ${title}}\n]`);
    assert.deepEqual(read.error, ['csl-too-large', 3, 'bad']);
    assert.match(read.message, new RegExp(`nested more than ${INPUT_LIMITS.nesting} levels`));
  });

  it('a YAML family name that is a number, and an item that contains itself through an alias', async () => {
    const good = '- id: good\n  type: book\n  title: Good\n';
    assert.deepEqual((await readOne('refs.yaml', `${good}- id: bad\n  type: book\n  author:\n    - family: 0.5\n`)).error, ['csl-invalid-field', 4, 'bad']);
    const alias = await readOne('refs.yaml', `${good}- &self\n  id: bad\n  type: book\n  title: *self\n`);
    assert.deepEqual(alias.error, ['csl-too-large', 5, 'bad']);
    assert.match(alias.message, /contains itself/);
  });
});

describe('sizes past the limits are errors of their entry, not a stack overflow or gigabytes', () => {
  const longTitle = Array.from({ length: 70_000 }, (_, i) => `w${i % 10}`).join(' ');
  const goodBib = '@book{good, author = {Doe, Jane}, title = {Good}, year = 2019}\n';

  it('a BibTeX title of 70,000 words', async () => {
    const read = await readOne('refs.bib', `${goodBib}@book{long, author = {Doe, Jane}, title = {${longTitle}}, year = 2019}\n`);
    assert.deepEqual([read.error[1], read.error[2]], [2, 'long']);
    assert.match(read.message, /longer than 20,000 characters/);
    assert.deepEqual(read.ids, ['good']);
  });

  it('@string macros doubling each other to 2^29 characters', async () => {
    let text = '@string{a0 = "xx"}\n';
    for (let i = 1; i <= 28; i += 1) text += `@string{a${i} = a${i - 1} # a${i - 1}}\n`;
    const read = await readOne('refs.bib', `${text}${goodBib}@book{big, author = {Doe, Jane}, title = a28, year = 2019}\n`);
    assert.deepEqual([read.error[1], read.error[2]], [31, 'big']);
    assert.deepEqual(read.ids, ['good']);
  });

  it('a RIS title of 70,000 words', async () => {
    const ris = `TY  - JOUR\nTI  - Good\nAU  - Doe, Jane\nER  - \n\nTY  - JOUR\nTI  - ${longTitle}\nAU  - Doe, Jane\nER  - \n`;
    const read = await readOne('refs.ris', ris);
    assert.equal(read.error[0], 'input-too-large');
    assert.equal(read.ids.length, 1);
  });

  it('a plain-list title of 5,000 "$\\frac{" (and one of braces nested 1,000 deep)', async () => {
    for (const title of ['$\\frac{'.repeat(5000), `${'{'.repeat(1000)}x${'}'.repeat(1000)}`]) {
      const read = await readOne('list.txt', `Doe, Jane\nGood title\nDoe, Jane\nAn abstract.\n${title}\nDoe, Jane\nAn abstract.\n`);
      assert.deepEqual(read.error, ['input-too-large', 5, undefined]);
      assert.equal(read.ids.length, 1);
    }
  });

  it('entry markup of 200,000 words parses (no spread of its pieces into one call)', () => {
    const words = Array.from({ length: 200_000 }, () => 'word').join(' ');
    assert.equal(parseMarkup(`<i>${words}</i>`).runs[0]?.text.length, words.length);
  });

  it('a BibTeX value with braces nested 1,000 deep', async () => {
    const read = await readOne('refs.bib', `${goodBib}@book{deep, title = {${'{'.repeat(1000)}x${'}'.repeat(1000)}}}\n`);
    assert.deepEqual([read.error[1], read.error[2]], [2, 'deep']);
    assert.match(read.message, /nests \{braces\} more than 100 levels/);
  });
});

describe('other inputs that reach into the code', () => {
  it('a marks file whose role is "constructor" is an unknown role, not Object.prototype.constructor', () => {
    const marks = readMarks('a1: { constructor: [2] }\n', 'marks.yaml');
    assert.deepEqual(
      marks.diagnostics.map((d) => d.code),
      ['marks-unknown-role'],
    );
    assert.deepEqual(marks.value.entries[0]?.marks, []);
  });

  it('a .csl style whose macros call each other is refused with the cycle', () => {
    const xml = `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <macro name="a"><group><text macro="b"/></group></macro><macro name="b"><text macro="a"/></macro>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography><layout><text macro="a"/></layout></bibliography></style>`;
    assert.equal(styleFromCsl('loop.csl', xml), 'its macros call each other without end (a -> b -> a)');
    assert.match(
      String(styleFromCsl('x.csl', xml.replace('<text macro="a"/></macro>', '<text macro="c"/></macro>'))),
      /calls macro "c", which the style does not define/,
    );
  });

  it('a .csl style nested 100,000 elements deep is refused, not walked recursively', () => {
    const deep = `${'<group>'.repeat(100_000)}${'</group>'.repeat(100_000)}`;
    const xml = `<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><bibliography><layout>${deep}</layout></bibliography></style>`;
    assert.match(String(styleFromCsl('deep.csl', xml)), /nested more than 64 levels/);
  });
});

it('reading every format stays within the limits: INPUT_LIMITS are the numbers README quotes', async () => {
  assert.deepEqual((await readInputTexts([])).records, []);
  assert.deepEqual({ ...INPUT_LIMITS }, { fieldLength: 20_000, namesLength: 200_000, nesting: 16, values: 50_000, braces: 100 });
});
