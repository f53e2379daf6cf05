// What every date parser returns and the context it reads: day numbers (see ./calendar.ts),
// character offsets into the cleaned text, and the publication day as the only anchor.
import type { DatePrecision } from '../../domain/contract.ts';
import type { TimeKind } from '../document.ts';
import { dayFromYmd, ymdFromDay } from './calendar.ts';

export interface ParsedTime {
  /** character offsets of the expression, `end` exclusive */
  start: number;
  end: number;
  /** first and last day covered (inclusive day numbers) */
  from: number;
  to: number;
  precision: DatePrecision;
  kind: TimeKind;
  /** for day-month dates: the parts, so a range can lend its year to the other end */
  month?: number;
  day?: number;
  yearExplicit?: boolean;
  /** anniversaries: how many years before the commemoration the event took place */
  years?: number;
  /** chained dates ("the next day"): days from the date named before; unresolved until then */
  chain?: number;
}

export interface ScanContext {
  /** the cleaned text (same length as the original) */
  text: string;
  /** publication day number, or null: then only absolute dates resolve */
  anchor: number | null;
  /** parse whatever date expression starts at `pos` (used by modifiers: "late on …", "since …") */
  parseAt(pos: number): ParsedTime | null;
}

/** Compile a sticky, case-insensitive pattern once, at module load. */
export function sticky(source: string): RegExp {
  return new RegExp(source, 'iy');
}

/** Match `re` exactly at `pos`, or null. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export interface PrevWord {
  word: string;
  start: number;
}

/** The word just before `pos` (skipping spaces and hyphens), lower-cased; "mid-March" → "mid". */
export function prevWordBefore(text: string, pos: number): PrevWord | null {
  let i = pos - 1;
  while (i >= 0 && isGap(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  if (end - (i + 1) === 0) return null;
  return { word: text.slice(i + 1, end).toLowerCase(), start: i + 1 };
}

function isGap(c: number): boolean {
  return c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 160;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The year of a day-month date written without one: the latest year that does not put the
 * date more than a week after publication ("February 10" in a March 2021 article is 2021,
 * "December 5" is 2020); in a future context ("will be held on June 6") the next one.
 */
export function dayWithoutYear(
  month: number,
  day: number,
  anchor: number | null,
  future = false,
): number | null {
  if (anchor === null) return null;
  const year = ymdFromDay(anchor).year;
  if (future) {
    for (let y = year - 1; y <= year + 1; y++) {
      const d = dayFromYmd(y, month, day);
      if (d !== null && d >= anchor - 1) return d;
    }
  }
  for (let y = year + 1; y >= year - 1; y--) {
    const d = dayFromYmd(y, month, day);
    if (d !== null && d <= anchor + 7) return d;
  }
  return dayFromYmd(year - 4, month, day); // 29 February
}

/** Words before a date that put it ahead of publication ("will meet on Monday"). */
const FUTURE_BEFORE =
  /\b(?:will|shall|due to|scheduled|slated|expected to|set to|plans? to|planned|planning to|upcoming|ahead of|is to be|are to be|to be held)\b[^.!?\n]*$/i;

/** A past-tense report between the future word and the date wins: "… will meet, it was announced Thursday". */
const PAST_AFTER = /\b(?:was|were|had|did|said|says|told|announced|reported|added)\b/i;

/** Whether the sentence before `pos` speaks of the future (looks back at most 80 characters). */
export function isFutureAt(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 80), pos);
  const m = FUTURE_BEFORE.exec(before);
  return m !== null && !PAST_AFTER.test(before.slice(m.index + 4));
}

/** A point expression over one day. */
export function onDay(start: number, end: number, day: number): ParsedTime {
  return { start, end, from: day, to: day, precision: 'day', kind: 'point' };
}

/**
 * "Last night", "Monday night", "overnight": the night runs into the next day, so the two days
 * as a range (codebook), but never past the publication day.
 */
export function nightOf(start: number, end: number, day: number, anchor: number | null): ParsedTime {
  const to = anchor === null ? day + 1 : Math.min(day + 1, Math.max(day, anchor));
  return { start, end, from: day, to, precision: 'day', kind: to > day ? 'range' : 'point' };
}
