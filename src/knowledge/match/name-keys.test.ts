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

  it('round-trips through JSON for the same names', () => {
    const cache = parseNameKeys(serializeNameKeys(NAMES), NAMES);
    assert.ok(cache);
    for (const n of NAMES) assert.deepEqual(cache.get(n), computeNameKeys(n));
  });

  it('refuses a cache made for other names', () => {
    const json = serializeNameKeys(NAMES);
    assert.equal(parseNameKeys(json, [...NAMES, 'Hezbollah']), undefined);
    assert.equal(parseNameKeys(json, NAMES.slice(1)), undefined);
  });

  it('builds the same index from cached keys', () => {
    const cache = parseNameKeys(serializeNameKeys(NAMES), NAMES);
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
