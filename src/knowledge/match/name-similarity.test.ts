import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameSimilarity } from './name-similarity.ts';

describe('nameSimilarity', () => {
  it('is 1 for spellings that differ only in case, marks and articles', () => {
    assert.equal(nameSimilarity('al-Sadr', 'Sadr'), 1);
    assert.equal(nameSimilarity('Kata’ib', "KATA'IB"), 1);
  });

  it('ranks a closer transliteration above a chance skeleton collision', () => {
    assert.ok(nameSimilarity('Kazimiyah', 'Kadhimiya') > nameSimilarity('Kazimiyah', 'Kadoma'));
    assert.ok(nameSimilarity('Al-Azhamiya', 'Adhamiyah') > nameSimilarity('Al-Azhamiya', 'Izumo'));
  });

  it('stays within 0..1', () => {
    assert.equal(nameSimilarity('', ''), 1);
    assert.equal(nameSimilarity('abc', 'xyzxyz'), 0);
  });
});
