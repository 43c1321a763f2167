import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledStyle, styleFromCsl, type CslStyle } from '../../src/format/csl-style.js';
import { loadTemplates, templateSearchPath } from '../../src/assemble/load-templates.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// A style that prints the note, as a few CSL styles do.
const withNote = styleFromCsl(
  'with-note',
  `<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>N</title><id>n</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter=". "><text variable="title"/><text variable="ISSN" prefix="ISSN "/><text variable="note"/></group></layout></bibliography></style>`,
) as CslStyle;

const zotero = JSON.stringify([
  { id: 'z', type: 'article-journal', title: 'Cells', note: 'ISSN: 2692-8205\nsection: New Results\nShown on the poster', issued: { 'date-parts': [[2024]] } },
]);

type Built = Awaited<ReturnType<typeof buildDocument>>;

/** What each entry prints: its reference and the paragraphs under it. */
function printed(result: Built): string[] {
  return result.document!.sections.flatMap((section) =>
    section.entries.map((entry) =>
      entry.runs
        .concat(entry.blocks?.flatMap((b) => b.runs) ?? [])
        .map((r) => r.text)
        .join(''),
    ),
  );
}

async function texts(inputs: Array<{ path: string; text: string }>, style: CslStyle, notes?: boolean): Promise<string[]> {
  return printed(await buildDocument(inputs, { ...resolveSettings({ notes }), style, date: '2026-01-01' }));
}

describe('notes', () => {
  it('a Zotero "Extra" note keeps its lines: citeproc reads its fields and the style prints only the rest', async () => {
    assert.deepEqual(await texts([{ path: 'z.json', text: zotero }], withNote), ['Cells. ISSN 2692-8205. Shown on the poster']);
  });

  it('are dropped with notes: false', async () => {
    assert.deepEqual(await texts([{ path: 'z.json', text: zotero }], withNote, false), ['Cells']);
  });

  it('are not printed under the entry by the default theme', async () => {
    const templates = await loadTemplates(await templateSearchPath());
    const result = await buildDocument([{ path: 'z.json', text: zotero }], {
      ...resolveSettings(),
      style: bundledStyle('apa')!,
      date: '2026-01-01',
      entryTemplates: templates,
    });
    const [entry] = printed(result);
    assert.match(entry ?? '', /Cells/);
    assert.doesNotMatch(entry ?? '', /poster|ISSN|New Results/);
  });
});

const ARMENBIB = corpusFile('armenbib-zotero-exported-items.csl.json');
const MISKIEWICZ = corpusFile('miskiewicz-orcid-publications.bib');

describe('notes on the corpus', { skip: skipWithout(ARMENBIB, MISKIEWICZ) }, () => {
  it("armenbib: a shelf location in Zotero's Extra is not printed; Miśkiewicz: no ORCID work type is printed", async () => {
    const templates = await loadTemplates(await templateSearchPath());
    for (const path of [ARMENBIB, MISKIEWICZ]) {
      const result = await buildDocument([{ path, text: readFileSync(path, 'utf8') }], {
        ...resolveSettings(),
        style: bundledStyle('chicago-author-date')!,
        date: '2026-01-01',
        entryTemplates: templates,
      });
      assert.doesNotMatch(printed(result).join('\n'), /Dining room|book-chapter|journal-article|conference-paper|In \. /, path);
    }
  });
});
