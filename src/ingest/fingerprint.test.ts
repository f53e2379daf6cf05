// The clustering threshold, measured on our own fixtures: copies and light rewrites of one
// story are above it, independent reports of the same event and other stories below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { estimateJaccard } from '../store/minhash-signature.ts';
import { CLUSTER_THRESHOLD, fingerprint, jaccard, lshBands, minhash } from './fingerprint.ts';
import { readDocuments } from './read-documents.ts';

const STORY = join(import.meta.dirname, '../../test/fixtures/ingest/story');
const text = (file: string): string => {
  const r = readDocuments(file, readFileSync(join(STORY, file)));
  assert.ok(r.ok && r.value.articles[0]);
  return r.value.articles[0].text;
};

test('copies and a light rewrite cluster; an independent report and another story do not', () => {
  const wire = text('gulf-wire.html');
  const same = [text('euphrates-daily.html'), text('anbar-gazette.html')];
  const different = [text('rafidain-monitor.html'), text('basra-protest.html')];
  for (const t of same) {
    assert.ok(jaccard(wire, t) > CLUSTER_THRESHOLD + 0.1);
    assert.ok(estimateJaccard(minhash(wire), minhash(t)) >= CLUSTER_THRESHOLD);
    const shared = fingerprint(wire).bands.filter((b) => fingerprint(t).bands.includes(b));
    assert.ok(shared.length > 0, 'a near-duplicate must share an LSH band');
  }
  for (const t of different) {
    assert.ok(jaccard(wire, t) < 0.1);
    assert.ok(estimateJaccard(minhash(wire), minhash(t)) < CLUSTER_THRESHOLD);
  }
});

test('fingerprints ignore case, punctuation and whitespace, and are deterministic', () => {
  const a = 'Rockets hit the base, officials said.\nNo group claimed it.';
  const b = 'rockets  hit the base officials said  no group claimed it';
  assert.deepEqual(minhash(a), minhash(b));
  assert.deepEqual(lshBands(minhash(a)), lshBands(minhash(a)));
  assert.equal(minhash('').length, minhash(a).length);
});
