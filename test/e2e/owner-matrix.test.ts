import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import type { CslItem, CslName } from '../../src/model/record.js';
import type { Document } from '../../src/model/index.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { writers } from '../../src/render/writers.js';
import { readDocx } from '../helpers/read-docx.js';
import { readHtml } from '../helpers/read-html.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { DEFAULT_SELECTION } from '../../src/model/settings.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// The owner must come out highlighted exactly once per entry, with the given name or its
// initial, in every popular style, every format, wherever the owner stands in a 25-name list
// (styles cut such lists after 1 to 20 names) and however the source spells the name. One
// document per style holds every position x spelling, so the matrix renders 3 files per style.

const STYLES = [
  'apa',
  'ieee',
  'nature',
  'vancouver',
  'harvard1',
  'chicago-author-date',
  'modern-language-association',
  'acm-sig-proceedings',
  'harvard-cite-them-right',
  'american-medical-association',
  'cell',
  'the-lancet',
  'bmj',
  'plos-one',
  'american-chemical-society',
  'springer-basic-author-date',
  'elsevier-harvard',
  'pnas',
];

/** A spelling of an owner in the source, the --name the user gives, and a same-family co-author. */
interface NameForm {
  readonly form: string;
  readonly owner: string;
  readonly written: CslName;
  readonly family: string;
  readonly initial: string;
  readonly namesake: CslName;
}

const FORMS: readonly NameForm[] = [
  { form: 'full', owner: 'Sui, Yang', written: { family: 'Sui', given: 'Yang' }, family: 'sui', initial: 'y', namesake: { family: 'Sui', given: 'Chen' } },
  { form: 'initials', owner: 'Sui, Yang', written: { family: 'Sui', given: 'Y.' }, family: 'sui', initial: 'y', namesake: { family: 'Sui', given: 'Chen' } },
  { form: 'all-caps', owner: 'Sui, Yang', written: { family: 'SUI', given: 'YANG' }, family: 'sui', initial: 'y', namesake: { family: 'SUI', given: 'CHEN' } },
  {
    form: 'accented',
    owner: 'Dvorak, Antonin',
    written: { family: 'Dvořák', given: 'Antonín' },
    family: 'dvorak',
    initial: 'a',
    namesake: { family: 'Dvořák', given: 'Bedřich' },
  },
  {
    form: 'hyphenated',
    owner: 'Dupont, Jean-Pierre',
    written: { family: 'Dupont', given: 'J.-P.' },
    family: 'dupont',
    initial: 'j',
    namesake: { family: 'Dupont', given: 'Marie' },
  },
];

const POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['first', 0],
  ['middle', 12],
  ['last', 24],
  ['22nd', 21],
];
const LIST_LENGTH = 25;

const OTHERS = [
  'Adams',
  'Baker',
  'Clarke',
  'Dalton',
  'Evans',
  'Fischer',
  'Garcia',
  'Hansen',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Olsen',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ueda',
  'Vogel',
  'Weber',
  'Xu',
  'Young',
];
const GIVEN = ['Alice', 'Bruno', 'Carla', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irene', 'Jonas', 'Karin', 'Lukas', 'Maria'];

interface Case {
  readonly id: string;
  readonly form: NameForm;
  readonly item: CslItem;
}

function makeCase(form: NameForm, position: string, at: number): Case {
  const author: CslName[] = OTHERS.slice(0, LIST_LENGTH).map((family, i) => ({ family, given: GIVEN[i % GIVEN.length] ?? 'Ann' }));
  author[at] = form.written;
  author[at === 0 ? 1 : 0] = form.namesake;
  const id = `${form.form}-${position}`;
  const item: CslItem = {
    id,
    type: 'article-journal',
    title: `Owner ${position}, written ${form.form}`,
    'container-title': 'Journal of Tests',
    issued: { 'date-parts': [[2024]] },
    author,
  };
  return { id, form, item };
}

const CASES: readonly Case[] = FORMS.flatMap((form) => POSITIONS.map(([position, at]) => makeCase(form, position, at)));
const OWNER_NAMES = [...new Set(FORMS.map((f) => f.owner))];

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** True when a highlighted text is this owner: the family name and the given name or initial. */
function isOwner(text: string, form: NameForm): boolean {
  const folded = fold(text);
  if (!folded.includes(form.family)) return false;
  const rest = folded.replace(form.family, ' ');
  return rest.split(/[^a-z]+/).some((word) => word.startsWith(form.initial));
}

function assertOwners(found: readonly (readonly string[])[], where: string): void {
  assert.equal(found.length, CASES.length, `${where}: one entry per case`);
  CASES.forEach((c, i) => {
    const spans = found[i] ?? [];
    assert.equal(spans.length, 1, `${where} ${c.id}: highlighted ${JSON.stringify(spans)}`);
    assert.ok(isOwner(spans[0] ?? '', c.form), `${where} ${c.id}: "${spans[0]}" is not ${c.form.owner}`);
  });
}

/** Texts of consecutive highlighted runs, one list per paragraph or entry. */
function spansOf<R extends { text: string }>(runs: readonly R[], highlighted: (r: R) => boolean): string[] {
  const spans: string[] = [];
  let open = false;
  for (const run of runs) {
    if (highlighted(run)) {
      if (open) spans[spans.length - 1] += run.text;
      else spans.push(run.text);
      open = true;
    } else if (run.text.trim() !== '') open = false;
  }
  return spans.map((s) => s.trim());
}

async function buildFor(styleName: string): Promise<Document> {
  const style = bundledStyle(styleName);
  assert.ok(style, `style ${styleName} is bundled`);
  const result = await buildDocument([{ path: 'matrix.json', text: JSON.stringify(CASES.map((c) => c.item)) }], {
    ...resolveSettings(),
    names: OWNER_NAMES,
    style,
    date: '2026-01-01',
    // Bold and underlined: a style's own bold (a volume, a year) is then never taken for the owner.
    highlight: 'bold-underline',
    // Every case is dated 2024: listed as written (not by title), so entry i is case i.
    selection: { ...DEFAULT_SELECTION, sections: { ...DEFAULT_SELECTION.sections, sort: 'input' } },
  });
  assert.ok(result.document, `${styleName} builds`);
  return result.document;
}

for (const styleName of STYLES) {
  describe(`owner matrix: ${styleName}`, async () => {
    const document = await buildFor(styleName);
    const render = async (format: 'pdf' | 'docx' | 'html') => (await writers[format].load()).render(document, { templatesDir: TEMPLATES_DIR });

    test('the model marks the owner once per entry and nobody else', () => {
      const entries = document.sections.flatMap((s) => s.entries);
      assertOwners(
        entries.map((e) => spansOf(e.runs, (r) => r.marks.some((m) => m.type === 'owner'))),
        `${styleName} model`,
      );
    });

    test('HTML: one .owner per entry', async () => {
      const page = readHtml(new TextDecoder().decode(await render('html')));
      assertOwners(
        page.entries.map((e) => e.owners.map((o) => o.trim())),
        `${styleName} HTML`,
      );
    });

    test('DOCX: one bold underlined name per entry paragraph', async () => {
      const docx = await readDocx(await render('docx'));
      const paragraphs = docx.paragraphs.filter((p) => p.style === 'Publication');
      assertOwners(
        paragraphs.map((p) => spansOf(p.runs, (r) => r.bold && r.underline)),
        `${styleName} DOCX`,
      );
    });

    test('PDF: one name per entry drawn in a bold font and underlined', async () => {
      const pdf = await readPdf(await render('pdf'));
      // Entries start where a line begins with their label or at the left margin; in either case
      // the owner spans come in entry order, so spans are matched to entries in order.
      const runs = pdfLines(pdf)
        .filter((l) => l.text !== document.title && l.text !== document.owner && !/^\d+ \/ \d+$/.test(l.text))
        .flatMap((l) => l.runs);
      const spans = spansOf(runs, (r) => r.bold && r.underline);
      assertOwners(
        spans.map((s) => [s]),
        `${styleName} PDF`,
      );
    });

    test("a co-author with the owner's family name stays plain", () => {
      let shown = 0;
      for (const entry of document.sections.flatMap((s) => s.entries)) {
        const c = CASES.find((x) => x.id === entry.id);
        assert.ok(c);
        const count = (text: string) => fold(text).split(c.form.family).length - 1;
        const owner = count(
          entry.runs
            .filter((r) => r.marks.some((m) => m.type === 'owner'))
            .map((r) => r.text)
            .join(''),
        );
        const all = count(entry.runs.map((r) => r.text).join(''));
        assert.equal(owner, 1, `${styleName} ${entry.id}: the family name is highlighted once`);
        if (all > 1) shown += 1;
      }
      assert.ok(shown >= FORMS.length, `${styleName}: the namesake is visible in most entries (${shown})`);
    });
  });
}
