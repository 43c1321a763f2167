import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GAP, planCut, type EtAlRule } from '../../src/owner/cut-names.js';

const IEEE: EtAlRule = { min: 7, useFirst: 1, useLast: false };
const VANCOUVER: EtAlRule = { min: 7, useFirst: 6, useLast: false };
const APA: EtAlRule = { min: 21, useFirst: 19, useLast: true };
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('a list the rule leaves alone, or whose owner it shows, is cut by the rule as the style would', () => {
  assert.deepEqual(planCut(5, [3], IEEE), { keep: range(5), rule: IEEE });
  assert.deepEqual(planCut(25, [0], IEEE), { keep: range(25), rule: IEEE });
  assert.deepEqual(planCut(25, [], VANCOUVER), { keep: range(25), rule: VANCOUVER });
  assert.deepEqual(planCut(25, [24], APA), { keep: range(25), rule: APA }, "APA's use-last shows the last name");
});

test('an owner past the cut: first names, a gap, the owner, one more name for "et al."', () => {
  assert.deepEqual(planCut(25, [12], IEEE), { keep: [0, GAP, 12, 13], rule: { min: 4, useFirst: 3, useLast: false } });
  assert.deepEqual(planCut(25, [6], VANCOUVER), { keep: [0, 1, 2, 3, 4, 5, 6, 7], rule: { min: 8, useFirst: 7, useLast: false } });
  assert.deepEqual(planCut(25, [1], IEEE), { keep: [0, 1, 2], rule: { min: 3, useFirst: 2, useLast: false } }, 'no gap right after the first');
});

test('an owner last: the list ends with the owner and is not cut again', () => {
  assert.deepEqual(planCut(25, [24], IEEE), { keep: [0, GAP, 24], rule: undefined });
});

test("APA's use-last: the owner, then citeproc's ellipsis and the last name", () => {
  const plan = planCut(25, [21], APA);
  assert.deepEqual(plan.keep, [...range(19), GAP, 21, 22, 24]);
  assert.deepEqual(plan.rule, { min: 23, useFirst: 21, useLast: true });
  assert.deepEqual(planCut(25, [23], APA), { keep: [...range(19), GAP, 23, 24], rule: undefined }, 'owner next to last: no ellipsis needed');
});

test('no rule: nothing is cut', () => {
  assert.deepEqual(planCut(30, [29], undefined), { keep: range(30), rule: undefined });
});
