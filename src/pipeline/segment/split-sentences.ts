// Sentence boundaries over tokens. A sentence ends at . ! ? (with closing quotes/brackets)
// before a capital, a digit or an opening quote, unless the period belongs to an
// abbreviation or an initial; line breaks end a sentence unless the line plainly goes on.
import type { RawToken } from './tokenize.ts';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen brig col lt sgt maj capt cpt adm cmdr gov sen rep sheikh st mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx fig ' +
    'jr sr rev hon pres u.s u.n u.k e.g i.e'
  ).split(' '),
);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export interface SentenceBounds {
  tokenStart: number;
  tokenEnd: number;
}

function isTerminal(t: string): boolean {
  return t === '.' || t === '!' || t === '?' || t === '…';
}

/** `isTerminal` of the token's text, read in place (every terminal is one character). */
function isTerminalAt(clean: string, t: RawToken): boolean {
  if (t.end - t.start !== 1) return false;
  const c = clean.charCodeAt(t.start);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function hasLineBreak(clean: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clean.charCodeAt(i) === 10) return true;
  return false;
}

function startsSentence(word: string): boolean {
  const c = word.charCodeAt(0);
  const ch = word[0] ?? '';
  if (c >= 48 && c <= 57) return true; // digit
  if ('"“«(\'‘['.includes(ch)) return true;
  return ch !== ch.toLowerCase() || /\p{Lo}/u.test(ch);
}

export function splitSentences(clean: string, tokens: readonly RawToken[]): SentenceBounds[] {
  const out: SentenceBounds[] = [];
  let start = 0;
  const slice = (i: number) => clean.slice(tokens[i]!.start, tokens[i]!.end);
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const t = tokens[i]!;
    // most tokens are neither followed by a line break nor terminal: nothing is sliced for them
    const broken = hasLineBreak(clean, t.end, next.start);
    if (!broken && !isTerminalAt(clean, t)) continue;
    const tok = slice(i);
    let boundary = false;
    if (broken) {
      const gap = clean.slice(t.end, next.start);
      const blankLine = /\n[ \t\u200B]*\n/.test(gap);
      const goesOn = !isTerminal(tok) && /^\p{Ll}/u.test(slice(i + 1)) && !/[:;]$/.test(tok);
      boundary = blankLine || !goesOn;
    } else {
      let j = i;
      while (tokens[j + 1] && CLOSERS.has(slice(j + 1)) && tokens[j + 1]!.start === tokens[j]!.end) j++;
      const after = tokens[j + 1];
      if (after && tok === '.') {
        const prev = i > 0 ? slice(i - 1) : '';
        const attached = i > 0 && tokens[i - 1]!.end === tokens[i]!.start;
        const isAbbrev = attached && (ABBREVIATIONS.has(prev.toLowerCase()) || /^\p{Lu}$/u.test(prev));
        boundary = !isAbbrev && startsSentence(slice(j + 1));
      } else if (after) {
        boundary = startsSentence(slice(j + 1));
      }
      if (boundary) i = j;
    }
    if (boundary) {
      out.push({ tokenStart: start, tokenEnd: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push({ tokenStart: start, tokenEnd: tokens.length });
  return out;
}
