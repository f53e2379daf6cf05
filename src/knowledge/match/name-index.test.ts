import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Candidate } from '../types.ts';
import { NameIndex } from './name-index.ts';

interface Item {
  id: string;
  names: string[];
  surnames?: string[];
}

const ITEMS: Item[] = [
  { id: 'kh', names: ["Kata'ib Hezbollah", 'Kataib Hezbollah', 'KH', 'كتائب حزب الله'] },
  { id: 'hezbollah', names: ['Hezbollah', 'Hizbullah', 'حزب الله'] },
  { id: 'aah', names: ["Asa'ib Ahl al-Haq", 'League of the Righteous'] },
  { id: 'pmf', names: ['Popular Mobilization Forces', 'PMF', 'PMU', 'al-Hashd al-Shaabi'] },
  { id: 'salam', names: ['Saraya al-Salam', 'Peace Companies', 'Peace Brigades'] },
  { id: 'hts', names: ["Hay'at Tahrir al-Sham"] },
  { id: 'sdf', names: ['Syrian Democratic Forces'] },
  { id: 'sdf-clash', names: ['Sadr Defence Front'] },
  { id: 'sadr', names: ['Muqtada al-Sadr', 'Moqtada al-Sadr'], surnames: ['al-Sadr'] },
  { id: 'baqir', names: ['Muhammad Baqir al-Sadr'], surnames: ['al-Sadr'] },
  { id: 'kadhimi', names: ['Mustafa al-Kadhimi'], surnames: ['al-Kadhimi'] },
  { id: 'qf', names: ['IRGC Quds Force', 'IRGC-QF', 'Quds Force'] },
  { id: 'ba', names: ['Babil', 'Babylon'] },
  { id: 'adh', names: ['Adhamiyah', 'Al-Adhamiya', 'الأعظمية'] },
  { id: 'sadr-city', names: ['Sadr City', 'Madinat al-Sadr'] },
  { id: 'the', names: ['The', 'Iraq Army', 'Of'] },
  { id: 'twin-a', names: ['Ahmad Hassan'] },
  { id: 'twin-b', names: ['Ahmed Hasan'] },
];

const index = new NameIndex(ITEMS, (i) => i.names, {
  partialNamesOf: (i) => i.surnames ?? [],
  deriveInitialisms: true,
  stopNames: new Set(['iraq']),
});

const top = (surface: string): Candidate<Item> | undefined => index.findCandidates(surface)[0];
const ids = (surface: string): string[] => index.findCandidates(surface).map((c) => c.item.id);

describe('NameIndex.findCandidates', () => {
  const table: [surface: string, id: string, how: Candidate<Item>['how'], min: number, max: number][] = [
    ["Kata'ib Hezbollah", 'kh', 'exact', 1, 1],
    ['kataib hezbollah', 'kh', 'exact', 1, 1],
    ['Kataib Hizballah', 'kh', 'skeleton', 0.85, 0.95],
    ['Kata’ib Hizbullah', 'kh', 'skeleton', 0.85, 0.95],
    ['Hizballah', 'hezbollah', 'skeleton', 0.85, 0.95],
    ['Moqtada Sadr', 'sadr', 'skeleton', 0.85, 0.95],
    ['Mustafa Al-Kazemi', 'kadhimi', 'skeleton', 0.85, 0.95],
    ['Al-Azhamiya', 'adh', 'skeleton', 0.85, 0.95],
    ['Babel', 'ba', 'skeleton', 0.85, 0.95],
    ['Hashd al-Shabi', 'pmf', 'skeleton', 0.85, 0.95],
    ['Sadr Muqtada', 'sadr', 'skeleton', 0.8, 0.8],
    ['Peach Companies', 'salam', 'typo', 0.75, 0.8],
    ['Popular Mobilisation Forces', 'pmf', 'typo', 0.75, 0.8],
    ['Babylom', 'ba', 'typo', 0.75, 0.8],
    ['KH', 'kh', 'initialism', 1, 1],
    ['PMF', 'pmf', 'initialism', 1, 1],
    ['P.M.F.', 'pmf', 'initialism', 1, 1],
    ['AAH', 'aah', 'initialism', 0.85, 0.85],
    ['HTS', 'hts', 'initialism', 0.85, 0.85],
    ['IRGC-QF', 'qf', 'initialism', 1, 1],
    ['كتائب حزب الله', 'kh', 'script', 1, 1],
    ['كتـائب حِزب الله', 'kh', 'script', 1, 1],
    ['الاعظمية', 'adh', 'script', 1, 1],
    ['al-Kadhimi', 'kadhimi', 'partial', 0.6, 0.65],
  ];
  for (const [surface, id, how, min, max] of table) {
    it(`${surface} → ${id} (${how})`, () => {
      const c = top(surface);
      assert.ok(c, `no candidate for ${surface}`);
      assert.equal(c.item.id, id);
      assert.equal(c.how, how);
      assert.ok(c.score >= min && c.score <= max, `score ${c.score} outside ${min}..${max}`);
    });
  }

  it('scores an exact match above every other tier', () => {
    const [first, second] = index.findCandidates('Hezbollah');
    assert.equal(first?.item.id, 'hezbollah');
    assert.equal(first?.score, 1);
    assert.ok(!second || second.score < 1);
  });

  it('reports ambiguity as several candidates, never one guess', () => {
    assert.deepEqual(ids('al-Sadr').sort(), ['baqir', 'sadr']);
    assert.deepEqual(ids('Ahmed Hassan').sort(), ['twin-a', 'twin-b']);
  });

  it('drops a derived initialism that two names claim (SDF)', () => {
    assert.deepEqual(ids('SDF'), []);
  });

  it('matches short initialisms only in capitals', () => {
    assert.deepEqual(ids('kh'), []);
    assert.deepEqual(ids('Kh'), []);
    assert.deepEqual(ids('pmf'), []);
  });

  it('never matches stop words, short strings or stop names', () => {
    for (const s of ['the', 'The', 'of', 'Of', 'a', 'al', 'Iraq', 'iraq', '', '-', 'people']) {
      assert.deepEqual(ids(s), [], s);
    }
  });

  it('finds nothing for unrelated names', () => {
    for (const s of ['Barack Obama', 'Peace', 'Companies', 'Haq', 'Sadrist Movement'])
      assert.deepEqual(ids(s), [], s);
  });

  it('respects the limit', () => assert.equal(index.findCandidates('al-Sadr', 1).length, 1));

  it('counts names and items', () => {
    assert.ok(index.size > ITEMS.length);
    assert.equal(index.itemCount, ITEMS.length);
  });
});

describe('NameIndex.scanTokens', () => {
  const scan = (sentence: string): string[] => {
    const words = sentence.split(' ');
    return index
      .scanTokens(words)
      .map((h) => `${words.slice(h.startToken, h.endToken).join(' ')}=${h.candidates[0]?.item.id}`);
  };

  it('prefers the longest name', () => {
    assert.deepEqual(scan("Fighters of Kata'ib Hezbollah and Hezbollah met"), [
      "Kata'ib Hezbollah=kh",
      'Hezbollah=hezbollah',
    ]);
  });

  it('joins article tokens and hyphens', () => {
    assert.deepEqual(scan('supporters of Muqtada al - Sadr gathered'), ['Muqtada al - Sadr=sadr']);
    assert.deepEqual(scan('a statement by al-Sadr on Monday'), ['al-Sadr=sadr']);
    assert.deepEqual(scan('a statement by al Sadr on Monday'), ['al Sadr=sadr']);
  });

  it('finds transliteration variants and initialisms', () => {
    assert.deepEqual(scan('the PMF and Kataib Hizballah entered Al-Azhamiya and Babel .'), [
      'PMF=pmf',
      'Kataib Hizballah=kh',
      'Al-Azhamiya=adh',
      'Babel=ba',
    ]);
  });

  it('does not match across punctuation or in lower case', () => {
    assert.deepEqual(scan('Sadr , City'), ['Sadr=sadr']);
    assert.deepEqual(scan('the peace companies and babel'), []);
    assert.deepEqual(scan('Sadr City'), ['Sadr City=sadr-city']);
  });

  it('handles empty and punctuation-only input', () => {
    assert.deepEqual(index.scanTokens([]), []);
    assert.deepEqual(index.scanTokens(['-', '.', ',']), []);
  });

  it('finishes pathological input fast', () => {
    const words = Array.from({ length: 20000 }, (_, i) => (i % 3 ? 'Al' : 'Kataib'));
    const t0 = performance.now();
    index.scanTokens(words);
    assert.ok(performance.now() - t0 < 1000);
  });
});

describe('NameIndex.scanTokens with slips', () => {
  const scan = (sentence: string): string[] => {
    const words = sentence.split(' ');
    return index
      .scanTokens(words)
      .map((h) => `${words.slice(h.startToken, h.endToken).join(' ')}=${h.candidates[0]?.item.id}`);
  };

  it('finds a capitalised name with one typo', () => {
    assert.deepEqual(scan('the deployment of the Peach Companies in Najaf'), ['Peach Companies=salam']);
    assert.deepEqual(scan('Mr Peach Companies'), ['Peach Companies=salam']);
  });

  it('leaves lower-case and single words alone', () => {
    assert.deepEqual(scan('the peach companies'), []);
    assert.deepEqual(scan('a Peach pie'), []);
  });
});

describe('NameIndex short skeletons', () => {
  const places = new NameIndex(['Chía', 'Hama', 'Babil'], (n) => [n]);
  it('does not match by a two-letter skeleton', () => assert.deepEqual(places.findCandidates('Shia'), []));
  it('still matches exact short names', () => assert.equal(places.findCandidates('Chia')[0]?.item, 'Chía'));
});

describe('NameIndex initialisms and skeletons', () => {
  const forces = new NameIndex(['IRGC-QF', 'IRGC-GF'], (n) => [n]);
  it('never matches one initialism to another by skeleton', () => {
    assert.deepEqual(
      forces.findCandidates('IRGC-QF').map((c) => c.item),
      ['IRGC-QF'],
    );
  });
});

describe('NameIndex on arbitrary input', () => {
  it('never throws and keeps hits inside the sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 30 }), (words) => {
        for (const h of index.scanTokens(words)) {
          assert.ok(h.startToken >= 0 && h.startToken < h.endToken && h.endToken <= words.length);
          assert.ok(h.candidates.length > 0);
        }
        for (const w of words)
          for (const c of index.findCandidates(w)) assert.ok(c.score > 0 && c.score <= 1);
      }),
      { numRuns: 500 },
    );
  });
});
