// Folding of names into dictionary keys: the first, lossless-enough step of matching. Latin
// script loses case, diacritics, ʿayn/hamza marks and separators; Arabic and Persian script lose
// harakat and tatweel and have their letter variants unified. `foldName` is idempotent.

/** Combining marks (Latin diacritics, Arabic harakat, hamza/madda above and below). */
const COMBINING = /\p{M}/gu;
/** ʿayn and hamza transcriptions, apostrophes and backticks: dropped, never a word break. */
const APOSTROPHES = /[\u02b9-\u02bf\u02c8\u2018\u2019\u201b\u2032'`´]/g;
const INVISIBLE = /[\u00ad\u061c\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Dots vanish so that "I.R.G.C." and "IRGC" fold alike. */
const DOTS = /[.·]/g;
/** Everything else that is neither letter nor digit separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** A fast path: already folded ASCII needs no work. */
const FOLDED_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Arabic and Persian letter variants that spelling treats as one letter. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ٱ: 'ا', // alef wasla
  ى: 'ي', // alef maqsura
  ی: 'ي', // Persian yeh
  ۍ: 'ي',
  ې: 'ي',
  ة: 'ه', // ta marbuta
  ۀ: 'ه',
  ک: 'ك', // Persian keheh
  ڪ: 'ك',
  ء: '', // lone hamza
};
const ARABIC_VARIANTS = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');

function foldOnce(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .toLowerCase()
    .replace(ARABIC_VARIANTS, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(SEPARATORS, ' ')
    .trim();
}

/**
 * Lower-case, strip diacritics, ʿayn/hamza marks and invisible characters, unify separators to
 * single spaces; for Arabic script also drop harakat and tatweel and unify alef, yeh, kaf and ta
 * marbuta forms. Idempotent: `foldName(foldName(s)) === foldName(s)`.
 */
export function foldName(s: string): string {
  if (FOLDED_ASCII.test(s)) return s;
  const once = foldOnce(s);
  // Lower-casing can expose new compatibility forms (rare: "İ"); a second pass settles them.
  return FOLDED_ASCII.test(once) ? once : foldOnce(once);
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** True when the string has Arabic-script letters (Arabic, Persian, Urdu, Kurdish Sorani). */
export function hasArabicScript(s: string): boolean {
  return ARABIC_SCRIPT.test(s);
}
