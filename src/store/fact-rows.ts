// Row shapes of an article's extracted facts (entities, mentions, quotes, relations) and
// their conversion to the port's types, shared by the SQL adapters.
import type { Span } from '../domain/contract.ts';
import type { StoredEntity, StoredQuote, StoredRelation } from './store.ts';

export interface EntityRow {
  local_id: string;
  kind: StoredEntity['kind'];
  subtype: string | null;
  name: string;
  ref: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  geo_precision: NonNullable<StoredEntity['geo']>['precision'];
}

export interface MentionRow {
  entity_id: string;
  start: number;
  end: number;
  text: string;
  /** 0/1 in SQLite, a boolean in PostgreSQL */
  coref: number | boolean;
}

export interface QuoteRow {
  speaker: string | null;
  start: number;
  end: number;
  text: string;
  verb: string | null;
}

export interface RelationRow {
  type: string;
  subject: string;
  object: string;
  /** JSON text of the evidence spans */
  evidence: string;
}

/** Rows grouped by a key, each group in row order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

const spanOf = (m: MentionRow): Span =>
  m.coref
    ? { start: m.start, end: m.end, text: m.text, coref: true }
    : { start: m.start, end: m.end, text: m.text };

export function entitiesFromRows(
  entities: readonly EntityRow[],
  mentions: readonly MentionRow[],
): StoredEntity[] {
  const byEntity = groupBy(mentions, (m) => m.entity_id);
  return entities.map((e) => ({
    id: e.local_id,
    kind: e.kind,
    subtype: e.subtype,
    name: e.name,
    ref: e.ref,
    geo:
      e.lat === null && e.country === null
        ? null
        : {
            name: e.name,
            lat: e.lat,
            lon: e.lon,
            country: e.country,
            admin1: e.admin1,
            precision: e.geo_precision,
          },
    mentions: (byEntity.get(e.local_id) ?? []).map(spanOf),
  }));
}

export const quoteFromRow = (q: QuoteRow): StoredQuote => ({
  speaker: q.speaker,
  text: { start: q.start, end: q.end, text: q.text },
  verb: q.verb,
});

export const relationFromRow = (r: RelationRow): StoredRelation => ({
  type: r.type,
  subject: r.subject,
  object: r.object,
  evidence: JSON.parse(r.evidence) as Span[],
});
