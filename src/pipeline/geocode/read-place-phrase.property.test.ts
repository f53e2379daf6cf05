import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lastWordBefore, mayEndOf, mayEndRelative, OF_BEFORE, RELATIVE_BEFORE } from './read-place-phrase.ts';

const piece = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\u00a0',
  'the',
  'The',
  'of',
  'OF',
  'town',
  'province',
  'air base',
  'south',
  'North-East',
  'northern outskirts',
  'outskirts',
  'suburbs',
  'near',
  'outside',
  '30',
  'km',
  'miles',
  'city',
  'X',
  ',',
  'west',
);
const before = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));

test('the cheap last-word gates never turn away a match of the backward patterns', () => {
  fc.assert(
    fc.property(before, (b) => {
      const last = lastWordBefore(b);
      if (OF_BEFORE.test(b)) assert.ok(mayEndOf(last), JSON.stringify(b));
      if (RELATIVE_BEFORE.test(b)) assert.ok(mayEndRelative(last), JSON.stringify(b));
    }),
    { numRuns: 5000 },
  );
});
