import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cleanText } from '../normalize/normalize-text.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize, tokenizeByRegex } from './tokenize.ts';

const words = (text: string) => tokenize(cleanText(text)).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('reads as its regexes do: the ASCII fast path changes no token', () => {
    const piece = fc.constantFrom(
      ...['a', 'B', 's', 'S', 'x1', '9', '.', ',', ':', '-', "'", '’', 'ʼ', ' ', '\n', '\u00a0', '\u200B'],
      ...['é', 'e\u0301', 'ب', '٣', '_', '!', 'U.', 'S.', '\uD83D\uDE00', '\uD800', 'Ⅻ', '('],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text), tokenizeByRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps Arabic-origin names whole and splits possessives', () => {
    assert.deepEqual(words("al-Sadr's men, Kata'ib Hezbollah."), [
      'al-Sadr',
      "'s",
      'men',
      ',',
      "Kata'ib",
      'Hezbollah',
      '.',
    ]);
  });
  it('keeps initialisms and numbers', () => {
    assert.deepEqual(words('The U.S. sent 1,200 troops.'), ['The', 'U.S.', 'sent', '1,200', 'troops', '.']);
  });
  it('is lossless: only whitespace and joiners lie between tokens', () => {
    const text = 'A\u200Bb \u202Bc\u0000d\tE\u00ADf — "g"';
    const toks = tokenize(cleanText(text));
    let last = 0;
    for (const t of toks) {
      assert.match(cleanText(text).slice(last, t.start), /^[\s\u200B]*$/);
      last = t.end;
    }
  });
});

describe('splitSentences', () => {
  const sents = (text: string) => {
    const toks = tokenize(text);
    return splitSentences(text, toks).map((s) =>
      text.slice(toks[s.tokenStart]!.start, toks[s.tokenEnd - 1]!.end),
    );
  };
  it('does not split after titles and initials', () => {
    assert.deepEqual(sents('Brig. Gen. Yahya Rasool spoke. U.S. forces left.'), [
      'Brig. Gen. Yahya Rasool spoke.',
      'U.S. forces left.',
    ]);
  });
  it('splits on line breaks unless the line goes on', () => {
    assert.deepEqual(sents('Headline here\nThe text starts\nand goes on.'), [
      'Headline here',
      'The text starts\nand goes on.',
    ]);
  });
});
