import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayOwnerName, familyCore, givenTokens, parseOwnerName } from '../../src/owner/owner-name.js';

test('parseOwnerName reads both orders and keeps particles apart', () => {
  assert.deepEqual(parseOwnerName('Smith, John Adam'), { family: 'Smith', given: 'John Adam' });
  assert.deepEqual(parseOwnerName('John Adam Smith'), { family: 'Smith', given: 'John Adam' });
  assert.deepEqual(parseOwnerName('van der Berg, Jan'), { family: 'Berg', given: 'Jan', particle: 'van der' });
  assert.deepEqual(parseOwnerName('Berg, Jan van der'), { family: 'Berg', given: 'Jan', particle: 'van der' });
  assert.deepEqual(parseOwnerName('Jan van der Berg'), { family: 'Berg', given: 'Jan', particle: 'van der' });
  assert.deepEqual(parseOwnerName('Smith, Jr., John'), { family: 'Smith', given: 'John' });
  assert.deepEqual(parseOwnerName('sui, yang li'), { family: 'sui', given: 'yang li' }, 'all lower case: no particles');
  assert.equal(displayOwnerName(parseOwnerName('de la Cruz, Juan')!), 'Juan de la Cruz');
});

test('familyCore ignores case, accents, spaces and leading particles', () => {
  assert.equal(familyCore('van der Berg'), 'berg');
  assert.equal(familyCore('Van Der Berg'), 'berg');
  assert.equal(familyCore('Dvořák'), familyCore('DVORAK'));
  assert.equal(familyCore('Smith-Jones'), familyCore('Smith Jones'));
  assert.equal(familyCore('Van'), 'van', 'a family that is only a particle stays');
});

test('givenTokens splits names, hyphens and initials', () => {
  assert.deepEqual(givenTokens('Jean-Pierre'), [
    { letter: 'j', full: 'jean' },
    { letter: 'p', full: 'pierre' },
  ]);
  assert.deepEqual(givenTokens('J.-P.'), [{ letter: 'j' }, { letter: 'p' }]);
  assert.deepEqual(givenTokens('J-P'), [{ letter: 'j' }, { letter: 'p' }]);
  assert.deepEqual(givenTokens('JP'), [{ letter: 'j' }, { letter: 'p' }], 'Vancouver-style initials');
  assert.deepEqual(givenTokens('LI', true), [{ letter: 'l', full: 'li' }], 'an all-caps name is a name');
  assert.deepEqual(givenTokens('Antonín'), [{ letter: 'a', full: 'antonin' }]);
});
