// Reads what a place phrase and its surroundings say besides the name: a feature word
// ("Salahuddin province", "the town of Dujail", "Ain al-Asad air base"), a container
// ("Najaf, Iraq", "Tikrit (Salahuddin)") and a relative position ("30 km south of Mosul",
// "the outskirts of"). Plain string work on a window around the mention; regexes precompiled.

/** What a feature word says about the kind of place meant. */
export type KindHint = 'admin1' | 'admin2' | 'populated' | 'district' | 'facility' | 'country';

const FEATURE_WORDS: Readonly<Record<string, KindHint>> = {
  province: 'admin1',
  governorate: 'admin1',
  state: 'admin1',
  region: 'admin1',
  oblast: 'admin1',
  prefecture: 'admin1',
  muhafazat: 'admin1',
  district: 'admin2',
  county: 'admin2',
  parish: 'admin2',
  qada: 'admin2',
  municipality: 'admin2',
  city: 'populated',
  town: 'populated',
  village: 'populated',
  township: 'populated',
  hamlet: 'populated',
  neighbourhood: 'district',
  neighborhood: 'district',
  suburb: 'district',
  quarter: 'district',
  area: 'district',
  base: 'facility',
  airbase: 'facility',
  'air base': 'facility',
  airport: 'facility',
  camp: 'facility',
  crossing: 'facility',
  'border crossing': 'facility',
  checkpoint: 'facility',
  field: 'facility',
  oilfield: 'facility',
  refinery: 'facility',
  shrine: 'facility',
  country: 'country',
  kingdom: 'country',
  republic: 'country',
};
const FEATURE = Object.keys(FEATURE_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "the town of X", "the province of X" (inside the span or just before it). */
const OF_PREFIX = new RegExp(`^(?:the\\s+)?(${FEATURE})\\s+of\\s+(?:the\\s+)?`, 'i');
export const OF_BEFORE = new RegExp(`\\b(${FEATURE})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** "X province", "X air base" (inside the span or just after it). */
const SUFFIX = new RegExp(`\\s+(${FEATURE})$`, 'i');
const SUFFIX_AFTER = new RegExp(`^[\\s-]+(${FEATURE})\\b`, 'i');
const LEADING_THE = /^the\s+/i;
const POSSESSIVE = /['’]s$/;
/** ", Iraq" / ", Salahuddin province" after the mention: the container. */
const COMMA_CONTAINER =
  /^\s*,\s+((?:[A-Z][\p{L}'’.-]*)(?:\s+(?:al-|el-|ad-|as-|of\s+)?[A-Z][\p{L}'’.-]*){0,3})/u;
/** " (Salahuddin)" after the mention. */
const PAREN_CONTAINER = /^\s*\(([^()]{2,40})\)/;
/** "in X's Y" is not handled; "Y in X" is: " in Diyala province" right after. */
const IN_CONTAINER = /^\s+in\s+(?:the\s+)?((?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,2})/u;
const DIRECTION =
  '(?:north|south|east|west)(?:-?(?:east|west))?|(?:northern|southern|eastern|western)\\s+outskirts';
/** "30 km south of", "south of", "the outskirts of", "near" just before the mention. */
export const RELATIVE_BEFORE = new RegExp(
  `(?:(\\d+(?:\\.\\d+)?)\\s*(km|kilomet(?:er|re)s?|mi|miles?)\\s+)?(${DIRECTION}|outskirts|suburbs?|near|outside|west|east)\\s+(?:of\\s+)?(?:the\\s+(?:city|town|province)\\s+of\\s+)?(?:the\\s+)?$`,
  'i',
);

export interface PlacePhrase {
  /** the name with feature words, "the" and possessives removed */
  core: string;
  /** the surface as written, minus "the" and possessives */
  full: string;
  hint?: KindHint;
}

/** Splits the surface of a mention into its name and feature word. */
export function readSurface(surface: string): PlacePhrase {
  let full = surface.trim().replace(POSSESSIVE, '').replace(LEADING_THE, '');
  let hint: KindHint | undefined;
  let core = full;
  const of = OF_PREFIX.exec(core);
  if (of?.[1]) {
    hint = FEATURE_WORDS[of[1].toLowerCase()];
    core = core.slice(of[0].length);
    full = core;
  }
  const suffix = SUFFIX.exec(core);
  if (suffix?.[1] && suffix.index > 0) {
    hint ??= FEATURE_WORDS[suffix[1].toLowerCase().replace(/\s+/g, ' ')];
    core = core.slice(0, suffix.index).replace(/\s+(?:border|air)$/i, '');
  }
  return hint ? { core, full, hint } : { core, full };
}

export interface Surroundings {
  hint?: KindHint;
  /** a name the text gives as containing the place */
  container?: string;
  /** a relative position: the place is only the anchor */
  relative?: { km?: number; bearing?: number; near: boolean };
}

/** "neighbourhoods east of the capital" are still in the city: only the direction is vague. */
const INSIDE_BEFORE = /\b(?:neighbou?rhoods?|districts?|quarters?|parts?|areas?|streets?)\s+(?:\w+\s+)?$/i;

const BEARINGS: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

const SPACE = /\s/;

/**
 * The last word of `before` (lower-case) when it ends in white space, else "": the two
 * patterns that read backwards from the mention end with a word and then white space.
 */
export function lastWordBefore(before: string): string {
  let end = before.length;
  while (end > 0 && SPACE.test(before[end - 1]!)) end--;
  if (end === before.length) return '';
  let start = end;
  while (start > 0 && !SPACE.test(before[start - 1]!)) start--;
  return before.slice(start, end).toLowerCase();
}

/** "the town of X", "the province of the X": OF_BEFORE can only match after "of" or "the". */
export function mayEndOf(last: string): boolean {
  return last === 'of' || last === 'the';
}

const RELATIVE_ENDS = [
  'of',
  'the',
  'north',
  'south',
  'east',
  'west',
  'outskirts',
  'suburb',
  'suburbs',
  'near',
  'outside',
];

/** RELATIVE_BEFORE ends with a direction word (or "of", "the") and white space. */
export function mayEndRelative(last: string): boolean {
  return last !== '' && RELATIVE_ENDS.some((w) => last.endsWith(w));
}

/** What the ~60 characters around a mention say about it. */
export function readSurroundings(text: string, start: number, end: number): Surroundings {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  const out: Surroundings = {};
  const last = lastWordBefore(before);
  const hintWord =
    SUFFIX_AFTER.exec(after)?.[1] ?? (mayEndOf(last) ? OF_BEFORE.exec(before)?.[1] : undefined);
  if (hintWord) {
    const hint = FEATURE_WORDS[hintWord.toLowerCase().replace(/\s+/g, ' ')];
    if (hint) out.hint = hint;
  }
  const container =
    PAREN_CONTAINER.exec(after)?.[1] ?? COMMA_CONTAINER.exec(after)?.[1] ?? IN_CONTAINER.exec(after)?.[1];
  if (container) out.container = container.trim();
  const rel = mayEndRelative(last) ? RELATIVE_BEFORE.exec(before) : null;
  if (rel?.[3]) {
    const dir = rel[3]
      .toLowerCase()
      .replace(/[-\s]/g, '')
      .replace(/ern(outskirts)?$/, '');
    const inside = INSIDE_BEFORE.test(before.slice(0, rel.index));
    const bearing = inside ? undefined : BEARINGS[dir];
    const n = rel[1] ? Number(rel[1]) : undefined;
    const km = n === undefined ? undefined : /^mi/i.test(rel[2] ?? '') ? n * 1.609 : n;
    out.relative = {
      near: bearing === undefined,
      ...(km === undefined ? {} : { km }),
      ...(bearing === undefined ? {} : { bearing }),
    };
  }
  return out;
}
