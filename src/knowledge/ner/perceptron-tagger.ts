// The run-time tagger: hashed features → per-label emission scores → Viterbi. Weights are
// stored sparsely: `rowIndex` says which feature buckets were kept and the row of each (see
// rowOf), and each row holds one int8 score per label. Random memory reads dominate tagging
// time, so the summed scores of every feature that depends on one word only (its own features,
// and its features as a neighbour: "previous word = X") are cached per word; about 15 of the 39
// features per token are then read from the model.
import type { NerModel, NerTokenContext } from '../types.ts';
import { type DocumentFlags, type DocumentWords, flagsOfDocument } from './document-flags.ts';
import {
  analyseSentence,
  BIAS_TEMPLATE,
  DECODED,
  FEATURES_PER_TOKEN,
  FIRST_WORD_TEMPLATES,
  INTRINSIC_TEMPLATES,
  NEIGHBOUR_TEMPLATES,
  SKIPPED,
  writeFeatures,
} from './extract-features.ts';
import { LABEL_COUNT, LABELS } from './labels.ts';
import { EDGE, OUTSIDE, viterbi } from './viterbi.ts';

export interface TaggerParams {
  /** features hash into 2^bits buckets */
  bits: number;
  /**
   * Kept buckets as a rank bitmap: for each block of 32 buckets, [rows before the block, bit
   * mask of kept buckets]. 8 bytes per 32 buckets instead of 4 per bucket (256 KB rather than
   * 4 MB for 2^20 buckets), so the look-ups, the random reads that dominate tagging, stay in
   * the CPU cache.
   */
  rowIndex: Uint32Array;
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
/** Per-token window marks of the current sentence (see extractFeatures) */
let marks = new Uint8Array(64);

function ensure(n: number): void {
  if (feats.length < n * F) feats = new Uint32Array(n * F * 2);
  if (emit.length < n * L) emit = new Float32Array(n * L * 2);
  if (marks.length < n) marks = new Uint8Array(n * 2);
}

/** Population count of a 32-bit mask. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The weight row of a feature bucket, -1 when the bucket was pruned. */
export function rowOf(rowIndex: Uint32Array, bucket: number): number {
  const at = (bucket >>> 5) << 1;
  const mask = rowIndex[at + 1]!;
  const bit = 1 << (bucket & 31);
  if ((mask & bit) === 0) return -1;
  return rowIndex[at]! + popcount(mask & (bit - 1));
}

function addRows(
  p: TaggerParams,
  features: Uint32Array,
  f0: number,
  templates: readonly number[],
  sums: Int32Array,
  at: number,
) {
  const shift = 32 - p.bits;
  for (let t = 0; t < templates.length; t++) {
    const row = rowOf(p.rowIndex, features[f0 + templates[t]!]! >>> shift);
    if (row < 0) continue;
    const w = row * L;
    for (let y = 0; y < L; y++) sums[at + y]! += p.weights[w + y]!;
  }
}

/** Adds `L` scores of `from` (at `at`) to `sums`. */
function addScores(sums: Int32Array, from: Int32Array, at: number): void {
  for (let y = 0; y < L; y++) sums[y]! += from[at + y]!;
}

/**
 * A word's cached score parts, L scores each: its own features (four variants: in a shouted
 * line or not, first in the sentence or not), then what it adds to the word after it, before
 * it, two after and two before. Integer sums do not depend on the order of addition, so
 * regrouping the features this way changes no score.
 */
const SHOUTED_PART = 1;
const FIRST_PART = 2;
/** The word's own templates plus the two that mix it with "first in the sentence". */
const OWN_TEMPLATES = [...INTRINSIC_TEMPLATES, ...FIRST_WORD_TEMPLATES];
const BIAS_TEMPLATES = [BIAS_TEMPLATE];
const ROLE_PARTS = 4;
/** Role templates: features of token i that depend only on word i-1, i+1, i-2, i+2 (or the edge). */
const ROLE_TEMPLATES = NEIGHBOUR_TEMPLATES.map((r) => r.templates);
const ROLE_OFFSETS = NEIGHBOUR_TEMPLATES.map((r) => r.offset);
const PARTS = ROLE_PARTS + ROLE_TEMPLATES.length;
const MASK = PARTS * L;
const REST_TEMPLATES = CONTEXT_TEMPLATES.filter(
  (k) =>
    !ROLE_TEMPLATES.some((r) => r.includes(k)) && !OWN_TEMPLATES.includes(k) && !BIAS_TEMPLATES.includes(k),
);

function newEntry(): Int32Array {
  return new Int32Array(PARTS * L + 1);
}

/** Fills part `part` of `entry` from token features at `f0` unless it is there already. */
function ensurePart(
  p: TaggerParams,
  entry: Int32Array,
  part: number,
  f0: number,
  templates: readonly number[],
) {
  const bit = 1 << part;
  if ((entry[MASK]! & bit) !== 0) return;
  addRows(p, feats, f0, templates, entry, part * L);
  entry[MASK]! |= bit;
}

/**
 * Viterbi over each run of DECODED tokens; the tokens between runs stay O (out is zeroed), so
 * a run that follows or precedes one is decoded after / before O.
 */
function decodeWindows(emit: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  let i = 0;
  while (i < n) {
    if (marks[i] !== DECODED) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && marks[j] === DECODED) j++;
    viterbi(emit, j - i, trans, out, i, i === 0 ? EDGE : OUTSIDE, j === n ? EDGE : OUTSIDE);
    i = j;
  }
}

export class PerceptronTagger implements NerModel {
  readonly labels: readonly string[] = LABELS;
  private readonly wordScores = new Map<string, Int32Array>();
  /** Role parts for a neighbour beyond the sentence edge (constant features). */
  private readonly edge = newEntry();
  /** The bias feature's scores (the same for every token); filled on first use */
  private readonly bias = newEntry();
  /** The current sentence's word entries (reused between sentences). */
  private readonly entries: Int32Array[] = [];
  private readonly sums = new Int32Array(L);

  /** The last document's flags: its sentences are tagged one after another */
  private documentSeen: DocumentWords['tokens'] | undefined;
  private documentFlags: DocumentFlags | undefined;

  constructor(private readonly params: TaggerParams) {}

  private flagsOf(doc: DocumentWords): DocumentFlags {
    if (this.documentSeen !== doc.tokens || !this.documentFlags) {
      this.documentFlags = flagsOfDocument(doc);
      this.documentSeen = doc.tokens;
    }
    return this.documentFlags;
  }

  private entryOf(word: string): Int32Array {
    let entry = this.wordScores.get(word);
    if (!entry) {
      entry = newEntry();
      if (this.wordScores.size >= MAX_CACHED_WORDS) this.wordScores.clear();
      this.wordScores.set(word, entry);
    }
    return entry;
  }

  /** Are token i's own part and its neighbours' role parts all cached (its cacheable features unneeded)? */
  private cached(entries: Int32Array[], i: number, n: number, own: number): boolean {
    if ((entries[i]![MASK]! & (1 << own)) === 0 || (this.bias[MASK]! & 1) === 0) return false;
    for (let r = 0; r < ROLE_OFFSETS.length; r++) {
      const j = i + ROLE_OFFSETS[r]!;
      const other = j >= 0 && j < n ? entries[j]! : this.edge;
      if ((other[MASK]! & (1 << (ROLE_PARTS + r))) === 0) return false;
    }
    return true;
  }

  /** Label indexes (see labels.ts) for the words of one sentence. */
  tagIndexes(words: readonly string[], context?: NerTokenContext): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    ensure(n);
    const flags = context?.document ? this.flagsOf(context.document) : undefined;
    const shouted = analyseSentence(words, context?.dictionary, marks, flags);
    const { sums, params, entries, edge } = this;
    for (let i = 0; i < n; i++) if (marks[i] !== SKIPPED) entries[i] = this.entryOf(words[i]!);
    for (let i = 0; i < n; i++) {
      if (marks[i] !== DECODED) continue;
      const f0 = i * F;
      const entry = entries[i]!;
      const own = (shouted ? SHOUTED_PART : 0) + (i === 0 ? FIRST_PART : 0);
      writeFeatures(i, feats, !this.cached(entries, i, n, own));
      ensurePart(params, entry, own, f0, OWN_TEMPLATES);
      ensurePart(params, this.bias, 0, f0, BIAS_TEMPLATES);
      sums.fill(0);
      addScores(sums, entry, own * L);
      addScores(sums, this.bias, 0);
      for (let r = 0; r < ROLE_TEMPLATES.length; r++) {
        const j = i + ROLE_OFFSETS[r]!;
        const other = j >= 0 && j < n ? entries[j]! : edge;
        const part = ROLE_PARTS + r;
        ensurePart(params, other, part, f0, ROLE_TEMPLATES[r]!);
        addScores(sums, other, part * L);
      }
      addRows(params, feats, f0, REST_TEMPLATES, sums, 0);
      for (let y = 0; y < L; y++) emit[i * L + y] = sums[y]! * params.scale;
    }
    entries.length = 0;
    decodeWindows(emit, n, params.transitions, out);
    return out;
  }

  tagSentence(words: readonly string[], context?: NerTokenContext): string[] {
    return Array.from(this.tagIndexes(words, context), (y) => LABELS[y]!);
  }
}
