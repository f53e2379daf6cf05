// A lossless tokenizer: tokens are slices of the text, and the gaps between them are only
// whitespace (and invisible joiners). Words keep internal hyphens and apostrophes
// ("al-Sadr", "Kata'ib", "Shi'ite"); a possessive "'s" is a token of its own.
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
  const out: RawToken[] = [];
  let i = 0;
  const n = clean.length;
  while (i < n) {
    SKIP.lastIndex = i;
    if (SKIP.test(clean)) {
      i = SKIP.lastIndex;
      if (i >= n) break;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(clean);
    if (m) {
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
