// How likely a place is to be meant by its name before any context: countries over divisions
// over capitals over big cities over villages (a country beats a homonymous town).
import type { Place } from '../types.ts';

const KIND_BONUS: Partial<Record<Place['kind'], number>> = {
  country: 12,
  region: 9,
  admin1: 7,
  admin2: 3,
  district: 1,
  neighbourhood: 1,
  base: 2,
  airport: 2,
  crossing: 2,
};

/** A log-scale score: about log10(population) plus bonuses for kind and capital status. */
export function placePrior(p: Place): number {
  const pop = Math.log10((p.population ?? 0) + 1);
  return pop + (KIND_BONUS[p.kind] ?? 0) + (p.capital ? 3 : 0);
}
