import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { CORPUS, skipWithout } from './corpus.js';

// Real inputs for the fuzz tests, one or more of every format pubcv reads: the corpus's BibTeX,
// CSL-JSON and RIS files, its CSL-JSON written out as CSL-YAML (the corpus has no YAML file), and
// the plain list the bundled example comes from.

const SEED_LIST = fileURLToPath(new URL('../../../shared/seed/000_b74aa7739271a18e.txt', import.meta.url));
const MAX_SIZE = 80_000;

/** Whether the fuzz tests may skip: only outside CI, where a missing corpus must fail the run. */
export function corpusSkip(): string | false {
  return skipWithout(CORPUS, SEED_LIST);
}

export interface FuzzInput {
  readonly path: string;
  readonly text: string;
}

/** Every real input of at most 80 kB, plus a CSL-YAML copy of each CSL-JSON file; sorted by name. */
export function fuzzInputs(): FuzzInput[] {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is missing: ${CORPUS}`);
  if (!existsSync(SEED_LIST)) throw new Error(`the plain list is missing: ${SEED_LIST}`);
  const files = readdirSync(CORPUS)
    .map((name) => join(CORPUS, name))
    .filter((path) => statSync(path).isFile() && statSync(path).size <= MAX_SIZE && !path.endsWith('.md'));
  const inputs = files.map((path) => ({ path: basename(path), text: readFileSync(path, 'utf8') }));
  const yaml = inputs
    .filter((input) => input.path.endsWith('.json'))
    .map((input) => ({ path: input.path.replace(/\.json$/, '.yaml'), text: stringify(JSON.parse(input.text)) }));
  return [...inputs, ...yaml, { path: basename(SEED_LIST), text: readFileSync(SEED_LIST, 'utf8') }].sort((a, b) => a.path.localeCompare(b.path));
}

const NOISE = [
  '@',
  '{',
  '}',
  '"',
  ',',
  '=',
  '#',
  '%',
  '\\',
  '$',
  '~',
  '\n',
  '\u0000',
  '\uFFFD',
  'é',
  '\u0301',
  '@article{',
  'TY  - ',
  '[',
  ']',
  ':',
  '-',
  ' and ',
  '$\\frac{',
  '&a ',
  '*a',
  '- ',
  '  ',
  '{"given": 5}',
  '2020/',
  '/..',
];

// Values of the wrong type or shape for a field, as each format writes them.
const JSON_VALUES = ['5', '0.5', '{"a": 1}', '[[[["deep"]]]]', 'null', 'true', '{"date-parts": [[2020, 5, 1], [2020, 5]]}', '[{"given": 5}]', '"2015/"'];
const YAML_VALUES = ['0.5', '5', '{ a: 1 }', '[[[deep]]]', 'null', '~', '{ date-parts: [[2020, 5], [2021]] }', '[ { family: 0.5 } ]'];
const BIBTEX_FIELDS = [
  'date = {2020-05/2021}',
  'date = {2015/}',
  'date = {2020/..}',
  'date = {spring}',
  'title = {$a$a$a$a}',
  'author = {and and}',
  'year = {-}',
  'crossref = {self}',
];

/** Replaces the value of a random field after `at` with one of the wrong type (CSL-JSON, CSL-YAML) or adds an odd BibTeX field. */
function swapValue(text: string, at: number, path: string, next: () => number): { text: string; edit: string } {
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] ?? list[0]!;
  if (path.endsWith('.json') || path.endsWith('.yaml')) {
    const field = path.endsWith('.json') ? /("[\w-]+":\s*)("(?:[^"\\]|\\.)*"|-?\d+)/g : /^(\s*[\w-]+:\s)(.+)$/gm;
    field.lastIndex = at;
    let found = field.exec(text);
    if (found === null) {
      field.lastIndex = 0;
      found = field.exec(text);
    }
    if (found === null) return { text, edit: 'swap (no field)' };
    const value = pick(path.endsWith('.json') ? JSON_VALUES : YAML_VALUES);
    const start = found.index + (found[1]?.length ?? 0);
    return { text: text.slice(0, start) + value + text.slice(start + (found[2]?.length ?? 0)), edit: `swap ${value}@${start}` };
  }
  if (path.endsWith('.bib')) {
    const comma = text.indexOf(',\n', at);
    if (comma < 0) return { text, edit: 'swap (no field)' };
    const field = pick(BIBTEX_FIELDS);
    return { text: `${text.slice(0, comma + 2)}  ${field},\n${text.slice(comma + 2)}`, edit: `field ${field}@${comma}` };
  }
  return { text, edit: 'swap (not a field format)' };
}

/**
 * One to five random edits of `text`: truncation, a lost brace/comma/quote/newline, inserted
 * syntax or bytes, or (in a format with fields) a value of the wrong type.
 */
export function mutate(text: string, next: () => number, path = ''): { text: string; edits: string[] } {
  let out = text;
  const edits: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let i = 0; i < count && out.length > 0; i += 1) {
    const at = Math.floor(next() * out.length);
    const kind = Math.floor(next() * 5);
    if (kind === 4) {
      const swapped = swapValue(out, at, path, next);
      out = swapped.text;
      edits.push(swapped.edit);
    } else if (kind === 0) {
      out = out.slice(0, at);
      edits.push(`truncate@${at}`);
    } else if (kind === 1) {
      const target = ['{', '}', ',', '"', '\n'][Math.floor(next() * 5)] ?? '{';
      const found = out.indexOf(target, at);
      if (found >= 0) out = out.slice(0, found) + out.slice(found + 1);
      edits.push(`delete ${JSON.stringify(target)}@${found}`);
    } else if (kind === 2) {
      const noise = NOISE[Math.floor(next() * NOISE.length)] ?? '@';
      out = out.slice(0, at) + noise + out.slice(at);
      edits.push(`insert ${JSON.stringify(noise)}@${at}`);
    } else {
      const bytes = String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 0x3000)));
      out = out.slice(0, at) + bytes + out.slice(at);
      edits.push(`bytes@${at}`);
    }
  }
  return { text: out, edits };
}
