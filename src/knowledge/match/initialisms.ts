// Initialisms: "PMF", "KH", "AAH", "IRGC-QF". Matched case-sensitively (an upper-case surface),
// because folded "kh" or "us" would fire on ordinary words.

const LOWER = /\p{Ll}/u;
/** Two to ten Latin capitals and digits, starting with a letter, at least two letters. */
const INITIALISM = /^(?=(?:\d*[A-Z]){2})[A-Z][A-Z0-9]{1,9}$/;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
/** A cheap pre-check: some capital letter after a word break (a second capitalised word). */
const TWO_CAPITALISED_WORDS = /[\s\-‐‑–—/][A-Z]/;
const ARTICLE_WORDS = new Set(['al', 'el', 'ul', 'il', 'as', 'ad', 'ash', 'at', 'ar', 'az', 'an']);

/** The key of a surface written as an initialism ("IRGC-QF" → "IRGCQF"), or undefined. */
export function initialismKey(surface: string): string | undefined {
  const first = surface.charCodeAt(0);
  if (first < 65 || first > 90 || surface.length > 16 || LOWER.test(surface)) return undefined;
  const key = surface.replace(NON_ALNUM, '');
  return INITIALISM.test(key) ? key : undefined;
}

/**
 * The initialism implied by a name's capitalised words ("Asa'ib Ahl al-Haq" → "AAH",
 * "IRGC Quds Force" → "IRGCQF"), or undefined when fewer than two words contribute.
 */
export function deriveInitialism(name: string): string | undefined {
  if (!TWO_CAPITALISED_WORDS.test(name)) return undefined;
  let out = '';
  let words = 0;
  for (const raw of name.split(/[\s\-‐‑–—/]+/)) {
    const w = raw.replace(/[^\p{L}\p{N}]/gu, '');
    if (!w || ARTICLE_WORDS.has(w.toLowerCase())) continue;
    const first = w[0] as string;
    if (first === first.toLowerCase()) continue; // "of", "and": not part of the initialism
    out += LOWER.test(w) ? first : w; // an all-caps word keeps all its letters
    words++;
  }
  return words >= 2 ? initialismKey(out) : undefined;
}
