// The date scanner: one pass over the words of the text; a word that can begin a date
// expression (a month, a weekday, a digit, "last", "yesterday", "the" …) runs that word's
// parser at its position; a hit is kept and the scan resumes after it. Linear in the text.
import type { IsoDate } from '../../domain/contract.ts';
import type { Doc, TimeExpression } from '../document.ts';
import { parseAbsoluteAt } from './absolute-dates.ts';
import { addYears, dayFromIso, isoFromDay } from './calendar.ts';
import { parseDaysLater, parseThatDay, parseTheDay, resolveChains } from './chained-dates.ts';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './date-words.ts';
import { FEAST_WORDS, parseFeast } from './feast-dates.ts';
import { type ParsedTime, prevWordBefore, type ScanContext } from './parsed-time.ts';
import {
  parseAgo,
  parseDayWord,
  parseEarlier,
  parseLateEarly,
  parseModifier,
  parseOvernight,
  parseRecent,
  parseThe,
} from './relative-dates.ts';
import { parseWeekdayAt } from './weekday-dates.ts';

type HeadParser = (c: ScanContext, pos: number) => ParsedTime | null;

const digitHead: HeadParser = (c, pos) =>
  parseAbsoluteAt(c, pos) ?? parseAgo(c, pos) ?? parseDaysLater(c, pos);
const countHead: HeadParser = (c, pos) => parseAgo(c, pos) ?? parseDaysLater(c, pos) ?? parseThatDay(c, pos);
const theHead: HeadParser = (c, pos) => parseThe(c, pos) ?? parseTheDay(c, pos);

/** lower-case first word → the parser of the expressions it begins */
const HEADS: ReadonlyMap<string, HeadParser> = new Map<string, HeadParser>([
  ...[...MONTHS.keys()].map((w) => [w, parseAbsoluteAt] as const),
  ...[...WEEKDAYS.keys()].map((w) => [w, (c: ScanContext, p: number) => parseWeekdayAt(c, p)] as const),
  ...[...NUMBER_WORDS.keys()].map((w) => [w, countHead] as const),
  ...['yesterday', 'today', 'tonight', 'tomorrow'].map((w) => [w, parseDayWord] as const),
  ...['last', 'this', 'next', 'past', 'previous', 'coming'].map((w) => [w, parseModifier] as const),
  ...['late', 'early', 'mid'].map((w) => [w, parseLateEarly] as const),
  ['the', theHead],
  ['its', parseThe],
  ['their', parseThe],
  ['on', parseThe],
  ['several', countHead],
  ['few', countHead],
  ['that', parseThatDay],
  ['later', parseThatDay],
  ['hours', parseThatDay],
  ['minutes', parseThatDay],
  ['overnight', parseOvernight],
  ['earlier', parseEarlier],
  ['recent', parseRecent],
  ...FEAST_WORDS.map((w) => [w, parseFeast] as const),
]);

/**
 * Words: ASCII letters (with Latin-1 accents) or digit runs; everything else is a gap. As a
 * regex, `[A-Za-z\u00C0-\u024F]+|\d+`; `scanTimes` reads them by hand with these tests.
 */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Marks the first character (ASCII) and length (up to 31) of every head word; see `shapeOf`. */
const HEAD_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (first: number, length: number): number => first * 32 + Math.min(length, 31);

/**
 * Whether an ASCII word with this first character and length can be a head: `headAt` finds
 * only words equal to a head word (or, capitalised, whose lower case is one, of the same length).
 */
function mayBeHead(first: number, length: number): boolean {
  if (HEAD_SHAPES[shapeOf(first, length)] === 1) return true;
  return first >= 65 && first <= 90 && HEAD_SHAPES[shapeOf(first + 32, length)] === 1;
}

for (const w of HEADS.keys()) {
  const first = w.charCodeAt(0);
  // a head word starting beyond ASCII is found by `headAt` alone (the scan asks only of ASCII words)
  if (first < 128) HEAD_SHAPES[shapeOf(first, w.length)] = 1;
}

function headAt(word: string): HeadParser | undefined {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return digitHead;
  return HEADS.get(word) ?? (c >= 65 && c <= 90 ? HEADS.get(word.toLowerCase()) : undefined);
}

/** Parse whatever expression starts at `pos`, or null. */
function parseAt(c: ScanContext, pos: number): ParsedTime | null {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(c.text);
  const head = m ? headAt(m[0]) : undefined;
  return head ? head(c, pos) : null;
}
const WORD_AT = /[A-Za-z\u00C0-\u024F]+|\d+/y;

/**
 * Every date expression in `clean[from, to)`, resolved against `published` (an ISO day or
 * null: then only dates written with their year resolve). Never reads the clock.
 */
export function scanTimes(
  clean: string,
  published: string | null,
  from = 0,
  to = clean.length,
): ParsedTime[] {
  const anchor = dayFromIso(published);
  const c: ScanContext = { text: clean, anchor, parseAt: (pos) => parseAt(c, pos) };
  const found: ParsedTime[] = [];
  // the words of WORD, read by hand: most are no head, and those are never sliced out
  const n = clean.length;
  for (let i = from; i < n; ) {
    const first = clean.charCodeAt(i);
    const digit = isDigit(first);
    if (!digit && !isWordLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    if (start >= to) break;
    let ascii = true;
    if (digit) while (i < n && isDigit(clean.charCodeAt(i))) i++;
    else
      for (let ch = first; i < n && isWordLetter(ch); ch = clean.charCodeAt(++i)) if (ch > 127) ascii = false;
    const head = digit
      ? digitHead
      : ascii && !mayBeHead(first, i - start)
        ? undefined
        : headAt(clean.slice(start, i));
    if (!head) continue;
    const p = head(c, start);
    if (!p || p.end > to) continue;
    found.push(withSince(c, p, found));
    i = p.end;
  }
  const chained = resolveChains(found);
  return chained.map((p) => (p.kind === 'anniversary' ? rebaseAnniversary(p, chained) : p));
}

/** "since October": an open window from the named date up to publication. */
function withSince(c: ScanContext, p: ParsedTime, before: readonly ParsedTime[]): ParsedTime {
  let prev = prevWordBefore(c.text, p.start);
  if (prev?.word === 'the') prev = prevWordBefore(c.text, prev.start);
  if (prev?.word !== 'since' || (before.length > 0 && before[before.length - 1]!.end > prev.start)) return p;
  return { ...p, start: prev.start, to: Math.max(p.to, c.anchor ?? p.to), kind: 'since' };
}

/** How far back (characters) a named day can anchor an anniversary: about two sentences. */
const ANNIVERSARY_REACH = 400;

/**
 * "a seminar last Friday … commemorated the first anniversary of the massacre": the
 * commemoration's day is the nearest recent day named before the anniversary.
 */
function rebaseAnniversary(p: ParsedTime, found: readonly ParsedTime[]): ParsedTime {
  let base: ParsedTime | undefined;
  for (const q of found) {
    if (q.start >= p.start) break;
    if (
      q.kind !== 'anniversary' &&
      q.precision === 'day' &&
      q.from === q.to &&
      p.start - q.end <= ANNIVERSARY_REACH
    )
      base = q;
  }
  if (!base || base.to < p.to - 60) return p;
  const day = addYears(base.from, -(p.years ?? 1));
  return { ...p, from: day, to: day, precision: 'day' };
}

/** Days before publication after which a date counts as background (historical). */
const HISTORICAL_DAYS = 30;

export function toTimeExpression(text: string, p: ParsedTime, published: string | null): TimeExpression {
  const anchor = dayFromIso(published);
  const historical = p.kind === 'anniversary' || (anchor !== null && p.to < anchor - HISTORICAL_DAYS);
  return {
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    range: { start: isoFromDay(p.from) as IsoDate, end: isoFromDay(p.to) as IsoDate, precision: p.precision },
    historical,
    kind: p.kind,
  };
}

/** All the date expressions of a text (`clean` is the same-length cleaned copy of `text`). */
export function findTimes(text: string, published: string | null, clean = text): TimeExpression[] {
  return scanTimes(clean, published).map((p) => toTimeExpression(text, p, published));
}

/**
 * The date expressions of one sentence, for stages that attach dates to what a sentence
 * says. The scan starts a sentence earlier so an anniversary can see the day named before it.
 */
export function findTimesInSentence(doc: Doc, sentenceIndex: number): TimeExpression[] {
  const s = doc.sentences[sentenceIndex];
  if (!s) return [];
  const from = doc.sentences[sentenceIndex - 1]?.start ?? s.start;
  return scanTimes(doc.clean, doc.published, from, s.end)
    .filter((p) => p.start >= s.start)
    .map((p) => toTimeExpression(doc.text, p, doc.published));
}

/** The already-resolved `times` that lie inside `[start, end)` (e.g. one sentence). */
export function timesWithin(times: readonly TimeExpression[], start: number, end: number): TimeExpression[] {
  return times.filter((t) => t.start >= start && t.end <= end);
}
