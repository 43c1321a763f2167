import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDocument, loadStyle, resolveLocale, type Entry } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { runsToText } from '../../src/render/text.js';
import { localGenre } from '../../src/format/localize-genre.js';

const BIB = [
  '@phdthesis{phd, author = {Doe, Jane}, title = {On things}, school = {Uni}, year = 2020}',
  '@mastersthesis{ma, author = {Doe, Jane}, title = {On more things}, school = {Uni}, year = 2018}',
  '@techreport{tr, author = {Doe, Jane}, title = {A report}, institution = {Lab}, number = {7}, year = 2019}',
].join('\n');

// What each locale prints, in the order PhD thesis, Master's thesis, Technical report.
const EXPECTED: ReadonlyArray<readonly [string, readonly [string, string, string]]> = [
  ['de', ['Dissertation', 'Masterarbeit', 'Technischer Bericht']],
  ['fr', ['Thèse de doctorat', 'Mémoire de master', 'Rapport technique']],
  ['es', ['Tesis doctoral', 'Trabajo de fin de máster', 'Informe técnico']],
  ['it', ['Tesi di dottorato', 'Tesi di laurea magistrale', 'Rapporto tecnico']],
  ['pt', ['Tese de doutoramento', 'Dissertação de mestrado', 'Relatório técnico']],
  ['pt-BR', ['Tese de doutorado', 'Dissertação de mestrado', 'Relatório técnico']],
  ['nl', ['Proefschrift', 'Masterscriptie', 'Technisch rapport']],
  ['pl', ['Rozprawa doktorska', 'Praca magisterska', 'Raport techniczny']],
  ['sv', ['Doktorsavhandling', 'Masteruppsats', 'Teknisk rapport']],
  ['da', ['Ph.d.-afhandling', 'Kandidatspeciale', 'Teknisk rapport']],
  ['fi', ['Väitöskirja', 'Pro gradu -tutkielma', 'Tekninen raportti']],
  ['cs', ['Disertační práce', 'Diplomová práce', 'Technická zpráva']],
  ['ru', ['Диссертация', 'Магистерская диссертация', 'Технический отчёт']],
  ['zh', ['博士学位论文', '硕士学位论文', '技术报告']],
  ['ja', ['博士論文', '修士論文', '技術報告']],
  ['en', ['PhD thesis', 'Master’s thesis', 'Technical report']],
];

function texts(entries: readonly Entry[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.id, runsToText(entry.runs)]));
}

test('thesis and report kinds are printed in the build locale (APA, through a whole build)', async () => {
  const style = await loadStyle('apa');
  for (const [locale, [phd, ma, tr]] of EXPECTED) {
    const { document } = await buildDocument([{ path: 'genres.bib', text: BIB }], {
      ...resolveSettings(),
      style,
      locale: resolveLocale(locale),
      date: '2026-01-01',
    });
    const entries = texts(document?.sections.flatMap((section) => section.entries) ?? []);
    assert.ok(entries.get('phd')?.includes(`[${phd}`), `${locale}: ${entries.get('phd')}`);
    assert.ok(entries.get('ma')?.includes(`[${ma}`), `${locale}: ${entries.get('ma')}`);
    assert.ok(entries.get('tr')?.toLowerCase().includes(tr.toLowerCase()), `${locale}: ${entries.get('tr')}`);
  }
});

test('a genre that is no known kind, or a locale with no table, keeps its text', () => {
  assert.equal(localGenre('Diploma thesis', 'de-DE'), 'Diploma thesis');
  assert.equal(localGenre('PhD thesis', 'ko-KR'), 'PhD thesis');
  assert.equal(localGenre('phd thesis', 'de-DE'), 'Dissertation');
  assert.equal(localGenre('Master’s thesis', 'fr-FR'), 'Mémoire de master');
});
