import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOfDocument } from './document-flags.ts';
import { HashBytes, hashFolded } from './feature-hash.ts';

/** A document from sentences of space-separated words. */
function doc(...sentences: string[]) {
  const tokens: { text: string }[] = [];
  const bounds: { tokenStart: number; tokenEnd: number }[] = [];
  for (const s of sentences) {
    const words = s.split(' ');
    bounds.push({ tokenStart: tokens.length, tokenEnd: tokens.length + words.length });
    for (const text of words) tokens.push({ text });
  }
  return { tokens, sentences: bounds };
}

test('a word is flagged by how the rest of its document writes it, case folded', () => {
  const flags = flagsOfDocument(
    doc('Police said Mr . Bush left', 'the police met Hosni Mubarak', 'and Kabul said so'),
  );
  const of = (w: string) => flags.get(hashFolded(w));
  // "Police" first in its sentence, "police" lower case elsewhere: LOWER only
  assert.equal(of('police'), 1);
  // after a title (the period of "Mr." skipped, so "Mr. Bush" reads as a run), capitalised inside
  assert.equal(of('Bush'), 2 | 4 | 8);
  // a run of two capitalised words
  assert.equal(of('mubarak'), 2 | 8);
  assert.equal(of('Kabul'), 2 | 16);
  assert.equal(of('Baghdad'), 0);
});

test('HashBytes ORs bits per key and answers 0 for absent keys', () => {
  const t = new HashBytes(4);
  for (let k = 1; k <= 100; k++) t.add(k * 7919, k & 3);
  t.add(7919, 4);
  assert.equal(t.get(7919), 5);
  assert.equal(t.get(2 * 7919), 2);
  assert.ok(t.has(0) === false && t.get(123) === 0);
});
