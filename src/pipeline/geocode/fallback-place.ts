// A place the gazetteer does not know ("Third Presbyterian Church", "the French Quarter") is
// still somewhere: near the place the text named just before it, else in the article's main
// country. Such a guess keeps the name as written, gets no `ref` and a low confidence.
import type { Gazetteer, Place } from '../../knowledge/types.ts';
import type { EntityDraft } from '../document.ts';
import { type DocContext, topCountry } from './score-place.ts';

interface Choice {
  place: Place;
  confidence: number;
}

const FINE = new Set(['city', 'town', 'village', 'district', 'neighbourhood', 'admin2']);

export function fallbackPlace(
  e: EntityDraft,
  entities: readonly EntityDraft[],
  chosen: readonly (Choice | undefined)[],
  ctx: DocContext,
  g: Gazetteer,
): Choice | undefined {
  const at = e.mentions[0]?.start ?? 0;
  let best: Place | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  entities.forEach((other, i) => {
    const c = chosen[i];
    if (!c || !FINE.has(c.place.kind)) return;
    for (const m of other.mentions) {
      const gap = at - m.start;
      if (gap > 0 && gap < bestGap) {
        bestGap = gap;
        best = c.place;
      }
    }
  });
  if (best) return { place: best, confidence: 0.1 };
  const top = topCountry(ctx)?.country;
  const anchor = ctx.anchors.find((a) => a.place.country === top);
  const country = anchor && [anchor.place, ...g.getAncestors(anchor.place)].find((p) => p.kind === 'country');
  return country ? { place: country, confidence: 0.05 } : undefined;
}
