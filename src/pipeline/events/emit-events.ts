// Drafts become contract events: one event per place (the most specific places of the
// action; a country or governorate is dropped when a place inside it is named), entity ids
// for actors, evidence spans, certainty and a confidence that ranks the article's main event
// first.
import { type Certainty, type Event, geoPrecisionRank, type Span } from '../../domain/contract.ts';
import type { Doc, EntityDraft } from '../document.ts';
import type { DocView, MentionRef } from './doc-view.ts';
import type { EventDraft } from './draft.ts';
import { findEventPlaces } from './find-places.ts';
import { type ActorRegistry, focusCountry } from './generic-actors.ts';

const CITY_RADIUS_KM = 25;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** Whether `outer` only encloses `inner` (a country, a governorate, or a city and its district). */
function contains(outer: EntityDraft, inner: EntityDraft): boolean {
  const o = outer.geo;
  const i = inner.geo;
  if (!o || !i || geoPrecisionRank(o.precision) <= geoPrecisionRank(i.precision)) return false;
  if (o.precision === 'city') return distanceKm(o, i) <= CITY_RADIUS_KM;
  if (o.precision === 'country') return o.country === i.country;
  if (o.precision === 'admin1' || o.precision === 'admin2') return !!o.admin1 && o.admin1 === i.admin1;
  return false;
}

/** Named places minus those that only enclose another named place. */
export function specificPlaces(places: readonly MentionRef[]): EntityDraft[] {
  const entities = places.map((p) => p.entity);
  return entities.filter((e) => !entities.some((o) => o !== e && contains(e, o)));
}

function evidence(doc: Doc, sentences: readonly number[]): Span[] {
  return [...new Set(sentences)]
    .sort((a, b) => a - b)
    .map((s) => {
      const { start, end } = doc.sentences[s]!;
      return { start, end, text: doc.text.slice(start, end) };
    });
}

function certaintyOf(d: EventDraft): Certainty {
  if (d.historical) return 'historical';
  if (d.claimed) return 'claimed';
  if (d.alleged) return 'alleged';
  return 'reported';
}

function confidenceOf(d: EventDraft): number {
  let c = d.weight;
  // violence and protests are what a report is usually about; the first-told event leads
  if (d.group === 'violence' || d.group === 'protest') c += 0.05;
  if (d.type === 'Statements') c *= 0.6;
  if (d.historical) c *= 0.5;
  if (d.alleged) c *= 0.85;
  c *= 1 - Math.min(0.3, d.sentences[0]! * 0.03);
  c += Math.min(0.1, 0.03 * (d.sentences.length - 1));
  return Math.round(Math.min(1, c) * 1000) / 1000;
}

/**
 * Places for a draft that names none: the last place named in the two sentences before,
 * else the article's main place (its most mentioned place below country level).
 */
function fallbackPlaces(view: DocView, d: EventDraft, main: EntityDraft | undefined): EntityDraft[] {
  // background events are told in passing: no guessing a place for them
  if (d.historical) return [];
  const first = d.sentences[0]!;
  for (let s = first - 1; s >= 0 && first - s <= 2; s--) {
    const places = findEventPlaces(view, s);
    if (places.length) return [places.at(-1)!.entity];
  }
  return main ? [main] : [];
}

/** The most mentioned located place, preferring places below country level. */
export function mainPlace(doc: Doc): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestScore = 0;
  for (const e of doc.entities) {
    if (e.kind !== 'location' || !e.geo) continue;
    const score = e.mentions.length * (e.geo.precision === 'country' ? 0.5 : 1);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

export function emitEvents(view: DocView, drafts: readonly EventDraft[], registry: ActorRegistry): Event[] {
  const doc = view.doc;
  const focus = focusCountry(doc);
  const out: Event[] = [];
  const main = mainPlace(doc);
  const placed = drafts.map((d) => (d.type === 'Statements' ? [] : specificPlaces(d.places)));
  placed.forEach((list, k) => {
    if (!list.length && drafts[k]!.type !== 'Statements')
      list.push(...fallbackPlaces(view, drafts[k]!, main));
  });
  // an event with no place cannot be mapped; keep it only when the text has no placed event
  // (a short snippet still needs its main event)
  const anyPlaced = placed.some((list) => list.length > 0);
  drafts.forEach((d, k) => {
    const isStatement = d.type === 'Statements';
    if (!isStatement && anyPlaced && !placed[k]!.length) return;
    const places: (EntityDraft | undefined)[] = placed[k]!.length ? placed[k]! : [undefined];
    const spans = evidence(doc, d.sentences);
    const certainty = certaintyOf(d);
    const confidence = confidenceOf(d);
    for (const place of places) {
      const country = place?.geo?.country ?? place?.country ?? focus;
      let actor1 = registry.idFor(d.actor1, country);
      if (!actor1 && d.defaultActor1)
        actor1 = registry.idForName(d.defaultActor1[0], d.defaultActor1[1], country);
      const ev: Event = {
        id: `ev${out.length + 1}`,
        type: d.type,
        subtype: d.subtype,
        date: d.date.range,
        actor1,
        actor2: registry.idFor(d.actor2, country),
        location: place?.id ?? null,
        fatalities: isStatement ? null : (d.fatalities ?? null),
        certainty,
        attributed_to: registry.idFor(d.attributedTo, country),
        evidence: spans.slice(),
        confidence,
      };
      const assoc = registry.idFor(d.assoc1, country);
      if (assoc && assoc !== actor1) ev.assoc_actor1 = [assoc];
      if (ev.actor2 === ev.actor1) ev.actor2 = null;
      out.push(ev);
    }
  });
  return out;
}
