// Expressions relative to the publication day: "yesterday", "last night", "this week",
// "last month", "earlier this year", "two days ago", "the past week", "over the weekend",
// "the night of …", "the first anniversary of …", "the 1980s". Each head word has one parser.
import { addYears, monthBounds, weekStart, yearBounds, ymdFromDay } from './calendar.ts';
import { NUMBER_SRC, numberOf, ORDINAL_SRC, ordinalOf, WEEKDAY_SRC } from './date-words.ts';
import { matchAt, nightOf, onDay, type ParsedTime, type ScanContext, sticky } from './parsed-time.ts';
import { parseWeekdayAt, type WeekdayModifier } from './weekday-dates.ts';

type Unit = 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'year';

const DAY_WORD = sticky(
  String.raw`(yesterday|today|tonight|tomorrow)(?:\s+(morning|afternoon|evening|night))?(?![a-z])`,
);
const OVERNIGHT = sticky(String.raw`overnight(?:\s+(?:on\s+|from\s+)?(?=${WEEKDAY_SRC}))?`);
const MODIFIED_UNIT = sticky(
  String.raw`(last|this|next|past|previous|coming)\s+(?:past\s+)?(week|weekend|month|year|night|evening|morning|afternoon)(?![a-z])`,
);
const MODIFIED_WEEKDAY = sticky(String.raw`(last|this|next|past|previous|coming)\s+(?=${WEEKDAY_SRC})`);
const COUNT_UNIT = String.raw`(?:${NUMBER_SRC}|(few|several|couple\s+of))\s+(hours?|days?|weeks?|months?|years?)(?![a-z])`;
const LAST_N = sticky(String.raw`(?:the\s+)?(?:last|past|previous)\s+${COUNT_UNIT}`);
const AGO = sticky(String.raw`(?:a\s+)?${COUNT_UNIT}\s+ago(?![a-z])`);
const EARLIER = sticky(String.raw`earlier\s+(?:(?:this|in\s+the)\s+(week|month|year)|(today))(?![a-z])`);
const LATE_EARLY = sticky(String.raw`(late|early|mid)(?:\s*-\s*|\s+)(?:(?:on|in)\s+)?`);
const THE_OF = sticky(
  String.raw`(?:on\s+)?(?:the|its)\s+(night|evening|morning|afternoon|early\s+hours|eve|end|beginning|start|middle)\s+of\s+`,
);
const THE_DAY_BEFORE = sticky(String.raw`the\s+day\s+before\s+yesterday`);
const THE_PERIOD = sticky(String.raw`the\s+(?:past|last|previous)\s+(week|weekend|month|year)(?![a-z])`);
const THE_WEEKEND = sticky(String.raw`the\s+weekend(?![a-z])`);
const THE_DECADE = sticky(String.raw`the\s+(?:(early|mid|late)[\s-]*)?((?:1[89]|20)\d0)['’]?s(?![a-z])`);
const ANNIVERSARY = sticky(String.raw`(?:the|its|their)\s+(?:${ORDINAL_SRC}\s+)?anniversary(?![a-z])`);

const span = (start: number, end: number, from: number, to: number, precision: ParsedTime['precision']) =>
  ({ start, end, from, to, precision, kind: from === to ? 'point' : 'range' }) as ParsedTime;

/** "yesterday", "today", "tonight", "tomorrow", with "morning"/"night" */
export function parseDayWord(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(DAY_WORD, c.text, pos);
  if (!m || c.anchor === null) return null;
  const offset = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1]!.toLowerCase()] ?? 0;
  const day = c.anchor + offset;
  if (/night/i.test(m[2] ?? '')) return nightOf(pos, DAY_WORD.lastIndex, day, c.anchor);
  return onDay(pos, DAY_WORD.lastIndex, day);
}

/** "overnight" (the night before publication) or "overnight Saturday into Sunday" */
export function parseOvernight(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(OVERNIGHT, c.text, pos);
  if (!m || c.anchor === null) return null;
  const at = OVERNIGHT.lastIndex;
  if (at > pos + 9) return parseWeekdayAt(c, at, null, true, pos);
  return nightOf(pos, at, c.anchor - 1, c.anchor);
}

/** "last week", "this month", "next year", "last night", "last Friday", "the past three days" */
export function parseModifier(c: ScanContext, pos: number): ParsedTime | null {
  if (c.anchor === null) return null;
  const n = parseLastN(c, pos);
  if (n) return n;
  const m = matchAt(MODIFIED_UNIT, c.text, pos);
  if (m)
    return modifiedUnit(c.anchor, pos, MODIFIED_UNIT.lastIndex, m[1]!.toLowerCase(), m[2]!.toLowerCase());
  if (!matchAt(MODIFIED_WEEKDAY, c.text, pos)) return null;
  const word = c.text.slice(pos, MODIFIED_WEEKDAY.lastIndex).trim().toLowerCase();
  const mod: WeekdayModifier =
    word === 'this' ? 'this' : word === 'next' || word === 'coming' ? 'next' : 'last';
  return parseWeekdayAt(c, MODIFIED_WEEKDAY.lastIndex, mod, false, pos);
}

function modifiedUnit(
  anchor: number,
  start: number,
  end: number,
  mod: string,
  unit: string,
): ParsedTime | null {
  if (unit === 'night')
    return mod === 'last' ? nightOf(start, end, anchor - 1, anchor) : onDay(start, end, anchor);
  if (unit === 'evening') return onDay(start, end, mod === 'last' ? anchor - 1 : anchor);
  if (unit === 'morning' || unit === 'afternoon') return mod === 'this' ? onDay(start, end, anchor) : null;
  const shift = mod === 'this' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
  // "the past week" and "this past week" are windows up to publication, not the calendar week
  if (mod === 'past') return since(start, end, anchor, 1, unit as Unit);
  return period(start, end, anchor, unit as Unit, shift);
}

/** A calendar week/weekend/month/year, `shift` units from the one holding publication. */
function period(start: number, end: number, anchor: number, unit: Unit, shift: number): ParsedTime {
  if (unit === 'week' || unit === 'weekend') {
    const monday = weekStart(anchor) + 7 * shift;
    if (unit === 'weekend') return { ...span(start, end, monday + 5, monday + 6, 'day'), kind: 'point' };
    const to = shift === 0 ? anchor : monday + 6;
    return { start, end, from: monday, to, precision: 'week', kind: 'point' };
  }
  if (unit === 'month') {
    const [from, to] = monthBounds(anchor, shift);
    return { start, end, from, to: shift === 0 ? anchor : to, precision: 'month', kind: 'point' };
  }
  const [from, to] = yearBounds(ymdFromDay(anchor).year + shift);
  return { start, end, from, to: shift === 0 ? anchor : to, precision: 'year', kind: 'point' };
}

const UNIT_DAYS: Record<Unit, number> = { hour: 1, day: 1, week: 7, weekend: 7, month: 30, year: 365 };

/** "the past three days", "since": a window ending on publication (an aggregate, not an event date) */
function since(start: number, end: number, anchor: number, count: number, unit: Unit): ParsedTime {
  const from = unit === 'hour' ? anchor - Math.ceil(count / 24) : anchor - count * UNIT_DAYS[unit];
  return {
    start,
    end,
    from,
    to: anchor,
    precision: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day',
    kind: 'since',
  };
}

function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/, '') as Unit;
}

function parseLastN(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(LAST_N, c.text, pos);
  if (!m || c.anchor === null) return null;
  const count = m[1] ? numberOf(m[1]) : 7;
  if (count === undefined) return null;
  return since(pos, LAST_N.lastIndex, c.anchor, count, unitOf(m[3]!));
}

/** "two days ago", "three weeks ago", "a few days ago" */
export function parseAgo(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(AGO, c.text, pos);
  if (!m || c.anchor === null) return null;
  const end = AGO.lastIndex;
  const unit = unitOf(m[3]!);
  const vague = m[2] !== undefined;
  const count = vague ? 0 : numberOf(m[1]!);
  if (count === undefined) return null;
  if (vague) {
    // "a few days ago": two to six units back, a unit coarser in precision
    const days = UNIT_DAYS[unit];
    return {
      start: pos,
      end,
      from: c.anchor - 6 * days,
      to: c.anchor - 2 * days,
      precision: unit === 'day' ? 'week' : 'month',
      kind: 'range',
    };
  }
  if (unit === 'hour' || unit === 'day') return onDay(pos, end, c.anchor - (unit === 'day' ? count : 0));
  if (unit === 'week' || unit === 'weekend') {
    const monday = weekStart(c.anchor - 7 * count);
    return { start: pos, end, from: monday, to: monday + 6, precision: 'week', kind: 'point' };
  }
  if (unit === 'month') {
    const [from, to] = monthBounds(c.anchor, -count);
    return { start: pos, end, from, to, precision: 'month', kind: 'point' };
  }
  const [from, to] = yearBounds(ymdFromDay(c.anchor).year - count);
  return { start: pos, end, from, to, precision: 'year', kind: 'point' };
}

const RECENT = sticky(String.raw`recent\s+(days|weeks|months|years)(?![a-z])`);
const RECENT_COUNT: Record<string, number> = { days: 7, weeks: 4, months: 3, years: 3 };

/** "in recent days/weeks": a window up to publication, like "the past week" */
export function parseRecent(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(RECENT, c.text, pos);
  if (!m || c.anchor === null) return null;
  const unit = m[1]!.toLowerCase();
  return since(pos, RECENT.lastIndex, c.anchor, RECENT_COUNT[unit] ?? 1, unitOf(unit));
}

/** "earlier this week/month/year", "earlier today" */
export function parseEarlier(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(EARLIER, c.text, pos);
  if (!m || c.anchor === null) return null;
  if (m[2]) return onDay(pos, EARLIER.lastIndex, c.anchor);
  return period(pos, EARLIER.lastIndex, c.anchor, m[1]!.toLowerCase() as Unit, 0);
}

/** "late on Saturday into Sunday", "mid-March", "early 2020", "late last night": the next expression */
export function parseLateEarly(c: ScanContext, pos: number): ParsedTime | null {
  if (!matchAt(LATE_EARLY, c.text, pos)) return null;
  const inner = c.parseAt(LATE_EARLY.lastIndex);
  return inner && { ...inner, start: pos };
}

/** Expressions that start with "the": "the night of Monday", "the past week", "the 1980s", … */
export function parseThe(c: ScanContext, pos: number): ParsedTime | null {
  let m = matchAt(THE_OF, c.text, pos);
  if (m) return partOf(c, pos, THE_OF.lastIndex, m[1]!.toLowerCase());
  m = matchAt(THE_DECADE, c.text, pos);
  if (m) return decade(pos, THE_DECADE.lastIndex, Number(m[2]), m[1]?.toLowerCase());
  m = matchAt(ANNIVERSARY, c.text, pos);
  if (m) return anniversary(c, pos, ANNIVERSARY.lastIndex, m[1] ? ordinalOf(m[1]) : 1);
  if (c.anchor === null) return null;
  if (matchAt(THE_DAY_BEFORE, c.text, pos)) return onDay(pos, THE_DAY_BEFORE.lastIndex, c.anchor - 2);
  m = matchAt(THE_PERIOD, c.text, pos);
  if (m) return since(pos, THE_PERIOD.lastIndex, c.anchor, 1, unitOf(m[1]!));
  const n = parseLastN(c, pos);
  if (n) return n;
  if (matchAt(THE_WEEKEND, c.text, pos)) {
    // "over the weekend": the latest weekend that has begun by publication
    const saturday = weekStart(c.anchor) + 5 <= c.anchor ? weekStart(c.anchor) + 5 : weekStart(c.anchor) - 2;
    return {
      start: pos,
      end: THE_WEEKEND.lastIndex,
      from: saturday,
      to: saturday + 1,
      precision: 'day',
      kind: 'point',
    };
  }
  return null;
}

function partOf(c: ScanContext, start: number, at: number, part: string): ParsedTime | null {
  const code = c.text.charCodeAt(at);
  const isWeekday = code >= 65 && /^[a-z]+day/i.test(c.text.slice(at, at + 9));
  // "the early hours of Sunday" are Sunday's; "the night of Sunday" runs into Monday
  const isNight = part === 'night';
  const inner = isWeekday ? parseWeekdayAt(c, at, null, isNight, start) : c.parseAt(at);
  if (!inner) return null;
  if (part === 'eve') return { ...inner, start, from: inner.from - 1, to: inner.from - 1, kind: 'point' };
  if (isNight && !isWeekday && inner.precision === 'day' && inner.from === inner.to) {
    return nightOf(start, inner.end, inner.from, c.anchor);
  }
  return { ...inner, start };
}

function decade(start: number, end: number, first: number, part: string | undefined): ParsedTime {
  const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
  return {
    start,
    end,
    from: yearBounds(first + a)[0],
    to: yearBounds(first + b)[1],
    precision: 'year',
    kind: 'point',
  };
}

/**
 * "the first anniversary of …": the original event, `years` before the commemoration. The
 * scanner moves it to the nearest day named before it (see find-times.ts); here it is
 * anchored on publication, a week wide.
 */
function anniversary(
  c: ScanContext,
  start: number,
  end: number,
  years: number | undefined,
): ParsedTime | null {
  if (c.anchor === null || years === undefined || years < 1 || years > 200) return null;
  const day = addYears(c.anchor, -years);
  return { start, end, from: day - 7, to: day, precision: 'week', kind: 'anniversary', years };
}
