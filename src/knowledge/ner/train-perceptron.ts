// Training of the averaged structured perceptron (Collins 2002): decode each sentence with
// the current weights, and where the best sequence differs from the gold one, reward the gold
// features/transitions and penalise the predicted ones. Averaging uses the "w − u/c" trick,
// so the averaged weights cost one extra array and no per-feature timestamps.
import type { DocumentFlags } from './document-flags.ts';
import { extractFeatures, FEATURES_PER_TOKEN } from './extract-features.ts';
import { LABEL_COUNT } from './labels.ts';
import type { DenseModel } from './model-format.ts';
import { constrainTransitions, TRANSITION_SIZE, viterbi } from './viterbi.ts';

const L = LABEL_COUNT;
const F = FEATURES_PER_TOKEN;

/** Training sentences with their features already hashed into buckets. */
export interface TrainingSet {
  bits: number;
  /** F bucket ids per token, all sentences concatenated */
  buckets: Uint32Array;
  /** gold label index per token */
  labels: Uint8Array;
  /** sentence s covers tokens [offsets[s], offsets[s+1]) */
  offsets: Uint32Array;
}

export interface TrainingSentence {
  words: readonly string[];
  dictionary?: readonly (string | undefined)[];
  /** how the sentence's words appear in its document */
  document?: DocumentFlags;
  labels: Uint8Array;
}

export function buildTrainingSet(sentences: readonly TrainingSentence[], bits: number): TrainingSet {
  const total = sentences.reduce((s, x) => s + x.words.length, 0);
  const buckets = new Uint32Array(total * F);
  const labels = new Uint8Array(total);
  const offsets = new Uint32Array(sentences.length + 1);
  const shift = 32 - bits;
  let feats = new Uint32Array(F * 256);
  let t = 0;
  sentences.forEach((s, k) => {
    const n = s.words.length;
    if (feats.length < n * F) feats = new Uint32Array(n * F * 2);
    extractFeatures(s.words, s.dictionary, feats, s.document);
    for (let i = 0; i < n * F; i++) buckets[t * F + i] = feats[i]! >>> shift;
    labels.set(s.labels, t);
    t += n;
    offsets[k + 1] = t;
  });
  return { bits, buckets, labels, offsets };
}

/** Deterministic PRNG (mulberry32) so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** called after each epoch with the averaged model; returns a score (higher is better) */
  onEpoch?: (epoch: number, model: DenseModel) => number;
}

class Perceptron {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly tw = new Float32Array(TRANSITION_SIZE);
  readonly tu = new Float64Array(TRANSITION_SIZE);
  readonly decodeTrans = constrainTransitions(new Float32Array(TRANSITION_SIZE));
  c = 1;

  constructor(readonly bits: number) {
    this.w = new Float32Array((1 << bits) * L);
    this.u = new Float64Array((1 << bits) * L);
  }

  emissions(set: TrainingSet, from: number, n: number, out: Float32Array): void {
    out.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const f0 = (from + i) * F;
      for (let k = 0; k < F; k++) {
        const w0 = set.buckets[f0 + k]! * L;
        for (let y = 0; y < L; y++) out[i * L + y]! += this.w[w0 + y]!;
      }
    }
  }

  updateFeatures(set: TrainingSet, token: number, label: number, d: number): void {
    const f0 = token * F;
    for (let k = 0; k < F; k++) {
      const j = set.buckets[f0 + k]! * L + label;
      this.w[j]! += d;
      this.u[j]! += this.c * d;
    }
  }

  updateTransition(p: number, q: number, d: number): void {
    const j = p * (L + 1) + q;
    this.tw[j]! += d;
    this.tu[j]! += this.c * d;
    this.decodeTrans[j]! += d;
  }

  averaged(): DenseModel {
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i]! - this.u[i]! / this.c;
    const transitions = new Float32Array(TRANSITION_SIZE);
    for (let i = 0; i < TRANSITION_SIZE; i++) transitions[i] = this.tw[i]! - this.tu[i]! / this.c;
    return { bits: this.bits, weights, transitions };
  }
}

function trainSentence(p: Perceptron, set: TrainingSet, s: number, emit: Float32Array, pred: Uint8Array) {
  const from = set.offsets[s]!;
  const n = set.offsets[s + 1]! - from;
  if (n === 0) return;
  p.emissions(set, from, n, emit);
  viterbi(emit, n, p.decodeTrans, pred);
  let prevGold = L;
  let prevPred = L;
  for (let i = 0; i <= n; i++) {
    const gold = i < n ? set.labels[from + i]! : L;
    const guess = i < n ? pred[i]! : L;
    if (i < n && gold !== guess) {
      p.updateFeatures(set, from + i, gold, 1);
      p.updateFeatures(set, from + i, guess, -1);
    }
    if (gold !== guess || prevGold !== prevPred) {
      p.updateTransition(prevGold, gold, 1);
      p.updateTransition(prevPred, guess, -1);
    }
    prevGold = gold;
    prevPred = guess;
  }
  p.c++;
}

/** Trains for `epochs` passes in a seeded random order; returns the best epoch's averaged model. */
export function trainPerceptron(set: TrainingSet, options: TrainOptions): DenseModel {
  const p = new Perceptron(set.bits);
  const random = seededRandom(options.seed);
  const count = set.offsets.length - 1;
  const order = Array.from({ length: count }, (_, i) => i);
  let longest = 0;
  for (let s = 0; s < count; s++) longest = Math.max(longest, set.offsets[s + 1]! - set.offsets[s]!);
  const emit = new Float32Array(longest * L);
  const pred = new Uint8Array(longest);
  let best: { score: number; model: DenseModel } | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) trainSentence(p, set, s, emit, pred);
    const model = p.averaged();
    const score = options.onEpoch ? options.onEpoch(epoch, model) : epoch;
    if (!best || score > best.score) best = { score, model };
  }
  return best?.model ?? p.averaged();
}
