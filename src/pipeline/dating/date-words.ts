// The date lexicon: month and weekday names, number words and ordinals, and the regular
// expression fragments built from them. Data only; the parsers compile their patterns once.

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** lower-case month word → 1..12 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** lower-case weekday → 0 (Monday) … 6 (Sunday) */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((n, i) => [n, i]));

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((w, i) => [w, i + 1] as const),
)
  .set('a', 1)
  .set('an', 1);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ].map((w, i) => [w, i + 1] as const),
);

/** Words after which a bare month or year is a date ("in March", "since 2014", "mid-May"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'during',
  'until',
  'till',
  'by',
  'through',
  'throughout',
  'around',
  'before',
  'after',
  'from',
  'early',
  'mid',
  'late',
  'of',
  'between',
  'to',
  'and',
  'last',
  'this',
  'next',
  'past',
  'previous',
]);

const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

const FULL_MONTHS = MONTH_NAMES.map((names) => names[0]!);
const MONTH_ABBREVIATIONS = MONTH_NAMES.flatMap((names) => names.slice(1));
/** A month name, or an abbreviation with its optional dot ("Feb."), captured. */
export const MONTH_SRC = String.raw`((?:${alternation(FULL_MONTHS)})(?![a-z])|(?:${alternation(MONTH_ABBREVIATIONS)})(?![a-z])\.?)`;
export const WEEKDAY_SRC = `(${alternation(WEEKDAYS.keys())})(?![a-z])`;
export const NUMBER_SRC = String.raw`(\d{1,2}|${alternation(NUMBER_WORDS.keys())})`;
export const ORDINAL_SRC = String.raw`(\d{1,3}(?:st|nd|rd|th)|${alternation(ORDINAL_WORDS.keys())})`;
/** a day of the month, "3", "3rd" */
export const DAY_SRC = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`;
export const YEAR_SRC = String.raw`((?:19|20)\d\d)(?![\d'’]|s\b)`;
/** words that join the two ends of a range */
export const RANGE_JOIN_SRC = String.raw`\s*(?:-|–|—|to|until|till|through|and)\s*`;

/** Month index of a month word written as a name ("March", "MARCH", "Mar."), else undefined. */
export function monthOf(word: string): number | undefined {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return undefined; // months must be capitalised: "the march", "may"
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.get(w);
}

export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : ORDINAL_WORDS.get(w);
}
