// The evidence for one candidate place of one location entity, as additive log-odds-like
// points: how well the name matched, how likely the place is a priori (population, kind),
// what the phrase and its surroundings say (feature word, container), and how it fits the
// rest of the article (country focus, nearness to the other places, their divisions).
import type { Place } from '../../knowledge/types.ts';
import { distanceKm, distanceWithCosines, latitudeCosine } from './geo-math.ts';
import type { KindHint } from './read-place-phrase.ts';

export interface Candidate {
  place: Place;
  /** 0..1 from the gazetteer (exact 1, article-less 0.95, skeleton 0.85) */
  match: number;
  /** a populated place of the same name lies inside this division (Baghdad city in Baghdad governorate) */
  shadowed?: boolean;
  /** matched one of the place's other names (Salisbury for Harare), not its own */
  alternate?: boolean;
  /** a place named inside the surface ("Colorado" in "Colorado State University") */
  part?: boolean;
}

/** What the rest of the article says, built from a first pass. */
export interface DocContext {
  /** share of the article's places and actors in each country (0..1) */
  focus: ReadonlyMap<string, number>;
  /** raw country votes and their total, so an entity's own vote can be left out */
  votes: ReadonlyMap<string, number>;
  total: number;
  /** each entity's own vote (country, weight) */
  own: ReadonlyMap<number, { country: string; weight: number }>;
  /** places chosen for the other entities in the first pass, with the entity index */
  anchors: readonly { place: Place; entity: number }[];
  /** the anchors nearness counts (no countries or regions), laid out for the scoring loop */
  points: readonly AnchorPoint[];
}

/** One anchor as proximity reads it: every candidate of every entity meets it. */
export interface AnchorPoint {
  entity: number;
  id: string;
  lat: number;
  lon: number;
  /** cosine of the latitude (see latitudeCosine) */
  cos: number;
  /** a first-level division, whose places get the same-division bonus */
  division: boolean;
  country: string;
  admin1: string | undefined;
}

/** The anchors nearness counts: a country or a region is no point to be near. */
export function anchorPoints(anchors: readonly { place: Place; entity: number }[]): AnchorPoint[] {
  const out: AnchorPoint[] = [];
  for (const { place: p, entity } of anchors) {
    if (p.kind === 'country' || p.kind === 'region') continue;
    out.push({
      entity,
      id: p.id,
      lat: p.lat,
      lon: p.lon,
      cos: latitudeCosine(p.lat),
      division: p.kind === 'admin1',
      country: p.country,
      admin1: p.admin1,
    });
  }
  return out;
}

export interface Clues {
  hint?: KindHint;
  /** places named as containers ("Najaf, Iraq") */
  containers: readonly Place[];
}

const POPULATED = new Set(['city', 'town', 'village']);
const FACILITY = new Set(['base', 'airport', 'crossing', 'oilfield', 'shrine', 'facility']);

/** Prior points: a country beats a division beats a capital beats a big city beats a village. */
export function priorPoints(p: Place): number {
  const pop = Math.log10((p.population ?? 0) + 1);
  switch (p.kind) {
    case 'country':
      return 10 + 0.3 * pop;
    case 'region':
    case 'water':
      // "the Atlantic", "the Middle East": a bare sea or region name rarely means a small town
      return 9;
    case 'admin1':
      return 5 + 0.3 * pop;
    case 'admin2':
      return 1 + 0.55 * pop;
    case 'district':
    case 'neighbourhood':
      return 2.5 + 0.4 * pop;
    default:
      return FACILITY.has(p.kind) ? 2.5 : 0.9 * pop + (p.capital ? 3 : 0);
  }
}

function hintPoints(p: Place, hint: KindHint | undefined): number {
  if (!hint) return 0;
  const fits =
    hint === 'populated'
      ? POPULATED.has(p.kind)
      : hint === 'facility'
        ? FACILITY.has(p.kind)
        : hint === 'district'
          ? p.kind === 'district' || p.kind === 'neighbourhood'
          : p.kind === hint;
  if (fits) return 5;
  // "Al-Qaim district" is also the town; "Karbala province" is never the town.
  if (hint === 'admin2' && (POPULATED.has(p.kind) || p.kind === 'district')) return 1.5;
  if (hint === 'district' && POPULATED.has(p.kind)) return 1;
  return -2;
}

function containerPoints(p: Place, containers: readonly Place[]): number {
  let best = 0;
  for (const c of containers) {
    if (c.id === p.id) continue;
    if (c.kind === 'country' && c.country === p.country) best = Math.max(best, 5);
    else if (c.kind === 'admin1' && c.country === p.country && c.admin1 === p.admin1)
      best = Math.max(best, 7);
    else if (c.country === p.country && distanceKm(c.lat, c.lon, p.lat, p.lon) < 60) best = Math.max(best, 5);
  }
  return best;
}

/** Nearness to the other places of the article: the nearest counts most. */
function proximityPoints(p: Place, self: number, ctx: DocContext): number {
  const cos = latitudeCosine(p.lat);
  let best = 0;
  for (const a of ctx.points) {
    if (a.entity === self || a.id === p.id) continue;
    const d = distanceWithCosines(a.lat, a.lon, a.cos, p.lat, p.lon, cos);
    const near = 3 * Math.exp(-d / 150);
    const sameDivision = a.division && a.country === p.country && a.admin1 === p.admin1;
    // "London" in an article that names Ontario: the division named elsewhere contains it.
    best = Math.max(best, near + (sameDivision && p.kind !== 'admin1' ? 3 : 0));
  }
  return best;
}

/** A look-alike spelling is only believable where the article already is. */
function supported(c: Candidate, focus: number, near: number): boolean {
  return c.match >= 0.95 || focus >= 0.2 || near >= 0.5;
}

/** Whether a candidate is a look-alike spelling far from everything else the article names. */
export function isUnsupported(c: Candidate, near: number, self: number, ctx: DocContext): boolean {
  return !c.part && !supported(c, focusWithout(ctx, self, c.place.country), near);
}

/** Each candidate's nearness points (see proximityPoints), in candidate order. */
export function nearness(candidates: readonly Candidate[], self: number, ctx: DocContext): number[] {
  return candidates.map((c) => proximityPoints(c.place, self, ctx));
}

/** Two contexts with the same anchors give every candidate the same nearness. */
export function samePoints(a: DocContext, b: DocContext): boolean {
  if (a.points.length !== b.points.length) return false;
  for (let i = 0; i < a.points.length; i++)
    if (a.points[i]!.entity !== b.points[i]!.entity || a.points[i]!.id !== b.points[i]!.id) return false;
  return true;
}

/** The country's share of the article, not counting the entity's own first guess. */
function focusWithout(ctx: DocContext, self: number, country: string): number {
  const own = ctx.own.get(self);
  const mine = own && own.country === country ? own.weight : 0;
  const total = ctx.total - (own?.weight ?? 0);
  return total > 0 ? ((ctx.votes.get(country) ?? 0) - mine) / total : 0;
}

/**
 * The points that do not depend on the rest of the article (name match, prior, phrase clues):
 * the same in every pass, so computed once per candidate.
 */
export function localPoints(c: Candidate, clues: Clues): number {
  const p = c.place;
  let s =
    (c.match - 1) * 20 + priorPoints(p) + hintPoints(p, clues.hint) + containerPoints(p, clues.containers);
  if (c.shadowed && clues.hint !== 'admin1' && clues.hint !== 'admin2') s -= 6;
  // Countries and divisions are named by their alternate names all the time; towns and
  // counties rarely (Salisbury is not Harare, "Ohio" is not Ohio County).
  if (c.alternate && (POPULATED.has(p.kind) || p.kind === 'admin2')) s -= 3;
  return s;
}

/**
 * The full score: the local points (from `localPoints`) plus how the candidate fits the
 * article, its country share and its nearness points (from `nearness`).
 */
export function scoreCandidate(
  c: Candidate,
  local: number,
  near: number,
  self: number,
  ctx: DocContext,
): number {
  const focus = focusWithout(ctx, self, c.place.country);
  let s = local + (4 * focus + near);
  if (!supported(c, focus, near)) s -= 8;
  return s;
}

/** The country with the largest share of the article, with its share. */
export function topCountry(ctx: DocContext): { country: string; share: number } | undefined {
  let best: { country: string; share: number } | undefined;
  for (const [country, share] of ctx.focus) if (!best || share > best.share) best = { country, share };
  return best;
}
