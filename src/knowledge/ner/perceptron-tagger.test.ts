import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractFeatures, FEATURES_PER_TOKEN } from './extract-features.ts';
import { LABEL_COUNT } from './labels.ts';
import { decodeModel, encodeModel } from './model-format.ts';
import { PerceptronTagger } from './perceptron-tagger.ts';
import { EDGE, OUTSIDE, TRANSITION_SIZE, viterbi } from './viterbi.ts';

const L = LABEL_COUNT;
const F = FEATURES_PER_TOKEN;
const BITS = 12;

/** A random dense model: about half the buckets pruned, the rest with weights in [-4, 4]. */
function randomModel(seed: number) {
  let s = seed;
  const rand = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const weights = new Float32Array((1 << BITS) * L);
  for (let b = 0; b < 1 << BITS; b++)
    if (rand() < 0.5) for (let y = 0; y < L; y++) weights[b * L + y] = Math.round(rand() * 8 - 4);
  const transitions = Float32Array.from({ length: TRANSITION_SIZE }, () => rand() * 2 - 1);
  return decodeModel(encodeModel({ bits: BITS, weights, transitions }, 1));
}

/** The tagger's scores the plain way: every feature of every token looked up and summed. */
function referenceTags(
  params: ReturnType<typeof randomModel>,
  words: string[],
  dict: (string | undefined)[],
) {
  const n = words.length;
  const feats = new Uint32Array(n * F);
  extractFeatures(words, dict, feats);
  const rowOf = new Map<number, number>();
  let r = 0;
  for (let b = 0; b < 1 << BITS; b++) {
    const block = params.rowIndex[(b >>> 5) * 2 + 1]!;
    if (block & (1 << (b & 31))) rowOf.set(b, r++);
  }
  const emit = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const sums = new Int32Array(L);
    for (let k = 0; k < F; k++) {
      const row = rowOf.get(feats[i * F + k]! >>> (32 - BITS));
      if (row !== undefined) for (let y = 0; y < L; y++) sums[y]! += params.weights[row * L + y]!;
    }
    for (let y = 0; y < L; y++) emit[i * L + y] = sums[y]! * params.scale;
  }
  // decoded: tokens within one of a capitalised / digit / dictionary token; the rest stay O
  const candidate = words.map((w, i) => /[A-Z0-9]/.test(w) || dict[i] !== undefined);
  const decoded = words.map((_, i) => candidate.slice(Math.max(0, i - 1), i + 2).some(Boolean));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!decoded[i] || decoded[i - 1]) continue;
    let j = i;
    while (j < n && decoded[j]) j++;
    viterbi(emit, j - i, params.transitions, out, i, i === 0 ? EDGE : OUTSIDE, j === n ? EDGE : OUTSIDE);
  }
  return out;
}

test('cached per-word scores tag exactly as summing every feature, lower-case stretches far from names as O', () => {
  const params = randomModel(7);
  const tagger = new PerceptronTagger(params);
  const word = fc.constantFrom(
    'Ali',
    'said',
    'in',
    'BASRA',
    'Mosul',
    'the',
    'Kataib',
    'al-Sadr',
    ',',
    '2021',
  );
  const tag = fc.constantFrom(undefined, 'place-U', 'person-B', 'organization-L');
  fc.assert(
    fc.property(fc.array(fc.tuple(word, tag), { minLength: 1, maxLength: 12 }), (pairs) => {
      const words = pairs.map((p) => p[0]);
      const dict = pairs.map((p) => p[1]);
      assert.deepEqual(tagger.tagIndexes(words, { dictionary: dict }), referenceTags(params, words, dict));
    }),
    { numRuns: 300 },
  );
});
