// Sorted text files used in place, as bytes: a line is found by its byte offset, a key by
// binary search over the raw buffer (probing the middle byte and backing up to its line start).
// Nothing is decoded or indexed at load time, so loading costs one read per file.

const NL = 10;
const TAB = 9;

export class ByteLines {
  /** `bytes`: UTF-8 text whose first line is a header. */
  private first: number | undefined;

  constructor(private readonly bytes: Buffer) {}

  /** Offset of the first data line (after the header), found once. */
  get firstLine(): number {
    this.first ??= this.bytes.indexOf(NL) + 1;
    return this.first;
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** The line starting at byte `offset`, decoded. */
  lineAt(offset: number): string {
    const end = this.bytes.indexOf(NL, offset);
    return this.bytes.toString('utf8', offset, end < 0 ? this.bytes.length : end);
  }

  /** `fieldOf(lineAt(offset), n)`, decoding only that field's bytes. */
  fieldAt(offset: number, n: number): string {
    const b = this.bytes;
    let start = offset;
    for (let i = 0; i < n; i++) {
      while (start < b.length && b[start] !== TAB && b[start] !== NL) start++;
      if (start >= b.length || b[start] === NL) return '';
      start++;
    }
    let end = start;
    while (end < b.length && b[end] !== TAB && b[end] !== NL) end++;
    return b.toString('utf8', start, end);
  }

  /** Offset of the line after the one starting at `offset` (or -1 at the end). */
  nextLine(offset: number): number {
    const end = this.bytes.indexOf(NL, offset);
    return end < 0 || end + 1 >= this.bytes.length ? -1 : end + 1;
  }

  /**
   * For a file sorted by the UTF-8 bytes of its first field: the rest of the line whose first
   * field is `key`, or undefined.
   */
  lookup(key: string): string | undefined {
    const b = this.bytes;
    const at = this.boundOf(key);
    if (at >= b.length) return undefined;
    const tab = indexOfByte(b, TAB, at);
    if (compareBytes(b, at, tab, this.keyBytes, this.keyLength) !== 0) return undefined;
    const end = indexOfByte(b, NL, tab);
    return b.toString('utf8', tab + 1, end < 0 ? b.length : end);
  }

  /** Whether some line's first field starts with `prefix` (same sort order as `lookup`). */
  hasPrefix(prefix: string): boolean {
    const b = this.bytes;
    const at = this.boundOf(prefix);
    if (at >= b.length) return false;
    const n = this.keyLength;
    const tab = indexOfByte(b, TAB, at);
    return tab - at >= n && compareBytes(b, at, at + n, this.keyBytes, n) === 0;
  }

  /** The key of the last `boundOf` call, as UTF-8 bytes (the first `keyLength` of them). */
  private keyBytes = new Uint8Array(64);
  private keyLength = 0;

  /** The last few keys searched and their bounds: a scan asks of a word as a prefix, then as a key. */
  private readonly recentKeys: string[] = new Array(RECENT).fill('\u0000');
  private readonly recentBounds = new Int32Array(RECENT);
  private recentNext = 0;

  /** `lowerBound` of `key`; leaves the key's bytes in `keyBytes`. */
  private boundOf(key: string): number {
    this.encode(key);
    for (let i = 0; i < RECENT; i++) if (this.recentKeys[i] === key) return this.recentBounds[i]!;
    const at = this.lowerBound();
    this.recentKeys[this.recentNext] = key;
    this.recentBounds[this.recentNext] = at;
    this.recentNext = (this.recentNext + 1) % RECENT;
    return at;
  }

  /** Writes `key`'s UTF-8 bytes to `keyBytes` (ASCII by hand: no buffer per key). */
  private encode(key: string): void {
    let n = key.length;
    if (n * 3 > this.keyBytes.length) this.keyBytes = new Uint8Array(n * 3);
    const out = this.keyBytes;
    for (let i = 0; i < n; i++) {
      const c = key.charCodeAt(i);
      if (c > 127) {
        n = Buffer.from(out.buffer, out.byteOffset, out.length).write(key, 'utf8');
        break;
      }
      out[i] = c;
    }
    this.keyLength = n;
  }

  /**
   * Line starts sampled every SAMPLE_STRIDE bytes, with the first four bytes of their keys
   * packed in one number: the first probes of every search then read two small arrays instead
   * of far-apart places in the file (each a cache miss). Found once, by one pass of back-ups.
   */
  private samples: { starts: Int32Array; heads: Uint32Array } | undefined;

  private sampled(): { starts: Int32Array; heads: Uint32Array } {
    if (this.samples) return this.samples;
    const b = this.bytes;
    const starts: number[] = [];
    for (let at = this.firstLine; at < b.length; at += SAMPLE_STRIDE) {
      const start = Math.max(this.firstLine, lastIndexOfByte(b, NL, at - 1) + 1);
      if (start !== starts[starts.length - 1]) starts.push(start);
    }
    const heads = new Uint32Array(starts.length);
    for (let i = 0; i < starts.length; i++) heads[i] = headOf(b, starts[i]!, indexOfByte(b, TAB, starts[i]!));
    this.samples = { starts: Int32Array.from(starts), heads };
    return this.samples;
  }

  /**
   * Offset of the first line whose first field is not below the key in `keyBytes` (the file
   * length when none): a binary search over the sampled line starts, then over byte offsets
   * between two samples, each probe backing up to its line start.
   */
  private lowerBound(): number {
    const b = this.bytes;
    const k = this.keyBytes;
    const n = this.keyLength;
    const { starts, heads } = this.sampled();
    const head = headOf(k, 0, n);
    // samples [0, s) have keys below k, samples [s, …) not
    let s = 0;
    for (let hiS = starts.length; s < hiS; ) {
      const mid = (s + hiS) >>> 1;
      const h = heads[mid]!;
      const start = starts[mid]!;
      const below = h !== head ? h < head : compareBytes(b, start, indexOfByte(b, TAB, start), k, n) < 0;
      if (below) s = mid + 1;
      else hiS = mid;
    }
    // lines starting before lo have keys below k; lines starting at or after hi do not
    let lo = s > 0 ? indexOfByte(b, NL, starts[s - 1]!) + 1 : this.firstLine;
    if (lo === 0) lo = b.length;
    let hi = s < starts.length ? starts[s]! : b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === lo ? lo : lastIndexOfByte(b, NL, mid - 1) + 1;
      const lineStart = Math.max(start, lo);
      const tab = indexOfByte(b, TAB, lineStart);
      if (compareBytes(b, lineStart, tab, k, n) >= 0) hi = lineStart;
      else {
        const next = indexOfByte(b, NL, tab);
        lo = next < 0 ? b.length : next + 1;
      }
    }
    return lo;
  }
}

const SAMPLE_STRIDE = 512;
const RECENT = 8;

// Byte scans as plain loops: lines are short, and Buffer's indexOf/compare cost more in
// argument checks than in bytes (the binary search makes ~60 such calls per key).
function indexOfByte(b: Buffer, byte: number, from: number): number {
  for (let i = from; i < b.length; i++) if (b[i] === byte) return i;
  return -1;
}

function lastIndexOfByte(b: Buffer, byte: number, from: number): number {
  for (let i = from; i >= 0; i--) if (b[i] === byte) return i;
  return -1;
}

/**
 * The first four bytes of `b[start, end)` as one unsigned number, zero-padded: no key byte is
 * zero, so heads compare as the byte strings do, up to a tie.
 */
function headOf(b: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let i = 0; i < 4; i++) h = h * 256 + (start + i < end ? b[start + i]! : 0);
  return h;
}

/**
 * `b[start, end)` against the first `kLength` bytes of `k` in byte order (as `Buffer.compare`): negative, zero or positive.
 * A plain loop: keys are short, and Buffer.compare's argument checks cost more than the bytes.
 */
function compareBytes(b: Buffer, start: number, end: number, k: Uint8Array, kLength: number): number {
  const n = Math.min(end - start, kLength);
  for (let i = 0; i < n; i++) {
    const d = b[start + i]! - k[i]!;
    if (d !== 0) return d;
  }
  return end - start - kLength;
}

/** The n-th tab-separated field of a line. */
export function fieldOf(line: string, n: number): string {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = line.indexOf('\t', start) + 1;
    if (start === 0) return '';
  }
  const end = line.indexOf('\t', start);
  return end < 0 ? line.slice(start) : line.slice(start, end);
}
