import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { distanceKm, distanceWithCosines, latitudeCosine } from './geo-math.ts';

const RAD = Math.PI / 180;

/** The haversine as it was written before the cosines were passed in. */
function haversine(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const h =
    Math.sin(((bLat - aLat) * RAD) / 2) ** 2 +
    Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(((bLon - aLon) * RAD) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });

test('distances with precomputed cosines are the plain haversine to the last bit', () => {
  fc.assert(
    fc.property(lat, lon, lat, lon, (aLat, aLon, bLat, bLon) => {
      const plain = haversine(aLat, aLon, bLat, bLon);
      assert.equal(distanceKm(aLat, aLon, bLat, bLon), plain);
      const a = latitudeCosine(aLat);
      const b = latitudeCosine(bLat);
      assert.equal(distanceWithCosines(aLat, aLon, a, bLat, bLon, b), plain);
    }),
    { numRuns: 2000 },
  );
});
