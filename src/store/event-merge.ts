// When do two readings describe the same event? Same type family, overlapping dates, places
// within a few km and actors that do not contradict each other.

import { geoPrecisionRank } from '../domain/contract.ts';
import type { EventSnapshot } from './event-snapshot.ts';
import type { StoredActor, StoredLocation } from './store.ts';

export const DEFAULT_MERGE_KM = 10;

const FAMILY: Record<string, string> = {
  Battles: 'violence',
  'Explosions/Remote violence': 'violence',
  'Violence against civilians': 'violence',
  Protests: 'demonstrations',
  Riots: 'demonstrations',
};

/** Types whose sub-types are different kinds of thing, not different views of one thing. */
const SUBTYPE_MUST_MATCH = new Set(['Strategic developments', 'Statements']);

export function isSameFamily(a: EventSnapshot, b: EventSnapshot): boolean {
  if (a.type === b.type) return !SUBTYPE_MUST_MATCH.has(a.type) || a.subtype === b.subtype;
  const fa = FAMILY[a.type];
  return fa !== undefined && fa === FAMILY[b.type];
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The (type, subtype?) pairs a reading may merge with: a superset used to narrow candidates. */
export function mergeableTypes(s: EventSnapshot): { types: string[]; subtype: string | null } {
  if (SUBTYPE_MUST_MATCH.has(s.type)) return { types: [s.type], subtype: s.subtype };
  const family = FAMILY[s.type];
  if (!family) return { types: [s.type], subtype: null };
  return { types: Object.keys(FAMILY).filter((t) => FAMILY[t] === family), subtype: null };
}

/** Degrees of latitude and longitude spanning `km` around `lat` (a box around the circle). */
export function degreesAround(lat: number, km: number): { dLat: number; dLon: number } {
  const dLat = km / 111;
  return { dLat, dLon: km / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180))) };
}

export function datesOverlap(a: EventSnapshot, b: EventSnapshot): boolean {
  // two day-precise readings must share a day; otherwise a day of slack absorbs
  // "last night" and week/month readings resolved from different publication days
  const slack = a.date.precision === 'day' && b.date.precision === 'day' ? 0 : DAY_MS;
  return dayOf(a.date.start) <= dayOf(b.date.end) + slack && dayOf(b.date.start) <= dayOf(a.date.end) + slack;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const folded = new Map<string, string>();

/** Names compared across events are few and repeat: fold each once. */
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = foldUncached(s);
    folded.set(s, f);
  }
  return f;
}

const foldUncached = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’ʿʾ`]/g, '')
    .toLowerCase()
    .replace(/^(al|el|ad|an|ar|as|at|az)[- ]/, '')
    .replace(/[^a-z0-9\u0600-\u06ff]+/g, ' ')
    .trim();

const FINE = 1; // district or finer

export function placesMatch(a: StoredLocation | null, b: StoredLocation | null, km: number): boolean {
  if (!a || !b) return a === b; // both unknown: only the actors and dates can tell
  if (fold(a.name) === fold(b.name)) return true;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  const d = haversineKm(a.lat, a.lon, b.lat, b.lon);
  if (d < 0.5) return true;
  // two different named neighbourhoods are two places even when close; a neighbourhood and
  // its city are one
  if (geoPrecisionRank(a.precision) <= FINE && geoPrecisionRank(b.precision) <= FINE) return false;
  return d <= km;
}

function actorsCompatible(a: StoredActor | null, b: StoredActor | null): boolean {
  if (!a || !b) return true;
  if (a.ref && b.ref) return a.ref === b.ref;
  return fold(a.name) === fold(b.name);
}

export function isSameEvent(a: EventSnapshot, b: EventSnapshot, km = DEFAULT_MERGE_KM): boolean {
  if (!isSameFamily(a, b) || !datesOverlap(a, b)) return false;
  if (!placesMatch(a.location, b.location, km)) return false;
  const straight = actorsCompatible(a.actor1, b.actor1) && actorsCompatible(a.actor2, b.actor2);
  // one outlet's attacker may be another's second actor when it writes in the passive
  const swapped =
    actorsCompatible(a.actor1, b.actor2) &&
    actorsCompatible(a.actor2, b.actor1) &&
    // a swap must line up a named actor, not just pair known actors with blanks
    ((a.actor1 !== null && b.actor2 !== null) || (a.actor2 !== null && b.actor1 !== null));
  if (!straight && !swapped) return false;
  // without a place, demand a named actor in common so unrelated events do not collapse
  if (!a.location) return a.actor1 !== null && b.actor1 !== null && straight;
  return true;
}
