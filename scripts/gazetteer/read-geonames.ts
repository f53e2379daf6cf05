// Readers for the GeoNames dumps in ../shared/data/geonames (CC BY 4.0): countries,
// first-level divisions and the cities ≥15,000 with their alternate names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CountryInfo {
  iso: string;
  iso3: string;
  isoNumeric: string;
  name: string;
  capital: string;
  population: number;
  continent: string;
  geonameId: string;
}

export interface RegionInfo {
  /** "IQ.06" */
  code: string;
  name: string;
  ascii: string;
  geonameId: string;
}

export interface CityRecord {
  geonameId: string;
  name: string;
  ascii: string;
  alt: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

export function readCountryInfo(dir: string): CountryInfo[] {
  return rows(join(dir, 'countryInfo.tsv')).map((c) => ({
    iso: c[0] ?? '',
    iso3: c[1] ?? '',
    isoNumeric: c[2] ?? '',
    name: c[4] ?? '',
    capital: c[5] ?? '',
    population: Number(c[7]) || 0,
    continent: c[8] ?? '',
    geonameId: c[16] ?? '',
  }));
}

export function readRegions(dir: string): RegionInfo[] {
  return rows(join(dir, 'regionInfo.tsv')).map((r) => ({
    code: r[0] ?? '',
    name: r[1] ?? '',
    ascii: r[2] ?? '',
    geonameId: r[3] ?? '',
  }));
}

export function readCities15000(dir: string): CityRecord[] {
  return rows(join(dir, 'cities15000.txt')).map((c) => ({
    geonameId: c[0] ?? '',
    name: c[1] ?? '',
    ascii: c[2] ?? '',
    alt: (c[3] ?? '').split(',').filter(Boolean),
    lat: Number(c[4]),
    lon: Number(c[5]),
    featureCode: c[7] ?? '',
    country: c[8] ?? '',
    admin1: c[10] ?? '',
    admin2: c[11] ?? '',
    population: Number(c[14]) || 0,
  }));
}
