// Feature hashing: features are never strings at run time. A word's hash is computed once per
// token from its characters (lower-cased, digits folded to 0) and combined with a template id
// by an integer mixer, so extracting ~30 features per token allocates nothing.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** Lower-cases one UTF-16 unit and folds digits to '0' (numbers share features). */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** FNV-1a of a string after `foldCode`. */
export function hashFolded(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, foldCode(s.charCodeAt(i)));
  return h >>> 0;
}

/** Combines two 32-bit values into one well-spread 32-bit value (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/**
 * A small open-addressing table from 32-bit hashes to bytes (word classes, document flags):
 * typed arrays instead of a Map, so a look-up is a multiply and one or two array reads.
 */
export class HashBytes {
  private keys: Uint32Array;
  private values: Uint8Array;
  private mask = 0;
  private shift = 0;
  private count = 0;

  constructor(expectedKeys: number) {
    let bits = 6;
    while (1 << bits < expectedKeys * 2) bits++;
    this.keys = new Uint32Array(1 << bits);
    this.values = new Uint8Array(1 << bits);
    this.resize(bits);
  }

  private resize(bits: number): void {
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  private slot(key: number): number {
    // Fibonacci hashing: the product's high bits pick the slot
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      i &= this.mask;
      const k = this.keys[i]!;
      if (k === key || k === 0) return i;
      i++;
    }
  }

  /** Doubles the table when half full, so probes stay short and always end. */
  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint8Array(keys.length * 2);
    this.resize(32 - this.shift + 1);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.values[i] = values[j]!;
    }
  }

  has(hash: number): boolean {
    return this.keys[this.slot(hash || 1)] !== 0;
  }

  /** ORs `bits` into the hash's byte (inserting it). */
  add(hash: number, bits: number): void {
    const key = hash || 1; // 0 marks an empty slot
    let i = this.slot(key);
    if (this.keys[i] === 0) {
      if (++this.count * 2 > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
    }
    this.values[i]! |= bits;
  }

  /** The hash's byte, 0 when absent. */
  get(hash: number): number {
    return this.values[this.slot(hash || 1)]!;
  }
}
