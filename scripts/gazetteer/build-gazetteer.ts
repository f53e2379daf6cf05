// Assembles the gazetteer from every source and links each place to its divisions:
// district → city → admin2 → admin1 → country. Returns rows ready to write.
import { join } from 'node:path';
import type { PlaceRow } from '../../src/knowledge/gazetteer/gazetteer-format.ts';
import { placeKeys } from '../../src/knowledge/gazetteer/place-keys.ts';
import { distanceKm as km } from '../../src/pipeline/geocode/geo-math.ts';
import {
  admin1Drafts,
  admin2Drafts,
  countryDrafts,
  placeDivisions,
  placeUsDivisions,
} from './assemble-admin.ts';
import { cityDrafts } from './assemble-cities.ts';
import type { Draft } from './draft.ts';
import { DraftIndex, mergeSupplement, readSupplement, regionDrafts, ucdpDrafts } from './merge-extra.ts';
import { readCities15000, readCountryInfo, readRegions } from './read-geonames.ts';
import {
  readAdmin2Names,
  readAllTheCities,
  readAtlasCentroids,
  readCitiesJson,
  readCountryNames,
} from './read-packages.ts';
import { readUcdpPlaces } from './read-ucdp.ts';

export interface GazetteerSources {
  geonamesDir: string;
  ucdpFile: string;
  placesDir: string;
}

export function buildGazetteer(src: GazetteerSources, log: (s: string) => void): PlaceRow[] {
  const countryInfo = readCountryInfo(src.geonamesDir);
  const atlas = readAtlasCentroids();
  const countries = countryDrafts(countryInfo, readCountryNames(), atlas.countries);
  const countryIds = new Map(countries.map((c) => [c.country, c.id]));
  const admin1 = admin1Drafts(readRegions(src.geonamesDir), countryIds);
  const cities = cityDrafts(readCities15000(src.geonamesDir), readAllTheCities(), readCitiesJson());
  const admin2 = admin2Drafts(
    readAdmin2Names(),
    new Set(cities.map((c) => c.admin2Code).filter(Boolean)),
    new Map(admin1.map((a) => [a.admin1Code, a])),
  );
  log(
    `countries ${countries.length}, admin1 ${admin1.length}, admin2 ${admin2.length}, cities ${cities.length}`,
  );

  placeUsDivisions(admin1, admin2, atlas.states, atlas.counties);
  placeDivisions(admin2, cities, (d) => d.admin2Code);
  placeDivisions(admin1, cities, (d) => d.admin1Code);
  const countryById = new Map(countries.map((c) => [c.id, c]));
  for (const a of admin1)
    if (Number.isNaN(a.lat)) {
      const c = countryById.get(a.parent);
      a.lat = c?.lat ?? 0;
      a.lon = c?.lon ?? 0;
    }
  const placedAdmin2 = admin2.filter((a) => !Number.isNaN(a.lat));
  linkCities(cities, admin1, placedAdmin2, countryIds);

  const all = [...countries, ...admin1, ...placedAdmin2, ...cities, ...regionDrafts(countryIds)];
  const byId = new Map(all.map((d) => [d.id, d]));
  const index = new DraftIndex(all);
  const iso3to2 = new Map(countryInfo.map((c) => [c.iso3, c.iso]));
  const ucdp = ucdpDrafts(readUcdpPlaces(src.ucdpFile), iso3to2, index);
  for (const u of ucdp) byId.set(u.id, u);
  const supplement = readSupplement(src.placesDir);
  const idOf = mergeSupplement(supplement, byId, index);
  log(`ucdp ${ucdp.length} new places; supplement ${supplement.length} entries`);

  const drafts = [...byId.values()];
  linkOrphans(drafts, byId, idOf, countryIds);
  return drafts.map(toRow);
}

function linkCities(
  cities: Draft[],
  admin1: Draft[],
  admin2: Draft[],
  countryIds: Map<string, string>,
): void {
  const a1 = new Map(admin1.map((a) => [a.admin1Code, a]));
  const a2 = new Map(admin2.map((a) => [a.admin2Code, a]));
  for (const c of cities) {
    const one = a1.get(c.admin1Code);
    c.admin1 = one?.name ?? '';
    c.parent = a2.get(c.admin2Code)?.id ?? one?.id ?? countryIds.get(c.country) ?? '';
  }
}

/** Places from UCDP and the supplement take admin1 and parent from the nearest city. */
function linkOrphans(
  drafts: Draft[],
  byId: Map<string, Draft>,
  idOf: Map<string, string>,
  countryIds: Map<string, string>,
): void {
  const citiesByCountry = new Map<string, Draft[]>();
  for (const d of drafts)
    if ((d.kind === 'city' || d.kind === 'town') && d.id.startsWith('geonames:')) {
      const list = citiesByCountry.get(d.country) ?? [];
      list.push(d);
      citiesByCountry.set(d.country, list);
    }
  for (const d of drafts) {
    if (d.parent) d.parent = idOf.get(d.parent) ?? d.parent;
    if (
      d.kind === 'country' ||
      d.kind === 'region' ||
      d.kind === 'water' ||
      (d.parent && byId.has(d.parent) && d.admin1)
    )
      continue;
    let nearest: Draft | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const c of citiesByCountry.get(d.country) ?? []) {
      if (c === d) continue;
      const dist = km(d.lat, d.lon, c.lat, c.lon);
      if (dist < best) [best, nearest] = [dist, c];
    }
    d.admin1 ||= nearest?.admin1 ?? '';
    if (d.parent && byId.has(d.parent)) continue;
    const inCity = nearest && (d.kind === 'district' || d.kind === 'neighbourhood') && best < 25;
    const admin1Id = nearest && admin1Of(nearest, byId)?.id;
    d.parent = (inCity ? nearest?.id : admin1Id) ?? countryIds.get(d.country) ?? '';
  }
}

function admin1Of(d: Draft, byId: Map<string, Draft>): Draft | undefined {
  for (let p = byId.get(d.parent), n = 0; p && n < 6; p = byId.get(p.parent), n++)
    if (p.kind === 'admin1') return p;
  return undefined;
}

// Transliteration skeletons are for the region's names and for places big enough to be
// misspelt in the news; elsewhere they would only add collisions (and megabytes).
const SKELETON_COUNTRIES = new Set(
  'IQ SY LB JO IL PS SA YE IR TR EG KW BH QA AE OM LY AF PK SD TN DZ MA'.split(' '),
);

function toRow(d: Draft): PlaceRow {
  const keys = new Set<string>();
  const skeleton =
    SKELETON_COUNTRIES.has(d.country) ||
    d.population >= 100_000 ||
    d.kind === 'country' ||
    d.kind === 'admin1';
  for (const n of [d.name, ...d.alt]) for (const k of placeKeys(n, skeleton)) keys.add(k);
  const { admin1Code: _a1, admin2Code: _a2, ...row } = d;
  return { ...row, keys: [...keys] };
}

export const DEFAULT_SOURCES = (root: string): GazetteerSources => ({
  geonamesDir: join(root, '../shared/data/geonames'),
  ucdpFile: join(root, '../shared/data/ucdp/ged-iraq.csv'),
  placesDir: join(root, 'knowledge/places'),
});
