// The binary model file (knowledge/build/ner-model.bin, gzip-compressed):
//   "MNER" | version u32 | bits u32 | labels u32 | features u32 | rows u32 | scale f32
//   transitions f32 × (L+1)² | bucket ids u32 × rows (ascending) | weights i8 × rows × L
// Weights are quantised to int8 with one scale: the averaged perceptron's scores are sums of
// ~30 terms, and the rounding error (±scale/2 each) is far below the decision margins that
// matter (checked on dev by the training script).
import { FEATURES_PER_TOKEN } from './extract-features.ts';
import { LABEL_COUNT } from './labels.ts';
import type { TaggerParams } from './perceptron-tagger.ts';
import { constrainTransitions, TRANSITION_SIZE } from './viterbi.ts';

const MAGIC = 0x52454e4d; // "MNER" little-endian
const VERSION = 2;
const HEADER_BYTES = 28;

/** Dense averaged weights as the trainer produces them. */
export interface DenseModel {
  bits: number;
  /** 2^bits × L */
  weights: Float32Array;
  /** (L+1)² learned transition scores, unconstrained */
  transitions: Float32Array;
}

/** Keeps buckets whose largest |weight| reaches `minWeight` and quantises them to int8. */
export function encodeModel(model: DenseModel, minWeight: number): Uint8Array {
  const L = LABEL_COUNT;
  const buckets = 1 << model.bits;
  const kept: number[] = [];
  let maxAbs = 0;
  for (let b = 0; b < buckets; b++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(model.weights[b * L + y]!));
    if (m >= minWeight && m > 0) {
      kept.push(b);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  const scale = maxAbs / 127 || 1;
  const rows = kept.length;
  const size = HEADER_BYTES + TRANSITION_SIZE * 4 + rows * 4 + rows * L;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, model.bits, true);
  view.setUint32(12, L, true);
  view.setUint32(16, FEATURES_PER_TOKEN, true);
  view.setUint32(20, rows, true);
  view.setFloat32(24, scale, true);
  let o = HEADER_BYTES;
  for (let t = 0; t < TRANSITION_SIZE; t++, o += 4) view.setFloat32(o, model.transitions[t]!, true);
  for (const b of kept) {
    view.setUint32(o, b, true);
    o += 4;
  }
  const q = new Int8Array(buf, o, rows * L);
  kept.forEach((b, r) => {
    for (let y = 0; y < L; y++) q[r * L + y] = Math.round(model.weights[b * L + y]! / scale);
  });
  return new Uint8Array(buf);
}

/** Reads a model file's (decompressed) bytes into tagger parameters. */
export function decodeModel(bytes: Uint8Array): TaggerParams {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('ner model: not a Marsad NER model file');
  const version = view.getUint32(4, true);
  if (version !== VERSION)
    throw new Error(`ner model: version ${version}, expected ${VERSION}; run npm run train:ner`);
  const bits = view.getUint32(8, true);
  const L = view.getUint32(12, true);
  if (L !== LABEL_COUNT)
    throw new Error(`ner model: ${L} labels, expected ${LABEL_COUNT}; run npm run train:ner`);
  const features = view.getUint32(16, true);
  if (features !== FEATURES_PER_TOKEN)
    throw new Error(
      `ner model: ${features} feature templates, expected ${FEATURES_PER_TOKEN}; run npm run train:ner`,
    );
  const rows = view.getUint32(20, true);
  const scale = view.getFloat32(24, true);
  // typed views need aligned offsets: copy once if the decompressed buffer is not aligned
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  let o = data.byteOffset + HEADER_BYTES;
  const transitions = new Float32Array(data.buffer.slice(o, o + TRANSITION_SIZE * 4));
  o += TRANSITION_SIZE * 4;
  const ids = new Uint32Array(data.buffer, o, rows);
  o += rows * 4;
  const rowIndex = buildRowIndex(bits, ids);
  // kept as int8 (4× less memory to walk than float32); the tagger applies `scale` once per token
  const weights = new Int8Array(data.buffer.slice(o, o + rows * L));
  return { bits, rowIndex, weights, scale, transitions: constrainTransitions(transitions) };
}

/** The rank bitmap of kept buckets (see TaggerParams.rowIndex); `ids` ascending. */
function buildRowIndex(bits: number, ids: Uint32Array): Uint32Array {
  const blocks = Math.max(1, (1 << bits) >>> 5);
  const index = new Uint32Array(blocks * 2);
  for (let r = 0; r < ids.length; r++) index[(ids[r]! >>> 5) * 2 + 1]! |= 1 << (ids[r]! & 31);
  let before = 0;
  for (let b = 0; b < blocks; b++) {
    index[b * 2] = before;
    let m = index[b * 2 + 1]!;
    for (; m !== 0; m &= m - 1) before++;
  }
  return index;
}
