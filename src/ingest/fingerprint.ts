// Near-duplicate fingerprints: MinHash over word 3-shingles of the main text, with LSH bands
// so the store finds candidates by key instead of comparing every pair. Measured on our
// fixtures (fingerprint.test.ts): syndicated copies ≈ 0.9, a light rewrite ≈ 0.55, an
// independent report of the same event < 0.1; template-built synthetic articles 0.2–0.32.
// 120 slots keep the estimate's noise near 0.045, so a 0.4 threshold separates rewrites
// from unrelated articles; 40 bands of 3 rows make a pair at 0.45 a candidate 98% of times.
export const SIGNATURE_SIZE = 120;
export const BAND_ROWS = 3;
export const SHINGLE_WORDS = 3;
export const CLUSTER_THRESHOLD = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;

/** fmix32 of MurmurHash3: a cheap 32-bit mixer good enough to act as a random permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Per-slot permutations: x → mix-lite((x ^ a) * b) with odd b. The shingle hashes are already
// well mixed, so two multiply-xor steps per slot are enough (and 3× cheaper than fmix32).
const XOR = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));
const MUL = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x85ebca6b ^ (i * 0x27d4eb2f)) | 1);

/** Hashes of the distinct word shingles of `text` (case and punctuation ignored). */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = words.map(fnv1a);
  const out = new Set<number>();
  if (hashes.length < SHINGLE_WORDS) {
    if (hashes.length) out.add(mix(hashes.reduce((h, w) => Math.imul(h, 31) ^ w, 7)));
    return out;
  }
  // a shingle's hash combines its words' hashes, position-sensitively
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    out.add(mix(Math.imul(hashes[i]!, 0x9e3779b1) ^ Math.imul(hashes[i + 1]!, 0x85ebca77) ^ hashes[i + 2]!));
  }
  return out;
}

export function minhash(text: string): number[] {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let v = Math.imul(h ^ XOR[k]!, MUL[k]!);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig);
}

export function lshBands(sig: readonly number[], rows = BAND_ROWS): string[] {
  const bands: string[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    bands.push(`${b}:${fnv1a(sig.slice(b * rows, (b + 1) * rows).join(',')).toString(36)}`);
  }
  return bands;
}

export function fingerprint(text: string): { minhash: number[]; bands: string[] } {
  const sig = minhash(text);
  return { minhash: sig, bands: lshBands(sig) };
}

/** Exact Jaccard similarity of two texts' shingle sets (for measuring, not at scale). */
export function jaccard(a: string, b: string): number {
  const sa = shingleHashes(a);
  const sb = shingleHashes(b);
  let inter = 0;
  for (const h of sa) if (sb.has(h)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}
