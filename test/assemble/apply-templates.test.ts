import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyTemplates, type EntryTemplates } from '../../src/assemble/apply-templates.js';
import { UserError } from '../../src/model/errors.js';
import type { SourceRecord } from '../../src/model/record.js';
import { loadTemplates, templateSearchPath } from '../../src/assemble/load-templates.js';
import { DEFAULT_LAYOUT, plainText, type Document } from '../../src/model/index.js';
import { tempDir } from '../helpers/temp-dir.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';

/** The extras the resolver's defaults show, labelled in English. */
const EXTRAS = { ...resolveSettings(), messages: ENGLISH_MESSAGES, citedBy: false };

const record: SourceRecord = {
  item: {
    id: 'gao2020',
    type: 'paper-conference',
    title: 'Paraphrase augmented <i>task-oriented</i> dialog generation',
    DOI: '10.18653/v1/2020.acl-main.60',
    abstract: 'We propose PARG, x<sup>2</sup> faster.',
    custom: { abbr: 'ACL', award: 'Best Paper', selected: true, links: { code: 'https://github.com/Silin159/PARG' } },
  },
  source: { file: 'refs.bib', line: 1 },
};

const doc: Document = {
  title: 'Publications',
  lang: 'en',
  date: '2026-01-15',
  style: 'apa',
  highlight: 'bold',
  layout: DEFAULT_LAYOUT,
  sections: [
    {
      id: 'conference',
      title: 'Conference papers',
      entries: [
        {
          id: 'gao2020',
          label: 'C1',
          runs: [
            { text: 'Gao, S., ', marks: [] },
            { text: 'Zhang, Y.', marks: [{ type: 'owner' }] },
            { text: ' (2020). Paraphrase.', marks: [] },
          ],
        },
      ],
    },
  ],
};

const bundled = async (theme?: string): Promise<EntryTemplates> => loadTemplates(await templateSearchPath(theme ? { theme } : {}));
const entryOf = (d: Document) => d.sections[0]!.entries[0]!;

describe('applyTemplates', () => {
  it('puts the default theme’s badge, award, links and abstract into the model', async () => {
    const { value, diagnostics } = applyTemplates(doc, [record], await bundled(), EXTRAS);
    const entry = entryOf(value);
    assert.deepEqual(diagnostics, []);
    assert.equal(entry.badge, 'ACL');
    assert.deepEqual(entry.runs, entryOf(doc).runs, 'the reference keeps its runs, owner mark included');
    assert.deepEqual(
      entry.blocks?.map((b) => [b.kind, plainText(b.runs), b.formats]),
      [
        ['award', 'Best Paper', undefined],
        ['links', 'DOI · Code', undefined],
        ['abstract', 'We propose PARG, x2 faster.', ['html']],
      ],
    );
    assert.deepEqual(entry.blocks?.[1]?.runs[0]?.marks, [{ type: 'link', href: 'https://doi.org/10.18653/v1/2020.acl-main.60' }]);
    assert.deepEqual(entry.blocks?.[2]?.runs[1]?.marks, [{ type: 'superscript' }]);
    assert.equal(entry.csl?.id, 'gao2020');
    assert.equal(plainText(value.sections[0]!.heading ?? []), 'Conference papers');
  });

  it('shows abstracts in the formats asked for, or nowhere', async () => {
    const everywhere = applyTemplates(doc, [record], await bundled(), { ...EXTRAS, abstracts: ['html', 'pdf', 'docx'] });
    assert.deepEqual(entryOf(everywhere.value).blocks?.at(-1)?.formats, ['html', 'pdf', 'docx']);
    const none = applyTemplates(doc, [record], await bundled(), { ...EXTRAS, abstracts: [] });
    assert.ok(!entryOf(none.value).blocks?.some((b) => b.kind === 'abstract'));
  });

  it('keeps links on the reference line in the compact theme', async () => {
    const entry = entryOf(applyTemplates(doc, [record], await bundled('compact'), EXTRAS).value);
    assert.equal(plainText(entry.runs), 'Gao, S., Zhang, Y. (2020). Paraphrase. Best Paper. [DOI] [Code]');
    assert.equal(entry.blocks, undefined);
  });

  it('gives templates every documented variable', async () => {
    const text =
      '{{id}}|{{label}}|{{type}}|{{year}}|{{title}}|{{doi}}|{{badge}}|{{award}}|{{selected}}|{{section.title}}|{{#each links}}{{kind}}={{href}} {{/each}}|{{#if (eq type "paper-conference")}}conf{{/if}}';
    const templates: EntryTemplates = { entry: { path: 'entry.hbs', text }, heading: { path: 'heading.hbs', text: '<i>{{title}}</i> ({{count}})' } };
    const value = applyTemplates(doc, [{ ...record, item: { ...record.item, issued: { 'date-parts': [[2020, 7]] } } }], templates, EXTRAS).value;
    assert.equal(
      plainText(entryOf(value).runs),
      'gao2020|C1|paper-conference|2020|Paraphrase augmented task-oriented dialog generation|10.18653/v1/2020.acl-main.60|ACL|Best Paper|true|Conference papers|doi=https://doi.org/10.18653/v1/2020.acl-main.60 code=https://github.com/Silin159/PARG |conf',
    );
    assert.deepEqual(value.sections[0]!.heading, [
      { text: 'Conference papers', marks: [{ type: 'italic' }] },
      { text: ' (1)', marks: [] },
    ]);
  });

  it('gives an untitled section no heading, whatever the heading template says', () => {
    const templates: EntryTemplates = { entry: { path: 'entry.hbs', text: '{{reference}}' }, heading: { path: 'heading.hbs', text: '{{title}} ({{count}})' } };
    const untitled: Document = { ...doc, sections: [{ ...doc.sections[0]!, title: '' }] };
    assert.equal(applyTemplates(untitled, [record], templates, EXTRAS).value.sections[0]!.heading, undefined);
  });

  it('reports a template that writes what is not entry markup, or does not parse, as the user’s error', () => {
    const bad = (text: string): EntryTemplates => ({ entry: { path: '/cv/entry.hbs', text }, heading: { path: 'heading.hbs', text: '{{title}}' } });
    assert.throws(
      () => applyTemplates(doc, [record], bad('<div>{{reference}}</div>'), EXTRAS),
      (e: unknown) => e instanceof UserError && e.diagnostic.code === 'template-markup' && /<div>.*entry gao2020/.test(e.message),
    );
    assert.throws(
      () => applyTemplates(doc, [record], bad('{{#if x}}'), EXTRAS),
      (e: unknown) => e instanceof UserError && e.diagnostic.code === 'template-syntax' && e.diagnostic.file === '/cv/entry.hbs',
    );
  });

  it('finds a user folder’s files before the theme’s', async () => {
    const dir = tempDir('templates');
    writeFileSync(join(dir, 'heading.hbs'), '§ {{title}}');
    const path = await templateSearchPath({ theme: 'compact', templates: dir });
    assert.deepEqual(path.slice(0, 1), [dir]);
    assert.match(path[1]!, /templates\/compact$/);
    assert.match(path[2]!, /templates\/default$/);
    const templates = await loadTemplates(path);
    assert.equal(templates.heading.path, join(dir, 'heading.hbs'));
    assert.match(templates.entry.path, /compact\/entry\.hbs$/);
    await assert.rejects(
      templateSearchPath({ theme: 'fancy' }),
      (e: unknown) => e instanceof UserError && e.exitCode === 2 && /compact, default, fragment/.test(e.message),
    );
  });
});
