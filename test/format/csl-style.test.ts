import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childNamed } from '../../src/format/csl-tree.js';
import { bundledLocales, bundledStyle, listStyles, localeCode, styleFromCsl } from '../../src/format/csl-style.js';
import { loadStyle, resolveLocale } from '../../src/format/load-style.js';
import { UserError } from '../../src/model/errors.js';

test('over a thousand styles by short name, offline, each with a title', () => {
  const styles = listStyles();
  assert.ok(styles.length > 1000, `${styles.length} styles`);
  assert.equal(new Set(styles.map((s) => s.name)).size, styles.length, 'no name twice');
  for (const name of [
    'apa',
    'ieee',
    'nature',
    'chicago-author-date',
    'modern-language-association',
    'acm-sig-proceedings',
    'harvard-cite-them-right',
    'apa-cv',
    'vancouver',
    'harvard1',
  ]) {
    const style = bundledStyle(name);
    assert.ok(style, name);
    assert.ok(childNamed(style.root, 'bibliography'), `${name} has a bibliography`);
    assert.ok(
      styles.some((s) => s.name === name && s.title !== ''),
      `${name} is listed`,
    );
  }
});

test('a dependent style formats with its parent, in its own locale', () => {
  const style = bundledStyle('nature-communications')!;
  assert.equal(style.name, 'nature-communications');
  assert.ok(childNamed(style.root, 'bibliography'));
  assert.equal(style.root.attrs['default-locale'], 'en-GB');
  assert.deepEqual(
    listStyles().find((s) => s.name === 'plos-one'),
    { name: 'plos-one', title: 'PLOS ONE', parent: 'plos' },
  );
});

test('.csl text: independent styles as they are, dependent ones through their bundled parent', () => {
  const independent = styleFromCsl(
    'mine.csl',
    '<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>Mine</title></info><bibliography><layout><text variable="title"/></layout></bibliography></style>',
  );
  assert.ok(typeof independent !== 'string' && childNamed(independent.root, 'bibliography'));
  const dependent = styleFromCsl(
    'journal.csl',
    '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="de-DE"><info><link href="http://www.zotero.org/styles/ieee" rel="independent-parent"/></info></style>',
  );
  assert.ok(typeof dependent !== 'string');
  assert.equal(dependent.root.attrs['default-locale'], 'de-DE');
  assert.match(
    String(styleFromCsl('x.csl', '<style><info><link href="http://www.zotero.org/styles/no-such-style" rel="independent-parent"/></info></style>')),
    /no-such-style/,
  );
  assert.match(String(styleFromCsl('x.csl', 'not xml at all')), /not a CSL style/);
});

test('an unknown style name is a usage error with close names', async () => {
  await assert.rejects(loadStyle('ieeee'), (error: unknown) => error instanceof UserError && error.exitCode === 2 && /did you mean ieee\b/.test(error.message));
  await assert.rejects(loadStyle('missing-file.csl'), (error: unknown) => error instanceof UserError && error.exitCode === 2);
  assert.equal((await loadStyle('IEEE')).name, 'ieee', 'names are case-insensitive');
});

test('locales: over fifty offline, found by language or region code', () => {
  assert.ok(bundledLocales().length > 50);
  assert.equal(localeCode('de'), 'de-DE');
  assert.equal(localeCode('en'), 'en-US');
  assert.equal(localeCode('pt_br'), 'pt-BR');
  assert.equal(localeCode('xx-YY'), undefined);
  assert.equal(resolveLocale('fr'), 'fr-FR');
  assert.throws(
    () => resolveLocale('klingon'),
    (error: unknown) => error instanceof UserError && error.exitCode === 2,
  );
});
