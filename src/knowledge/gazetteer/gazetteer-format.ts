// The on-disk format of the derived gazetteer, shared by the builder (scripts/gazetteer) and
// the runtime loader so the two can never drift apart. Two plain-text files:
// - gazetteer-places.tsv: one place a line, tab-separated, list fields joined with '|'. To stay
//   compact, GeoNames ids are bare numbers, kinds one letter, parents the byte offset of their
//   line (base 36, fixed width), admin1 only when the parent chain does not give it. A place
//   without an id of its own is called "place:<offset>".
// - gazetteer-keys.tsv: `key<TAB>offset,offset…` sorted by the key's UTF-8 bytes; keys are
//   precomputed with the shared matcher. Lookups binary-search the raw bytes, so loading is
//   reading two files.
import type { GeoPrecision } from '../../domain/contract.ts';
import type { PlaceKind } from '../types.ts';

export const PLACES_FILE = 'gazetteer-places.tsv';
export const KEYS_FILE = 'gazetteer-keys.tsv';
export const GAZETTEER_FORMAT = 'marsad-gazetteer/3';

export const COLUMNS = [
  'id',
  'name',
  'kind',
  'lat',
  'lon',
  'country',
  'population',
  'parent',
  'flags',
  'admin1',
  'alt',
] as const;

/** Column indexes of a gazetteer row. */
export const Col = {
  Id: 0,
  Name: 1,
  Kind: 2,
  Lat: 3,
  Lon: 4,
  Country: 5,
  Population: 6,
  Parent: 7,
  Flags: 8,
  Admin1: 9,
  Alt: 10,
} as const;

/** Flags column letters. */
export const FLAG_CAPITAL = 'C'; // national capital
export const FLAG_ADMIN_SEAT = 'A'; // seat of a first-level division
export const FLAG_CURATED = 'M'; // from the hand-written supplement

export interface PlaceRow {
  id: string;
  name: string;
  kind: PlaceKind;
  precision: GeoPrecision;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  population: number;
  parent: string;
  flags: string;
  alt: string[];
  keys: string[];
}

const KIND_CODE: Partial<Record<PlaceKind, string>> = {
  country: 'C',
  admin1: '1',
  admin2: '2',
  city: 'c',
  town: 't',
  village: 'v',
  district: 'd',
};
const CODE_KIND = new Map(Object.entries(KIND_CODE).map(([k, c]) => [c, k as PlaceKind]));

export function defaultPrecision(kind: PlaceKind): GeoPrecision {
  switch (kind) {
    case 'country':
    case 'admin1':
    case 'admin2':
    case 'district':
      return kind;
    case 'city':
    case 'town':
    case 'village':
      return 'city';
    case 'neighbourhood':
      return 'district';
    case 'region':
      return 'country';
    default:
      return 'point';
  }
}

/** "c" (city at city precision) or "base:point"-like when the precision is not the default. */
export function encodeKind(kind: PlaceKind, precision: GeoPrecision): string {
  const code = KIND_CODE[kind] ?? kind;
  return precision === defaultPrecision(kind) ? code : `${code}:${precision}`;
}

export function decodeKind(s: string): { kind: PlaceKind; precision: GeoPrecision } {
  const i = s.indexOf(':');
  const code = i < 0 ? s : s.slice(0, i);
  const kind = CODE_KIND.get(code) ?? (code as PlaceKind);
  return { kind, precision: i < 0 ? defaultPrecision(kind) : (s.slice(i + 1) as GeoPrecision) };
}

const GEONAMES = 'geonames:';
/** Prefix of ids the builder makes up; such places are named by their offset in the file. */
export const OFFSET_ID = 'place:';
/** Key under which the national capital of a country is filed ("=capital=IQ"). */
export const capitalKey = (country: string): string => `=capital=${country}`;
/** Width of a parent offset (base 36): up to 36^5 = 60 MB of places. */
const OFFSET_WIDTH = 5;

export const encodeId = (id: string): string =>
  /^geonames:\d+$/.test(id) ? id.slice(GEONAMES.length) : id.startsWith(OFFSET_ID) ? '' : id;
export const decodeId = (s: string, offset: number): string =>
  s === '' ? OFFSET_ID + offset.toString(36) : /^\d+$/.test(s) ? GEONAMES + s : s;
export const encodeOffset = (n: number): string => n.toString(36).padStart(OFFSET_WIDTH, '0');
export const decodeOffset = (s: string): number => (s ? Number.parseInt(s, 36) : -1);

const clean = (s: string): string => s.replace(/[\t\n\r|]/g, ' ');

/**
 * One line of the places file. `parent`: byte offset of the parent's line (any number gives
 * the same length); `admin1Implied`: the parent chain already names the row's admin1.
 */
export function formatRow(r: PlaceRow, parent: number | undefined, admin1Implied: boolean): string {
  return [
    encodeId(r.id),
    clean(r.name),
    encodeKind(r.kind, r.precision),
    r.lat.toFixed(3),
    r.lon.toFixed(3),
    r.country,
    r.population ? String(Math.round(r.population)) : '',
    parent === undefined ? '' : encodeOffset(parent),
    r.flags,
    admin1Implied ? '' : clean(r.admin1),
    r.alt.map(clean).join('|'),
  ].join('\t');
}

/** The keys file: every key with the byte offsets of the places having it, sorted by bytes. */
export function formatKeys(rows: readonly PlaceRow[], offsets: readonly number[]): string {
  const byKey = new Map<string, number[]>();
  const add = (key: string, offset: number): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [offset]);
    else if (list[list.length - 1] !== offset) list.push(offset);
  };
  rows.forEach((r, i) => {
    const offset = offsets[i] as number;
    for (const k of r.keys) add(clean(k), offset);
    if (r.flags.includes(FLAG_CAPITAL)) add(capitalKey(r.country), offset);
  });
  const keys = [...byKey.keys()].map((k) => ({ k, b: Buffer.from(k, 'utf8') }));
  keys.sort((x, y) => Buffer.compare(x.b, y.b));
  return keys.map(({ k }) => `${k}\t${(byKey.get(k) ?? []).map((n) => n.toString(36)).join(',')}`).join('\n');
}
