import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

// Read the originals before the fast paths are installed (csl-engine installs them on import).
const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
const CSL = fromPlugin('citeproc') as {
  toLocaleLowerCase(this: unknown, text: string): string;
  toLocaleUpperCase(this: unknown, text: string): string;
  Output: { Formats: Record<string, { text_escape(text: string): string }> };
  Util: { FlipFlopper: new (state: unknown) => { processTags(blob: unknown): void } };
};
const original = {
  lower: CSL.toLocaleLowerCase,
  upper: CSL.toLocaleUpperCase,
  escape: CSL.Output.Formats.html!.text_escape,
  FlipFlopper: CSL.Util.FlipFlopper,
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

/** What the inline-markup parser reads from an engine: its quote terms and the layout's decorations. */
function engineState(quotes: readonly [string, string, string, string]) {
  const terms: Record<string, string> = { 'open-quote': quotes[0], 'close-quote': quotes[1], 'open-inner-quote': quotes[2], 'close-inner-quote': quotes[3] };
  return { getTerm: (name: string) => terms[name], tmp: { area: 'bibliography' }, bibliography: { opt: { layout_decorations: [] } } };
}

const MARKUP_SAMPLES = [
  ...SAMPLES,
  'Deep <i>Learning</i> for <sc>Widgets</sc>',
  'a <span class="nocase">BERT</span> model',
  'x<sup>2</sup> and H<sub>2</sub>O',
  'the "quoted" word',
  "the 'single' word",
  'don\u2019t stop',
  'O\u2019Brien and D\u2019Arcy',
  '\u201ccurly\u201d and \u2018inner\u2019',
  '\u00ab\u00a0guillemets\u00a0\u00bb and \u201elow\u201c',
  'unbalanced <i>italic',
  'stray </b> closer',
  '("paren quote")',
  'a < b > c',
];
const QUOTE_SETS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['\u201c', '\u201d', '\u2018', '\u2019'],
  ['\u00ab\u00a0', '\u00a0\u00bb', '\u201c', '\u201d'],
  ['\u201e', '\u201c', '\u201a', '\u2018'],
  ['"', '"', "'", "'"],
];

test('the inline-markup parser leaves every text as the original does, with and without tags, in each quote style', () => {
  for (const quotes of QUOTE_SETS) {
    const fast = new CSL.Util.FlipFlopper(engineState(quotes));
    const slow = new original.FlipFlopper(engineState(quotes));
    assert.notEqual(fast.processTags, slow.processTags, 'the fast path is installed');
    for (const text of MARKUP_SAMPLES) {
      const a = { blobs: text, alldecor: [], decorations: [] };
      const b = { blobs: text, alldecor: [], decorations: [] };
      fast.processTags(a);
      slow.processTags(b);
      assert.deepEqual(a, b, `${JSON.stringify(text)} with quotes ${quotes.join(' ')}`);
    }
  }
});

test('installing twice keeps one layer of fast paths', () => {
  const lower = CSL.toLocaleLowerCase;
  installCiteprocFastPaths();
  assert.equal(CSL.toLocaleLowerCase, lower);
});
