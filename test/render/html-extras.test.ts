import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { templateSearchPath } from '../../src/assemble/load-templates.js';
import type { Document } from '../../src/model/index.js';
import { defaultTemplatesDir, renderHtml } from '../../src/render/html.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { readHtml } from '../helpers/read-html.js';
import { tempDir } from '../helpers/temp-dir.js';

const render = async (doc: Document = sampleDocument, dirs?: readonly string[]): Promise<string> =>
  renderHtml(doc, { templatesDir: defaultTemplatesDir, ...(dirs ? { templateDirs: dirs } : {}) });

describe('renderHtml: badges, extra lines and the header', () => {
  it('draws the badge, the lines under an entry, and the abstract folded', async () => {
    const html = await render();
    const root = parse(html);
    assert.deepEqual(
      root.querySelectorAll('.badge').map((b) => b.text),
      ['NeurIPS', 'ICML `24'],
    );
    const [moe, elrt, stop] = readHtml(html).entries;
    assert.deepEqual(moe!.lines, ['Best paper award', 'PDF · Code', 'AbstractWe compress experts by x2 with $0 cost_.']);
    assert.deepEqual(elrt!.lines, ['Oral, top 5% & {special} $chars$_ #1 [see] ~ ^ \\ <u>']);
    assert.deepEqual(stop!.lines, ['arXiv']);
    assert.equal(root.querySelector('#yang2024moe details.entry-abstract:not([open]) summary')?.text, 'Abstract');
    assert.equal(root.querySelector('#yang2024moe .entry-award')?.text, 'Best paper award');
    assert.equal(root.querySelector('#sui2023elrt .entry-note .owner')?.text, '#1');
  });

  it('leaves out blocks meant for other formats', async () => {
    const entry = sampleDocument.sections[0]!.entries[0]!;
    const doc: Document = {
      ...sampleDocument,
      sections: [{ id: 's', title: 'S', entries: [{ ...entry, blocks: entry.blocks!.map((b) => ({ ...b, formats: ['pdf'] })) }] }],
    };
    assert.equal(parse(await render(doc)).querySelectorAll('.entry-text > p, details').length, 0);
  });

  it('writes the subtitle and the "Updated" line with its machine-readable date', async () => {
    const header = parse(await render()).querySelector('.cv-header');
    assert.equal(header?.querySelector('.cv-subtitle')?.text, 'Selected publications, 2023–2025');
    assert.equal(header?.querySelector('.cv-updated time')?.getAttribute('datetime'), '2026-01-15');
    assert.equal(header?.querySelector('.cv-updated')?.text, 'Updated January 15, 2026');
  });

  it('draws a section heading from its runs', async () => {
    const doc: Document = {
      ...sampleDocument,
      sections: [
        {
          ...sampleDocument.sections[0]!,
          heading: [
            { text: 'Journal', marks: [{ type: 'italic' }] },
            { text: ' (2)', marks: [] },
          ],
        },
      ],
    };
    assert.match(await render(doc), /<h2 id="journal-articles-title"><i>Journal<\/i> \(2\)<\/h2>/);
  });
});

describe('renderHtml: themes and template folders', () => {
  it('takes each file from the first folder that has it, and adds theme.css', async () => {
    const mine = tempDir('html-templates');
    writeFileSync(join(mine, 'item.hbs'), '<li id="{{id}}" class="mine">{{{html}}}</li>');
    writeFileSync(join(mine, 'theme.css'), '.mine { color: teal; }');
    const html = await render(sampleDocument, await templateSearchPath({ theme: 'compact', templates: mine }));
    assert.equal(parse(html).querySelectorAll('li.mine').length, 3);
    assert.match(html, /\.mine \{ color: teal; \}/);
    assert.doesNotMatch(html, /pubcv compact theme/, 'my theme.css replaces the compact one');
    assert.match(html, /<main class="cv-publications">/, 'page.hbs from the default theme');
  });

  it('writes the fragment theme without the page shell', async () => {
    const html = await render(sampleDocument, await templateSearchPath({ theme: 'fragment' }));
    assert.match(html, /^<div class="pubcv highlight-bold font-serif" lang="en">\n<style>/);
    assert.doesNotMatch(html, /<html|<head|<body|<h1/);
    assert.equal(readHtml(html).entries.length, 3);
    assert.match(html, /\.pubcv\.highlight-bold \.owner/);
  });

  it('does not take the format-neutral entry and heading templates for HTML partials', async () => {
    const mine = tempDir('html-templates');
    writeFileSync(join(mine, 'section.hbs'), '{{#each entries}}{{> entry}}{{/each}}');
    await assert.rejects(
      render(sampleDocument, [mine, join(defaultTemplatesDir, 'default')]),
      /the partial "entry" is included here, but there is no entry\.hbs/,
    );
  });
});
