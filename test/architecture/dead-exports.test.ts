import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportedNames, type ModuleInfo, readModules } from './module-exports.js';

// An `export` in src/ is dead when nothing imports it: no module of src/, scripts/, bench/ or
// bin/ (bin/ loads dist/, read here as the src/ it is built from), and src/index.ts does not
// re-export it. Tests do not count as users, but a module's own pure parts are often tested on
// their own: those exports are listed in TESTED_ALONE, each group with its reason, so that
// exporting something only for a test is a decision written down here.

const TESTED_ALONE: ReadonlyArray<{ readonly why: string; readonly exports: readonly string[] }> = [
  {
    why: 'a pure step of its module, tested on its own cases',
    exports: [
      'src/cli/enrich-summary.ts#suggestionLine',
      'src/cli/github-annotations.ts#escapeData',
      'src/cli/github-annotations.ts#escapeProperty',
      'src/cli/quick-help.ts#loadHelpTexts',
      'src/cli/summary-line.ts#formatDuration',
      'src/cli/summary-line.ts#changesPhrase',
      'src/cli/v8-flags.ts#watchRequested',
      'src/enrich/fetch-dblp-person.ts#withoutDisambiguationNumbers',
      'src/enrich/fetch-doi.ts#cleanResolverCsl',
      'src/enrich/fetch-orcid.ts#orcidCheckDigit',
      'src/enrich/plan-lookups.ts#missingParts',
      'src/enrich/plan-lookups.ts#queryFor',
      'src/enrich/refresh-citations.ts#countTargets',
      'src/enrich/score-candidates.ts#titleSimilarity',
      'src/enrich/score-candidates.ts#authorOverlap',
      'src/enrich/score-candidates.ts#scoreCandidate',
      'src/enrich/score-candidates.ts#isPreprint',
      'src/enrich/sources/arxiv.ts#arxivQuery',
      'src/enrich/sources/arxiv.ts#readArxivFeed',
      'src/format/csl-style.ts#holdsEveryWord',
      'src/format/format-records.ts#formatRecords',
      'src/format/localize-genre.ts#localGenre',
      'src/format/neutralize-sentinels.ts#neutralizeText',
      'src/format/render-parallel.ts#runFormatWorker',
      'src/input/read-input.ts#readInput',
      'src/normalize/derive-id.ts#slugWord',
      'src/normalize/find-known-works.ts#indexWorks',
      'src/normalize/repair-links.ts#bareDoi',
      'src/owner/owner-name.ts#foldName',
      'src/render/json-ld.ts#serializeForScript',
      'src/render/pdf-draw.ts#isWordLike',
      'src/render/pdf-shape-cache.ts#packRun',
      'src/render/pdf-shape-cache.ts#PackedRunView',
      'src/render/printed-links.ts#printedTarget',
      'src/render/runs-to-latex.ts#escapeUrl',
      'src/render/text.ts#runsToText',
      'src/render/undrawable-text.ts#pdfTexts',
      'src/select/article-at-conference.ts#conferenceVenue',
    ],
  },
  {
    why: "a writer's render function, tested without the writer registry that loads it",
    exports: [
      'src/render/bibtex.ts#renderBibtex',
      'src/render/csl-json.ts#renderCslJson',
      'src/render/docx.ts#renderDocx',
      'src/render/html.ts#renderHtml',
      'src/render/latex.ts#renderLatex',
      'src/render/markdown.ts#renderMarkdown',
      'src/render/pdf.ts#renderPdf',
      'src/render/text.ts#renderText',
    ],
  },
  {
    why: 'a value the tests check against or build on, so that a change to it is not a silent test change',
    exports: [
      'src/cli/quick-help.ts#RECORDED_WIDTH',
      'src/enrich/api-endpoints.ts#DEFAULT_ENDPOINTS',
      'src/enrich/http-client.ts#MAX_BODY_BYTES',
      'src/format/csl-engine.ts#NUMBER_SLUG',
      'src/render/html.ts#defaultTemplatesDir',
      'src/render/render-formats.ts#PDF_THREAD_ENTRIES',
      'src/text/messages/messages-for.ts#MESSAGE_LANGUAGES',
      'src/text/messages/messages-for.ts#REGIONAL_MESSAGES',
    ],
  },
  {
    why: 'a seam the tests reach into: file-system failures injected',
    exports: ['src/files/write-atomically.ts#fileSystem'],
  },
  {
    why: 'the type of a value the tests build or receive from one of the above',
    exports: [
      'src/api/unchanged-build.ts#BuildInputs',
      'src/cli/print-diagnostics.ts#DiagnosticView',
      'src/cli/quick-help.ts#HelpTexts',
      'src/enrich/http-client.ts#HttpClientOptions',
      'src/format/format-records.ts#NameSettings',
      'src/render/pdf-shape-cache.ts#ShapedRun',
    ],
  },
];

const INDEX = 'src/index.ts';

/** Each export of a src/ module that nothing outside it takes, `file#name`. */
function deadExports(modules: ReadonlyMap<string, ModuleInfo>): string[] {
  const used = new Set<string>();
  for (const module of modules.values()) for (const use of module.uses) used.add(`${use.from}#${use.name}`);
  // A name used through `export *` (or exported by the index through it) uses the module it comes from.
  let grew = true;
  while (grew) {
    grew = false;
    for (const module of modules.values()) {
      for (const star of module.starExports) {
        for (const name of exportedNames(modules, star)) {
          const through = module.file === INDEX || used.has(`${module.file}#${name}`) || used.has(`${module.file}#*`);
          if (through && !used.has(`${star}#${name}`)) {
            used.add(`${star}#${name}`);
            grew = true;
          }
        }
      }
    }
  }
  return [...modules.values()]
    .filter((module) => module.file.startsWith('src/') && module.file !== INDEX)
    .flatMap((module) =>
      [...module.exports.keys()].filter((name) => !used.has(`${module.file}#${name}`) && !used.has(`${module.file}#*`)).map((name) => `${module.file}#${name}`),
    );
}

describe('exports in src/', () => {
  const modules = readModules(['src', 'scripts', 'bench', 'bin']);
  const dead = deadExports(modules);
  const allowed = new Set(TESTED_ALONE.flatMap((group) => group.exports));

  it('are all used: by another module, by the index, or (listed in TESTED_ALONE) by their tests', () => {
    assert.deepEqual(
      dead.filter((name) => !allowed.has(name)),
      [],
      'drop the `export` of these (or, if a test needs one, list it in TESTED_ALONE with why)',
    );
  });

  it('list in TESTED_ALONE only exports that are still unused outside the tests', () => {
    const deadSet = new Set(dead);
    assert.deepEqual(
      [...allowed].filter((name) => !deadSet.has(name)),
      [],
    );
  });

  it('would report an export no module imports, and not one a module does', () => {
    const made = new Map(modules);
    made.set('src/model/made-up.ts', {
      file: 'src/model/made-up.ts',
      exports: new Map([
        ['unused', { kind: 'local', typeOnly: false }],
        ['taken', { kind: 'local', typeOnly: false }],
      ]),
      starExports: [],
      uses: [],
    });
    made.set('src/text/made-up-user.ts', {
      file: 'src/text/made-up-user.ts',
      exports: new Map(),
      starExports: [],
      uses: [{ file: 'src/text/made-up-user.ts', from: 'src/model/made-up.ts', name: 'taken', typeOnly: false }],
    });
    assert.deepEqual(
      deadExports(made).filter((name) => name.startsWith('src/model/made-up.ts')),
      ['src/model/made-up.ts#unused'],
    );
  });
});
