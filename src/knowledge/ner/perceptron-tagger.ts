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
/**
 * The word's own templates, the two that mix it with "first in the sentence", and the bias
 * (the same for every token, so it can ride along in every word's own part).
 */
const OWN_TEMPLATES = [BIAS_TEMPLATE, ...INTRINSIC_TEMPLATES, ...FIRST_WORD_TEMPLATES];
const ROLE_PARTS = 4;
/** Role templates: features of token i that depend only on word i-1, i+1, i-2, i+2 (or the edge). */
const ROLE_TEMPLATES = NEIGHBOUR_TEMPLATES.map((r) => r.templates);
const ROLE_OFFSETS = NEIGHBOUR_TEMPLATES.map((r) => r.offset);
const PARTS = ROLE_PARTS + ROLE_TEMPLATES.length;
const MASK = PARTS * L;
const REST_TEMPLATES = CONTEXT_TEMPLATES.filter(
  (k) => !ROLE_TEMPLATES.some((r) => r.includes(k)) && !OWN_TEMPLATES.includes(k),
);

function newEntry(): Int32Array {
  return new Int32Array(PARTS * L + 1);
}

/**
 * Fills part `part` of `entry` from token i's features unless it is there already. Token i's
 * features are written on the first miss (`written` says whether they are); returns whether
 * they are written now. Most tokens miss nothing, and then only the uncached templates are
 * ever computed.
 */
function ensurePart(
  p: TaggerParams,
  entry: Int32Array,
  part: number,
  i: number,
  templates: readonly number[],
  written: boolean,
): boolean {
  const bit = 1 << part;
  if ((entry[MASK]! & bit) !== 0) return written;
  if (!written) writeFeatures(i, feats, true);
  addRows(p, feats, i * F, templates, entry, part * L);
  entry[MASK]! |= bit;
  return true;
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
      const entry = entries[i]!;
      const own = (shouted ? SHOUTED_PART : 0) + (i === 0 ? FIRST_PART : 0);
      let written = ensurePart(params, entry, own, i, OWN_TEMPLATES, false);
      sums.fill(0);
      addScores(sums, entry, own * L);
      for (let r = 0; r < ROLE_TEMPLATES.length; r++) {
        const j = i + ROLE_OFFSETS[r]!;
        const other = j >= 0 && j < n ? entries[j]! : edge;
        const part = ROLE_PARTS + r;
        written = ensurePart(params, other, part, i, ROLE_TEMPLATES[r]!, written);
        addScores(sums, other, part * L);
      }
      if (!written) writeFeatures(i, feats, false);
      addRows(params, feats, i * F, REST_TEMPLATES, sums, 0);
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
