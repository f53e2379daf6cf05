// STUB (skeleton): the best gazetteer candidate of each location entity's name.
import type { Stage } from '../document.ts';

export const geocodePlaces: Stage = {
  name: 'geocode',
  reads: ['entities'],
  writes: ['entities'],
  run(doc, ctx) {
    const entities = doc.entities.map((e) => {
      if (e.kind !== 'location') return e;
      const best = ctx.knowledge.gazetteer.findCandidates(e.name, 1)[0];
      if (!best) return e;
      const p = best.item;
      return {
        ...e,
        name: p.name,
        ref: p.id,
        placeId: p.id,
        country: p.country,
        geo: { lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, precision: p.precision },
      };
    });
    return { ...doc, entities };
  },
};
