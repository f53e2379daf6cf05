// The run-time tagger: hashed features → per-label emission scores → Viterbi. Weights are
// stored sparsely: `rowOf[bucket]` is the row of a kept feature bucket (-1 when pruned), and
// each row holds one score per label.
import type { NerModel, NerTokenContext } from '../types.ts';
import { extractFeatures, FEATURES_PER_TOKEN } from './extract-features.ts';
import { LABEL_COUNT, LABELS } from './labels.ts';
import { viterbi } from './viterbi.ts';

export interface TaggerParams {
  /** features hash into 2^bits buckets */
  bits: number;
  rowOf: Int32Array;
  /** rows × LABEL_COUNT scores */
  weights: Float32Array;
  /** (L+1)×(L+1) transition scores, BILOU constraints included */
  transitions: Float32Array;
}

const L = LABEL_COUNT;

let feats = new Uint32Array(FEATURES_PER_TOKEN * 64);
let emit = new Float32Array(L * 64);

function ensure(n: number): void {
  if (feats.length < n * FEATURES_PER_TOKEN) feats = new Uint32Array(n * FEATURES_PER_TOKEN * 2);
  if (emit.length < n * L) emit = new Float32Array(n * L * 2);
}

/** Emission scores of `n` tokens whose features are in `feats` (sparse rows). */
export function scoreEmissions(
  p: TaggerParams,
  features: Uint32Array,
  n: number,
  out: Float32Array,
): Float32Array {
  const shift = 32 - p.bits;
  const { rowOf, weights } = p;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const f0 = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const row = rowOf[features[f0 + k]! >>> shift]!;
      if (row < 0) continue;
      const w = row * L;
      for (let y = 0; y < L; y++) out[o + y]! += weights[w + y]!;
    }
  }
  return out;
}

export class PerceptronTagger implements NerModel {
  readonly labels: readonly string[] = LABELS;

  constructor(private readonly params: TaggerParams) {}

  /** Label indexes (see labels.ts) for the words of one sentence. */
  tagIndexes(words: readonly string[], context?: NerTokenContext): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    ensure(n);
    extractFeatures(words, context?.dictionary, feats);
    scoreEmissions(this.params, feats, n, emit);
    viterbi(emit, n, this.params.transitions, out);
    return out;
  }

  tagSentence(words: readonly string[], context?: NerTokenContext): string[] {
    return Array.from(this.tagIndexes(words, context), (y) => LABELS[y]!);
  }
}
