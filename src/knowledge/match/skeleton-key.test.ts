import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldName } from './fold-name.ts';
import {
  bareAndSkeleton,
  bareName,
  MATCH_KEYS_VERSION,
  skeletonKey,
  skeletonOfFolded,
} from './skeleton-key.ts';

/** Each group: spellings of one name that must share one skeleton. */
const SAME: string[][] = [
  ['Kataib Hizballah', "Kata'ib Hezbollah", 'Kata’ib Hizbullah', 'Kataeb Hezbollah'],
  ['Muqtada al-Sadr', 'Moqtada al-Sadr', 'Muqtada Al-Sadr', 'Muqtada as-Sadr', 'Moqtada Sadr'],
  ['Mustafa al-Kadhimi', 'Mustafa Al-Kazemi', 'Mostafa al-Kazimi', 'Moustafa El-Kadhimi'],
  ['Adhamiyah', 'Al-Azhamiya', 'Adhamiya', 'Azamiyah', 'Adhamieh', 'al-Adhamiyya'],
  ['Babil', 'Babel'],
  ['Kadhimiya', 'Kazimiyah', 'Kadhimiyah', 'Al-Kadhimiya', 'Kazimiya', 'Kathimiya'],
  ['Abd al-Rahman', 'Abdul Rahman', 'Abdel-Rahman', 'Abdulrahman', 'Abdurrahman', 'Abd ar-Rahman'],
  ['Abu Bakr', 'Abou Bakr', 'Abo Bakr'],
  ['Muhammad bin Salman', 'Mohammed ibn Salman', 'Mohamed ben Salman', 'Mohammad bin Salman'],
  ['Dahiyeh', 'Dahiya', 'Dahieh', 'Dahiyah', 'Al-Dahiya'],
  ['Salah ad-Din', 'Salah al-Din', 'Salahuddin', 'Salah el-Din', 'Salaheddine'],
  ['Sheikh', 'Shaykh', 'Cheikh'],
  ['Hashd al-Shaabi', "Hashd ash-Sha'bi", 'Hashd al-Shabi'],
  ['Fatemiyoun', 'Fatimiyun', 'Fatemiyun', 'Fatimiyoun'],
  ['Zainabiyoun', 'Zaynabiyun'],
  ['Mosul', 'Mawsil', 'Mousul'],
  ['Abdullah', 'Abd Allah', 'Abdallah', 'Abdulla'],
  ["Asa'ib Ahl al-Haq", 'Asaib Ahl al Haq', 'Asaeb Ahl al-Haq'],
  ['Baghdad', 'Bagdad'],
  ['Qaim', "Al-Qa'im", 'Al Qaim', 'Kaim', 'Qayim'],
  ['Jurf al-Sakhar', 'Jurf as-Sakhar', 'Jorf al-Sakhar'],
  ['Dhi Qar', 'Thi Qar', 'Zi Qar'],
  ['Djibouti', 'Jibouti'],
  ['Najaf', 'An-Najaf', 'an Najaf'],
  ['Ramadi', 'Ar-Ramadi', 'ar Ramadi'],
  ['Sayyid', 'Sayed', 'Seyyed'],
  ['Nujaba', 'Nujabaa', "Nujaba'"],
  ['Tikrit', 'Tekrit'],
  ['Haidar', 'Haydar', 'Heidar'],
  ['Ouda', 'Uda', 'Oda', 'Ooda'],
  ['Wahid', 'Vahid'],
  ['The Peace Companies', 'Peace Companies'],
  ['كتائب حزب الله', 'كتائب حزب اللّه', 'كتـائب حزب الله'],
  ['الصدر', 'ٱلصدر', 'صدر'],
];

/** Pairs that must stay apart. */
const DIFFERENT: [string, string][] = [
  ['Hamas', 'Homs'],
  ['Yemen', 'Amman'],
  ['Iraq', 'Iran'],
  ['Kadhimi', 'Kadhimiya'],
  ['Sadr City', 'Sadr'],
  ['Basra', 'Bisrax'],
  ['Alan', 'Lan'],
];

describe('skeletonKey', () => {
  for (const group of SAME) {
    it(`unifies ${group.join(' / ')}`, () => {
      const keys = group.map(skeletonKey);
      assert.deepEqual(
        keys,
        keys.map(() => keys[0]),
        `${group.join(', ')} → ${keys.join(', ')}`,
      );
    });
  }
  for (const [a, b] of DIFFERENT) {
    it(`keeps ${a} and ${b} apart`, () => assert.notEqual(skeletonKey(a), skeletonKey(b)));
  }

  it('keeps an article that is the whole name', () => assert.equal(skeletonKey('Al'), 'al'));

  it('is stable when applied to its own output', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const k = skeletonKey(s);
        assert.equal(typeof k, 'string');
        assert.ok(!k.includes('  ') && k === k.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('drops articles in bare names', () => {
    assert.equal(bareName('mustafa al kadhimi'), 'mustafa kadhimi');
    assert.equal(bareName('salah ad din'), 'salah din');
    assert.equal(bareName('abdel rahman'), 'abd rahman');
  });

  it('has a version string', () => assert.match(MATCH_KEYS_VERSION, /\S/));
});

describe('bareAndSkeleton', () => {
  it('is bareName and skeletonOfFolded in one pass', () => {
    const word = fc.constantFrom(
      'al',
      'the',
      'abdul',
      'abd',
      'bin',
      'ash',
      'shams',
      'salahuddin',
      'kadhimi',
      'x',
      'ال',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const folded = foldName(words.join(' '));
        assert.deepEqual(bareAndSkeleton(folded), {
          bare: bareName(folded),
          skeleton: skeletonOfFolded(folded),
        });
      }),
    );
  });
});
