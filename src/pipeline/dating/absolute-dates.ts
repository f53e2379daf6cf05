// Dates written out: "May 24, 2019", "24th of May", "3-5 March", "10/02/2021", "2021-02-10",
// "in March", "since 2014", "the 1980s". A bare month or year counts only after a preposition
// ("in March", not "the March", "may", "Black September"); months must be capitalised.
import { addYears, dayFromYmd, daysInMonth, yearBounds, ymdFromDay } from './calendar.ts';
import { DATE_PREPOSITIONS, DAY_SRC, MONTH_SRC, monthOf, RANGE_JOIN_SRC, YEAR_SRC } from './date-words.ts';
import {
  dayWithoutYear,
  isFutureAt,
  matchAt,
  type ParsedTime,
  prevWordBefore,
  type ScanContext,
  sticky,
} from './parsed-time.ts';

const YEAR_TAIL = String.raw`(?:,?\s+${YEAR_SRC})?`;
const MONTH_DAY_RANGE = sticky(
  String.raw`${MONTH_SRC}\s+${DAY_SRC}${RANGE_JOIN_SRC}(?:${MONTH_SRC}\s+)?${DAY_SRC}${YEAR_TAIL}`,
);
const MONTH_DAY = sticky(String.raw`${MONTH_SRC}\s+${DAY_SRC}${YEAR_TAIL}`);
const MONTH_YEAR = sticky(String.raw`${MONTH_SRC},?\s+(?:of\s+)?${YEAR_SRC}`);
const MONTH_ALONE = sticky(String.raw`${MONTH_SRC}(?!\s*\d)`);
/** "March this year", "in May of last year" */
const OF_THIS_YEAR = sticky(String.raw`,?\s+(?:of\s+)?(this|last|next)\s+year(?![a-z])`);
const DAY_RANGE_MONTH = sticky(
  String.raw`${DAY_SRC}(?:${RANGE_JOIN_SRC}|/)${DAY_SRC}\s+(?:of\s+)?${MONTH_SRC}${YEAR_TAIL}`,
);
const DAY_MONTH = sticky(String.raw`${DAY_SRC}\s+(?:of\s+)?${MONTH_SRC}${YEAR_TAIL}`);
const ISO_DATE = sticky(String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)`);
const NUMERIC_DATE = sticky(String.raw`(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)`);
const DECADE = sticky(String.raw`((?:1[89]|20)\d0)['’]?s(?![a-z])`);
const YEAR_RANGE = sticky(
  String.raw`${YEAR_SRC}\s*(?:-|–|—|to|until|through|and)\s*(?:((?:19|20)\d\d)|(\d\d))(?!\d)`,
);
const YEAR_ALONE = sticky(YEAR_SRC);
const RANGE_JOIN = sticky(String.raw`\s*(-|–|—|to|until|till|through|and)\s*`);
/** "March 3, 2000 people": the number after the day is a count, not a year */
const COUNT_NOUN =
  /\s+(?:people|persons|protesters|demonstrators|troops|soldiers|fighters|militants|civilians|families|residents|refugees|men|women|children|members|others|of|GMT|UTC|hrs|hours|local|km|kilometres|kilometers|metres|meters|dollars|rounds|rockets|shells)\b/iy;

/** Modifiers kept in the span of a bare month ("last March"); plain prepositions are not. */
const MONTH_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'mid', 'late']);

/** A written-out date starting at `pos` (a month name or a digit), with an optional range tail. */
export function parseAbsoluteAt(c: ScanContext, pos: number): ParsedTime | null {
  const code = c.text.charCodeAt(pos);
  const first = code >= 48 && code <= 57 ? parseDigitHead(c, pos) : parseMonthHead(c, pos);
  return first && withRangeTail(c, first);
}

function parseMonthHead(c: ScanContext, pos: number): ParsedTime | null {
  let m = matchAt(MONTH_DAY_RANGE, c.text, pos);
  if (m && monthOf(m[1]!) && (!m[3] || monthOf(m[3]))) {
    const r = dayRange(c, m, monthOf(m[1]!)!, Number(m[2]), m[3] ? monthOf(m[3])! : 0, Number(m[4]), 5);
    if (r) return r;
  }
  m = matchAt(MONTH_DAY, c.text, pos);
  if (m && monthOf(m[1]!)) {
    const r = dayMonth(c, m, monthOf(m[1]!)!, Number(m[2]), 3);
    if (r) return r;
  }
  m = matchAt(MONTH_YEAR, c.text, pos);
  if (m && monthOf(m[1]!)) return monthOfYear(pos, MONTH_YEAR.lastIndex, Number(m[2]), monthOf(m[1]!)!);
  m = matchAt(MONTH_ALONE, c.text, pos);
  if (m && monthOf(m[1]!)) return bareMonth(c, pos, MONTH_ALONE.lastIndex, monthOf(m[1]!)!);
  return null;
}

function parseDigitHead(c: ScanContext, pos: number): ParsedTime | null {
  let m = matchAt(ISO_DATE, c.text, pos);
  if (m) {
    const d = dayFromYmd(Number(m[1]), Number(m[3]), Number(m[4]));
    if (d !== null) return { ...exact(pos, ISO_DATE.lastIndex, d), month: Number(m[3]), day: Number(m[4]) };
  }
  m = matchAt(NUMERIC_DATE, c.text, pos);
  if (m) {
    const r = numericDate(c, pos, NUMERIC_DATE.lastIndex, m);
    if (r) return r;
  }
  m = matchAt(DAY_RANGE_MONTH, c.text, pos);
  if (m && monthOf(m[3]!)) {
    const month = monthOf(m[3]!)!;
    const r = dayRange(c, m, month, Number(m[1]), month, Number(m[2]), 4);
    if (r) return r;
  }
  m = matchAt(DAY_MONTH, c.text, pos);
  if (m && monthOf(m[2]!)) {
    const r = dayMonth(c, m, monthOf(m[2]!)!, Number(m[1]), 3);
    if (r) return r;
  }
  m = matchAt(DECADE, c.text, pos);
  if (m) {
    const y = Number(m[1]);
    return {
      start: pos,
      end: DECADE.lastIndex,
      from: yearBounds(y)[0],
      to: yearBounds(y + 9)[1],
      precision: 'year',
      kind: 'point',
    };
  }
  return parseYear(c, pos);
}

function parseYear(c: ScanContext, pos: number): ParsedTime | null {
  const prev = prevWordBefore(c.text, pos);
  const afterPreposition = prev !== null && DATE_PREPOSITIONS.has(prev.word);
  const m = matchAt(YEAR_RANGE, c.text, pos);
  if (m) {
    const y1 = Number(m[1]);
    const y2 = m[2] ? Number(m[2]) : Math.floor(y1 / 100) * 100 + Number(m[3]);
    if (y2 > y1 && y2 - y1 <= 50 && (afterPreposition || m[2])) {
      return {
        start: pos,
        end: YEAR_RANGE.lastIndex,
        from: yearBounds(y1)[0],
        to: yearBounds(y2)[1],
        precision: 'year',
        kind: 'range',
      };
    }
  }
  if (!afterPreposition) return null;
  COUNT_NOUN.lastIndex = pos + 4;
  if (COUNT_NOUN.test(c.text)) return null; // "of 2000 people"
  if (!matchAt(YEAR_ALONE, c.text, pos)) return null;
  const y = Number(c.text.slice(pos, pos + 4));
  return {
    start: pos,
    end: pos + 4,
    from: yearBounds(y)[0],
    to: yearBounds(y)[1],
    precision: 'year',
    kind: 'point',
    yearExplicit: true,
  };
}

function exact(start: number, end: number, day: number): ParsedTime {
  return { start, end, from: day, to: day, precision: 'day', kind: 'point', yearExplicit: true };
}

/** The year in capture group `g` and where the match ends; "March 3, 2000 people" loses its year. */
function yearOf(c: ScanContext, m: RegExpExecArray, g: number): { year: number | null; end: number } {
  const end = m.index + m[0].length;
  const year = m[g];
  if (!year) return { year: null, end };
  COUNT_NOUN.lastIndex = end;
  if (COUNT_NOUN.test(c.text)) {
    // the year group closes the match: cut it and its ", " off
    const kept = m[0].slice(0, m[0].length - year.length).replace(/,?\s+$/, '');
    return { year: null, end: m.index + kept.length };
  }
  return { year: Number(year), end };
}

/** "the March 14 Alliance", "6 October Bridge": a date that names something, not a date */
const NAMED_AFTER =
  /\s+(?:Alliance|Coalition|Movement|Bloc|Forces|Revolution|Street|Square|Bridge|Stadium|University|Brigades?|Division|Camp|Club|Group|Agreement|Accords?|Party)\b/y;

function dayMonth(c: ScanContext, m: RegExpExecArray, month: number, day: number, yearGroup: number) {
  const { year, end } = yearOf(c, m, yearGroup);
  NAMED_AFTER.lastIndex = end;
  if (year === null && NAMED_AFTER.test(c.text)) return null;
  const d =
    year === null
      ? dayWithoutYear(month, day, c.anchor, isFutureAt(c.text, m.index))
      : dayFromYmd(year, month, day);
  if (d === null) return null;
  const r: ParsedTime = { start: m.index, end, from: d, to: d, precision: 'day', kind: 'point' };
  return { ...r, month, day, yearExplicit: year !== null };
}

function dayRange(
  c: ScanContext,
  m: RegExpExecArray,
  month1: number,
  day1: number,
  month2: number,
  day2: number,
  yearGroup: number,
): ParsedTime | null {
  const { year } = yearOf(c, m, yearGroup);
  if (year === null && m[yearGroup]) return null;
  const m2 = month2 || month1;
  if (m2 === month1 && day2 <= day1) return null;
  let to =
    year === null
      ? dayWithoutYear(m2, day2, c.anchor, isFutureAt(c.text, m.index))
      : dayFromYmd(year, m2, day2);
  if (to === null) return null;
  const y2 = ymdFromDay(to).year;
  const from = dayFromYmd(m2 < month1 ? y2 - 1 : y2, month1, day1);
  if (from === null || from > to) return null;
  if (to - from > 62) to = from; // "March 3 and 40 …" read as a range: not one
  return { start: m.index, end: m.index + m[0].length, from, to, precision: 'day', kind: 'range' };
}

/** "10/02/2021": day/month unless impossible; when both readings exist, the one nearer publication. */
function numericDate(c: ScanContext, start: number, end: number, m: RegExpExecArray): ParsedTime | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (m[2] !== '/' && m[4]!.length === 2) return null;
  let year = Number(m[4]);
  if (m[4]!.length === 2) year += year <= 50 ? 2000 : 1900;
  const dm = dayFromYmd(year, b, a);
  const md = dayFromYmd(year, a, b);
  let d = dm ?? md;
  if (dm !== null && md !== null && c.anchor !== null && Math.abs(md - c.anchor) < Math.abs(dm - c.anchor))
    d = md;
  return d === null ? null : exact(start, end, d);
}

function monthOfYear(start: number, end: number, year: number, month: number): ParsedTime {
  const from = dayFromYmd(year, month, 1)!;
  const to = dayFromYmd(year, month, daysInMonth(year, month))!;
  return { start, end, from, to, precision: 'month', kind: 'point', month, yearExplicit: true };
}

/** "in March": the latest March that is not after publication ("last", "this", "next" move it). */
function bareMonth(c: ScanContext, start: number, end: number, month: number): ParsedTime | null {
  const prev = prevWordBefore(c.text, start);
  if (c.anchor === null || !prev || !DATE_PREPOSITIONS.has(prev.word)) return null;
  const { year, month: pubMonth } = ymdFromDay(c.anchor);
  let y = month <= pubMonth ? year : year - 1;
  if (!MONTH_MODIFIERS.has(prev.word) && isFutureAt(c.text, start)) y = month >= pubMonth ? year : year + 1;
  if (prev.word === 'last' && month === pubMonth) y = year - 1;
  if (prev.word === 'this') y = year;
  if (prev.word === 'next') y = month > pubMonth ? year : year + 1;
  const which = matchAt(OF_THIS_YEAR, c.text, end);
  if (which) {
    y = year + (/last/i.test(which[1]!) ? -1 : /next/i.test(which[1]!) ? 1 : 0);
    end = OF_THIS_YEAR.lastIndex;
  }
  const r = monthOfYear(MONTH_MODIFIERS.has(prev.word) ? prev.start : start, end, y, month);
  return { ...r, yearExplicit: which !== null };
}

/**
 * "from March 3 to March 5, 2021", "between 2014 and 2017", "24 February-3 March": join a date
 * to the next one. "and" joins only after "between" ("on March 3 and March 5" are two dates).
 */
function withRangeTail(c: ScanContext, a: ParsedTime): ParsedTime {
  if (a.kind !== 'point') return a;
  const join = matchAt(RANGE_JOIN, c.text, a.end);
  if (!join) return a;
  if (/and/i.test(join[1]!) && prevWordBefore(c.text, a.start)?.word !== 'between') return a;
  const at = RANGE_JOIN.lastIndex;
  const code = c.text.charCodeAt(at);
  const b = code >= 48 && code <= 57 ? parseDigitHead(c, at) : parseMonthHead(c, at);
  if (b?.kind !== 'point' || b.precision !== a.precision) return a;
  let from = a.from;
  if (!a.yearExplicit && b.yearExplicit && a.month && a.day) {
    const y = ymdFromDay(b.to).year;
    from = dayFromYmd(y, a.month, a.day) ?? from;
    if (from > b.from) from = dayFromYmd(y - 1, a.month, a.day) ?? from;
  }
  const to = !b.yearExplicit && b.to < from ? addYears(b.to, 1) : b.to; // "from June through November"
  if (from > to) return a;
  return { start: a.start, end: b.end, from, to, precision: a.precision, kind: 'range' };
}
