// The place stage: every location entity gets the gazetteer place the article most likely
// means, with evidence an analyst would use — the name and its feature word, containers
// ("Najaf, Iraq"), the article's country focus (its other places, demonyms, actors' countries,
// the outlet's country), nearness to the other places named, and population/kind priors.
// Three passes: the first picks on local evidence, the next ones rescore with the article
// context of the last.
import type { GeoPrecision } from '../../domain/contract.ts';
import type { Gazetteer, Place } from '../../knowledge/types.ts';
import type { EntityDraft, Stage } from '../document.ts';
import { ensurePinnedPlaces } from './ensure-pinned.ts';
import { fallbackPlace } from './fallback-place.ts';
import { mergeSamePlace } from './merge-same-place.ts';
import { buildTarget, type Target } from './place-target.ts';
import {
  anchorPoints,
  type DocContext,
  isUnsupported,
  localPoints,
  nearness,
  samePoints,
  scoreCandidate,
  topCountry,
} from './score-place.ts';

interface Choice {
  place: Place;
  confidence: number;
  /** found inside the name ("Colorado" in "Colorado State University"): where, not what */
  part?: boolean;
}

export const geocodePlaces: Stage = {
  name: 'geocode',
  reads: ['entities', 'mentions', 'text', 'relations'],
  writes: ['entities', 'relations'],
  run(doc, ctx) {
    const g = ctx.knowledge.gazetteer;
    const entities = ensurePinnedPlaces(doc);
    const targets = entities.map((e, i) =>
      e.kind === 'location' ? buildTarget(e, i, doc.text, g) : undefined,
    );
    // what each candidate's name and phrase say is the same in every pass
    const locals = targets.map((t) => t?.candidates.map((c) => localPoints(c, t.clues)) ?? []);
    const first = targets.map((t, i) => (t ? choose(t, locals[i]!, undefined) : undefined));
    // A second look with the first picks' context settles the focus before the final pick.
    const outlet = outletCountry(doc.article.url);
    const firstContext = docContext(entities, targets, first, outlet);
    const firstNears = targets.map((t) => (t ? nearness(t.candidates, t.entity, firstContext) : []));
    const second = targets.map((t, i) =>
      t ? choose(t, locals[i]!, { ctx: firstContext, nears: firstNears[i]! }) : undefined,
    );
    const context = docContext(entities, targets, second, outlet);
    // the second picks are mostly the first ones: then nearness needs no second computing
    const nears = samePoints(firstContext, context)
      ? firstNears
      : targets.map((t) => (t ? nearness(t.candidates, t.entity, context) : []));
    const final = targets.map((t, i) => {
      if (!t) return undefined;
      return t.capital
        ? capitalChoice(g, context)
        : choose(t, locals[i]!, { ctx: context, nears: nears[i]! });
    });
    const out = entities.map((e, i) => {
      const t = targets[i];
      if (!t) return e;
      // Only hinted spans, which must come back placed, get a guess when nothing matched.
      const pinned = e.mentions.some((m) => m.pinned);
      const choice = final[i] ?? (pinned ? fallbackPlace(e, entities, final, context, g) : undefined);
      return choice ? withPlace(e, t, choice, final[i] === undefined || final[i]?.part === true) : e;
    });
    return { ...doc, ...mergeSamePlace(out, doc.relations) };
  },
};

/** The article context of a pass, with each candidate's nearness points in it. */
interface Scene {
  ctx: DocContext;
  nears: readonly number[];
}

function choose(t: Target, locals: readonly number[], scene: Scene | undefined): Choice | undefined {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < t.candidates.length; i++) {
    const s = scene
      ? scoreCandidate(t.candidates[i]!, locals[i]!, scene.nears[i]!, t.entity, scene.ctx)
      : locals[i]!;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = i;
    } else if (s > second) second = s;
  }
  if (best < 0) return undefined;
  const c = t.candidates[best]!;
  // A look-alike far from the article ("Shia" → Chía) is no answer: better none, or a guess.
  if (scene && isUnsupported(c, scene.nears[best]!, t.entity, scene.ctx)) return undefined;
  // The margin over the runner-up, squashed: a lone candidate is as sure as its name match.
  const margin = Number.isFinite(second) ? 1 / (1 + Math.exp(-(bestScore - second) / 2)) : 1;
  const confidence = Math.round(c.match * (0.5 + 0.49 * margin) * 100) / 100;
  return { place: c.place, confidence, ...(c.part ? { part: true } : {}) };
}

/** Country shares from the first pass's places and the actors' countries. */
function docContext(
  entities: readonly EntityDraft[],
  targets: readonly (Target | undefined)[],
  first: readonly (Choice | undefined)[],
  outlet: string | undefined,
): DocContext {
  const votes = new Map<string, number>();
  const vote = (cc: string | undefined, w: number): void => {
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
  };
  const anchors: { place: Place; entity: number }[] = [];
  const own = new Map<number, { country: string; weight: number }>();
  entities.forEach((e, i) => {
    const c = first[i];
    const t = targets[i];
    if (c && t && !c.part) {
      const weight = Math.min(3, Math.max(1, e.mentions.filter((m) => !m.coref).length)) * c.confidence;
      vote(c.place.country, weight);
      if (c.place.country) own.set(i, { country: c.place.country, weight });
      anchors.push({ place: c.place, entity: i });
    } else if (e.kind !== 'location' && !e.generic) vote(e.country, 0.5);
  });
  vote(outlet, 1);
  let total = 0;
  for (const v of votes.values()) total += v;
  const focus = new Map<string, number>();
  for (const [cc, v] of votes) focus.set(cc, v / total);
  return { focus, anchors, points: anchorPoints(anchors), votes, total, own };
}

// Country-code domains that are used as generic ones.
const GENERIC_TLDS = new Set(['co', 'io', 'tv', 'me', 'ai', 'fm', 'am', 'ly', 'gg', 'to', 'ws', 'cc', 'nu']);

/** The outlet's country from its web address ("cbc.ca" → CA, "bbc.co.uk" → GB). */
export function outletCountry(url: string | undefined): string | undefined {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  const tld = host?.slice(host.lastIndexOf('.') + 1);
  if (tld?.length !== 2 || GENERIC_TLDS.has(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

function capitalChoice(g: Gazetteer, ctx: DocContext): Choice | undefined {
  const top = topCountry(ctx);
  const capital = top ? g.capitalOf?.(top.country) : undefined;
  return capital && top ? { place: capital, confidence: Math.round(top.share * 90) / 100 } : undefined;
}

const SUBTYPE: Partial<Record<Place['kind'], string>> = {
  town: 'city',
  village: 'city',
  neighbourhood: 'district',
  base: 'facility',
  airport: 'facility',
  crossing: 'facility',
  oilfield: 'facility',
  shrine: 'facility',
};
const COARSER: Partial<Record<GeoPrecision, GeoPrecision>> = {
  point: 'admin1',
  district: 'admin1',
  city: 'admin1',
};

function withPlace(e: EntityDraft, t: Target, c: Choice, guessed: boolean): EntityDraft {
  const p = c.place;
  // "an air base north of Baghdad": Baghdad, at the precision the text allows.
  const precision = (t.relative || guessed ? COARSER[p.precision] : undefined) ?? p.precision;
  const geo = {
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    precision,
    ...(p.admin1 ? { admin1: p.admin1 } : {}),
  };
  // Object.assign, not a spread with new keys: V8 adds keys to a spread copy slowly (µs a call)
  if (guessed) return Object.assign({}, e, { geo, country: p.country, confidence: c.confidence });
  const aliases = [...new Set([...e.aliases, ...t.surfaces])].filter((s) => s !== p.name);
  return Object.assign({}, e, {
    name: p.name,
    ref: p.id,
    placeId: p.id,
    country: p.country,
    subtype: SUBTYPE[p.kind] ?? p.kind,
    geo,
    aliases,
    confidence: c.confidence,
  });
}
