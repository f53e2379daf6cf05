// Sorted text files used in place, as bytes: a line is found by its byte offset, a key by
// binary search over the raw buffer (probing the middle byte and backing up to its line start).
// Nothing is decoded or indexed at load time, so loading costs one read per file.

const NL = 10;
const TAB = 9;

export class ByteLines {
  /** `bytes`: UTF-8 text whose first line is a header. */
  constructor(private readonly bytes: Buffer) {}

  /** Offset of the first data line (after the header). */
  get firstLine(): number {
    return this.bytes.indexOf(NL) + 1;
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
    let lo = this.firstLine; // a line start
    let hi = b.length; // exclusive: lines starting before hi
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === lo ? lo : b.lastIndexOf(NL, mid - 1) + 1;
      const lineStart = Math.max(start, lo);
      const tab = b.indexOf(TAB, lineStart);
      const cmp = b.compare(k, 0, k.length, lineStart, tab);
      if (cmp === 0) {
        const end = b.indexOf(NL, tab);
        return b.toString('utf8', tab + 1, end < 0 ? b.length : end);
      }
      if (cmp < 0) {
        const next = b.indexOf(NL, tab);
        lo = next < 0 ? b.length : next + 1;
      } else hi = lineStart;
    }
    return undefined;
  }
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
