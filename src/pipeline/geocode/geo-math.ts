// Great-circle distance and displacement on a sphere (km, degrees).
const R = 6371;
const RAD = Math.PI / 180;

export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  return distanceWithCosines(aLat, aLon, Math.cos(aLat * RAD), bLat, bLon, Math.cos(bLat * RAD));
}

/** The cosine of a latitude, as `distanceWithCosines` takes it (computed once per point). */
export function latitudeCosine(lat: number): number {
  return Math.cos(lat * RAD);
}

/**
 * `distanceKm` with the two latitude cosines given: the same arithmetic in the same order,
 * so the same result to the last bit, for loops that meet each point many times.
 */
export function distanceWithCosines(
  aLat: number,
  aLon: number,
  aCos: number,
  bLat: number,
  bLon: number,
  bCos: number,
): number {
  const h = Math.sin(((bLat - aLat) * RAD) / 2) ** 2 + aCos * bCos * Math.sin(((bLon - aLon) * RAD) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from (lat, lon) along compass `bearing` (degrees). */
export function displace(
  lat: number,
  lon: number,
  km: number,
  bearing: number,
): { lat: number; lon: number } {
  const d = km / R;
  const b = bearing * RAD;
  const φ1 = lat * RAD;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 =
    lon * RAD +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { lat: φ2 / RAD, lon: ((λ2 / RAD + 540) % 360) - 180 };
}
