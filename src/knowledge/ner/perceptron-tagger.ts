// The run-time tagger: hashed features → per-label emission scores → Viterbi. Weights are
// stored sparsely: `rowOf[bucket]` is the row of a kept feature bucket (-1 when pruned), and
// each row holds one int8 score per label. The summed scores of a word's own features
// (INTRINSIC_TEMPLATES) are cached per word, which saves about 40% of the random memory reads
// that dominate tagging time.
import type { NerModel, NerTokenContext } from '../types.ts';
import { extractFeatures, FEATURES_PER_TOKEN, INTRINSIC_TEMPLATES } from './extract-features.ts';
import { LABEL_COUNT, LABELS } from './labels.ts';
import { viterbi } from './viterbi.ts';

export interface TaggerParams {
  /** features hash into 2^bits buckets */
  bits: number;
  rowOf: Int32Array;
  /** rows × LABEL_COUNT quantised scores; a score is weights[i] × scale */
  weights: Int8Array;
  scale: number;
  /** (L+1)×(L+1) transition scores, BILOU constraints included */
  transitions: Float32Array;
}

const L = LABEL_COUNT;
const F = FEATURES_PER_TOKEN;
const MAX_CACHED_WORDS = 50_000;
const CONTEXT_TEMPLATES = Array.from({ length: F }, (_, k) => k).filter(
  (k) => !INTRINSIC_TEMPLATES.includes(k),
);

let feats = new Uint32Array(F * 64);
let emit = new Float32Array(L * 64);

function ensure(n: number): void {
  if (feats.length < n * F) feats = new Uint32Array(n * F * 2);
  if (emit.length < n * L) emit = new Float32Array(n * L * 2);
}

function addRows(
  p: TaggerParams,
  features: Uint32Array,
  f0: number,
  templates: readonly number[],
  sums: Int32Array,
) {
  const shift = 32 - p.bits;
  for (let t = 0; t < templates.length; t++) {
    const row = p.rowOf[features[f0 + templates[t]!]! >>> shift]!;
    if (row < 0) continue;
    const w = row * L;
    for (let y = 0; y < L; y++) sums[y]! += p.weights[w + y]!;
  }
}

export class PerceptronTagger implements NerModel {
  readonly labels: readonly string[] = LABELS;
  private readonly wordScores = new Map<string, Int32Array>();
  private readonly sums = new Int32Array(L);

  constructor(private readonly params: TaggerParams) {}

  /** Summed int8 scores of the word's own features, cached per word (and shouting mode). */
  private intrinsic(word: string, shouted: boolean, f0: number): Int32Array {
    const key = shouted ? `\u0000${word}` : word;
    let scores = this.wordScores.get(key);
    if (!scores) {
      scores = new Int32Array(L);
      addRows(this.params, feats, f0, INTRINSIC_TEMPLATES, scores);
      if (this.wordScores.size >= MAX_CACHED_WORDS) this.wordScores.clear();
      this.wordScores.set(key, scores);
    }
    return scores;
  }

  /** Label indexes (see labels.ts) for the words of one sentence. */
  tagIndexes(words: readonly string[], context?: NerTokenContext): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    ensure(n);
    const shouted = extractFeatures(words, context?.dictionary, feats);
    const { sums } = this;
    const { scale } = this.params;
    for (let i = 0; i < n; i++) {
      sums.set(this.intrinsic(words[i]!, shouted, i * F));
      addRows(this.params, feats, i * F, CONTEXT_TEMPLATES, sums);
      for (let y = 0; y < L; y++) emit[i * L + y] = sums[y]! * scale;
    }
    viterbi(emit, n, this.params.transitions, out);
    return out;
  }

  tagSentence(words: readonly string[], context?: NerTokenContext): string[] {
    return Array.from(this.tagIndexes(words, context), (y) => LABELS[y]!);
  }
}
