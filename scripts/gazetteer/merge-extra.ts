// Merges the sources below city level into the drafts: UCDP GED place names, the hand-written
// MENA supplement (knowledge/places/*.json, which overrides and extends GeoNames entries for
// the same place) and continents/regions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeKeys } from '../../src/knowledge/gazetteer/place-keys.ts';
import type { Place } from '../../src/knowledge/types.ts';
import { distanceKm as km } from '../../src/pipeline/geocode/geo-math.ts';
import type { Draft } from './draft.ts';
import { LANDMARKS, REGIONS, type RegionEntry, WATERS } from './extra-names.ts';
import { uniqueNames } from './name-filter.ts';
import type { UcdpPlace } from './read-ucdp.ts';

/** Drafts by every key of every name, for "is this place already known?" checks. */
export class DraftIndex {
  private readonly byKey = new Map<string, Draft[]>();
  constructor(drafts: Iterable<Draft>) {
    for (const d of drafts) this.add(d);
  }
  add(d: Draft): void {
    for (const n of [d.name, ...d.alt])
      for (const k of placeKeys(n)) {
        const list = this.byKey.get(k);
        if (!list) this.byKey.set(k, [d]);
        else if (!list.includes(d)) list.push(d);
      }
  }
  /** Known places named like `names` in `country` within `maxKm`, nearest first. */
  near(names: string[], country: string, lat: number, lon: number, maxKm: number): Draft[] {
    const found = new Set<Draft>();
    for (const n of names)
      for (const k of placeKeys(n)) for (const d of this.byKey.get(k) ?? []) found.add(d);
    return [...found]
      .filter((d) => d.country === country && km(lat, lon, d.lat, d.lon) <= maxKm)
      .sort((a, b) => km(lat, lon, a.lat, a.lon) - km(lat, lon, b.lat, b.lon));
  }
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

export function ucdpDrafts(places: UcdpPlace[], iso3to2: Map<string, string>, index: DraftIndex): Draft[] {
  const out: Draft[] = [];
  for (const u of places) {
    const country = iso3to2.get(u.iso3);
    if (!country || index.near([u.name], country, u.lat, u.lon, 15).length) continue;
    const d: Draft = {
      id: `ucdp:${country.toLowerCase()}:${slug(u.name)}`,
      name: u.name,
      kind: u.kind,
      precision: u.kind === 'base' || u.kind === 'facility' || u.kind === 'airport' ? 'point' : 'city',
      lat: u.lat,
      lon: u.lon,
      country,
      admin1: '',
      population: 0,
      parent: '',
      flags: '',
      alt: [],
      admin1Code: '',
      admin2Code: '',
    };
    out.push(d);
    index.add(d);
  }
  return out;
}

export function readSupplement(dir: string): Place[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
      return Array.isArray(data) ? (data as Place[]) : [];
    });
}

const GROUP: Partial<Record<Place['kind'], string>> = {
  country: 'country',
  admin1: 'admin1',
  admin2: 'admin2',
  city: 'populated',
  town: 'populated',
  village: 'populated',
  district: 'district',
  neighbourhood: 'district',
  region: 'region',
  water: 'water',
};

/** Whether a known draft and a curated entry are the same kind of thing (a district is not its city). */
function sameKindOfPlace(d: Draft, p: Place): boolean {
  const a = GROUP[d.kind] ?? 'site';
  const b = GROUP[p.kind] ?? 'site';
  if (a === b) return true;
  // GeoNames files many neighbourhoods and sites as small populated places.
  const small = a === 'populated' && d.population < 100_000;
  return small && (b === 'district' || b === 'site' || b === 'populated');
}

/**
 * Curated places win: a supplement entry naming a known place nearby (same country, 25 km, or
 * the same id) updates it in place; others are added. Returns the id each entry ended up with.
 */
export function mergeSupplement(
  places: Place[],
  byId: Map<string, Draft>,
  index: DraftIndex,
): Map<string, string> {
  const idOf = new Map<string, string>();
  // One curated entry per known place: two neighbourhoods never collapse into one draft.
  const claimed = new Set<Draft>();
  for (const p of places) {
    if (!p?.id || !p.name || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const names = [p.name, ...(p.alt ?? [])];
    const same =
      byId.get(p.id) ??
      index
        .near(names, p.country, p.lat, p.lon, p.precision === 'admin1' ? 150 : 25)
        .find((d) => !claimed.has(d) && sameKindOfPlace(d, p));
    const d: Draft = same ?? {
      id: p.id,
      name: p.name,
      kind: p.kind,
      precision: p.precision,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      admin1: p.admin1 ?? '',
      population: p.population ?? 0,
      parent: '',
      flags: 'M',
      alt: [],
      admin1Code: '',
      admin2Code: '',
    };
    if (same) {
      // GeoNames keeps the id (others point at it); the curated name, kind and spot win.
      Object.assign(d, { name: p.name, kind: p.kind, precision: p.precision, lat: p.lat, lon: p.lon });
      if (p.population) d.population = p.population;
      if (!d.flags.includes('M')) d.flags += 'M';
    } else byId.set(d.id, d);
    d.alt = uniqueNames(d.name, [...d.alt, ...(same ? [same.name] : []), ...names]);
    if (p.parent) d.parent = p.parent;
    if (p.admin1) d.admin1 = p.admin1;
    index.add(d);
    claimed.add(d);
    idOf.set(p.id, d.id);
  }
  return idOf;
}

/** Continents, regions, seas and landmarks (hand-kept, see extra-names.ts). */
export function regionDrafts(countryIds: Map<string, string>): Draft[] {
  const draft = (r: RegionEntry, kind: Draft['kind'], country = ''): Draft => ({
    id: r.id,
    name: r.name,
    kind,
    precision: kind === 'facility' ? 'point' : 'country',
    lat: r.lat,
    lon: r.lon,
    country,
    admin1: '',
    population: 0,
    parent: countryIds.get(country) ?? '',
    flags: 'M',
    alt: r.alt,
    admin1Code: '',
    admin2Code: '',
  });
  return [
    ...REGIONS.map((r) => draft(r, 'region')),
    ...WATERS.map((r) => draft(r, 'water')),
    ...LANDMARKS.map((r) => draft(r, 'facility', r.country)),
  ];
}
