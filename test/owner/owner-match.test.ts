import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslName } from '../../src/model/record.js';
import { matchOwner, ownerKey } from '../../src/owner/owner-match.js';
import { parseOwnerName } from '../../src/owner/owner-name.js';

const owner = (text: string) => [ownerKey(parseOwnerName(text)!)];
const match = (name: CslName, ownerName: string) => matchOwner(name, owner(ownerName));

test('full names, initials with or without periods, case and accents', () => {
  assert.equal(match({ family: 'Sui', given: 'Yang' }, 'Sui, Yang'), 'full');
  assert.equal(match({ family: 'Sui', given: 'Y.' }, 'Sui, Yang'), 'initial');
  assert.equal(match({ family: 'Sui', given: 'Y' }, 'Sui, Yang'), 'initial');
  assert.equal(match({ family: 'SUI', given: 'YANG' }, 'Sui, Yang'), 'full');
  assert.equal(match({ family: 'Dvořák', given: 'Antonín' }, 'Dvorak, Antonin'), 'full');
  assert.equal(match({ family: 'Muller', given: 'J.' }, 'Müller, Jürgen'), 'initial');
});

test('a same-family co-author with another given name is not the owner', () => {
  assert.equal(match({ family: 'Sui', given: 'Yu' }, 'Sui, Yang'), undefined);
  assert.equal(match({ family: 'Sui', given: 'C.' }, 'Sui, Yang'), undefined);
  assert.equal(match({ family: 'Suiter', given: 'Yang' }, 'Sui, Yang'), undefined);
});

test('middle names and initials: extra ones are fine, conflicting ones are not', () => {
  for (const given of ['J. A.', 'John', 'J.', 'John A.', 'J A']) assert.ok(match({ family: 'Smith', given }, 'Smith, John Adam'), given);
  assert.equal(match({ family: 'Smith', given: 'J. B.' }, 'Smith, John Adam'), undefined);
  assert.equal(match({ family: 'Smith', given: 'John' }, 'Smith, J.'), 'initial');
});

test('hyphenated given names in every spelling', () => {
  for (const given of ['Jean-Pierre', 'J.-P.', 'J-P', 'JP', 'Jean Pierre', 'J. P.'])
    assert.ok(match({ family: 'Dupont', given }, 'Dupont, Jean-Pierre'), given);
  assert.equal(match({ family: 'Dupont', given: 'Jean-Paul' }, 'Dupont, Jean-Pierre'), undefined);
});

test('particles as CSL particles or glued into the family name', () => {
  const forms: CslName[] = [
    { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
    { family: 'Berg', given: 'Jan', 'dropping-particle': 'van der' },
    { family: 'van der Berg', given: 'Jan' },
    { family: 'Van Der Berg', given: 'J.' },
  ];
  for (const name of forms) assert.ok(match(name, 'van der Berg, Jan'), JSON.stringify(name));
  assert.ok(match({ family: 'Cruz', given: 'Juan', 'non-dropping-particle': 'de la' }, 'Juan de la Cruz'));
});

test('literal names in either order', () => {
  assert.equal(match({ literal: 'Yang Sui' }, 'Sui, Yang'), 'full');
  assert.equal(match({ literal: 'Sui Yang' }, 'Sui, Yang'), 'full');
  assert.equal(match({ literal: 'Sui, Y.' }, 'Sui, Yang'), 'initial');
  assert.equal(match({ literal: 'et al.' }, 'Sui, Yang'), undefined);
});

test('no given name on either side matches by family only', () => {
  assert.equal(match({ family: 'Sui' }, 'Sui, Yang'), 'family-only');
  assert.equal(match({ family: 'Plato' }, 'Plato'), 'family-only');
});
