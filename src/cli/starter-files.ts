import { mainExtensions } from '../input/input-format.js';
import { DEFAULT_FORMATS } from '../render/writers.js';

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

/** The commented starter `pubcv.config.yaml`: the inputs found, the defaults spelled out, the rest as examples. */
export function starterConfig(inputs: readonly string[], version?: string): string {
  const schema = `https://unpkg.com/pubcv${version ? `@${version}` : ''}/pubcv.schema.json`;
  return `# yaml-language-server: $schema=${schema}
# pubcv configuration. \`pubcv build\` and \`pubcv check\` read it from the folder they run in;
# command-line flags override it. Every key is described in pubcv's README ("The config file").

# You, as "Family, Given": your name is highlighted in every author list. Other spellings
# (initials, a former name) can be given as a list: owner: ["Sui, Yang", "Sui, Y."]
# owner: "Family, Given"

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
 * The starter `.github/workflows/cv.yml`: on a change to a bibliography, install this version of
 * pubcv, check (problems become annotations on their line), build, and upload the files.
 */
export function starterWorkflow(inputs: readonly string[], version: string): string {
  const paths = watchedPaths(inputs)
    .map((p) => `      - ${p}`)
    .join('\n');
  return `# Builds the publication list of your CV with pubcv whenever a bibliography changes and keeps
# the PDF, DOCX and HTML as an artifact of the run ("publications" on the run's page). In a pull
# request, broken entries are marked on their line.
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
      - name: Install pubcv
        run: npm install --global pubcv@${version}
      # The CV is dated by the last commit, so rebuilding the same commit gives the same files.
      - name: Date the build
        run: echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"
      # Errors fail the run; add --strict to fail on warnings (missing year, owner not found) too.
      - name: Check the bibliography
        run: pubcv check
      # --quiet: the check above has already reported the warnings.
      - name: Build PDF, DOCX and HTML
        run: pubcv build --quiet
      # Keep the path in step with "output" in pubcv.config.yaml.
      - uses: actions/upload-artifact@v4
        with:
          name: publications
          path: output/
          if-no-files-found: error
`;
}
