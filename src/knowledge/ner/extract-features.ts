// Feature extraction for the tagger: a fixed number of hashed features per token, written
// into a caller-owned Uint32Array (token i's features at [i*FEATURES_PER_TOKEN, …)). Every
// feature is a template id mixed with per-token hashes computed once, so nothing here builds
// strings. The templates: word, shape, affixes, capitalisation with sentence position,
// neighbours ±2, bigrams, dictionary membership and hand-written word classes.

import type { DocumentFlags } from './document-flags.ts';
import { FNV_OFFSET, fnvStep, foldCode, hashFolded, mix, mix3 } from './feature-hash.ts';
import { wordClassOf } from './name-lists.ts';

export const FEATURES_PER_TOKEN = 38;

/**
 * Templates that depend only on the word itself (and on whether the sentence is shouted):
 * word, shape, affixes, class × case, length × case, hyphen parts. The tagger caches their
 * summed weights per word.
 */
export const INTRINSIC_TEMPLATES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 23, 27, 28, 29];

/** The bias: the same feature for every token. */
export const BIAS_TEMPLATE = 0;
/** Templates that mix the word itself (or its case) with "first in the sentence". */
export const FIRST_WORD_TEMPLATES: readonly number[] = [11, 34];
/**
 * Templates that depend only on one neighbour word (or the sentence edge), by offset: the
 * word before (its identity and suffix), after, two before, two after.
 */
export const NEIGHBOUR_TEMPLATES: readonly { offset: number; templates: readonly number[] }[] = [
  { offset: -1, templates: [12, 32] },
  { offset: 1, templates: [13, 33] },
  { offset: -2, templates: [14] },
  { offset: 2, templates: [15] },
];

const BOS = hashFolded('<s>');
const EOS = hashFolded('</s>');
const NONE = hashFolded('<none>');
const CAPS_SHAPE = hashFolded('<caps>');
const BIAS = hashFolded('<bias>');

/** Capitalisation classes. */
const CAP_PUNCT = 0;
const CAP_DIGIT = 1;
const CAP_LOWER = 2;
const CAP_INIT = 3;
const CAP_ALL = 4;
const CAP_SINGLE = 5;
const CAP_MIXED = 6;
const CAP_CAPSLINE = 7;
const CAP_EDGE = 8;
/** Only while marking windows: no ASCII letter or digit but a caseless letter (Arabic script …); read as CAP_PUNCT. */
const CAP_OTHER = 9;

/** Document flags of a word tagged without its document (see document-flags.ts). */
const NO_DOCUMENT = 64;

/** How far from a candidate token (see markWindow) the tagger still decodes. */
export const WINDOW_RADIUS = 1;
/** Window marks: token not looked at (read as O), analysed only as a neighbour, decoded. */
export const SKIPPED = 0;
export const ANALYSED = 1;
export const DECODED = 2;

interface Scratch {
  low: Uint32Array;
  shape: Uint32Array;
  cap: Uint8Array;
  cls: Uint8Array;
  dict: Uint32Array;
  affix: Uint32Array; // 8 per token: prefixes 1-4, suffixes 1-4
  stem: Uint32Array;
  head: Uint32Array;
}

let scratch: Scratch | undefined;

function getScratch(n: number): Scratch {
  if (scratch && scratch.low.length >= n) return scratch;
  const size = Math.max(n, 256, (scratch?.low.length ?? 0) * 2);
  scratch = {
    low: new Uint32Array(size),
    shape: new Uint32Array(size),
    cap: new Uint8Array(size),
    cls: new Uint8Array(size),
    dict: new Uint32Array(size),
    affix: new Uint32Array(size * 8),
    stem: new Uint32Array(size),
    head: new Uint32Array(size),
  };
  return scratch;
}

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  if (s !== s.toLowerCase()) return 88;
  if (s !== s.toUpperCase()) return 120;
  return 111; // o: other letters (Arabic script …) and symbols
}

/** Per-token hashes and classes for token `i`. */
function analyseWord(w: string, i: number, s: Scratch): void {
  let h = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let lastClass = -1;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let stem = FNV_OFFSET;
  let head = NONE;
  let hyphen = false;
  const n = w.length;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    const f = foldCode(c);
    h = fnvStep(h, f);
    if (k < 4) s.affix[i * 8 + k] = mix(h >>> 0, k + 1);
    const cc = charClass(c);
    if (cc === 88) upper++;
    else if (cc === 120) lower++;
    else if (cc === 100) digit++;
    if (cc !== lastClass) shape = fnvStep(shape, cc);
    lastClass = cc;
    if (c === 45 && k > 0 && !hyphen) {
      hyphen = true;
      head = h >>> 0;
      stem = FNV_OFFSET;
    } else if (hyphen) stem = fnvStep(stem, f);
  }
  for (let k = n; k < 4; k++) s.affix[i * 8 + k] = s.affix[i * 8 + n - 1] ?? NONE;
  let suf = FNV_OFFSET;
  for (let k = 0; k < 4; k++) {
    if (k < n) suf = fnvStep(suf, foldCode(w.charCodeAt(n - 1 - k)));
    s.affix[i * 8 + 4 + k] = mix(suf >>> 0, 10 + k);
  }
  s.low[i] = h >>> 0;
  s.shape[i] = shape >>> 0;
  s.stem[i] = hyphen ? stem >>> 0 : NONE;
  s.head[i] = head;
  s.cls[i] = wordClassOf(h >>> 0);
  const first = w.charCodeAt(0);
  const firstUpper = charClass(first) === 88;
  let cap = CAP_PUNCT;
  if (digit > 0) cap = CAP_DIGIT;
  else if (upper + lower === 0) cap = CAP_PUNCT;
  else if (upper === 0) cap = CAP_LOWER;
  else if (lower === 0) cap = upper === 1 ? CAP_SINGLE : CAP_ALL;
  else if (firstUpper && upper === 1) cap = CAP_INIT;
  else cap = CAP_MIXED;
  s.cap[i] = cap;
}

/** Capitalisation class of a word, and whether it has letters outside ASCII (no case). */
function capOf(w: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  for (let k = 0; k < w.length; k++) {
    const cc = charClass(w.charCodeAt(k));
    if (cc === 88) upper++;
    else if (cc === 120) lower++;
    else if (cc === 100) digit++;
    else if (cc === 111) other++;
  }
  if (digit > 0) return CAP_DIGIT;
  if (upper + lower === 0) return other > 0 ? CAP_OTHER : CAP_PUNCT;
  if (upper === 0) return CAP_LOWER;
  if (lower === 0) return upper === 1 ? CAP_SINGLE : CAP_ALL;
  return charClass(w.charCodeAt(0)) === 88 && upper === 1 ? CAP_INIT : CAP_MIXED;
}

/**
 * Window marks (see extractFeatures): a token is a candidate when it is capitalised, has a
 * digit or a caseless letter, or lies in a dictionary hit; tokens within WINDOW_RADIUS of a
 * candidate are decoded, tokens within two more are analysed as their neighbours, the rest
 * (long lower-case stretches) are skipped and read as O. Fills `s.cap` for every token.
 */
function markWindow(
  words: readonly string[],
  dictionary: readonly (string | undefined)[] | undefined,
  s: Scratch,
  n: number,
  window: Uint8Array,
): void {
  let last = -1e9;
  for (let i = 0; i < n; i++) {
    const c = capOf(words[i]!);
    s.cap[i] = c === CAP_OTHER ? CAP_PUNCT : c;
    if ((c !== CAP_LOWER && c !== CAP_PUNCT) || dictionary?.[i] !== undefined) last = i;
    window[i] = Math.min(i - last, 255);
  }
  last = 1e9;
  for (let i = n - 1; i >= 0; i--) {
    if (window[i] === 0) last = i;
    const d = Math.min(window[i]!, last - i);
    window[i] = d <= WINDOW_RADIUS ? DECODED : d <= WINDOW_RADIUS + 2 ? ANALYSED : SKIPPED;
  }
}

/** A headline or shouted line: most words with two or more letters are all capitals. */
function isCapsLine(s: Scratch, n: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    const c = s.cap[i]!;
    if (c === CAP_ALL || c === CAP_INIT || c === CAP_LOWER || c === CAP_MIXED) letters++;
    if (c === CAP_ALL) caps++;
  }
  return letters >= 3 && caps >= 0.8 * letters;
}

// Neighbour look-ups with sentence-edge values (plain functions: closures would be re-created per call)
function lowAt(s: Scratch, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? EOS : s.low[i]!;
}
function shapeAt(s: Scratch, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? EOS : s.shape[i]!;
}
function capAt(s: Scratch, n: number, i: number): number {
  return i < 0 || i >= n ? CAP_EDGE : s.cap[i]!;
}
function clsAt(s: Scratch, n: number, i: number): number {
  return i < 0 || i >= n ? 15 : s.cls[i]!;
}
function dictAt(s: Scratch, n: number, i: number): number {
  return i < 0 || i >= n ? NONE : s.dict[i]!;
}

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

/**
 * Reads a sentence's words into the scratch arrays: per-word hashes, capitalisation, dictionary
 * tags. `dictionary[i]`, when given, is a short tag naming the dictionary run token i belongs
 * to (see dictionary-context.ts). With `window` (one mark per word, filled here) only tokens
 * near a candidate are read (see markWindow). `document` says how each word appears elsewhere
 * in its document (document-flags.ts). Returns whether the sentence is an all-caps line.
 */
export function analyseSentence(
  words: readonly string[],
  dictionary: readonly (string | undefined)[] | undefined,
  window?: Uint8Array,
  document?: DocumentFlags,
): boolean {
  const n = words.length;
  const s = getScratch(n);
  current.words = words;
  current.document = document;
  if (window) markWindow(words, dictionary, s, n, window);
  for (let i = 0; i < n; i++) {
    if (window && window[i] === SKIPPED) continue;
    analyseWord(words[i]!, i, s);
    const d = dictionary?.[i];
    s.dict[i] = d ? hashFolded(d) : NONE;
  }
  const shouted = isCapsLine(s, n);
  if (shouted) {
    // case carries no information in a shouted line: keep word identity, drop shape
    for (let i = 0; i < n; i++) {
      const c = s.cap[i]!;
      if (c >= CAP_LOWER) {
        s.cap[i] = CAP_CAPSLINE;
        s.shape[i] = CAPS_SHAPE;
      }
    }
  }
  return shouted;
}

/** The sentence analyseSentence read last. */
const current: { words: readonly string[]; document: DocumentFlags | undefined } = {
  words: [],
  document: undefined,
};

/**
 * Writes token i's features at out[i*FEATURES_PER_TOKEN…] for the sentence analyseSentence
 * read last. With `cacheable` false only the templates the tagger never caches per word (see
 * perceptron-tagger.ts) are written; the other slots keep stale values.
 */
export function writeFeatures(i: number, out: Uint32Array, cacheable: boolean): void {
  const s = scratch!;
  const { words, document } = current;
  const n = words.length;
  const o = i * FEATURES_PER_TOKEN;
  const c = s.cap[i]!;
  if (cacheable) {
    out[o] = BIAS;
    out[o + 1] = mix(2, s.low[i]!);
    out[o + 2] = mix(3, s.shape[i]!);
    for (let k = 0; k < 8; k++) out[o + 3 + k] = mix(4 + k, s.affix[i * 8 + k]!);
    out[o + 11] = mix3(12, c, i === 0 ? 1 : 0);
    out[o + 12] = mix(13, lowAt(s, n, i - 1));
    out[o + 13] = mix(14, lowAt(s, n, i + 1));
    out[o + 14] = mix(15, lowAt(s, n, i - 2));
    out[o + 15] = mix(16, lowAt(s, n, i + 2));
    out[o + 23] = mix3(25, clsAt(s, n, i), c);
    out[o + 27] = mix3(29, lengthBucket(words[i]!.length), c);
    out[o + 28] = mix(30, s.stem[i]!);
    out[o + 29] = mix(31, s.head[i]!);
    out[o + 32] = mix(35, i > 0 ? s.affix[(i - 1) * 8 + 6]! : BOS);
    out[o + 33] = mix(36, i < n - 1 ? s.affix[(i + 1) * 8 + 6]! : EOS);
    out[o + 34] = mix3(38, s.low[i]!, i === 0 ? 1 : 0);
  }
  out[o + 16] = mix3(17, shapeAt(s, n, i - 1), s.shape[i]!);
  out[o + 17] = mix3(18, s.shape[i]!, shapeAt(s, n, i + 1));
  out[o + 18] = mix3(19, lowAt(s, n, i - 1), s.low[i]!);
  out[o + 19] = mix3(20, s.low[i]!, lowAt(s, n, i + 1));
  out[o + 20] = mix3(22, s.dict[i]!, c);
  out[o + 21] = mix(23, dictAt(s, n, i - 1));
  out[o + 22] = mix(24, dictAt(s, n, i + 1));
  out[o + 24] = mix3(26, clsAt(s, n, i - 1), c);
  out[o + 25] = mix3(27, clsAt(s, n, i + 1), c);
  out[o + 26] = mix3(28, Math.min(i, 3), i === n - 1 ? 1 : 0);
  out[o + 30] = mix3(32, lowAt(s, n, i - 1), c);
  out[o + 31] = mix3(33, c, lowAt(s, n, i + 1));
  out[o + 35] = mix3(39, clsAt(s, n, i - 2), clsAt(s, n, i - 1) * 16 + c);
  const flags = document ? document.get(s.low[i]!) : NO_DOCUMENT;
  out[o + 36] = mix3(40, flags, c);
  out[o + 37] = mix3(41, flags * 2 + (i === 0 ? 1 : 0), capAt(s, n, i - 1));
}

/**
 * Writes FEATURES_PER_TOKEN hashed features for every word into `out` (training; the tagger
 * uses analyseSentence + writeFeatures on the tokens it decodes). Returns whether the sentence
 * was read as an all-caps line.
 */
export function extractFeatures(
  words: readonly string[],
  dictionary: readonly (string | undefined)[] | undefined,
  out: Uint32Array,
  document?: DocumentFlags,
): boolean {
  const shouted = analyseSentence(words, dictionary, undefined, document);
  for (let i = 0; i < words.length; i++) writeFeatures(i, out, true);
  return shouted;
}
