// Writing one article with its extraction on PostgreSQL, the same steps as the SQLite adapter
// (src/store/sqlite/save-article.ts). The caller runs this in one transaction holding the write
// lock, so a crash leaves either the whole article (entities, events, cluster, merges) or nothing.
import type { PoolClient } from 'pg';
import type { Extraction } from '../../domain/contract.ts';
import { contentHash, shortId } from '../content-hash.ts';
import type { SqlParams } from '../event-filter.ts';
import { DEFAULT_MERGE_KM, degreesAround, isSameEvent, mergeableTypes } from '../event-merge.ts';
import { combineSnapshots, type EventSnapshot, snapshotEvents } from '../event-snapshot.ts';
import { DEFAULT_CLUSTER_THRESHOLD, estimateJaccard, signatureFromBytes } from '../minhash-signature.ts';
import { articleColumnValues, EVENT_COLUMNS, type EventRow, eventColumns, snapshotFromRow } from '../rows.ts';
import type { IncomingArticle, SaveOptions, SaveReport } from '../store.ts';
import { query, queryOne } from './connection.ts';
import { postgresParams } from './event-query.ts';
import { insertFacts } from './insert-facts.ts';

type Article = { id: string; clusterId: string };

export async function saveArticleTx(
  db: PoolClient,
  article: IncomingArticle,
  extraction: Extraction,
  options: SaveOptions = {},
): Promise<SaveReport> {
  const hash = contentHash(article);
  const existing = await queryOne<{ id: string; cluster_id: string }>(
    db,
    'SELECT id, cluster_id FROM articles WHERE content_hash = $1',
    [hash],
  );
  const base = { contentHash: hash, eventsCreated: 0, eventsMerged: 0, joinedCluster: false };
  if (existing) return { ...base, articleId: existing.id, clusterId: existing.cluster_id, isNew: false };

  const now = new Date().toISOString();
  const articleId = `a${hash.slice(0, 15)}`;
  const found = await findCluster(db, article, options.clusterThreshold ?? DEFAULT_CLUSTER_THRESHOLD);
  const clusterId = found ?? `c${hash.slice(0, 15)}`;
  await insertArticleRow(db, { id: articleId, clusterId }, found === undefined, hash, article, now);
  await insertFacts(db, articleId, extraction, now);
  const km = options.mergeDistanceKm ?? DEFAULT_MERGE_KM;
  const counts = await saveEvents(db, { id: articleId, clusterId }, extraction, km, now);
  return { ...base, ...counts, articleId, clusterId, isNew: true, joinedCluster: found !== undefined };
}

/** The article row, its cluster when it starts one, and its LSH bands: one statement. */
async function insertArticleRow(
  db: PoolClient,
  { id, clusterId }: Article,
  newCluster: boolean,
  hash: string,
  a: IncomingArticle,
  now: string,
): Promise<void> {
  const p = postgresParams();
  const [articleId, cluster, at] = [p.add(id), p.add(clusterId), p.add(now)];
  const values = [hash, ...articleColumnValues(a)].map((v) => p.add(v));
  await query(
    db,
    `WITH cluster_in AS (
       INSERT INTO clusters (id, created_at) SELECT ${cluster}, ${at}::timestamptz WHERE ${p.add(newCluster)}::bool),
     article_in AS (
       INSERT INTO articles (id, cluster_id, ingested_at, content_hash, url, title, outlet, byline, published,
         original_source, origin, text, minhash) VALUES (${articleId}, ${cluster}, ${at}, ${values.join(', ')}))
     INSERT INTO article_bands (band, article_id)
     SELECT DISTINCT unnest(${p.add(a.fingerprint?.bands ?? [])}::text[]), ${articleId} ON CONFLICT DO NOTHING`,
    p.values,
  );
}

/** The cluster of the most similar stored article sharing an LSH band, if similar enough. */
async function findCluster(
  db: PoolClient,
  a: IncomingArticle,
  threshold: number,
): Promise<string | undefined> {
  const fp = a.fingerprint;
  if (!fp || fp.bands.length === 0) return undefined;
  // an article sharing more bands is likely more similar: the few sharing most are checked first
  const rows = await query<{ cluster_id: string; minhash: Buffer | null }>(
    db,
    `SELECT a.cluster_id, a.minhash FROM (
       SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band = ANY($1::text[])
       GROUP BY article_id ORDER BY shared DESC LIMIT 8) b
     JOIN articles a ON a.id = b.article_id ORDER BY b.shared DESC`,
    [fp.bands],
  );
  const similar = rows.find(
    (r) => r.minhash && estimateJaccard(fp.minhash, signatureFromBytes(r.minhash)) >= threshold,
  );
  return similar?.cluster_id;
}

async function saveEvents(
  db: PoolClient,
  article: Article,
  x: Extraction,
  km: number,
  now: string,
): Promise<{ eventsCreated: number; eventsMerged: number }> {
  let eventsCreated = 0;
  let eventsMerged = 0;
  const touched = new Set<string>();
  for (const { localId, snapshot } of snapshotEvents(x)) {
    const target = await findMergeTarget(db, snapshot, touched, km);
    if (target) {
      await mergeInto(db, target, article, localId, snapshot, now);
      touched.add(target.id);
      eventsMerged++;
    } else {
      const eventId = shortId('e', article.id, localId);
      await createEvent(db, eventId, article.id, localId, snapshot, now);
      touched.add(eventId);
      eventsCreated++;
    }
  }
  return { eventsCreated, eventsMerged };
}

/** The placeholders of an event_sources row of `snapshot`, its values added to `p`. */
function sourceValues(
  p: SqlParams,
  eventId: string,
  articleId: string,
  localId: string,
  snapshot: EventSnapshot,
  mergeId: string | null,
): string {
  return [eventId, articleId, localId, JSON.stringify(snapshot.evidence), JSON.stringify(snapshot), mergeId]
    .map((v) => p.add(v))
    .join(', ');
}

const SOURCE_COLUMNS = 'event_id, article_id, local_event_id, evidence, snapshot, merge_id, seq';

/** A new event from one reading, with that reading as its first source: one statement. */
async function createEvent(
  db: PoolClient,
  id: string,
  articleId: string,
  localId: string,
  snapshot: EventSnapshot,
  now: string,
): Promise<void> {
  const cols = {
    id,
    ...eventColumns(combineSnapshots([snapshot])),
    source_count: 1,
    independent_source_count: 1,
    created_at: now,
  };
  const p = postgresParams();
  const values = Object.values(cols).map((v) => p.add(v));
  await query(
    db,
    `WITH event_in AS (INSERT INTO events (${Object.keys(cols).join(', ')}) VALUES (${values.join(', ')}))
     INSERT INTO event_sources (${SOURCE_COLUMNS})
     VALUES (${sourceValues(p, id, articleId, localId, snapshot, null)}, 1)`,
    p.values,
  );
}

/** `a = $1, b = $2, …` for the event columns, their values added to `params`. */
export function eventAssignments(cols: Record<string, unknown>, params: SqlParams): string {
  return Object.entries(cols)
    .map(([name, value]) => `${name} = ${params.add(value)}`)
    .join(', ');
}

/** Fold one more reading into a stored event, in one statement: record the merge, update the
 * event (left to right over the sources, as undo recomputes; one more independent source when
 * no copy of this story cited it yet) and add the source. Every part sees the rows as they
 * were before the statement, so the cluster test and the next seq ignore the new source. */
async function mergeInto(
  db: PoolClient,
  target: EventRow,
  article: Article,
  localId: string,
  s: EventSnapshot,
  now: string,
): Promise<void> {
  const mergeId = shortId('m', article.id, localId, target.id);
  const p = postgresParams();
  const event = p.add(target.id);
  const merge = [mergeId, target.id, article.id, localId, 'same family, dates, place and actors', now].map(
    (v) => p.add(v),
  );
  const set = eventAssignments(eventColumns(combineSnapshots([snapshotFromRow(target), s])), p);
  await query(
    db,
    `WITH merge_in AS (
       INSERT INTO merges (id, event_id, article_id, local_event_id, reason, created_at) VALUES (${merge.join(', ')})),
     event_up AS (
       UPDATE events SET ${set}, source_count = source_count + 1,
         independent_source_count = independent_source_count + CASE WHEN EXISTS (
           SELECT 1 FROM event_sources es JOIN articles a ON a.id = es.article_id
           WHERE es.event_id = ${event} AND a.cluster_id = ${p.add(article.clusterId)}) THEN 0 ELSE 1 END
       WHERE id = ${event})
     INSERT INTO event_sources (${SOURCE_COLUMNS})
     VALUES (${sourceValues(p, target.id, article.id, localId, s, mergeId)},
       (SELECT COALESCE(MAX(seq), 0) + 1 FROM event_sources WHERE event_id = ${event}))`,
    p.values,
  );
}

/** A stored event this reading describes too; never one this article already cites. SQL
 * narrows by dates, type family, actors and a box around the place; isSameEvent decides. */
async function findMergeTarget(
  db: PoolClient,
  s: EventSnapshot,
  touched: Set<string>,
  km: number,
): Promise<EventRow | undefined> {
  const { types, subtype } = mergeableTypes(s);
  const p = postgresParams();
  let where = `date_start <= ${p.add(s.date.end)}::date + 1 AND date_end >= ${p.add(s.date.start)}::date - 1
    AND type = ANY(${p.add(types)}::text[])`;
  if (subtype) where += ` AND subtype = ${p.add(subtype)}`;
  const ref = s.actor1?.ref ?? s.actor2?.ref;
  // a known actor must not meet a different known actor in either role (superset of isSameEvent)
  if (ref) {
    where += ` AND (actor1_ref IS NULL OR actor1_ref = ${p.add(ref)} OR actor2_ref IS NULL
      OR actor2_ref = ${p.add(ref)})`;
  }
  const loc = s.location;
  if (!loc) where += ' AND location_name IS NULL';
  else if (loc.lat !== null && loc.lon !== null) {
    const { dLat, dLon } = degreesAround(loc.lat, km);
    // a stored place without coordinates can still match by name
    where += ` AND (lat IS NULL OR (lat BETWEEN ${p.add(loc.lat - dLat)} AND ${p.add(loc.lat + dLat)}
      AND lon BETWEEN ${p.add(loc.lon - dLon)} AND ${p.add(loc.lon + dLon)}))`;
  }
  // SQLite's order (its plan walks the (type, date_end) index, rowid last): the first match
  // wins, so the same order makes both adapters merge into the same events
  // whole rows: the match is folded into without reading it again (one round trip less)
  const rows = await query<EventRow>(
    db,
    `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where} ORDER BY type, date_end, ord LIMIT 200`,
    p.values,
  );
  return rows.find((r) => !touched.has(r.id) && isSameEvent(snapshotFromRow(r), s, km));
}
