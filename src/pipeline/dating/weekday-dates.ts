// Weekdays against the publication day: "on Monday" is the latest Monday on or before it,
// "last Friday" the latest Friday before it, "Monday and Tuesday this week" both days of the
// current week, "Friday last week", "Saturday night into Sunday" (the two days).
import { parseAbsoluteAt } from './absolute-dates.ts';
import { weekdayOf, weekStart } from './calendar.ts';
import { WEEKDAY_SRC, WEEKDAYS } from './date-words.ts';
import {
  isFutureAt,
  matchAt,
  nightOf,
  type ParsedTime,
  prevWordBefore,
  type ScanContext,
  sticky,
} from './parsed-time.ts';

export type WeekdayModifier = 'last' | 'this' | 'next' | null;

const PART_OF_DAY = String.raw`(?:\s+(night|evening|morning|afternoon|midnight))?`;
const WEEKDAY = sticky(WEEKDAY_SRC + PART_OF_DAY);
/** "Monday, February 8", "Monday (8 February)", "Monday the 8th of February" */
const BEFORE_DATE = /\s*[,(]?\s*(?:the\s+)?(?=\d|[A-Z])/y;
const SECOND_DAY = sticky(
  String.raw`\s*(-|–|—|and|or|to|through|until|till|into)\s+(?:(?:late|early)\s+(?:on\s+)?|the\s+early\s+hours\s+of\s+|early\s+)?${WEEKDAY_SRC}${PART_OF_DAY}`,
);
const WEEK_OF = sticky(
  String.raw`\s+(?:of\s+)?(this|last|next|the\s+previous|the\s+following)\s+week(?![a-z])`,
);
/** "Sunday Times", "Good Friday Agreement": names, not dates */
const NAME_AFTER =
  /\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Star|Observer|Agreement|Accords?|Mosque|School)\b/y;
const NAME_BEFORE = new Set(['good', 'bloody', 'palm', 'ash', 'easter', 'holy', 'cyber']);

/** Day number of weekday `wd` named with `mod` and/or "… this/last/next week". */
export function weekdayDay(
  wd: number,
  anchor: number,
  mod: WeekdayModifier,
  week: WeekdayModifier,
  future = false,
): number {
  if (week !== null) return weekStart(anchor) + (week === 'last' ? -7 : week === 'next' ? 7 : 0) + wd;
  const pub = weekdayOf(anchor);
  if (mod === 'this') return weekStart(anchor) + wd;
  if (mod === 'next') return anchor + ((wd - pub + 7) % 7 || 7);
  if (mod === 'last') return anchor - ((pub - wd + 7) % 7 || 7);
  return future ? anchor + ((wd - pub + 7) % 7) : anchor - ((pub - wd + 7) % 7);
}

/**
 * The weekday expression starting at `pos` (at the weekday name). `modStart` is where a
 * preceding modifier ("last", "late on", "the night of") began, so the span includes it.
 */
export function parseWeekdayAt(
  c: ScanContext,
  pos: number,
  mod: WeekdayModifier = null,
  night = false,
  modStart = pos,
): ParsedTime | null {
  const m = matchAt(WEEKDAY, c.text, pos);
  if (!m) return null;
  let end = WEEKDAY.lastIndex;
  NAME_AFTER.lastIndex = end;
  if (NAME_AFTER.test(c.text) || NAME_BEFORE.has(prevWordBefore(c.text, pos)?.word ?? '')) return null;
  const explicit = explicitDate(c, end);
  if (explicit) {
    const overnight = (night || /night/i.test(m[2] ?? '')) && explicit.from === explicit.to;
    return overnight
      ? nightOf(modStart, explicit.end, explicit.from, c.anchor)
      : { ...explicit, start: modStart };
  }
  if (c.anchor === null) return null;
  const wd1 = WEEKDAYS.get(m[1]!.toLowerCase())!;
  let isNight = night || /night|midnight/i.test(m[2] ?? '');
  const second = matchAt(SECOND_DAY, c.text, end);
  let wd2 = wd1;
  if (second) {
    wd2 = WEEKDAYS.get(second[2]!.toLowerCase())!;
    end = SECOND_DAY.lastIndex;
    if (/into/i.test(second[1]!)) isNight = false;
  }
  const week = matchAt(WEEK_OF, c.text, end);
  if (week) end = WEEK_OF.lastIndex;
  const weekMod = week ? (week[1]!.toLowerCase().replace(/^the\s+/, '') as string) : null;
  const future = mod === null && weekMod === null && isFutureAt(c.text, modStart);
  const last = weekdayDay(wd2, c.anchor, mod, toModifier(weekMod), future);
  const first = last - ((wd2 - wd1 + 7) % 7);
  if (first === last && isNight) return nightOf(modStart, end, first, c.anchor);
  return {
    start: modStart,
    end,
    from: first,
    to: last,
    precision: 'day',
    kind: first === last ? 'point' : 'range',
  };
}

function toModifier(word: string | null): WeekdayModifier {
  if (word === 'last' || word === 'previous') return 'last';
  if (word === 'next' || word === 'following') return 'next';
  return word === 'this' ? 'this' : null;
}

/** A full date right after the weekday wins over the weekday arithmetic. */
function explicitDate(c: ScanContext, at: number): ParsedTime | null {
  const m = matchAt(BEFORE_DATE, c.text, at);
  if (!m) return null;
  const d = parseAbsoluteAt(c, BEFORE_DATE.lastIndex);
  return d && d.precision === 'day' ? d : null;
}
