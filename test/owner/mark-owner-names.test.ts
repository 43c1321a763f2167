import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslName, SourceRecord } from '../../src/model/record.js';
import { markOwnerNames } from '../../src/owner/mark-owner-names.js';
import { foldName, parseOwnerName } from '../../src/owner/owner-name.js';

const record = (id: string, author: CslName[]): SourceRecord => ({ item: { id, type: 'article', author }, source: { file: 'x.bib', line: 1 } });
const owner = parseOwnerName('Sui, Yang')!;

test('parseOwnerName reads "Family, Given" and "Given Family"', () => {
  assert.deepEqual(parseOwnerName('Sui, Yang'), { family: 'Sui', given: 'Yang' });
  assert.deepEqual(parseOwnerName('  Yang   Sui '), { family: 'Sui', given: 'Yang' });
  assert.deepEqual(parseOwnerName('Plato'), { family: 'Plato' });
  assert.equal(parseOwnerName('  '), undefined);
});

test('foldName ignores case and accents', () => {
  assert.equal(foldName('Müller'), foldName('MULLER'));
  assert.equal(foldName('Łukasz'), 'lukasz');
  assert.equal(foldName('Čapek'), 'capek');
});

test('marks the owner in full, initial and upper-case forms and nobody else', () => {
  const { value, diagnostics, coverage } = markOwnerNames(
    [
      record('a', [
        { family: 'Yang', given: 'Cheng' },
        { family: 'Sui', given: 'Yang' },
      ]),
      record('b', [{ family: 'SUI', given: 'Y.' }]),
      record('c', [{ family: 'Sui', given: 'Yu' }]),
    ],
    [owner],
  );
  const tagged = value.map((r) => (r.item.author ?? []).map((n) => (n.family ?? '').includes('<s')));
  assert.deepEqual(tagged, [[false, true], [true], [false]]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual([coverage?.severity, coverage?.code, coverage?.entry], ['warning', 'owner-not-found', undefined]);
  assert.equal(coverage?.message, "the owner 'Sui, Yang' matched 2 of 3 entries; not found in c");
});

test('a name without given name matches by family with a warning', () => {
  const { diagnostics } = markOwnerNames([record('a', [{ family: 'Sui' }])], [owner]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
});

test('does not change its input', () => {
  const input = [record('a', [{ family: 'Sui', given: 'Yang' }])];
  const copy = structuredClone(input);
  markOwnerNames(input, [owner]);
  assert.deepEqual(input, copy);
});

const tagged = (r: SourceRecord) => (r.item.author ?? []).map((n) => (n.family ?? n.literal ?? '').includes('<s'));

test('an initial that a same-family co-author shares is highlighted with an owner-ambiguous warning', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      record('a', [
        { family: 'Sui', given: 'Y.' },
        { family: 'Sui', given: 'Yu' },
      ]),
    ],
    [owner],
  );
  assert.deepEqual(tagged(value[0]!), [true, false]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
  assert.match(diagnostics[0]!.message, /Sui, Yu/);
});

test('two names that match equally well: neither is highlighted, and the warning says why', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      record('a', [
        { family: 'Sui', given: 'Yang' },
        { family: 'Sui', given: 'Yu' },
      ]),
    ],
    [parseOwnerName('Sui, Y.')!],
  );
  assert.deepEqual(tagged(value[0]!), [false, false]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
});

test('a full match wins over an initial one, which is reported', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      record('a', [
        { family: 'Sui', given: 'Y.' },
        { family: 'Sui', given: 'Yang' },
      ]),
    ],
    [owner],
  );
  assert.deepEqual(tagged(value[0]!), [false, true]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
});

test('aliases are more names: a former name matches too', () => {
  const { value, diagnostics } = markOwnerNames(
    [record('a', [{ family: 'Schmidt', given: 'Anna' }]), record('b', [{ family: 'Müller', given: 'A.' }])],
    [parseOwnerName('Müller, Anna')!, parseOwnerName('Schmidt, Anna')!],
  );
  assert.deepEqual(value.map(tagged), [[true], [true]]);
  assert.deepEqual(diagnostics, []);
});

test('the owner is found among the editors too', () => {
  const input: SourceRecord = { item: { id: 'e', type: 'book', editor: [{ family: 'Sui', given: 'Yang' }] }, source: { file: 'x.bib' } };
  const { value, diagnostics } = markOwnerNames([input], [owner]);
  assert.ok(value[0]!.item.editor![0]!.family!.includes('<s'));
  assert.deepEqual(diagnostics, []);
});

const editors = (r: SourceRecord) => (r.item.editor ?? []).map((n) => (n.family ?? '').includes('<s'));

test('an editor who shares only an initial with the owner is not highlighted, with a warning (as a co-author would be)', () => {
  const input: SourceRecord = {
    item: {
      id: 'p',
      type: 'paper-conference',
      author: [{ family: 'Zhang', given: 'Yichi' }],
      editor: [
        { family: 'Goldberg', given: 'Yoav' },
        { family: 'Zhang', given: 'Yue' },
      ],
    },
    source: { file: 'x.bib', line: 1 },
  };
  const { value, diagnostics } = markOwnerNames([input], [parseOwnerName('Zhang, Yichi')!, parseOwnerName('Zhang, Y.')!]);
  assert.deepEqual(tagged(value[0]!), [true]);
  assert.deepEqual(editors(value[0]!), [false, false]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
  assert.match(diagnostics[0]!.message, /"Zhang, Yue" \(editor\)/);
});

test("a weaker match in another role than the owner's is a doubt, not a second highlight", () => {
  const input: SourceRecord = {
    item: { id: 'q', type: 'chapter', author: [{ family: 'Sui', given: 'Yang' }], translator: [{ family: 'Sui', given: 'Y.' }] },
    source: { file: 'x.bib', line: 1 },
  };
  const { value, diagnostics } = markOwnerNames([input], [owner]);
  assert.deepEqual(tagged(value[0]!), [true]);
  assert.equal(JSON.stringify(value[0]!.item.translator).includes('<s'), false);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-ambiguous'],
  );
  assert.match(diagnostics[0]!.message, /\(translator\) may also be the owner/);
});

test('the owner is highlighted in every name role: a translator, and the same name as author and editor', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      {
        item: { id: 't', type: 'book', author: [{ family: 'Kafka', given: 'Franz' }], translator: [{ family: 'Sui', given: 'Yang' }] },
        source: { file: 'x.bib' },
      },
      { item: { id: 'v', type: 'book', author: [{ family: 'Sui', given: 'Yang' }], editor: [{ family: 'Sui', given: 'Yang' }] }, source: { file: 'x.bib' } },
    ],
    [owner],
  );
  assert.ok(JSON.stringify(value[0]!.item.translator).includes('<s'));
  assert.deepEqual([tagged(value[1]!), editors(value[1]!)], [[true], [true]]);
  assert.deepEqual(diagnostics, []);
});

test('two owner names that are co-authors are two people: both highlighted, one warning for the whole build', () => {
  const vasilescu = { family: 'Vasilescu', given: 'Bogdan' };
  const kastner = { family: 'Kästner', given: 'Christian' };
  const { value, diagnostics } = markOwnerNames(
    [record('a', [vasilescu, { family: 'Roe', given: 'Ann' }, kastner]), record('b', [{ family: 'Vasilescu', given: 'B.' }, kastner]), record('c', [kastner])],
    [parseOwnerName('Vasilescu, Bogdan')!, parseOwnerName('Kästner, Christian')!],
  );
  assert.deepEqual(value.map(tagged), [[true, false, true], [true, true], [true]]);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['owner-several-people'],
  );
  assert.match(diagnostics[0]!.message, /"Vasilescu, Bogdan" and "Kästner, Christian" are co-authors in 2 entries \(a, b\)/);
});

test('spellings of one name never written together stay one owner: a former name, an initial alias', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      record('a', [
        { family: 'Schmidt', given: 'Anna' },
        { family: 'Roe', given: 'Ann' },
      ]),
      record('b', [
        { family: 'Müller', given: 'Anna' },
        { family: 'Müller', given: 'Bernd' },
      ]),
    ],
    [parseOwnerName('Müller, Anna')!, parseOwnerName('Schmidt, Anna')!, parseOwnerName('Müller, A.')!],
  );
  assert.deepEqual(value.map(tagged), [
    [true, false],
    [true, false],
  ]);
  assert.deepEqual(diagnostics, []);
});

test('two --names that look like two people and never write together: both stay the owner, and a warning says how to mark others', () => {
  const look = (...given: string[]) =>
    markOwnerNames(
      [record('a', [{ family: 'Sui', given: 'Yang' }]), record('b', [{ family: 'Sui', given: 'Yu' }]), record('c', [{ family: 'Smith', given: 'John' }])],
      given.map((n) => parseOwnerName(n)!),
    );
  const two = look('Sui, Yang', 'Sui, Yu', 'Smith, John', 'Sui, Y.');
  assert.deepEqual(two.value.map(tagged), [[true], [true], [true]]);
  assert.deepEqual(
    two.diagnostics.map((d) => [d.severity, d.code, d.entry]),
    [['warning', 'owner-several-people', undefined]],
  );
  assert.match(
    two.diagnostics[0]!.message,
    /^"Sui, Yang" and "Sui, Yu", "Sui, Yang" and "Smith, John", "Sui, Yu" and "Smith, John", "Smith, John" and "Sui, Y\." look like different people; .* all are highlighted/,
  );
  assert.equal(
    look('Sui, Yang', 'Sui, Yu').diagnostics[0]!.message,
    '"Sui, Yang" and "Sui, Yu" look like two people; pubcv treats every --name as a spelling of the one owner, so both are highlighted as the owner: to mark other people (students, lab members) use --mark-people FILE or people: in the config',
  );
  // A former family name with the same given name, and initials, are spellings of one person.
  const one = look('Sui, Yang', 'Smith, Yang', 'Sui, Y.', 'Smith, Y. J.').diagnostics;
  assert.deepEqual(
    one.filter((d) => d.code === 'owner-several-people'),
    [],
  );
});
