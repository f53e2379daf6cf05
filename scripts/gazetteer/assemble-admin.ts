// Countries, first- and second-level divisions. Division coordinates come from atlas geometry
// where there is some (US states and counties), otherwise from the population-weighted mean
// of the division's cities.

import type { Draft } from './draft.ts';
import { ADMIN1_ALIASES, ADMIN1_ENGLISH, COUNTRY_ALIASES, COUNTRY_POINTS } from './extra-names.ts';
import { bareAdminName, uniqueNames, usefulAltName } from './name-filter.ts';
import type { CountryInfo, RegionInfo } from './read-geonames.ts';
import type { Centroid, CountryNames } from './read-packages.ts';

export function countryDrafts(
  countries: CountryInfo[],
  names: Map<string, CountryNames>,
  atlas: Centroid[],
): Draft[] {
  const atlasByNum = new Map(atlas.map((c) => [c.id.padStart(3, '0'), c]));
  const out: Draft[] = [];
  for (const c of countries) {
    const n = names.get(c.iso);
    const point = COUNTRY_POINTS[c.iso];
    const geo = point
      ? { lat: point[0], lon: point[1] }
      : n?.lat !== undefined && n.lon !== undefined
        ? { lat: n.lat, lon: n.lon }
        : atlasByNum.get(c.isoNumeric);
    if (!geo) continue;
    // "Iraqi" and "Iraqis" are how news most often names a country in passing.
    const demonyms = (n?.demonyms ?? []).flatMap((d) => (/[^s]$/.test(d) ? [d, `${d}s`] : [d]));
    const alt = [...(n?.names ?? []), ...(COUNTRY_ALIASES[c.iso] ?? []), ...demonyms].filter(
      (s) => s.length >= 2,
    );
    out.push({
      id: `geonames:${c.geonameId}`,
      name: c.name,
      kind: 'country',
      precision: 'country',
      lat: geo.lat,
      lon: geo.lon,
      country: c.iso,
      admin1: '',
      population: c.population,
      parent: '',
      flags: '',
      alt: uniqueNames(c.name, alt),
      admin1Code: '',
      admin2Code: '',
    });
  }
  return out;
}

export function admin1Drafts(regions: RegionInfo[], countryIds: Map<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const r of regions) {
    const country = r.code.slice(0, 2);
    const parent = countryIds.get(country);
    if (!parent) continue;
    const name = ADMIN1_ENGLISH[r.code] ?? bareAdminName(r.ascii || r.name);
    const alt = [r.name, r.ascii, bareAdminName(r.name), ...(ADMIN1_ALIASES[r.code] ?? [])].filter(
      usefulAltName,
    );
    out.push({
      id: r.geonameId ? `geonames:${r.geonameId}` : `admin1:${r.code}`,
      name,
      kind: 'admin1',
      precision: 'admin1',
      lat: Number.NaN,
      lon: Number.NaN,
      country,
      admin1: name,
      population: 0,
      parent,
      flags: '',
      alt: uniqueNames(name, alt),
      admin1Code: r.code,
      admin2Code: '',
    });
  }
  return out;
}

export function admin2Drafts(
  names: Map<string, string>,
  used: Set<string>,
  admin1ByCode: Map<string, Draft>,
): Draft[] {
  const out: Draft[] = [];
  for (const code of used) {
    const raw = names.get(code);
    const a1 = admin1ByCode.get(code.split('.').slice(0, 2).join('.'));
    if (!raw || !a1) continue;
    const bare = raw
      .replace(/\s+(?:County|Parish|Borough|District|Municipality|Qada|Nahiya)$/i, '')
      .replace(/^(?:Qaḑā’|Qadaa|Qada|Nahiyat|Mintaqat|Markaz)\s+/iu, '');
    out.push({
      id: `admin2:${code}`,
      name: raw,
      kind: 'admin2',
      precision: 'admin2',
      lat: Number.NaN,
      lon: Number.NaN,
      country: a1.country,
      admin1: a1.name,
      population: 0,
      parent: a1.id,
      flags: '',
      alt: uniqueNames(raw, [bare].filter(usefulAltName)),
      admin1Code: a1.admin1Code,
      admin2Code: code,
    });
  }
  return out;
}

interface Acc {
  n: number;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  lat: number;
  lon: number;
  w: number;
  pop: number;
}

/**
 * Fills NaN coordinates of divisions from their cities. A division's reference point is its
 * geographic middle, not its biggest city: the middle of its cities' bounding box (the
 * population-weighted mean when there are too few cities to span it).
 */
export function placeDivisions(divisions: Draft[], cities: Draft[], codeOf: (d: Draft) => string): void {
  const acc = new Map<string, Acc>();
  for (const c of cities) {
    const code = codeOf(c);
    if (!code) continue;
    const w = Math.max(c.population, 1000);
    const a = acc.get(code) ?? {
      n: 0,
      minLat: 90,
      maxLat: -90,
      minLon: 180,
      maxLon: -180,
      lat: 0,
      lon: 0,
      w: 0,
      pop: 0,
    };
    a.n++;
    a.minLat = Math.min(a.minLat, c.lat);
    a.maxLat = Math.max(a.maxLat, c.lat);
    a.minLon = Math.min(a.minLon, c.lon);
    a.maxLon = Math.max(a.maxLon, c.lon);
    a.lat += c.lat * w;
    a.lon += c.lon * w;
    a.w += w;
    a.pop += c.population;
    acc.set(code, a);
  }
  for (const d of divisions) {
    const a = acc.get(codeOf(d));
    if (a) d.population ||= a.pop;
    if (!Number.isNaN(d.lat) || !a) continue;
    const box = a.n >= 5 && a.maxLon - a.minLon < 180;
    d.lat = box ? (a.minLat + a.maxLat) / 2 : a.lat / a.w;
    d.lon = box ? (a.minLon + a.maxLon) / 2 : a.lon / a.w;
  }
}

/** US states and counties from us-atlas: FIPS ids mapped to GeoNames codes by state name. */
export function placeUsDivisions(
  admin1: Draft[],
  admin2: Draft[],
  states: Centroid[],
  counties: Centroid[],
): void {
  const usStates = new Map(admin1.filter((a) => a.country === 'US').map((a) => [a.name.toLowerCase(), a]));
  const byFips = new Map<string, Draft>();
  for (const s of states) {
    const a = usStates.get(s.name.toLowerCase());
    if (!a) continue;
    a.lat = s.lat;
    a.lon = s.lon;
    byFips.set(s.id, a);
  }
  const counties2 = new Map(admin2.filter((a) => a.country === 'US').map((a) => [a.admin2Code, a]));
  for (const c of counties) {
    const state = byFips.get(c.id.slice(0, 2));
    const a = state && counties2.get(`${state.admin1Code}.${c.id.slice(2)}`);
    if (!a) continue;
    a.lat = c.lat;
    a.lon = c.lon;
  }
}
