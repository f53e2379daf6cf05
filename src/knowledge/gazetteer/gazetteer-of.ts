// A gazetteer made in memory from places (tests, small tools): the same format and runtime
// as the built one, so what is tested is what ships.
import type { Gazetteer, Place } from '../types.ts';
import { CompactGazetteer } from './compact-gazetteer.ts';
import { defaultPrecision, type PlaceRow } from './gazetteer-format.ts';
import { gazetteerTexts } from './gazetteer-texts.ts';
import { placeKeys } from './place-keys.ts';

export function gazetteerOf(places: readonly Place[]): Gazetteer {
  const rows: PlaceRow[] = places.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    precision: p.precision ?? defaultPrecision(p.kind),
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1 ?? '',
    population: p.population ?? 0,
    parent: p.parent ?? '',
    flags: `${p.capital ? 'C' : ''}M`,
    alt: p.alt ?? [],
    keys: [...new Set([p.name, ...(p.alt ?? [])].flatMap((n) => placeKeys(n)))],
  }));
  const { places: text, keys } = gazetteerTexts(rows);
  return new CompactGazetteer(Buffer.from(text), Buffer.from(keys));
}
