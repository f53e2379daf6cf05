import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isShouted, isStandaloneName, looksLikeName } from './dictionary-mentions.ts';

test('a dictionary hit stands alone only when it looks like a name', () => {
  const cases: [string, boolean, boolean][] = [
    ['Peace Companies', false, true],
    ['peace companies', false, false],
    ["Asa'ib Ahl al-Haq", false, true],
    ['Saraya al-Salam', false, true],
    ['The Somali', false, false],
    ['PMF', false, true],
    ['Hezbollah', false, false], // one ordinary capitalised word: left to the tagger
    ['IN', true, false], // a preposition in a headline
    ['US', false, false],
    ['U.S.', false, false],
    ['II', false, false],
  ];
  for (const [text, shouted, expected] of cases) {
    assert.equal(isStandaloneName(text.split(' '), shouted, 'organization'), expected, text);
  }
  assert.equal(isStandaloneName(['MAN'], false, 'person'), false);
  // one word spelt exactly as an organisation's known name stands alone; not for people or in headlines
  assert.equal(isStandaloneName(['Houthis'], false, 'organization', true), true);
  assert.equal(isStandaloneName(['Houthis'], true, 'organization', true), false);
  assert.equal(isStandaloneName(['Sadr'], false, 'person', true), false);
  assert.equal(isStandaloneName(['Salam'], false, 'organization', false), false);
  assert.equal(looksLikeName(['Saraya', 'al-Salam']), true);
});

test('headlines in capitals are recognised', () => {
  assert.equal(isShouted('IRAQI MILITIA LEADER KILLED IN BAGHDAD'.split(' ')), true);
  assert.equal(isShouted('The PMF said on Monday'.split(' ')), false);
});

test('isShouted counts, of the words with two letters in a row, those upper-casing leaves unchanged', () => {
  const unit = fc.constantFrom('a', 'B', 'z', 'Q', '1', '-', '.', 'é', 'É', 'ß', 'ǅ', 'ﬁ', 'ب', 'ı', 'İ');
  fc.assert(
    fc.property(fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 8 }), (words) => {
      const lettered = words.filter((w) => /\p{L}{2}/u.test(w));
      const caps = lettered.filter((w) => w === w.toUpperCase()).length;
      assert.equal(isShouted(words), lettered.length >= 3 && caps >= 0.8 * lettered.length);
    }),
    { numRuns: 500 },
  );
});
