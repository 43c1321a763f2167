import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairText } from '../../src/normalize/repair-text.js';

describe('repairText', () => {
  it('decodes numeric and named HTML entities, and letter+accent names', () => {
    assert.equal(repairText('Poisson&#39;s ratio &amp; Young&#x2019;s modulus'), "Poisson's ratio & Young’s modulus");
    assert.equal(repairText('Caf&eacute; &Uuml;ber &ndash; &hellip;'), 'Café Über – …');
  });

  it('undoes UTF-8 read as Windows-1252, also when written as entities', () => {
    assert.equal(repairText('Dom&#195;&#169;nech-Carb&#195;&#179;, V&#195;&#161;zquez'), 'Doménech-Carbó, Vázquez');
    assert.equal(repairText('chromatography&#226;&euro;&ldquo;mass'), 'chromatography–mass');
    assert.equal(repairText('DomÃ©nech'), 'Doménech');
  });

  it('leaves what it cannot be sure of', () => {
    for (const text of ['R&D', '&unknown; &#0;', 'Ångström Ãx', 'AT&T;', 'plain']) assert.equal(repairText(text), text);
  });
});
