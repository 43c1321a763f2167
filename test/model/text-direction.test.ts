import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentDirection, firstStrongDirection, holdsDirection, isolateStretches, type Mark, type Run } from '../../src/model/index.js';

const ISOLATE: Mark = { type: 'isolate' };
const ITALIC: Mark = { type: 'italic' };
const run = (text: string, ...marks: Mark[]): Run => ({ text, marks });

describe('text direction', () => {
  it('reads a document right to left in Arabic, Hebrew, Persian, Urdu and Arabic- or Hebrew-script tags', () => {
    for (const lang of ['ar', 'he-IL', 'fa-IR', 'ur', 'iw', 'yi', 'az-Arab', 'ar_EG']) assert.equal(documentDirection(lang), 'rtl', lang);
    for (const lang of ['en', 'en-US', 'de-DE', 'zh-Hant', 'hy', 'ru', '']) assert.equal(documentDirection(lang), 'ltr', lang);
  });

  it("takes a text's direction from its first letter, as FSI and dir=auto do; digits and punctuation have none", () => {
    assert.equal(firstStrongDirection('(2023) כהן, D.'), 'rtl');
    assert.equal(firstStrongDirection('Cohen (כהן)'), 'ltr');
    assert.equal(firstStrongDirection('عبد الله'), 'rtl');
    assert.equal(firstStrongDirection('12, 3–4.'), undefined);
    assert.ok(holdsDirection('Sui, כהן', 'rtl'));
    assert.ok(!holdsDirection('Sui, Y. (2023) ١٢', 'rtl'), 'Arabic-Indic digits are numbers, not letters');
    assert.ok(holdsDirection('Müller, Čapek, Աբեղյան', 'ltr'));
  });
});

describe('isolateStretches', () => {
  it('isolates a right-to-left title from its first to its last letter, leaving the punctuation and numbers after it outside', () => {
    const runs = [run('Levi, D. (2021). '), run('معالجة اللغة العربية. Proc', ITALIC), run(', 3(2), 1–5.')];
    assert.deepEqual(isolateStretches(runs, 'ltr'), [
      run('Levi, D. (2021). '),
      run('معالجة اللغة العربية', ITALIC, ISOLATE),
      run('. Proc', ITALIC),
      run(', 3(2), 1–5.'),
    ]);
  });

  it('keeps one stretch across runs and the neutrals between its letters, and stops it at a Latin letter', () => {
    const runs = [run('כותרת. '), run('כתב עת', ITALIC), run(', 7, 10–20. In Hebrew')];
    assert.deepEqual(isolateStretches(runs, 'ltr'), [run('כותרת. ', ISOLATE), run('כתב עת', ITALIC, ISOLATE), run(', 7, 10–20. In Hebrew')]);
  });

  it('never joins a stretch across an isolated name, and leaves isolated runs as they are', () => {
    const runs = [run('כהן, ד.', ISOLATE), run(', & '), run('לוי, ד.', ISOLATE), run(' (2022). למידה.')];
    assert.deepEqual(isolateStretches(runs, 'ltr'), [
      run('כהן, ד.', ISOLATE),
      run(', & '),
      run('לוי, ד.', ISOLATE),
      run(' (2022). '),
      run('למידה', ISOLATE),
      run('.'),
    ]);
  });

  it('in a right-to-left document isolates the Latin stretches instead', () => {
    assert.deepEqual(isolateStretches([run('כהן, ד. (2024). Pruning with mixed scripts. מאמר')], 'rtl'), [
      run('כהן, ד. (2024). '),
      run('Pruning with mixed scripts', ISOLATE),
      run('. מאמר'),
    ]);
  });

  it('takes the quotes and brackets around a stretch into it, with a comma set inside closing quotes', () => {
    assert.deepEqual(isolateStretches([run('(2016). “בשורה לנשים”: אושרה [כתבה]. Ynet.')], 'ltr'), [
      run('(2016). '),
      run('“בשורה לנשים”: אושרה [כתבה]', ISOLATE),
      run('. Ynet.'),
    ]);
    assert.deepEqual(isolateStretches([run('Y. Sui, “'), run('כותרת,” ', ITALIC), run('in Proc.')], 'ltr'), [
      run('Y. Sui, '),
      run('“', ISOLATE),
      run('כותרת,”', ITALIC, ISOLATE),
      run(' ', ITALIC),
      run('in Proc.'),
    ]);
  });

  it('returns runs with nothing written against the direction as they are (the same array)', () => {
    const runs = [run('Sui, Y. (2024). Title. '), run('Journal', ITALIC), run(', 12, 1–5.')];
    assert.equal(isolateStretches(runs, 'ltr'), runs);
    const hebrew = [run('כהן, ד. (2022). כותרת.')];
    assert.equal(isolateStretches(hebrew, 'rtl'), hebrew);
  });
});
