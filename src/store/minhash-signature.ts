// Near-duplicate test on stored MinHash signatures, the same in every adapter: a signature is
// stored as the bytes of its 32-bit values, and two articles share a cluster when the share of
// agreeing slots reaches the threshold.

export const DEFAULT_CLUSTER_THRESHOLD = 0.5;

/** The bytes a signature is stored as (a BLOB in SQLite, a bytea in PostgreSQL). */
export const signatureBytes = (minhash: readonly number[]): Buffer =>
  Buffer.from(new Uint32Array(minhash).buffer);

/** A stored signature; copied when the driver's buffer is not 4-byte aligned. */
export function signatureFromBytes(b: Buffer): Uint32Array {
  const bytes = b.byteOffset % 4 === 0 ? b : Buffer.from(b);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** MinHash estimate: the share of signature slots that agree. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
