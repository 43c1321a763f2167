import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

// Read the originals before the fast paths are installed (csl-engine installs them on import).
const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
const CSL = fromPlugin('citeproc') as {
  toLocaleLowerCase(this: unknown, text: string): string;
  toLocaleUpperCase(this: unknown, text: string): string;
  Output: { Formats: Record<string, { text_escape(text: string): string }> };
};
const original = {
  lower: CSL.toLocaleLowerCase,
  upper: CSL.toLocaleUpperCase,
  escape: CSL.Output.Formats.html!.text_escape,
};
const { installCiteprocFastPaths } = await import('../../src/format/citeproc-fast-paths.js');
installCiteprocFastPaths();

const SAMPLES = [
  '',
  'plain words',
  'İstanbul IŞIK ılık',
  'Iİıi',
  'ΌΣΟΣ Άλφα σοφός',
  'Straße ǅ ǈ',
  'i̇ĩ Į́ j̇',
  'Ǆemal',
  'ﬁne ŉ',
  'A & B < C > D',
  'two  spaces',
  'x² and ™ and ª',
  'Ωμέγα',
  'ÉCOLE naïve',
  '\u00a0nbsp',
  'MoE-I²',
];
const LOCALES = [['en', 'en-US'], ['tr'], ['tr-TR'], ['az'], ['lt'], ['el-GR'], ['de-DE'], ['nl'], ['fr_FR', 'en-US'], [], ['xx-invalid'], undefined];

test('lower and upper case match the originals in every locale, special-casing ones included', () => {
  for (const lang_array of LOCALES) {
    const state = { tmp: { lang_array } };
    for (const text of SAMPLES) {
      assert.equal(CSL.toLocaleLowerCase.call(state, text), original.lower.call(state, text), `lower ${JSON.stringify(text)} in ${String(lang_array)}`);
      assert.equal(CSL.toLocaleUpperCase.call(state, text), original.upper.call(state, text), `upper ${JSON.stringify(text)} in ${String(lang_array)}`);
    }
  }
});

test('the HTML escape matches the original on text that needs escaping and text that does not', () => {
  const html = CSL.Output.Formats.html!;
  assert.notEqual(html.text_escape, original.escape, 'the fast path is installed');
  for (const text of SAMPLES) assert.equal(html.text_escape(text), original.escape.call(html, text), JSON.stringify(text));
});

test('installing twice keeps one layer of fast paths', () => {
  const lower = CSL.toLocaleLowerCase;
  installCiteprocFastPaths();
  assert.equal(CSL.toLocaleLowerCase, lower);
});
