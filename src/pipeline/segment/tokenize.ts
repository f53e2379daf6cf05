// A lossless tokenizer: tokens are slices of the text, and the gaps between them are only
// whitespace (and invisible joiners). Words keep internal hyphens and apostrophes
// ("al-Sadr", "Kata'ib", "Shi'ite"); a possessive "'s" is a token of its own.
//
// The regexes below define the tokens. Most of news text is ASCII, which a hand-written scanner
// reads several times faster; it answers only when every character it looks at is ASCII and
// leaves everything else (and initialisms) to the regexes, so both read alike.
export interface RawToken {
  start: number;
  end: number;
}

const TOKEN = new RegExp(
  [
    // initialisms with dots: U.S., U.N.
    String.raw`(?:\p{L}\.){2,}`,
    // numbers: 1,200 3.5 10:30
    String.raw`\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?`,
    // words, with internal hyphens and apostrophes (not a possessive 's)
    String.raw`[\p{L}\p{M}\p{N}\u200B]+(?:-[\p{L}\p{M}\p{N}\u200B]+|['’ʼ](?![sS]\b)[\p{L}\p{M}\u200B]+)*`,
    // a possessive
    String.raw`['’][sS]\b`,
    // any other single visible character (punctuation, symbols)
    String.raw`[^\s\u200B]`,
  ].join('|'),
  'uy',
);

const SKIP = /[\s\u200B]+/y;

export function tokenize(clean: string): RawToken[] {
  return tokenizeWith(clean, true);
}

/** `tokenize` by the regexes alone: the definition the fast path is tested against. */
export function tokenizeByRegex(clean: string): RawToken[] {
  return tokenizeWith(clean, false);
}

function tokenizeWith(clean: string, fast: boolean): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  const n = clean.length;
  while (i < n) {
    if (fast) while (i < n && isAsciiSpace(clean.charCodeAt(i))) i++;
    SKIP.lastIndex = i;
    if (i < n && (!fast || clean.charCodeAt(i) > 127) && SKIP.test(clean)) i = SKIP.lastIndex;
    if (i >= n) break;
    const ascii = fast ? asciiTokenEnd(clean, i) : -1;
    if (ascii > 0) {
      out.push({ start: i, end: ascii });
      i = ascii;
      continue;
    }
    TOKEN.lastIndex = i;
    // `test`, not `exec`: only where the match ends is needed, and no match array is built
    if (TOKEN.test(clean)) {
      // a lone surrogate or other oddity still advances by at least one unit
      const end = Math.max(i + 1, TOKEN.lastIndex);
      out.push({ start: i, end });
      i = end;
    } else {
      out.push({ start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

/** What `\s` matches in ASCII. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A `\b` word character (`NaN`, past the end, is none). */
function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}
/** `NaN` (past the end) is not above 127: the end of the text is an ASCII answer. */
const notAscii = (c: number): boolean => c > 127;
const APOSTROPHE = 39;
/** ’, punctuation (unlike ʼ, a letter): words continue across it as across "'". */
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;

/**
 * Where the token starting at `i` (not a space) ends, when ASCII alone decides it; -1 when a
 * character that matters is not ASCII, or for an initialism: the regexes decide those.
 */
function asciiTokenEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isLetter(c)) {
    const dot = s.charCodeAt(i + 1) === 46;
    if (dot && (notAscii(s.charCodeAt(i + 2)) || isLetter(s.charCodeAt(i + 2)))) return -1;
    return wordEnd(s, i);
  }
  if (isDigit(c)) return numberEnd(s, i);
  if (isApostrophe(c)) {
    const d = s.charCodeAt(i + 1);
    if (d !== 115 && d !== 83) return i + 1;
    const e = s.charCodeAt(i + 2);
    if (notAscii(e)) return -1;
    return isWordChar(e) ? i + 1 : i + 2; // "'s" before a word boundary is a possessive
  }
  return notAscii(c) ? -1 : i + 1;
}

/**
 * The end of a run from `j` of characters `take` accepts, at an ASCII character or an
 * apostrophe; -1 if it meets another non-ASCII character.
 */
function runEnd(s: string, j: number, take: (c: number) => boolean): number {
  for (; ; j++) {
    const c = s.charCodeAt(j);
    if (take(c)) continue;
    return notAscii(c) && c !== RIGHT_QUOTE ? -1 : j;
  }
}
const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

/** A word: letters and digits, then "-" + letters/digits or an apostrophe + letters (not a possessive 's). */
function wordEnd(s: string, i: number): number {
  let j = runEnd(s, i, isAlnum);
  while (j > 0) {
    const c = s.charCodeAt(j);
    const hyphen = c === 45;
    if (!hyphen && !isApostrophe(c)) return j;
    const d = s.charCodeAt(j + 1);
    if (notAscii(d)) return -1;
    if (hyphen) {
      if (!isAlnum(d)) return j;
      j = runEnd(s, j + 1, isAlnum);
      continue;
    }
    if (!isLetter(d)) return j;
    if (d === 115 || d === 83) {
      const e = s.charCodeAt(j + 2);
      if (notAscii(e)) return -1;
      if (!isWordChar(e)) return j; // a possessive follows
    }
    j = runEnd(s, j + 1, isLetter);
  }
  return j;
}

/** A number: digits, then [.,:] + digits, then letters ("10th"). */
function numberEnd(s: string, i: number): number {
  let j = runEnd(s, i, isDigit);
  while (j > 0) {
    const c = s.charCodeAt(j);
    if (c !== 46 && c !== 44 && c !== 58) break;
    const d = s.charCodeAt(j + 1);
    if (notAscii(d)) return -1;
    if (!isDigit(d)) break;
    j = runEnd(s, j + 1, isDigit);
  }
  return j > 0 ? runEnd(s, j, isLetter) : -1;
}
