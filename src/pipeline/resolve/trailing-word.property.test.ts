import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { trailingComma, trailingWord } from './trailing-word.ts';

const piece = fc.constantFrom(
  'leader',
  'Adviser',
  'secretary-general',
  'al-Sadr',
  ' ',
  '  ',
  ',',
  '\n',
  '\u00a0',
  "'s",
  'é',
  '7',
  '-',
  'x',
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));

test('trailingWord is the last word a "word, at the end" pattern matches', () => {
  fc.assert(
    fc.property(text, (s) => {
      const m = /([\p{L}-]+)\s*,?\s*$/u.exec(s);
      assert.equal(trailingWord(s), m ? m[1]!.toLowerCase() : '');
    }),
    { numRuns: 3000 },
  );
});

test('trailingComma is where a ", at the end" pattern matches', () => {
  fc.assert(
    fc.property(text, (s) => assert.equal(trailingComma(s), /,\s*$/.exec(s)?.index ?? -1)),
    { numRuns: 3000 },
  );
});
