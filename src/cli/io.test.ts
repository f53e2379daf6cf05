// readLineBatches splits like node:readline (crlfDelay ∞) did, whatever the chunking:
// the same non-blank lines, in order.
import assert from 'node:assert/strict';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import fc from 'fast-check';
import { readLineBatches } from './io.ts';

const PIECES = ['{"id":1}', 'a', 'é', '😀', ' ', '\n', '\r', '\r\n', '\n\n'];

function chunked(text: string, cuts: number[]): Readable {
  const buf = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, buf.length]) {
    parts.push(buf.subarray(prev, c));
    prev = c;
  }
  return Readable.from(
    parts.filter((p) => p.length > 0),
    { objectMode: false },
  );
}

const nonBlank = (lines: string[]) => lines.filter((l) => l.trim());

test('same lines as node:readline on any text and chunking', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
      fc.array(fc.nat(400), { maxLength: 8 }),
      async (pieces, cuts) => {
        const text = pieces.join('');
        const expected: string[] = [];
        for await (const line of createInterface({
          input: chunked(text, cuts),
          crlfDelay: Number.POSITIVE_INFINITY,
        }))
          expected.push(line);
        const got: string[] = [];
        for await (const batch of readLineBatches(chunked(text, cuts))) got.push(...batch);
        assert.deepEqual(nonBlank(got), nonBlank(expected));
      },
    ),
    { numRuns: 200 },
  );
});
