// Dates told relative to the last date named, not to publication: "On Monday gunmen attacked …
// The following day …", "two days later", "the previous day", "later that day". The parser
// records the offset; the scanner (find-times.ts) anchors it on the date named before it and
// drops it when there is none.
import { NUMBER_SRC, numberOf } from './date-words.ts';
import { matchAt, type ParsedTime, type ScanContext, sticky } from './parsed-time.ts';

const THE_DAY = sticky(
  String.raw`the\s+(?:(next|following|previous|same)\s+day|day\s+(?:after|before)(?=\s*[,.;:)]|\s*$))(?![a-z])`,
);
const DAYS_LATER = sticky(String.raw`${NUMBER_SRC}\s+days?\s+(later|earlier|afterwards)(?![a-z])`);
const THAT_DAY = sticky(
  String.raw`(?:(?:later|earlier)\s+)?that\s+(day|night|evening|morning|afternoon)(?![a-z])`,
);
const HOURS_LATER = sticky(
  String.raw`(?:(?:a\s+few|several|\d{1,2}|[a-z]+)\s+)?(?:hours|minutes)\s+later(?![a-z])`,
);

/** A chained date: `offset` days from the day named before it (`from` and `to` are placeholders). */
function chained(start: number, end: number, offset: number, night = false): ParsedTime {
  return { start, end, from: 0, to: night ? 1 : 0, precision: 'day', kind: 'point', chain: offset };
}

/** "the next day", "the previous day", "the same day", "the day before." */
export function parseTheDay(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(THE_DAY, c.text, pos);
  if (!m) return null;
  const word = (m[1] ?? m[0]).toLowerCase();
  const offset = /next|following|after/.test(word) ? 1 : /previous|before/.test(word) ? -1 : 0;
  return chained(pos, THE_DAY.lastIndex, offset);
}

/** "two days later", "a day earlier" */
export function parseDaysLater(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(DAYS_LATER, c.text, pos);
  const n = m ? numberOf(m[1]!) : undefined;
  if (!m || n === undefined) return null;
  return chained(pos, DAYS_LATER.lastIndex, /later|after/i.test(m[2]!) ? n : -n);
}

/** "later that day", "that night", "hours later" */
export function parseThatDay(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(THAT_DAY, c.text, pos);
  if (m) return chained(pos, THAT_DAY.lastIndex, 0, /night/i.test(m[1]!));
  if (matchAt(HOURS_LATER, c.text, pos)) return chained(pos, HOURS_LATER.lastIndex, 0);
  return null;
}

/** How far back (characters) a chained date looks for the date it counts from. */
const CHAIN_REACH = 600;

/**
 * Anchor chained dates on the nearest day-precise date named before them; the ones with
 * nothing to count from are dropped. `found` is in text order.
 */
export function resolveChains(found: readonly ParsedTime[]): ParsedTime[] {
  const out: ParsedTime[] = [];
  let base: ParsedTime | undefined;
  for (const p of found) {
    if (p.chain === undefined) {
      out.push(p);
      if (p.precision === 'day' && p.kind !== 'since' && p.to - p.from <= 2) base = p;
      continue;
    }
    if (!base || p.start - base.end > CHAIN_REACH) continue;
    const day = p.chain >= 0 ? base.to + p.chain : base.from + p.chain;
    const resolved: ParsedTime = { ...p, from: day, to: day + (p.to - p.from), chain: undefined };
    out.push(resolved);
    base = resolved;
  }
  return out;
}
