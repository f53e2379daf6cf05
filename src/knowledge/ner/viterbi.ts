// First-order Viterbi decoding over BILOU labels. Transition scores live in an
// (L+1)×(L+1) matrix whose extra row is "sentence start" and extra column "sentence end";
// transitions BILOU forbids carry a large negative score, so decoding always yields
// well-formed spans.
import { isAllowedTransition, LABEL_COUNT } from './labels.ts';

const L = LABEL_COUNT;
export const TRANSITION_SIZE = (L + 1) * (L + 1);
const FORBIDDEN = -1e9;

/** Adds the BILOU constraints to learned transition scores (in place). */
export function constrainTransitions(trans: Float32Array): Float32Array {
  for (let p = 0; p <= L; p++) {
    for (let q = 0; q <= L; q++) {
      const from = p === L ? -1 : p;
      if (from === -1 && q === L) continue;
      if (!isAllowedTransition(from, q)) trans[p * (L + 1) + q] = FORBIDDEN;
    }
  }
  return trans;
}

/** For each label, the labels allowed before it (BILOU): 7 for O/B/U, 2 for I/L — a third of L². */
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: L }, (_, y) =>
  Uint8Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => isAllowedTransition(p, y))),
);

let delta = new Float32Array(L * 64);
let back = new Uint8Array(L * 64);

/** Transition row / column meaning "sentence start" (row) or "sentence end" (column). */
export const EDGE = L;
/** Label index of O: a window of tokens between two O tokens starts after O and ends before O. */
export const OUTSIDE = 0;

/**
 * Best label sequence for the `n` tokens from `from` given emission scores `emit[i*L + y]`,
 * written to `out[from…]`. `before` is the transition row the first token follows (EDGE at the
 * sentence start, OUTSIDE after a token known to be O) and `after` the column the last token
 * precedes, so a sentence can be decoded in independent windows between tokens fixed as O.
 */
export function viterbi(
  emit: Float32Array,
  n: number,
  trans: Float32Array,
  out: Uint8Array,
  from = 0,
  before = EDGE,
  after = EDGE,
): void {
  if (n === 0) return;
  if (delta.length < n * L) {
    delta = new Float32Array(n * L * 2);
    back = new Uint8Array(n * L * 2);
  }
  const W = L + 1;
  const e0 = from * L;
  for (let y = 0; y < L; y++) delta[y] = emit[e0 + y]! + trans[before * W + y]!;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prev = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[y]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const v = delta[prev + p]! + trans[p * W + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[base + y] = best + emit[e0 + base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const v = delta[last + y]! + trans[y * W + after]!;
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    arg = back[i * L + arg]!;
  }
}
