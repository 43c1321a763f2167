import type { CslItem, CslName } from '../model/record.js';
import { foldMainTitle, foldText } from './title-text.js';
import type { Candidate, WorkQuery } from './work-source.js';

/** A candidate's score is at least this, and its title similarity at least MIN_TITLE, to be accepted. */
const ACCEPT_SCORE = 0.85;
/** ... and it beats the best candidate that is another work by this much. */
const ACCEPT_MARGIN = 0.1;
const MIN_TITLE = 0.8;
/** Candidates below this are not worth showing as suggestions. */
const SUGGEST_SCORE = 0.5;
const MAX_SUGGESTIONS = 3;

/** A title that is the other's main title without its subtitle: likely the same work, not certain. */
const SUBTITLE_SIMILARITY = 0.9;
const WEIGHTS = { title: 0.6, authors: 0.3, year: 0.1 } as const;
/** Versions of one work keep its title to the letter (case and punctuation aside); "..., Part II" is another work. */
const SAME_WORK_TITLE = 0.97;

/** How well a candidate agrees with the entry, each part 0..1; absent parts were unknown on one side. */
interface ScoreParts {
  readonly title: number;
  readonly authors?: number;
  readonly year?: number;
}

export interface ScoredCandidate {
  readonly candidate: Candidate;
  /** 0..1: the parts weighted (title 0.6, authors 0.3, year 0.1), over the parts known. */
  readonly score: number;
  readonly parts: ScoreParts;
}

/** The verdict on one query's candidates: one accepted, or suggestions for the user to look at. */
interface Ranking {
  readonly accepted?: ScoredCandidate;
  /** Best first; empty when a candidate was accepted or none came close. */
  readonly suggestions: ScoredCandidate[];
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams (as multisets); spaces are left out so `I 2` and `I2` agree. */
function diceSimilarity(a: string, b: string): number {
  const [x, y] = [a.replace(/ /g, ''), b.replace(/ /g, '')];
  if (x === y) return x === '' ? 0 : 1;
  if (x.length < 2 || y.length < 2) return 0;
  const left = bigrams(x);
  let shared = 0;
  for (const [pair, count] of bigrams(y)) shared += Math.min(count, left.get(pair) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** 0..1: how alike two titles are once LaTeX, markup, case, accents and punctuation are gone. */
export function titleSimilarity(a: string, b: string): number {
  const [x, y] = [foldText(a), foldText(b)];
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const [mainX, mainY] = [foldMainTitle(a), foldMainTitle(b)];
  // "Stop Overthinking" for "Stop Overthinking: A Survey on ...": one word alone ("Introduction") says too little.
  const subtitleOnly = (mainX === y || mainY === x) && Math.min(x.split(' ').length, y.split(' ').length) >= 2;
  return Math.max(diceSimilarity(x, y), subtitleOnly ? SUBTITLE_SIMILARITY : 0);
}

interface FoldedName {
  readonly family: string;
  readonly given: string;
}

function foldName(name: CslName): FoldedName | undefined {
  if (name.family) return { family: foldText(name.family), given: foldText(name.given ?? '') };
  if (!name.literal) return undefined;
  const words = foldText(name.literal).split(' ');
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') };
}

/**
 * 0..1: Dice overlap of two author lists by family name. A family name that is the other list's
 * given name counts too: East Asian names are often entered in either order.
 */
export function authorOverlap(families: readonly string[], names: readonly CslName[]): number | undefined {
  const wanted = families.map(foldText).filter((f) => f !== '');
  const pool = names.map(foldName).filter((n): n is FoldedName => n !== undefined && n.family !== '');
  if (wanted.length === 0 || pool.length === 0) return undefined;
  const used = new Set<number>();
  let matched = 0;
  for (const family of wanted) {
    let index = pool.findIndex((n, i) => !used.has(i) && n.family === family);
    if (index === -1) index = pool.findIndex((n, i) => !used.has(i) && n.given === family);
    if (index === -1) continue;
    used.add(index);
    matched += 1;
  }
  return (2 * matched) / (wanted.length + pool.length);
}

/** The year of a CSL item's `issued`, when it has a numeric one. */
export function itemYear(item: CslItem): number | undefined {
  const first = item.issued?.['date-parts']?.[0]?.[0];
  const year = Number(first ?? /\b\d{4}\b/.exec(item.issued?.literal ?? item.issued?.raw ?? '')?.[0]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

function yearAgreement(wanted: number | undefined, found: number | undefined): number | undefined {
  if (wanted === undefined || found === undefined) return undefined;
  const gap = Math.abs(wanted - found);
  return gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
}

/** Scores one candidate work against the entry's query. Pure. */
export function scoreCandidate(query: WorkQuery, item: CslItem): { score: number; parts: ScoreParts } {
  const title = titleSimilarity(query.title, item.title ?? '');
  const authors = authorOverlap(query.authors, item.author ?? []);
  const year = yearAgreement(query.year, itemYear(item));
  const known: Array<[number, number]> = [[title, WEIGHTS.title]];
  if (authors !== undefined) known.push([authors, WEIGHTS.authors]);
  if (year !== undefined) known.push([year, WEIGHTS.year]);
  const weight = known.reduce((sum, [, w]) => sum + w, 0);
  const score = Math.round((known.reduce((sum, [value, w]) => sum + value * w, 0) / weight) * 1000) / 1000;
  return { score, parts: { title: round(title), ...(authors !== undefined ? { authors: round(authors) } : {}), ...(year !== undefined ? { year } : {}) } };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const PREPRINT_VENUE = /\b(arxiv|biorxiv|medrxiv|chemrxiv|ssrn|preprints?|research square|techrxiv|openreview)\b/i;

/** A preprint: arXiv and its kin, Crossref's posted-content, or CSL's generic `article` without a journal. */
export function isPreprint(item: CslItem): boolean {
  if (item.type === 'posted-content' || /^10\.48550\//i.test(item.DOI ?? '')) return true;
  const venue = item['container-title'] ?? '';
  return PREPRINT_VENUE.test(String(venue)) || (item.type === 'article' && !venue);
}

/** Two candidates that are versions of one work (a preprint and its published version). */
function sameWork(a: CslItem, b: CslItem): boolean {
  if (titleSimilarity(a.title ?? '', b.title ?? '') < SAME_WORK_TITLE) return false;
  const families = (b.author ?? []).map((n) => n.family ?? n.literal ?? '');
  return (authorOverlap(families, a.author ?? []) ?? 1) >= 0.8;
}

/**
 * Accepts the best candidate only when it is confident (score and title) and clearly ahead of
 * any other work; between versions of that work, the published one is preferred over a preprint
 * because it is what a CV cites. Otherwise the best few become suggestions. Pure.
 */
export function rankCandidates(query: WorkQuery, candidates: readonly Candidate[]): Ranking {
  const scored = candidates
    .map((candidate, order) => ({ candidate, order, ...scoreCandidate(query, candidate.item) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...rest }): ScoredCandidate => rest);
  const suggestions = scored.filter((s) => s.score >= SUGGEST_SCORE).slice(0, MAX_SUGGESTIONS);
  const best = scored[0];
  if (!best || best.score < ACCEPT_SCORE || best.parts.title < MIN_TITLE) return { suggestions };
  const versions = scored.filter((s) => s.score >= ACCEPT_SCORE && s.parts.title >= MIN_TITLE && sameWork(best.candidate.item, s.candidate.item));
  const chosen = versions.find((s) => !isPreprint(s.candidate.item)) ?? best;
  const rival = scored.find((s) => !versions.includes(s) && !sameWork(chosen.candidate.item, s.candidate.item));
  if (rival && best.score - rival.score < ACCEPT_MARGIN) return { suggestions };
  return { accepted: chosen, suggestions: [] };
}
