// Feasts that date events in Middle East news: Ramadan, the two Eids, Ashura, Arbaeen, the
// Mawlid (Islamic calendar), Nowruz and Christmas. Islamic dates use the arithmetical (tabular)
// calendar, within a day or two of the sighted one, so they come out as short ranges.
import { dayFromYmd, ymdFromDay } from './calendar.ts';
import { DATE_PREPOSITIONS } from './date-words.ts';
import {
  isFutureAt,
  matchAt,
  type ParsedTime,
  prevWordBefore,
  type ScanContext,
  sticky,
} from './parsed-time.ts';

interface Feast {
  /** Islamic month and day, or Gregorian when `gregorian` */
  month: number;
  day: number;
  /** days the feast lasts */
  length: number;
  gregorian?: boolean;
  /** a bare mention needs a preposition before it (names that are also people's names) */
  needsPreposition?: boolean;
}

const FEASTS: ReadonlyMap<string, Feast> = new Map<string, Feast>([
  ['ramadan', { month: 9, day: 1, length: 30, needsPreposition: true }],
  ['eid al-fitr', { month: 10, day: 1, length: 3 }],
  ['eid al-adha', { month: 12, day: 10, length: 4 }],
  ['ashura', { month: 1, day: 10, length: 1 }],
  ['arbaeen', { month: 2, day: 20, length: 1 }],
  ['mawlid', { month: 3, day: 12, length: 1 }],
  ['nowruz', { month: 3, day: 21, length: 1, gregorian: true }],
  ['christmas', { month: 12, day: 25, length: 1, gregorian: true, needsPreposition: true }],
]);

/** first words (lower case) that can begin a feast's name */
export const FEAST_WORDS: readonly string[] = [
  'ramadan',
  'ramadhan',
  'ramazan',
  'ramzan',
  'eid',
  'ashura',
  'ashoura',
  'aashura',
  'ashoora',
  'arbaeen',
  'arba',
  'arbain',
  'mawlid',
  'milad',
  'nowruz',
  'norouz',
  'newroz',
  'nawruz',
  'christmas',
];

const FEAST = sticky(
  String.raw`(ramadan|ramadhan|ramazan|ramzan|eid[\s-](?:al|ul|el)[\s-]?(fitr|adha|kabir|kebir)|ashura|ashoura|aashura|ashoora|arba['’ʿ]?e?en|arbain|mawlid(?:\s+al-nabi)?|milad[\s-]un[\s-]nabi|nowruz|norouz|newroz|nawruz|christmas(?:\s+day)?)(?![a-z])`,
);

const OF_THIS_YEAR = sticky(String.raw`,?\s+(?:of\s+)?(this|last|next)\s+year(?![a-z])`);

/** words before a feast that make it a time ("over Christmas", "the holy month of Ramadan") */
const FEAST_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'holy', 'month', 'over', 'at', 'on', 'for']);

/** Islamic (tabular calendar) date → day number. */
function dayFromHijri(year: number, month: number, day: number): number {
  const jdn =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1_948_439;
  return jdn - 2_440_588;
}

/** Islamic year holding a day number (approximate; callers try its neighbours). */
function hijriYearOf(day: number): number {
  return Math.floor(((day + 2_440_588 - 1_948_440) * 30) / 10_631) + 1;
}

function feastKey(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('eid')) return /fitr/.test(w) ? 'eid al-fitr' : 'eid al-adha';
  if (w.startsWith('ram')) return 'ramadan';
  if (w.startsWith('ash') || w.startsWith('aash')) return 'ashura';
  if (w.startsWith('arba')) return 'arbaeen';
  if (w.startsWith('mawlid') || w.startsWith('milad')) return 'mawlid';
  if (w.startsWith('christmas')) return 'christmas';
  return 'nowruz';
}

/** Occurrences of a feast around `anchor`, earliest first (start day numbers). */
function occurrences(feast: Feast, anchor: number): number[] {
  const out: number[] = [];
  if (feast.gregorian) {
    const y = ymdFromDay(anchor).year;
    for (let k = y - 1; k <= y + 1; k++) out.push(dayFromYmd(k, feast.month, feast.day)!);
    return out;
  }
  const h = hijriYearOf(anchor);
  for (let k = h - 2; k <= h + 1; k++) out.push(dayFromHijri(k, feast.month, feast.day));
  return out;
}

/** "during Ramadan", "on Ashura", "Eid al-Fitr", "last Nowruz": the latest one begun by publication. */
export function parseFeast(c: ScanContext, pos: number): ParsedTime | null {
  const m = matchAt(FEAST, c.text, pos);
  if (!m || c.anchor === null) return null;
  const feast = FEASTS.get(feastKey(m[1]!))!;
  const prev = prevWordBefore(c.text, pos);
  const word = prev && FEAST_PREPOSITIONS.has(prev.word) ? 'in' : prev?.word;
  // "Ramadan Shallah", "a Christmas market": names and adjectives, not dates
  const named = word !== undefined && DATE_PREPOSITIONS.has(word);
  if (feast.needsPreposition && !named && !/day$/i.test(m[0])) return null;
  const starts = occurrences(feast, c.anchor);
  const slack = feast.gregorian ? 0 : 1; // the tabular calendar can be a day off the sighted moon
  let start = starts.filter((s) => s <= c.anchor! + 3).pop()!;
  if (word === 'last' && start + feast.length > c.anchor) start = starts[starts.indexOf(start) - 1]!;
  if (word === 'next' || (word !== 'last' && word !== 'this' && isFutureAt(c.text, pos))) {
    start = starts.find((s) => s + feast.length > c.anchor!) ?? start;
  }
  let end = FEAST.lastIndex;
  const year = matchAt(OF_THIS_YEAR, c.text, end);
  if (year) {
    // "on Ashura last year": the one that fell in that calendar year
    const target = ymdFromDay(c.anchor).year + (/last/i.test(year[1]!) ? -1 : /next/i.test(year[1]!) ? 1 : 0);
    start = starts.filter((s) => ymdFromDay(s).year === target).pop() ?? start;
    end = OF_THIS_YEAR.lastIndex;
  }
  const modified = word === 'last' || word === 'next' || word === 'this';
  return {
    start: modified && prev ? prev.start : pos,
    end,
    from: start - slack,
    to: start + feast.length - 1 + slack,
    precision: feast.length > 7 ? 'month' : 'day',
    kind: 'point',
  };
}
