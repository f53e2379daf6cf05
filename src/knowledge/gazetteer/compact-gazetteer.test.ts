import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DictionaryHit, Place } from '../types.ts';
import { FIXTURE_PLACES } from './fixture-places.ts';
import { gazetteerOf } from './gazetteer-of.ts';

const g = gazetteerOf(FIXTURE_PLACES);

test('every name and alternate name of every place finds it', () => {
  for (const p of FIXTURE_PLACES)
    for (const name of [p.name, ...(p.alt ?? [])]) {
      const ids = g.findCandidates(name, 50).map((c) => c.item.id);
      assert.ok(ids.includes(p.id), `${name} → ${p.id}`);
    }
});

test('places come back whole, with admin1 derived from the parent chain', () => {
  const k = g.getPlace('marsad:iq-kadhimiya');
  assert.equal(k?.name, 'Kadhimiya');
  assert.equal(k?.admin1, 'Baghdad');
  assert.equal(k?.precision, 'district');
  const hillah = g.findCandidates('Al Hillah', 1)[0]?.item;
  assert.equal(hillah?.admin1, 'Babil');
  assert.equal(hillah?.parent, 'geonames:98227');
});

test('ancestors run district → city → admin1 → country', () => {
  const k = g.getPlace('marsad:iq-kadhimiya');
  assert.ok(k);
  assert.deepEqual(
    g.getAncestors(k).map((p) => p.id),
    ['geonames:98182', 'geonames:98180', 'geonames:99237'],
  );
});

test('capitals are filed per country', () => {
  assert.equal(g.capitalOf?.('IQ')?.id, 'geonames:98182');
  assert.equal(g.capitalOf?.('LB'), undefined);
});

test('transliteration variants meet, exact spellings rank first', () => {
  const c = g.findCandidates('Al-Azhamiya', 5);
  assert.equal(c[0]?.item.id, 'marsad:iq-adhamiyah');
  assert.equal(g.findCandidates('Kadhimiya', 1)[0]?.how, 'exact');
  assert.equal(g.findCandidates('Nowhere-at-all', 5).length, 0);
  assert.equal(g.findCandidates('', 5).length, 0);
});

test('size counts places; unknown ids are undefined', () => {
  assert.equal(g.size, FIXTURE_PLACES.length);
  assert.equal(g.getPlace('geonames:1'), undefined);
  assert.equal(g.getPlace('place:zzzzzz'), undefined);
});

test('scanTokens finds the longest place names among capitalised words', () => {
  const hits = g.scanTokens(['protests', 'in', 'Ain', 'al-Asad', 'Air', 'Base', 'and', 'Tripoli', 'today']);
  assert.deepEqual(
    hits.map((h) => [h.startToken, h.endToken, h.candidates[0]?.item.id]),
    [
      [2, 6, 'marsad:iq-ain-al-asad'],
      [7, 8, 'geonames:2210247'],
    ],
  );
});

test('scanTokens finds what trying every run of up to six words longest first finds', () => {
  const names = FIXTURE_PLACES.flatMap((p) => [p.name, ...(p.alt ?? [])]).flatMap((n) => n.split(' '));
  const words = fc.constantFrom(...names, 'al', 'Al', 'the', 'The', 'of', 'in', 'Abdul', ',', '-', 'City');
  // its own gazetteer: the scan fills its memos itself, skipping look-ups it knows miss
  const scanned = gazetteerOf(FIXTURE_PLACES);
  fc.assert(
    fc.property(fc.array(words, { maxLength: 14 }), (ws) => {
      const naive: DictionaryHit<Place>[] = [];
      for (let i = 0; i < ws.length; ) {
        let hit: DictionaryHit<Place> | undefined;
        for (let n = Math.min(6, ws.length - i); n >= 1 && !hit; n--) {
          const candidates = /^(?:\p{Lu}|[^\p{Script=Latin}\p{N}\p{P}\s])/u.test(ws[i]!)
            ? g.findCandidates(ws.slice(i, i + n).join(' '))
            : [];
          if (candidates.length) hit = { startToken: i, endToken: i + n, candidates };
        }
        if (hit) naive.push(hit);
        i = hit ? hit.endToken : i + 1;
      }
      assert.deepEqual(scanned.scanTokens(ws), naive);
    }),
    { numRuns: 300 },
  );
});
