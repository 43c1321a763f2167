import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBibtexTexts } from '../../src/input/read-bibtex.js';
import { KeptConversions } from '../../src/input/kept-conversions.js';

type Files = ReadonlyArray<{ path: string; text: string }>;

/** Counts the conversions taken from those kept, to show the session reuses them. */
class CountedConversions extends KeptConversions {
  taken = 0;

  override take(key: string) {
    const conversion = super.take(key);
    if (conversion !== undefined) this.taken += 1;
    return conversion;
  }
}

const MACROS = '@string{venue = {Proceedings of Synthetic Studies}}\n';
const ENTRIES = [
  '@book{parent, title = {The Parent Book}, editor = {Editor, Eve}, year = 2020}',
  '@inbook{child, author = {Author, Ann}, title = {A Chapter}, crossref = {parent}}',
  '@xdata{shared, publisher = {Shared Press}, address = {Lyon}}',
  '@inproceedings{conf, author = {Author, Ann and \\textbf{Owner, Olga}}, title = {On Studies}, booktitle = venue, year = 2021}',
  '@article{lost, author = {Other, Oscar}, title = {Lost Parent}, crossref = {nowhere}, journal = {J}, year = 2019}',
  '@book{withdata, author = {Owner, Olga}, title = {With Data}, xdata = {shared}, year = 2022}',
  '@misc{, author = {Nobody, Ned}, title = {An Entry Without Key}, year = 2018}',
  '@article{broken, author = {Author, Ann}, title = {Broken}, journal = {J}, year = 2017',
];

function files(macros: string, entries: readonly string[]): Files {
  return [
    { path: 'macros.bib', text: macros },
    { path: 'works.bib', text: `${entries.join('\n\n')}\n` },
  ];
}

/** The entries with `from` replaced by `to` in each, after the unchanged macros. */
function edited(from: string, to: string): Files {
  return files(
    MACROS,
    ENTRIES.map((entry) => entry.replace(from, to)),
  );
}

/** The states of a `--watch` session, each an edit a user makes to the one before. */
const SESSION: ReadonlyArray<{ edit: string; files: Files }> = [
  { edit: 'the first build', files: files(MACROS, ENTRIES) },
  {
    edit: 'a title edited',
    files: edited('On Studies', 'On Further Studies'),
  },
  {
    edit: 'an entry added at the top, so all lines shift',
    files: files(MACROS, ['@article{new, author = {New, Nina},\n  title = {New}, journal = {J}, year = 2023}', ...ENTRIES]),
  },
  {
    edit: 'an entry removed',
    files: files(
      MACROS,
      ENTRIES.filter((entry) => !entry.includes('{lost,')),
    ),
  },
  {
    edit: 'an entry above made longer',
    files: edited('year = 2020', 'year = 2020,\n  note = {Longer}'),
  },
  { edit: 'a @string macro changed', files: files(MACROS.replace('Synthetic', 'Simulated'), ENTRIES) },
  {
    edit: 'a crossref parent changed',
    files: edited('The Parent Book', 'The Parent Volume'),
  },
  {
    edit: 'an @xdata entry changed',
    files: edited('Shared Press', 'Common Press'),
  },
  {
    edit: 'an entry moved to another file',
    files: [
      { path: 'macros.bib', text: `${MACROS}\n${ENTRIES[0]}\n` },
      { path: 'works.bib', text: ENTRIES.slice(1).join('\n\n') },
    ],
  },
  {
    edit: "an entry's type changed",
    files: edited('@inproceedings{conf', '@misc{conf'),
  },
  {
    edit: "an entry's key changed",
    files: edited('{conf,', '{conf2021,'),
  },
  {
    edit: 'a name marked up in one more entry',
    files: edited('{Other, Oscar}', '{\\textbf{Other, Oscar}}'),
  },
  { edit: 'back to the first build', files: files(MACROS, ENTRIES) },
];

describe('BibTeX conversions kept between builds', () => {
  it('give every build of a session the records and diagnostics (file, line, entry) of a build that keeps nothing', () => {
    const kept = new CountedConversions();
    for (const { edit, files } of SESSION) {
      const fresh = readBibtexTexts(files, new KeptConversions());
      assert.deepEqual(readBibtexTexts(files, kept), fresh, edit);
      // Once more: this time every entry's conversion is kept from the read just before.
      kept.taken = 0;
      assert.deepEqual(readBibtexTexts(files, kept), fresh, `${edit}, read again`);
      assert.equal(
        kept.taken,
        fresh.reduce((count, result) => count + result.records.length, 0),
        `${edit}: every record kept`,
      );
    }
  });

  it('hands out a copy, so a later stage changing a record changes no other build', () => {
    const kept = new KeptConversions();
    const works = SESSION[0]?.files ?? [];
    // Changed both where the conversion was made and where it was taken from those kept.
    for (const [, read] of [readBibtexTexts(works, kept), readBibtexTexts(works, kept)])
      for (const record of read?.records ?? []) {
        record.item.title = 'Changed in place';
        (record.item.author ?? []).push({ family: 'Added' });
      }
    assert.deepEqual(readBibtexTexts(works, kept), readBibtexTexts(works, new KeptConversions()));
  });
});
