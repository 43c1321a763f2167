import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyTemplates } from '../../src/assemble/apply-templates.js';
import { UserError, type Diagnostic } from '../../src/model/errors.js';
import { loadTemplates } from '../../src/assemble/load-templates.js';
import { DEFAULT_LAYOUT, type Document } from '../../src/model/index.js';
import { renderHtml } from '../../src/render/html.js';
import { tempDir } from '../helpers/temp-dir.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';

/** The extras the resolver's defaults show, labelled in English. */
const EXTRAS = { ...resolveSettings(), messages: ENGLISH_MESSAGES, citedBy: false };

const doc: Document = {
  title: 'Publications',
  lang: 'en',
  date: '2026-01-01',
  style: 'apa',
  highlight: 'bold',
  layout: DEFAULT_LAYOUT,
  sections: [{ id: 's', title: 'Articles', entries: [{ id: 'a', runs: [{ text: 'A paper.', marks: [] }] }] }],
};

/** A theme folder holding `files` over a minimal default theme. */
function theme(files: Record<string, string>): string {
  const root = tempDir('bad-theme');
  mkdirSync(join(root, 'default'));
  const all = { 'page.hbs': '{{#each sections}}{{> section}}{{/each}}', 'section.hbs': '[{{title}}]', 'style.css': '', ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(root, 'default', name), text);
  return root;
}

async function htmlError(files: Record<string, string>): Promise<Diagnostic> {
  const root = theme(files);
  try {
    await renderHtml(doc, { templatesDir: root });
  } catch (error) {
    assert.ok(error instanceof UserError, `a user error, not ${String(error)}`);
    return error.diagnostic;
  }
  assert.fail('renders');
}

describe('HTML theme templates are checked before they render', () => {
  it('a syntax error in page.hbs: template-syntax with the file and line', async () => {
    const d = await htmlError({ 'page.hbs': '<html>\n{{#if title}}\n<body>\n' });
    assert.equal(d.code, 'template-syntax');
    assert.match(d.file ?? '', /page\.hbs$/);
    assert.equal(d.line, 4);
    assert.match(d.message, /parse error on line 4/);
  });

  it('a missing partial: template-missing at the line that includes it', async () => {
    const d = await htmlError({ 'page.hbs': '<html>\n\n  {{> sidebar}}\n' });
    assert.deepEqual([d.code, d.line, d.column], ['template-missing', 3, 3]);
    assert.match(d.message, /"sidebar".*no sidebar\.hbs/);
  });

  it('a section.hbs that includes itself: an error, not a stack overflow', async () => {
    const d = await htmlError({ 'section.hbs': '<section>\n{{> item}}</section>', 'item.hbs': '<li>{{> section}}</li>' });
    assert.equal(d.code, 'template-syntax');
    assert.match(d.file ?? '', /item\.hbs$/);
    assert.match(d.message, /section -> item -> section/);
  });

  it('a helper that does not exist: template-syntax with line and column', async () => {
    const d = await htmlError({ 'page.hbs': '<html>\n{{shout title}}' });
    assert.deepEqual([d.code, d.line, d.column], ['template-syntax', 2, 1]);
    assert.match(d.message, /unknown helper "shout"/);
  });

  it('page.hbs that is a folder: template-unreadable', async () => {
    const root = theme({});
    const folder = tempDir('user');
    mkdirSync(join(folder, 'page.hbs'));
    await assert.rejects(
      renderHtml(doc, { templatesDir: root, templateDirs: [folder, join(root, 'default')] }),
      (e: unknown) => e instanceof UserError && e.diagnostic.code === 'template-unreadable',
    );
  });
});

describe('entry templates are checked before they render', () => {
  const entry = (text: string) => ({ entry: { path: '/cv/entry.hbs', text }, heading: { path: '/cv/heading.hbs', text: '{{title}}' } });
  const thrown = (text: string): Diagnostic => {
    try {
      applyTemplates(doc, [], entry(text), EXTRAS);
    } catch (error) {
      assert.ok(error instanceof UserError, `a user error, not ${String(error)}`);
      return error.diagnostic;
    }
    assert.fail('applies');
  };

  it('an unknown helper or partial is reported even when no entry reaches it', () => {
    const helper = thrown('{{reference}}\n{{#if award}}{{upper award}}{{/if}}');
    assert.deepEqual([helper.code, helper.line, helper.file], ['template-syntax', 2, '/cv/entry.hbs']);
    assert.equal(thrown('{{> links}}').code, 'template-missing');
  });

  it('an entry.hbs that is a folder is template-unreadable, not an internal error', async () => {
    const folder = tempDir('user');
    mkdirSync(join(folder, 'entry.hbs'));
    writeFileSync(join(folder, 'heading.hbs'), '{{title}}');
    await assert.rejects(
      loadTemplates([folder]),
      (e: unknown) => e instanceof UserError && e.diagnostic.code === 'template-unreadable' && /is a folder/.test(e.message),
    );
  });
});

describe('templates are compiled once per process, and again when edited', () => {
  it('a heading template edited between two builds of one process sets the headings as edited; an error stays an error', () => {
    const templates = (heading: string) => ({ entry: { path: '/cv/entry.hbs', text: '{{reference}}' }, heading: { path: '/cv/heading.hbs', text: heading } });
    const headings = (heading: string) =>
      applyTemplates(doc, [], templates(heading), EXTRAS).value.sections.map((s) => s.heading?.map((run) => run.text).join(''));
    assert.deepEqual(headings('{{title}}'), ['Articles']);
    assert.deepEqual(headings('{{title}} ({{count}})'), ['Articles (1)']);
    assert.deepEqual(headings('{{title}}'), ['Articles']);
    for (let i = 0; i < 2; i++) assert.throws(() => applyTemplates(doc, [], templates('{{#if title}}'), EXTRAS), UserError);
  });

  it('an HTML partial edited between two renders of one process renders as edited', async () => {
    const root = theme({});
    const first = await renderHtml(doc, { templatesDir: root });
    writeFileSync(join(root, 'default', 'section.hbs'), '<{{title}}>');
    const second = await renderHtml(doc, { templatesDir: root });
    assert.match(Buffer.from(first).toString(), /\[Articles\]/);
    assert.match(Buffer.from(second).toString(), /&lt;Articles&gt;|<Articles>/);
  });
});
