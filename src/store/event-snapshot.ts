// One article's reading of an event with its entity ids resolved to names, refs and places.
// The stored event is recomputed from the snapshots of all its sources, which is what lets a
// merge be undone exactly.
import { type Entity, type Event, type Extraction, geoPrecisionRank } from '../domain/contract.ts';
import type { StoredActor, StoredEvent, StoredLocation } from './store.ts';

export type EventSnapshot = Omit<
  StoredEvent,
  'id' | 'source_count' | 'independent_source_count' | 'sources'
> & { evidence: StoredEvent['sources'][number]['evidence'] };

const actorOf = (id: string | null | undefined, byId: Map<string, Entity>): StoredActor | null => {
  if (!id) return null;
  const e = byId.get(id);
  // an id that is no entity is kept as a bare name rather than dropped
  return e ? { name: e.name, ref: e.ref ?? null } : { name: id, ref: null };
};

const locationOf = (id: string | null | undefined, byId: Map<string, Entity>): StoredLocation | null => {
  if (!id) return null;
  const e = byId.get(id);
  if (!e) return { name: id, lat: null, lon: null, country: null, admin1: null, precision: null };
  return {
    name: e.name,
    lat: e.geo?.lat ?? null,
    lon: e.geo?.lon ?? null,
    country: e.geo?.country ?? null,
    admin1: e.geo?.admin1 ?? null,
    precision: e.geo?.precision ?? null,
  };
};

export function snapshotEvent(event: Event, byId: Map<string, Entity>): EventSnapshot {
  return {
    type: event.type,
    subtype: event.subtype,
    date: { start: event.date.start, end: event.date.end, precision: event.date.precision },
    location: locationOf(event.location, byId),
    actor1: actorOf(event.actor1, byId),
    actor2: actorOf(event.actor2, byId),
    assoc_actor1: (event.assoc_actor1 ?? []).map((id) => actorOf(id, byId)).filter((a) => a !== null),
    assoc_actor2: (event.assoc_actor2 ?? []).map((id) => actorOf(id, byId)).filter((a) => a !== null),
    fatalities: event.fatalities ?? null,
    certainty: event.certainty,
    confidence: event.confidence ?? null,
    evidence: event.evidence.map((s) => ({ start: s.start, end: s.end, text: s.text })),
  };
}

export function snapshotEvents(extraction: Extraction): { localId: string; snapshot: EventSnapshot }[] {
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  return extraction.events.map((ev) => ({ localId: ev.id, snapshot: snapshotEvent(ev, byId) }));
}

const DATE_RANK = { day: 0, week: 1, month: 2, year: 3, unknown: 4 } as const;

const CERTAINTY_RANK = { reported: 0, claimed: 1, alleged: 2, denied: 3, historical: 4 } as const;

/** Fold the snapshots of one event's sources (oldest first) into the stored event's fields. */
export function combineSnapshots(snaps: readonly EventSnapshot[]): Omit<EventSnapshot, 'evidence'> {
  const [first, ...rest] = snaps;
  if (!first) throw new Error('combineSnapshots: an event needs at least one source');
  const out: Omit<EventSnapshot, 'evidence'> = { ...first };
  for (const s of rest) {
    // the most precise reading wins; otherwise the first source's stays
    if (DATE_RANK[s.date.precision] < DATE_RANK[out.date.precision]) out.date = s.date;
    if (
      s.location &&
      (!out.location || geoPrecisionRank(s.location.precision) < geoPrecisionRank(out.location.precision))
    )
      out.location = s.location;
    out.actor1 ??= s.actor1;
    out.actor2 ??= s.actor2;
    if (s.fatalities !== null) out.fatalities = Math.max(out.fatalities ?? 0, s.fatalities);
    if (CERTAINTY_RANK[s.certainty] < CERTAINTY_RANK[out.certainty]) out.certainty = s.certainty;
    if (s.confidence !== null) out.confidence = Math.max(out.confidence ?? 0, s.confidence);
    out.assoc_actor1 = unionActors(out.assoc_actor1, s.assoc_actor1);
    out.assoc_actor2 = unionActors(out.assoc_actor2, s.assoc_actor2);
  }
  return out;
}

function unionActors(a: StoredActor[], b: StoredActor[]): StoredActor[] {
  if (b.length === 0) return a;
  const seen = new Set(a.map((x) => x.ref ?? x.name));
  return [...a, ...b.filter((x) => !seen.has(x.ref ?? x.name))];
}
