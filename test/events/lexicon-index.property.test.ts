// The first-word mask is only a shortcut: on any words, `find`, `occursIn`, `scan` and
// `endsAt` on indexed words give what plain `matchAt` on the words gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  getLexicon,
  type IndexedWords,
  isWordOf,
  type PhraseMatcher,
} from '../../src/pipeline/events/lexicon.ts';

const lex = getLexicon();
const matchers: [string, PhraseMatcher<unknown>][] = [
  ['triggers', lex.triggers],
  ['contentCues', lex.contentCues],
  ['genericActors', lex.genericActors],
  ['numbers', lex.numbers],
  ...Object.entries(lex.cues),
  ...Object.entries(lex.classes),
];

// every word that starts a pattern, a few that follow one, and words that start none
const vocabulary = [
  ...new Set(matchers.flatMap(([, m]) => [...m.firstWords()].slice(0, 40))),
  'out',
  'by',
  'the',
  'to',
  'of',
  'dead',
  'zzz',
  '.',
  ',',
];

function indexed(words: string[]): IndexedWords {
  return { words, starts: Uint32Array.from(words, (w) => lex.startMask(w)) };
}

function naiveScan(m: PhraseMatcher<unknown>, words: string[], from: number, to: number) {
  const out = [];
  for (let i = from; i < to; i++) {
    const hit = m.matchAt(words, i, to);
    if (hit) {
      out.push(hit);
      i = hit.end - 1;
    }
  }
  return out;
}

test('a word class bit is membership of the class', () => {
  for (const [name, cls] of Object.entries(lex.classes)) {
    const members = new Set(cls.firstWords());
    const iw = indexed(vocabulary);
    for (const [i, w] of vocabulary.entries())
      assert.equal(isWordOf(iw, i, cls), members.has(w), `${name}: ${w}`);
  }
  assert.ok(isWordOf(indexed(['?']), 0, lex.classes.hardStop), 'a literal "?" is no pattern syntax');
});

test('indexed matching equals plain matching on random words', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }),
      fc.nat(31),
      fc.nat(31),
      (words, a, b) => {
        const iw = indexed(words);
        const [from, to] = a <= b ? [a, b] : [b, a];
        for (const [name, m] of matchers) {
          for (let i = -1; i <= words.length; i++)
            assert.deepEqual(m.find(iw, i, to), m.matchAt(words, i, to), `${name} at ${i}`);
          let any = false;
          for (let i = from; i < to && !any; i++) any = !!m.matchAt(words, i, to);
          assert.equal(m.occursIn(iw, from, to), any, name);
          assert.deepEqual(
            m.scan(iw, from, Math.min(to, words.length)),
            naiveScan(m, words, from, Math.min(to, words.length)),
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});
