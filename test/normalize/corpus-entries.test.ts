import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { formatRecords } from '../../src/format/format-records.js';
import { plainText } from '../../src/model/index.js';
import { readRecords } from '../../src/api/prepare-records.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';

// Entries of the shared corpus that came out wrong (issue #14), read and normalized as a build does.
const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => `${CORPUS}large/iridia-${part}.bib`);

async function read(paths: readonly string[]) {
  return (await readRecords(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })))).records;
}

function find(records: Awaited<ReturnType<typeof read>>, key: string) {
  const record = records.find((candidate) => candidate.source.key === key);
  assert.ok(record, key);
  return record;
}

describe('corpus entries', { skip: skipWithout(CORPUS) }, () => {
  it('IRIDIA: a report number written "No.\\ 117" is 117; a `quoted\' title closes its quote', async () => {
    const records = await read(IRIDIA);
    assert.equal(find(records, 'CroGloThoTra1963').item.number, '117');
    assert.equal(
      find(records, 'GauDodGro2012gsa').item.title,
      'Why ‘<span class="nocase">GSA</span>: A gravitational search algorithm’ is not genuinely based on the law of gravity',
    );
  });

  it('De Leeuw: a hyphenated report number is one number', async () => {
    const record = find(await read([`${CORPUS}deleeuw-mypubs.bib`]), 'vanderburg_deleeuw_R_88');
    const [entry] = formatRecords([record], bundledStyle('apa')!).value.entries;
    assert.match(plainText(entry!.runs), /\(Research Report No\. 88-1\)/);
  });

  it('Pfaffelhuber: a German title without a language is kept as written and named German, so Chicago does not title-case it', async () => {
    const record = find(await read([`${CORPUS}pfaffelhuber-scholar-own-bib.bib`]), 'haubold2010experimentelle');
    assert.deepEqual([record.item.title, record.item.language], ['Experimentelle und theoretische Biologie: getrennte Welten?', 'de']);
    const [entry] = formatRecords([record], bundledStyle('chicago-author-date')!).value.entries;
    assert.match(plainText(entry!.runs), /“Experimentelle und theoretische Biologie: getrennte Welten\?” Biologie in unserer Zeit/);
  });

  it('Miśkiewicz: a French name in an English title keeps its capitals', async () => {
    const record = find(await read([`${CORPUS}miskiewicz-orcid-publications.bib`]), 'miskiewicz2026_10');
    assert.equal(record.item.title, 'Case study of Électricité de France');
  });

  it('armenbib: transliterated initials are kept as written', async () => {
    const path = `${CORPUS}armenbib-zotero-exported-items.csl.json`;
    const bracketed = (items: ReadonlyArray<Record<string, unknown>>): string[] =>
      items.flatMap((item) =>
        Object.values(item)
          .flatMap((value) => (Array.isArray(value) ? value : []))
          .flatMap((name: { given?: unknown }) => (typeof name?.given === 'string' ? (/\[.*\]/.exec(name.given)?.[0] ?? []) : [])),
      );
    const written = new Set(bracketed(JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>>));
    const brackets = bracketed((await read([path])).map((record) => record.item));
    assert.ok(brackets.includes('[P.M.]'));
    assert.deepEqual(
      brackets.filter((bracket) => !written.has(bracket)),
      [],
    );
  });
});
