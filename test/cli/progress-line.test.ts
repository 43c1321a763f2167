import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startProgress } from '../../src/cli/progress-line.js';

test('nothing is drawn when stderr is not a terminal', () => {
  const written: string[] = [];
  const progress = startProgress(
    (t) => written.push(t),
    false,
    () => 5000,
  );
  progress.update('rendering pdf');
  progress.stop();
  assert.deepEqual(written, []);
});

test('work under a second draws nothing; past a second the line is drawn and erased at the end', () => {
  let clock = 0;
  const written: string[] = [];
  const progress = startProgress(
    (t) => written.push(t),
    true,
    () => clock,
  );
  clock = 400;
  progress.update('formatting entries in apa');
  assert.deepEqual(written, []);
  clock = 1200;
  progress.update('rendering pdf');
  progress.stop();
  assert.deepEqual(written, ['\r\u001b[2Kpubcv: rendering pdf…', '\r\u001b[2K']);
});
