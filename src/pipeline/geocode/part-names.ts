// Names the gazetteer does not know often contain one it does: "Colorado State University",
// "University of Louisville", "US Federal Reserve". The longest run of capitalised words that
// names a place is a (weak) candidate for where the named thing is.
import type { Gazetteer, Place } from '../../knowledge/types.ts';
import type { Candidate } from './score-place.ts';

/** Words that name kinds of things, not places: never a place on their own. */
const GENERIC = new Set(
  `university college school academy institute hospital center centre church cathedral mosque temple
  museum park street road avenue bridge tower building house hall stadium station airport port bank
  reserve federal national state international company group council court club hotel market mall
  square lake river mount mountain valley island bay beach coast north south east west central new
  northern southern eastern western greater upper lower old saint st the of and for de la le al
  memorial cathedral orthodox international`.split(/\s+/),
);
const BROAD = new Set(['country', 'admin1', 'region', 'water']);

/** Only places famous enough to lend their name to things (not a hamlet called Pearson). */
function wellKnown(p: Place): boolean {
  return BROAD.has(p.kind) || (p.population ?? 0) >= 100_000;
}

const WORD = /[\p{L}][\p{L}'’.-]*/gu;

/** Exact candidates of the longest capitalised sub-phrase that names a place (match 0.8). */
export function partCandidates(surface: string, g: Gazetteer, limit: number): Candidate[] {
  const words = [...surface.matchAll(WORD)].map((m) => m[0]);
  if (words.length < 2) return [];
  for (let n = words.length - 1; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (!/^\p{Lu}/u.test(run[0] ?? '') || run.every((w) => GENERIC.has(w.toLowerCase()))) continue;
      const hits = g.findCandidates(run.join(' '), limit).filter((c) => c.score >= 0.95 && wellKnown(c.item));
      if (hits.length) return hits.map((c) => ({ place: c.item, match: 0.8, part: true }));
    }
  return [];
}
