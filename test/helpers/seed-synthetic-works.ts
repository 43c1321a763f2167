import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticWork } from './fake-scholarly-server.js';
import { repoRoot } from './run-cli.js';

/** The venue every synthetic answer about a seed title gives: plainly not a fact about the real paper. */
export const SYNTHETIC_VENUE = 'Synthetic Venue for pubcv tests';
/** The year every synthetic answer about a seed title gives. */
export const SYNTHETIC_YEAR = 2099;

/** The seed (examples/publications.txt) as it is on disk. */
export const SEED_PATH = join(repoRoot, 'examples', 'publications.txt');

/** LaTeX as an API would mark it up: `$^2$` -> <sup>2</sup>, `\textbf{X}` -> X. */
function apiTitle(latex: string): string {
  return latex.replace(/\$\^\{?([^$}]*)\}?\$/g, '<sup>$1</sup>').replace(/\\textbf\{([^}]*)\}/g, '$1');
}

/**
 * One synthetic work per seed record: its title and authors echoed, with the SYNTHETIC year and
 * venue and a DOI under Crossref's test prefix 10.5555. Never real facts about these real papers.
 */
export function seedSyntheticWorks(): SyntheticWork[] {
  const lines = readFileSync(SEED_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(1);
  const works: SyntheticWork[] = [];
  for (let i = 0; i + 1 < lines.length; i += 3) {
    const parts = lines[i + 1]!.split(',').map((p) => p.trim());
    const authors = [];
    for (let j = 0; j + 1 < parts.length; j += 2) authors.push({ family: parts[j]!, given: parts[j + 1] === 'null' ? '' : parts[j + 1]! });
    works.push({
      title: apiTitle(lines[i]!.trim()),
      authors,
      kind: 'journal',
      year: SYNTHETIC_YEAR,
      venue: SYNTHETIC_VENUE,
      volume: '1',
      doi: `10.5555/pubcv-seed.${works.length + 1}`,
    });
  }
  return works;
}
