import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { parse } from 'node-html-parser';
import { ENGLISH_MESSAGES, type Messages } from '../../src/model/messages.js';
import { MESSAGE_LANGUAGES, messagesFor, REGIONAL_MESSAGES } from '../../src/text/messages/messages-for.js';
import { resolveLocale } from '../../src/index.js';
import { readDocx } from '../helpers/read-docx.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

// The seed built in every shipped language: no word of the English catalogue may be left in
// what pubcv itself writes (the entries' own text, English titles of English papers, is not
// pubcv's and is left out of the comparison).

const SEED = '../shared/seed/000_b74aa7739271a18e.txt';

// Links (their labels), two sections by kind besides the seed's preprints, and contribution
// marks (the legend), so that every kind of text pubcv writes into a CV is in the build.
const LINKS_BIB = `@article{sui2024links, author = {Sui, Yang and Doe, Jane}, title = {Linked work}, journal = {Journal of Links}, year = 2024,
  code = {https://github.com/sui/links}, slides = {https://sui.org/talk.pdf}, pdf = {https://sui.org/links.pdf}, poster = {https://sui.org/poster.pdf}}
@inproceedings{sui2023conf, author = {Sui, Yang}, title = {A conference paper}, booktitle = {Proc. Conf}, year = 2023, video = {https://youtu.be/x},
  data = {https://zenodo.org/x}, supp = {https://sui.org/supp.pdf}, website = {https://sui.org}, blog = {https://sui.org/blog}}
`;
const MARKS = 'yangtopv:\n  co-first: [1, "Sui, Yang"]\n  corresponding: Sui, Yang\nsui2024links:\n  student: [2]\n  equal: [1]\n';
const CONFIG = 'sections: type\nmarks: marks.yaml\n';

const words = (text: string): string[] => text.replace(/\{[A-Za-z0-9]+\}/g, ' ').match(/\p{L}[\p{L}-]*\p{L}/gu) ?? [];

/** The English catalogue's words (3 letters or more) that `messages` does not use itself ("DOI", "PDF" are everyone's). */
function englishWordsNotIn(messages: Partial<Messages>): string[] {
  const own = new Set(
    Object.values(messages)
      .flatMap((text) => words(text ?? ''))
      .map((w) => w.toLowerCase()),
  );
  const english = new Set(Object.values(ENGLISH_MESSAGES).flatMap(words));
  return [...english].filter((w) => w.length >= 3 && !own.has(w.toLowerCase()) && w !== 'pubcv');
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text without web addresses: "sui.org/poster.pdf" is a link's target, not a word pubcv wrote. */
const withoutAddresses = (text: string): string => text.replace(/[\w.-]+\.[a-z]{2,}(?:\/\S*)?/gi, ' ');

/** What pubcv wrote into the three outputs, without the entries' references and abstracts. */
async function pubcvTexts(out: string): Promise<{ html: string; docx: string; pdf: string }> {
  const page = parse(readFileSync(join(out, 'publications.html'), 'utf8'));
  const references = page.querySelectorAll('.entry-reference').map((e) => normalize(e.text));
  for (const node of page.querySelectorAll('.entry-reference, .entry-abstract p, style, script')) node.remove();
  const html = normalize(`${page.querySelector('title')?.text ?? ''} ${page.querySelector('body')?.text ?? ''}`);

  const docxBytes = readFileSync(join(out, 'publications.docx'));
  const docx = await readDocx(docxBytes);
  const zip = await JSZip.loadAsync(docxBytes);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/(header|footer)\d*\.xml$|^docProps\/core\.xml$/.test(name))
      .map(async (name) => ((await zip.file(name)?.async('string')) ?? '').replace(/<[^>]+>/g, ' ')),
  );
  const paragraphs = docx.paragraphs.filter((p) => p.style !== 'Publication').map((p) => p.runs.map((r) => r.text).join(''));
  const docxText = normalize([...paragraphs, ...parts].join(' '));

  const pdf = await readPdf(readFileSync(join(out, 'publications.pdf')));
  // A reference's lines, its gutter label ("[3]") taken off, are parts of its text.
  const inReference = (line: string) => references.some((r) => r.includes(normalize(line.replace(/^\[\d+\]\s*/, ''))));
  const lines = pdfLines(pdf)
    .map((l) => l.text)
    .filter((line) => !inReference(line));
  const info = [pdf.info.Title, pdf.info.Subject, pdf.info.Keywords].filter((v) => typeof v === 'string');
  return { html, docx: docxText, pdf: normalize([...lines, ...info].join(' ')) };
}

function found(text: string, english: readonly string[]): string[] {
  const prose = withoutAddresses(text);
  return english.filter((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(prose));
}

describe('the seed in every shipped language', () => {
  const dir = tempDir('languages');
  writeFileSync(join(dir, 'links.bib'), LINKS_BIB);
  writeFileSync(join(dir, 'marks.yaml'), MARKS);
  writeFileSync(join(dir, 'pubcv.config.yaml'), CONFIG);

  const build = async (language: string) => {
    const out = join(dir, language);
    const result = await runCliInProcess([
      'build',
      SEED,
      join(dir, 'links.bib'),
      '-c',
      join(dir, 'pubcv.config.yaml'),
      '-n',
      'Sui, Yang',
      '--locale',
      language,
      '-s',
      'ieee',
      '-o',
      out,
    ]);
    assert.equal(result.status, 0, result.stderr);
    return out;
  };

  test('en: the English build has the words the others must not (the check can fail)', async () => {
    const texts = await pubcvTexts(await build('en'));
    const english = englishWordsNotIn({});
    for (const [format, text] of Object.entries(texts)) {
      for (const word of ['Publications', 'Journal', 'Conference', 'Preprints', 'Slides', 'Underlined'])
        assert.ok(found(text, english).includes(word), `${format}: ${word}`);
    }
  });

  for (const language of [...Object.keys(MESSAGE_LANGUAGES).filter((l) => l !== 'en'), ...Object.keys(REGIONAL_MESSAGES)]) {
    test(`${language}: no English word of the catalogue in the HTML, DOCX or PDF`, async () => {
      // The catalogue of the locale the CLI resolves the language to ("pt" is pt-PT, as in CSL).
      const messages = messagesFor(resolveLocale(language));
      const texts = await pubcvTexts(await build(language));
      const english = englishWordsNotIn(messages);
      for (const [format, text] of Object.entries(texts)) {
        assert.deepEqual(found(text, english), [], `${language} ${format}: ${text}`);
        assert.ok(text.includes(messages['document.title']), `${language} ${format} has its title`);
        assert.ok(text.includes(messages['section.journal']), `${language} ${format} has its journal section`);
      }
    });
  }
});
