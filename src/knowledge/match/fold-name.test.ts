import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldName, hasArabicScript } from './fold-name.ts';

describe('foldName', () => {
  const cases: [string, string][] = [
    ['Muqtada Al-Sadr', 'muqtada al sadr'],
    ["Kata'ib Hezbollah", 'kataib hezbollah'],
    ['Kata’ib Ḥizballāh', 'kataib hizballah'],
    ['Asaʿib Ahl al-Haq', 'asaib ahl al haq'],
    ['Shiʾite', 'shiite'],
    ['  Sadr\u200b  City ', 'sadr city'],
    ['I.R.G.C.-QF', 'irgc qf'],
    ['Salah ad-Din (province)', 'salah ad din province'],
    ['Şanlıurfa', 'sanlıurfa'],
    ['Ayn al-ʿArab/Kobanî', 'ayn al arab kobani'],
    ['أبو مهدي المهندس', 'ابو مهدي المهندس'],
    ['مُقْتَدَى الصَّدْر', 'مقتدي الصدر'],
    ['كتـــائب', 'كتايب'],
    ['الكاظمية', 'الكاظميه'],
    ['کاظمی', 'كاظمي'],
    ['', ''],
    ['---', ''],
  ];
  for (const [input, expected] of cases) {
    it(`folds ${JSON.stringify(input)}`, () => assert.equal(foldName(input), expected));
  }

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = foldName(s);
        assert.equal(foldName(once), once);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on name-like strings', () => {
    const chars = fc.constantFrom(..."aAeEiIoOuUḥḤāĀʿʾ’'-. ـةىأإآؤئکیabcdhkqsz ٱالصدر".split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const once = foldName(cs.join(''));
        assert.equal(foldName(once), once);
      }),
      { numRuns: 3000 },
    );
  });

  it('recognises Arabic script', () => {
    assert.equal(hasArabicScript('كتائب'), true);
    assert.equal(hasArabicScript('Kataib'), false);
  });
});
