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
    const k = Buffer.from(key, 'utf8');
    const at = this.lowerBound(k);
    if (at >= b.length) return undefined;
    const tab = indexOfByte(b, TAB, at);
    if (compareBytes(b, at, tab, k) !== 0) return undefined;
    const end = indexOfByte(b, NL, tab);
    return b.toString('utf8', tab + 1, end < 0 ? b.length : end);
  }

  /** Whether some line's first field starts with `prefix` (same sort order as `lookup`). */
  hasPrefix(prefix: string): boolean {
    const b = this.bytes;
    const k = Buffer.from(prefix, 'utf8');
    const at = this.lowerBound(k);
    if (at >= b.length) return false;
    const tab = indexOfByte(b, TAB, at);
    return tab - at >= k.length && compareBytes(b, at, at + k.length, k) === 0;
  }

  /**
   * Offset of the first line whose first field is not below `k` (the file length when none):
   * a binary search over byte offsets, each probe backing up to its line start.
   */
  private lowerBound(k: Buffer): number {
    const b = this.bytes;
    let lo = this.firstLine; // lines starting before lo have keys below k
    let hi = b.length; // lines starting at or after hi have keys at or above k
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === lo ? lo : lastIndexOfByte(b, NL, mid - 1) + 1;
      const lineStart = Math.max(start, lo);
      const tab = indexOfByte(b, TAB, lineStart);
      if (compareBytes(b, lineStart, tab, k) >= 0) hi = lineStart;
      else {
        const next = indexOfByte(b, NL, tab);
        lo = next < 0 ? b.length : next + 1;
      }
    }
    return lo;
  }
}

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
 * `b[start, end)` against `k` in byte order (as `Buffer.compare`): negative, zero or positive.
 * A plain loop: keys are short, and Buffer.compare's argument checks cost more than the bytes.
 */
function compareBytes(b: Buffer, start: number, end: number, k: Buffer): number {
  const n = Math.min(end - start, k.length);
  for (let i = 0; i < n; i++) {
    const d = b[start + i]! - k[i]!;
    if (d !== 0) return d;
  }
  return end - start - k.length;
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
