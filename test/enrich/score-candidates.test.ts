import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslItem } from '../../src/model/record.js';
import { authorOverlap, isPreprint, rankCandidates, scoreCandidate, titleSimilarity } from '../../src/enrich/score-candidates.js';
import type { Candidate, WorkQuery } from '../../src/enrich/work-source.js';

// Synthetic works only: no real paper's year or venue appears here.
const QUERY: WorkQuery = { title: 'Gradient Sketches for Tiny Lattices', authors: ['Okonkwo', 'Lindqvist', 'Marchetti'] };

function candidate(item: Partial<CslItem>, source: Candidate['source'] = 'crossref', id = 'c'): Candidate {
  return { source, url: `https://api.example.test/${id}`, item: { id, type: 'article-journal', ...item } };
}

const authors = (...families: string[]) => families.map((family) => ({ family, given: 'A.' }));

test('titles compare without case, accents, punctuation, markup and LaTeX', () => {
  assert.equal(titleSimilarity('MoE-I$^2$: Pruning Experts', 'MOE-I<sup>2</sup> — pruning experts'), 1);
  assert.equal(titleSimilarity('\\textbf{TopV}: Token Pruning', 'TopV: token pruning'), 1);
  assert.equal(titleSimilarity('Café Lattices', 'Cafe lattices'), 1);
  assert.ok(titleSimilarity('Gradient Sketches for Tiny Lattices', 'Gradient Sketch for Tiny Lattice') > 0.85);
  assert.ok(titleSimilarity('Gradient Sketches for Tiny Lattices', 'Quantum Noodles in Warm Soup') < 0.3);
});

test('a title without its subtitle is close, but not identical', () => {
  const similarity = titleSimilarity('Stop Drifting: A Survey of Synthetic Anchors', 'Stop Drifting');
  assert.equal(similarity, 0.9);
  // One word alone says too little.
  assert.ok(titleSimilarity('Introduction: A Survey of Synthetic Anchors', 'Introduction') < 0.5);
});

test('authors overlap by folded family name, in either name order', () => {
  assert.equal(
    authorOverlap(
      ['Müller', 'Łoś'],
      [
        { family: 'Muller', given: 'J.' },
        { family: 'Los', given: 'K.' },
      ],
    ),
    1,
  );
  assert.equal(authorOverlap(['Shaochen'], [{ family: 'Zhong', given: 'Shaochen' }]), 1);
  assert.equal(authorOverlap(['A', 'B'], [{ family: 'C' }, { family: 'D' }]), 0);
  assert.equal(authorOverlap([], [{ family: 'C' }]), undefined);
});

test('the score weighs title, authors and year, over the parts known', () => {
  const exact = scoreCandidate(
    { ...QUERY, year: 2099 },
    { id: 'x', type: 'article', title: QUERY.title, author: authors(...QUERY.authors), issued: { 'date-parts': [[2099]] } },
  );
  assert.equal(exact.score, 1);
  assert.deepEqual(exact.parts, { title: 1, authors: 1, year: 1 });
  const noYear = scoreCandidate(QUERY, { id: 'x', type: 'article', title: QUERY.title, author: authors(...QUERY.authors), issued: { 'date-parts': [[2099]] } });
  assert.equal(noYear.parts.year, undefined);
  assert.equal(noYear.score, 1);
});

test('a confident match clearly ahead of the rest is accepted', () => {
  const ranking = rankCandidates(QUERY, [
    candidate(
      { title: QUERY.title, author: authors('Okonkwo', 'Lindqvist', 'Marchetti'), 'container-title': 'Synthetic Venue for pubcv tests' },
      'crossref',
      'good',
    ),
    candidate({ title: 'Tiny Lattices Revisited', author: authors('Other') }, 'crossref', 'other'),
  ]);
  assert.equal(ranking.accepted?.candidate.item.id, 'good');
  assert.deepEqual(ranking.suggestions, []);
});

test('the same title by different authors is not accepted', () => {
  const ranking = rankCandidates(QUERY, [candidate({ title: QUERY.title, author: authors('Someone', 'Else') })]);
  assert.equal(ranking.accepted, undefined);
  assert.equal(ranking.suggestions.length, 1);
  assert.ok(ranking.suggestions[0]!.score < 0.85);
});

test('two different works that both fit well are ambiguous: suggestions, nothing accepted', () => {
  const ranking = rankCandidates(QUERY, [
    candidate({ title: QUERY.title, author: authors('Okonkwo', 'Lindqvist', 'Marchetti') }, 'crossref', 'a'),
    candidate({ title: `${QUERY.title}, Part II`, author: authors('Okonkwo', 'Lindqvist', 'Marchetti') }, 'crossref', 'b'),
  ]);
  assert.equal(ranking.accepted, undefined);
  assert.deepEqual(
    ranking.suggestions.map((s) => s.candidate.item.id),
    ['a', 'b'],
  );
});

test('between a preprint and its journal version, the journal version is taken', () => {
  const preprint = candidate(
    { type: 'article', title: QUERY.title, author: authors(...QUERY.authors), 'container-title': 'arXiv', issued: { 'date-parts': [[2098]] } },
    'crossref',
    'pre',
  );
  const journal = candidate(
    { title: QUERY.title, author: authors(...QUERY.authors), 'container-title': 'Synthetic Journal', issued: { 'date-parts': [[2099]] } },
    'crossref',
    'pub',
  );
  assert.ok(isPreprint(preprint.item));
  assert.ok(!isPreprint(journal.item));
  assert.equal(rankCandidates(QUERY, [preprint, journal]).accepted?.candidate.item.id, 'pub');
  // The year the user wrote still decides when it points at the preprint alone.
  assert.equal(rankCandidates({ ...QUERY, year: 2098 }, [preprint, journal]).accepted?.candidate.item.id, 'pub');
});

test('a missing subtitle is accepted with every author agreeing, not with half of them', () => {
  const short = { ...QUERY, title: 'Gradient Sketches' };
  const full = candidate({ title: 'Gradient Sketches: Tiny Lattices in Practice', author: authors(...QUERY.authors) });
  assert.ok(rankCandidates(short, [full]).accepted);
  const half = candidate({ title: 'Gradient Sketches: Tiny Lattices in Practice', author: authors('Okonkwo', 'Else', 'Other', 'Another') });
  assert.equal(rankCandidates(short, [half]).accepted, undefined);
});

test('LaTeX in the entry title matches the API title with markup', () => {
  const query = { title: 'MoE-I$^2$: Compressing Synthetic Experts', authors: ['Okonkwo'] };
  const found = candidate({ title: 'MoE-I<sup>2</sup>: Compressing Synthetic Experts', author: authors('Okonkwo') });
  assert.ok(rankCandidates(query, [found]).accepted);
});

test('nothing close: no suggestion', () => {
  const ranking = rankCandidates(QUERY, [candidate({ title: 'Warm Soup', author: authors('Nobody') })]);
  assert.deepEqual(ranking, { suggestions: [] });
});
