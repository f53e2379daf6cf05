import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameIndex } from './name-index.ts';
import { computeNameKeys, parseNameKeys, serializeNameKeys } from './name-keys.ts';

const NAMES = ["Kata'ib Hezbollah", 'KH', "Asa'ib Ahl al-Haq", 'كتائب حزب الله'];

describe('name keys', () => {
  it('computes every key of a name', () => {
    assert.deepEqual(computeNameKeys("Asa'ib Ahl al-Haq"), {
      folded: 'asaib ahl al haq',
      skeleton: 'asab ahl hak',
      derived: 'AAH',
    });
    assert.equal(computeNameKeys('IRGC-QF').initialism, 'IRGCQF');
    assert.equal(computeNameKeys("Asa'ib Ahl al-Haq", false).derived, undefined);
  });

  it('round-trips through JSON', () => {
    const cache = parseNameKeys(serializeNameKeys(NAMES));
    assert.ok(cache);
    for (const n of NAMES) assert.deepEqual(cache.get(n), computeNameKeys(n));
  });

  it('refuses a cache made by another key version', () => {
    const stale = JSON.stringify({ version: 'match-keys-0', rows: [] });
    assert.equal(parseNameKeys(stale), undefined);
  });

  it('indexes names the cache lacks', () => {
    const cache = parseNameKeys(serializeNameKeys(NAMES.slice(0, 1)));
    const index = new NameIndex(NAMES, (n) => [n], cache ? { keyCache: cache } : {});
    assert.equal(index.findCandidates('KH')[0]?.item, 'KH');
  });

  it('builds the same index from cached keys', () => {
    const cache = parseNameKeys(serializeNameKeys(NAMES));
    const plain = new NameIndex(NAMES, (n) => [n], { deriveInitialisms: true });
    const cached = new NameIndex(NAMES, (n) => [n], {
      deriveInitialisms: true,
      ...(cache ? { keyCache: cache } : {}),
    });
    for (const q of ['Kataib Hizballah', 'AAH', 'KH', 'كتائب حزب الله', 'Asaib Ahl al Haq']) {
      assert.deepEqual(cached.findCandidates(q), plain.findCandidates(q), q);
    }
  });
});
