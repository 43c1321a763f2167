import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document, Entry, Mark, Run, Section } from '../../src/model/index.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { KeptPieces } from '../../src/render/render-cache.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const italic: Mark = { type: 'italic' };
const bold: Mark = { type: 'bold' };
const r = (text: string, ...marks: Mark[]): Run => ({ text, marks });

function withSections(doc: Document, edit: (entries: readonly Entry[], section: Section) => readonly Entry[]): Document {
  return { ...doc, sections: doc.sections.map((section) => ({ ...section, entries: edit(section.entries, section) })) };
}

/** The sample document with its first entry's first run reworded (a rebuild after an edit). */
const edited = withSections(sampleDocument, (entries) => entries.map((e, i) => (i === 0 ? { ...e, runs: [r('Edited, A., '), ...e.runs.slice(1)] } : e)));

/** The first entry without its links: the links of the entries after it are numbered one or more places earlier. */
const unlinked = withSections(sampleDocument, (entries) =>
  entries.map((e, i) => (i === 0 ? { ...e, blocks: undefined, runs: e.runs.filter((run) => !run.marks.some((m) => m.type === 'link')) } : e)),
);

/** Its labels two digits long: the gutter widens, so every entry's lines are narrower. */
const relabelled = withSections(sampleDocument, (entries) => entries.map((e) => (e.label ? { ...e, label: `1${e.label}` } : e)));

/** Three plain entries, the second in italics: its layout is the first to open the italic face. */
function faceDocument(third: readonly Run[]): Document {
  const entries: Entry[] = [
    { id: 'a', runs: [r('Plain entry, 2020.')] },
    { id: 'b', runs: [r('Second entry, '), r('Journal of Italics', italic), r(', 2021.')] },
    { id: 'c', runs: third },
  ];
  return { ...sampleDocument, legend: undefined, sections: [{ id: 's', title: 'Articles', entries }] };
}

/**
 * Documents a `--watch` session might render one after another: an edit, links gone, wider labels, another
 * highlight, the second entry unchanged while the third now opens the bold italic face (pdfkit
 * numbers fonts in the order first used, and the cached second entry must still open italic
 * first), and the sample again.
 */
const SEQUENCE: ReadonlyArray<readonly [string, Document]> = [
  ['the sample', sampleDocument],
  ['an edited entry', edited],
  ['the first entry without links', unlinked],
  ['wider labels', relabelled],
  ['another highlight', { ...relabelled, highlight: 'underline' }],
  ['plain third entry', faceDocument([r('Third entry, 2022.')])],
  ['bold italic third entry', faceDocument([r('Third entry, '), r('in bold italics', bold, italic), r(', 2022.')])],
  ['the sample again', sampleDocument],
];

/** Renders each document of SEQUENCE in one session and afresh, and compares the bytes. */
async function checkSession<V>(format: string, render: (doc: Document, kept: KeptPieces<V>) => Promise<Uint8Array>): Promise<void> {
  const session = new KeptPieces<V>();
  for (const [what, doc] of SEQUENCE) {
    const warm = await render(doc, session);
    const fresh = await render(doc, new KeptPieces<V>());
    assert.ok(Buffer.from(warm).equals(Buffer.from(fresh)), `${format} of ${what} differs after the renders before it`);
  }
}

describe('writers reusing their last render', () => {
  it('PDF: each render in a session is byte for byte the render of the same document in a fresh process', () => checkSession('PDF', renderPdf));
  it('DOCX: each render in a session is byte for byte the render of the same document in a fresh process', () => checkSession('DOCX', renderDocx));
});
