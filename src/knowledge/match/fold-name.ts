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
  // Lower-case on both sides of NFKD: compatibility forms can decompose to capitals ("ℌ").
  let t = s.toLowerCase().normalize('NFKD').toLowerCase().replace(COMBINING, '').replace(INVISIBLE, '');
  t = t.replace(APOSTROPHES, '').replace(DOTS, '');
  if (hasArabicScript(t)) t = t.replace(ARABIC_VARIANTS, (c) => ARABIC_LETTERS[c] ?? c);
  return t.replace(SEPARATORS, ' ').trim();
}

const APOSTROPHE = 39;
const BACKTICK = 96;
const DOT = 46;

/**
 * `foldOnce` for plain ASCII (most names) in one pass without regexes: letters and digits kept
 * (lower-cased), apostrophes, backticks and dots dropped, anything else a word break.
 * Undefined when the string has a non-ASCII character.
 */
function foldAscii(s: string): string | undefined {
  let out = '';
  let start = -1;
  let gap = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c > 127) return undefined;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out += (gap && out ? ' ' : '') + s.slice(start, i).toLowerCase();
      start = -1;
      gap = false;
    }
    if (c !== APOSTROPHE && c !== BACKTICK && c !== DOT) gap = true;
  }
  return out;
}

/**
 * Lower-case, strip diacritics, ʿayn/hamza marks and invisible characters, unify separators to
 * single spaces; for Arabic script also drop harakat and tatweel and unify alef, yeh, kaf and ta
 * marbuta forms. Idempotent: `foldName(foldName(s)) === foldName(s)`.
 */
export function foldName(s: string): string {
  if (FOLDED_ASCII.test(s)) return s;
  const ascii = foldAscii(s);
  if (ascii !== undefined) return ascii;
  const once = foldOnce(s);
  // Rare characters only settle in a second pass (a lower-case form with its own decomposition).
  return FOLDED_ASCII.test(once) || once.normalize('NFKD') === once ? once : foldOnce(once);
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** True when the string has Arabic-script letters (Arabic, Persian, Urdu, Kurdish Sorani). */
export function hasArabicScript(s: string): boolean {
  return ARABIC_SCRIPT.test(s);
}
