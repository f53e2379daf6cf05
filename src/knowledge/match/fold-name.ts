// First version (skeleton): folding of names for dictionary keys. The transliteration-aware
// matcher refines this; keep `foldName` idempotent.
const MARKS = /[\u0300-\u036f\u02bb\u02bc\u02be\u02bf\u2018\u2019'`´ʿʾ]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u061C]/g;

/** Lower-case, strip diacritics, ʿayn/hamza marks and invisible characters, unify separators. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[-‐‑–—_.,()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
