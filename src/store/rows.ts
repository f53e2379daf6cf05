// Row shapes of the SQL schema and their conversion to the port's types. Both adapters read
// rows of these shapes (PostgreSQL's driver is told to hand JSON and dates over as text).
import type { Certainty, DatePrecision, GeoPrecision, IsoDate, Span } from '../domain/contract.ts';
import type { EventSnapshot } from './event-snapshot.ts';
import { signatureBytes } from './minhash-signature.ts';
import type { ArticleSummary, IncomingArticle, MergeRecord, StoredActor, StoredEvent } from './store.ts';

export interface EventRow {
  id: string;
  type: string;
  subtype: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  location_name: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  geo_precision: string | null;
  actor1_name: string | null;
  actor1_ref: string | null;
  actor2_name: string | null;
  actor2_ref: string | null;
  assoc_actors: string;
  fatalities: number | null;
  certainty: string;
  confidence: number | null;
  source_count: number;
  independent_source_count: number;
}

export interface SourceRow {
  event_id: string;
  article_id: string;
  evidence: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  cluster_id: string;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  cluster_id: string;
  original_source: string | null;
}

const actor = (name: string | null, ref: string | null): StoredActor | null =>
  name === null ? null : { name, ref };

export function eventFromRow(r: EventRow, sources: SourceRow[]): StoredEvent {
  const assoc = JSON.parse(r.assoc_actors) as { a1: StoredActor[]; a2: StoredActor[] };
  return {
    id: r.id,
    type: r.type,
    subtype: r.subtype,
    date: {
      start: r.date_start as IsoDate,
      end: r.date_end as IsoDate,
      precision: r.date_precision as DatePrecision,
    },
    location:
      r.location_name === null
        ? null
        : {
            name: r.location_name,
            lat: r.lat,
            lon: r.lon,
            country: r.country,
            admin1: r.admin1,
            precision: r.geo_precision as GeoPrecision | null,
          },
    actor1: actor(r.actor1_name, r.actor1_ref),
    actor2: actor(r.actor2_name, r.actor2_ref),
    assoc_actor1: assoc.a1,
    assoc_actor2: assoc.a2,
    fatalities: r.fatalities,
    certainty: r.certainty as Certainty,
    confidence: r.confidence,
    source_count: r.source_count,
    independent_source_count: r.independent_source_count,
    sources: sources.map((s) => ({
      article_id: s.article_id,
      url: s.url,
      outlet: s.outlet,
      published: s.published as IsoDate | null,
      cluster_id: s.cluster_id,
      evidence: JSON.parse(s.evidence) as Span[],
    })),
  };
}

/** The event's stored fields as a snapshot, for comparing with a new reading. */
export function snapshotFromRow(r: EventRow): EventSnapshot {
  const {
    id: _id,
    source_count: _s,
    independent_source_count: _i,
    sources: _src,
    ...rest
  } = eventFromRow(r, []);
  return { ...rest, evidence: [] };
}

/** The columns isSameEvent reads: candidates are compared without the heavier ones. */
export const CANDIDATE_COLUMNS = `id, type, subtype, date_start, date_end, date_precision, location_name, lat, lon,
  country, admin1, geo_precision, actor1_name, actor1_ref, actor2_name, actor2_ref, certainty`;

/** The columns of an EventRow (the stored event without bookkeeping such as created_at). */
export const EVENT_COLUMNS = `${CANDIDATE_COLUMNS}, assoc_actors, fatalities, confidence, source_count,
  independent_source_count`;

/** A candidate row (CANDIDATE_COLUMNS) as a snapshot good for comparing, not for storing. */
export type CandidateRow = Omit<
  EventRow,
  'assoc_actors' | 'fatalities' | 'confidence' | 'source_count' | 'independent_source_count'
>;

export function candidateFromRow(r: CandidateRow): EventSnapshot {
  return snapshotFromRow({
    ...r,
    assoc_actors: '{"a1":[],"a2":[]}',
    fatalities: null,
    confidence: null,
    source_count: 0,
    independent_source_count: 0,
  });
}

/** Column values of an event row (without id and counts) from combined snapshots. */
export function eventColumns(e: Omit<EventSnapshot, 'evidence'>): Record<string, unknown> {
  return {
    type: e.type,
    subtype: e.subtype,
    date_start: e.date.start,
    date_end: e.date.end,
    date_precision: e.date.precision,
    location_name: e.location?.name ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    country: e.location?.country ?? null,
    admin1: e.location?.admin1 ?? null,
    geo_precision: e.location?.precision ?? null,
    actor1_name: e.actor1?.name ?? null,
    actor1_ref: e.actor1?.ref ?? null,
    actor2_name: e.actor2?.name ?? null,
    actor2_ref: e.actor2?.ref ?? null,
    assoc_actors: JSON.stringify({ a1: e.assoc_actor1, a2: e.assoc_actor2 }),
    fatalities: e.fatalities,
    certainty: e.certainty,
    confidence: e.confidence,
  };
}

/** The article's own columns, in the order both adapters list them: url, title, outlet, byline,
 * published, original_source, origin, text, minhash. */
export const articleColumnValues = (a: IncomingArticle): unknown[] => [
  a.url ?? null,
  a.title ?? null,
  a.outlet ?? null,
  a.byline ?? null,
  a.published ?? null,
  a.originalSource ?? null,
  a.origin ?? null,
  a.text,
  a.fingerprint ? signatureBytes(a.fingerprint.minhash) : null,
];

export const summaryFromRow = (r: ArticleRow): ArticleSummary => ({
  id: r.id,
  url: r.url,
  title: r.title,
  outlet: r.outlet,
  published: r.published as IsoDate | null,
  cluster_id: r.cluster_id,
  original_source: r.original_source,
});

/** A time as the port gives it: ISO 8601 text (SQLite stores text, PostgreSQL a timestamptz). */
export const isoTime = (t: Date | string): string => (t instanceof Date ? t.toISOString() : t);

export interface MergeRow {
  id: string;
  event_id: string;
  article_id: string;
  created_at: string | Date;
  undone_at: string | Date | null;
}

export const mergeFromRow = (r: MergeRow): MergeRecord => ({
  id: r.id,
  eventId: r.event_id,
  articleId: r.article_id,
  createdAt: isoTime(r.created_at),
  undone: r.undone_at !== null,
});

/** The rows of `ids` in the order of `ids` (a database returns `IN (…)` rows in its own order). */
export function inIdOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}
