/**
 * Deterministic synthetic BibTeX CVs for the benchmark. Every name and title is made up from
 * syllables, so nothing here is anyone's real publication list; a seeded generator makes the
 * same file on every run and machine, so timings compare like with like.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';

/** The CV owner in every generated file. */
export const BENCH_OWNER = 'Testperson, Alexa';

const SYLLABLES = ['ka', 'lo', 'mir', 'van', 'ser', 'ton', 'bel', 'dra', 'nu', 'qui', 'ros', 'tel', 'zan', 'fi', 'gor', 'hel'];
/** Accented family names, as UTF-8 and as the LaTeX a reference manager often exports instead. */
const ACCENTED: ReadonlyArray<readonly [string, string]> = [
  ['Müller', 'M{\\"u}ller'],
  ['Čapek', '{\\v{C}}apek'],
  ['Łukasiewicz', '{\\L}ukasiewicz'],
  ['Ångström', '{\\AA}ngstr{\\"o}m'],
  ['Nuñez', 'Nu{\\~n}ez'],
  ['Øster', '{\\O}ster'],
  ['Šimková', String.raw`{\v{S}}imkov{\'a}`],
  ['Gonçalves', 'Gon{\\c{c}}alves'],
  ['Dvořák', String.raw`Dvo{\v{r}}{\'a}k`],
  ['Ólafsdóttir', String.raw`{\'O}lafsd{\'o}ttir`],
  ['Żuławski', '{\\.Z}u{\\l}awski'],
];
const GIVEN = ['Ana', 'Bo', 'Chidi', 'Dana', 'Émile', 'Fen', 'Gül', 'Hiro', 'Inès', 'Jiří', 'Kofi', 'Lea', 'Mateo', 'Noor', 'Oğuz', 'Priya', 'Zoë'];
const TOPICS = ['widget calibration', 'synthetic lattice pruning', 'mock gradient routing', 'placeholder graph sampling', 'dummy token mixing'];
const ACRONYMS = ['{BERT}', '{GPU}', '{MoE}', '{LLaMA}', '{FPGA}', '{RISC-V}'];
const VENUES = ['Journal of Synthetic Results', 'Proceedings of the Placeholder Conference', 'Transactions on Mock Systems', 'Synthetic Letters'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function familyName(random: () => number): string {
  if (random() < 0.25) {
    const [utf8, latex] = pick(random, ACCENTED);
    return random() < 0.5 ? utf8 : latex;
  }
  const parts = 2 + Math.floor(random() * 2);
  const name = Array.from({ length: parts }, () => pick(random, SYLLABLES)).join('');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Co-authors a CV draws on: a prolific researcher's network, not a new stranger on every paper. */
const COAUTHORS = 1500;

function coauthorPool(): string[] {
  const random = seededRandom(7);
  return Array.from({ length: COAUTHORS }, () => `${familyName(random)}, ${pick(random, GIVEN)}`);
}

function authorList(random: () => number, index: number, pool: readonly string[]): string {
  const count = 3 + Math.floor(random() * 23);
  const ownerAt = Math.floor(random() * count);
  const names = Array.from({ length: count }, (_, i) => {
    if (i === ownerAt) return index % 7 === 0 ? 'Testperson, A.' : BENCH_OWNER;
    return pick(random, pool);
  });
  return names.join(' and ');
}

interface Shared {
  authors: string;
  year: number;
}

function entry(random: () => number, index: number, previous: Shared, pool: readonly string[]): string {
  const kind = random() < 0.6 ? 'article' : 'inproceedings';
  // Few distinct years, so many entries share owner and year: the case that makes APA's
  // disambiguation expensive. Every tenth paper has the same authors and year as the one
  // before (a team's two papers in one year): APA tells those apart as 2019a and 2019b.
  const again = index % 10 === 9;
  const year = again ? previous.year : 2000 + Math.floor(random() * 25);
  const authors = again ? previous.authors : authorList(random, index, pool);
  previous.authors = authors;
  previous.year = year;
  const title = `Synthetic study ${index + 1} of ${pick(random, ACRONYMS)} ${pick(random, TOPICS)}`;
  const venue = pick(random, VENUES);
  const fields = [
    `  author = {${authors}}`,
    `  title = {${title}}`,
    kind === 'article' ? `  journal = {${venue}}` : `  booktitle = {${venue}}`,
    `  year = {${year}}`,
    kind === 'article' ? `  volume = {${1 + Math.floor(random() * 40)}}` : '',
    `  pages = {${index + 1}--${index + 11}}`,
    random() < 0.8 ? `  doi = {10.99999/synthetic.${index + 1}}` : '',
  ].filter((f) => f !== '');
  return `@${kind}{synthetic${index + 1},\n${fields.join(',\n')}\n}\n`;
}

/**
 * `count` synthetic entries as BibTeX. The first n entries of a longer file equal those of a
 * shorter one, so count + 1 is "the same CV after adding one paper".
 */
export function generateBib(count: number, seed = 20261101): string {
  const random = seededRandom(seed);
  const previous: Shared = { authors: '', year: 0 };
  const pool = coauthorPool();
  return Array.from({ length: count }, (_, i) => entry(random, i, previous, pool)).join('\n');
}
