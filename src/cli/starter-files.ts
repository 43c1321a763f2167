import { mainExtensions } from '../input/input-format.js';
import { DEFAULT_FORMATS } from '../render/writers.js';
import type { ActionRef } from './action-ref.js';

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function yamlString(s: string): string {
  return /^[\w][\w./-]*$/.test(s) ? s : JSON.stringify(s);
}

/** A literal path in a GitHub Actions path filter: glob characters escaped. */
function pathFilter(path: string): string {
  return yamlString(path.replace(/[*?[\]!+]/g, '\\$&'));
}

function inputsBlock(inputs: readonly string[]): string {
  if (inputs.length === 0) {
    return [`# No bibliography was found in this folder: list yours here (${mainExtensions().join(', ')}).`, '# inputs:', '#   - publications.bib'].join('\n');
  }
  return [
    '# The bibliographies to build from (.bib, .json CSL-JSON, .yaml CSL-YAML, .ris, .txt plain list).',
    'inputs:',
    ...inputs.map((i) => `  - ${yamlString(i)}`),
  ].join('\n');
}

/** The owner the starter config names: given (`--name`, or typed at the prompt), or guessed from the data. */
export interface StarterOwner {
  readonly names: readonly string[];
  /** Set when the name was guessed: the most frequent author, in `entries` of the `total` entries. */
  readonly guessed?: { readonly entries: number; readonly total: number };
}

function ownerBlock(owner: StarterOwner | undefined): string {
  if (!owner || owner.names.length === 0) return '# owner: "Family, Given"';
  const value = owner.names.length === 1 ? JSON.stringify(owner.names[0]) : `[${owner.names.map((n) => JSON.stringify(n)).join(', ')}]`;
  if (!owner.guessed) return `owner: ${value}`;
  const { entries, total } = owner.guessed;
  return [
    `# Guessed from the data: the most frequent author (${entries} of ${total} entries). Check it, and`,
    '# put your own name here if it is not you.',
    `owner: ${value}`,
  ].join('\n');
}

/**
 * The commented starter `pubcv.config.yaml`: the inputs found, the defaults spelled out, the rest
 * as examples; `schema` is the URL of pubcv.schema.json editors check it against; `owner`, when
 * known, is written as the owner (with a note to check it when it was guessed).
 */
export function starterConfig(inputs: readonly string[], schema: string, owner?: StarterOwner): string {
  return `# yaml-language-server: $schema=${schema}
# pubcv configuration. \`pubcv build\` and \`pubcv check\` read it from the folder they run in;
# command-line flags override it. Every key is described in pubcv's README ("The config file").

# You, as "Family, Given": your name is highlighted in every author list. Other spellings
# (initials, a former name) can be given as a list: owner: ["Sui, Yang", "Sui, Y."]
${ownerBlock(owner)}

${inputsBlock(inputs)}

# Citation style: a short name such as apa or vancouver (\`pubcv styles\` lists them all), or a .csl file.
style: apa

# What to write, and where: <output>/publications.<format>.
formats: [${DEFAULT_FORMATS.join(', ')}]
output: output

# Sections by kind (journal, conference, preprint, book, thesis, other), newest first:
# sections: type
# Numbers counting down in each section, J12 ... J1, C7 ... C1:
# numbering: { order: reverse, prefixes: { journal: J, conference: C, preprint: P } }
# CV variants from this one file: pubcv build --profile short
# profiles:
#   short: { filters: { selected: true }, output: output/short }
`;
}

/** Paths whose change should rebuild the CV in CI. */
function watchedPaths(inputs: readonly string[]): string[] {
  const globs = ['**/*.bib', '**/*.ris'];
  const literal = inputs.filter((i) => !i.endsWith('.bib') && !i.endsWith('.ris')).map(pathFilter);
  // The lock holds what `pubcv enrich` found: committing a new one should rebuild the CV too.
  return [...globs.map((g) => `'${g}'`), ...literal, 'pubcv.config.yaml', 'pubcv.lock.json', '.github/workflows/cv.yml'];
}

/**
 * The starter `.github/workflows/cv.yml`: on a change to a bibliography, the pubcv action at
 * `action` checks (problems become annotations on their line), builds, sums up what changed and
 * uploads the files; installing pubcv from npm is the commented alternative, for once it is published.
 */
export function starterWorkflow(inputs: readonly string[], version: string, action: ActionRef): string {
  const paths = watchedPaths(inputs)
    .map((p) => `      - ${p}`)
    .join('\n');
  return `# Builds the publication list of your CV with pubcv whenever a bibliography changes and keeps
# the PDF, DOCX and HTML as an artifact of the run ("publications" on the run's page). In a pull
# request, broken entries are marked on their line; the run's summary lists the entries new and
# changed since the last build.
name: CV publications

on:
  push:
    paths:
${paths}
  pull_request:
    paths:
${paths}
  workflow_dispatch:

jobs:
  publications:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # pubcv from its repository at ${action.ref}: check, build, job summary, artifact. Errors fail
      # the run; add --strict to both args to fail on warnings (missing year, owner not found) too.
      - uses: ${action.repo}@${action.ref}
        with:
          args: ''
          check-args: ''
          # Keep in step with "output" in pubcv.config.yaml.
          output: output
      # Or, once pubcv is published on npm, these steps instead of the one above:
      # - run: npm install --global pubcv@${version}
      # - run: echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"
      # - run: pubcv check
      # - run: pubcv build --quiet --summary "$GITHUB_STEP_SUMMARY"
      # - uses: actions/upload-artifact@v4
      #   with:
      #     name: publications
      #     path: output/
`;
}
