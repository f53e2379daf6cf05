// Writing one article with its extraction on PostgreSQL, the same steps as the SQLite adapter
// (src/store/sqlite/save-article.ts). The caller runs this in one transaction holding the write
// lock, so a crash leaves either the whole article (entities, events, cluster, merges) or nothing.
import type { PoolClient } from 'pg';
import type { Entity, Extraction } from '../../domain/contract.ts';
import { contentHash, shortId } from '../content-hash.ts';
import { DEFAULT_MERGE_KM, degreesAround, isSameEvent, mergeableTypes } from '../event-merge.ts';
import { combineSnapshots, type EventSnapshot, snapshotEvents } from '../event-snapshot.ts';
import {
  DEFAULT_CLUSTER_THRESHOLD,
  estimateJaccard,
  signatureBytes,
  signatureFromBytes,
} from '../minhash-signature.ts';
import {
  CANDIDATE_COLUMNS,
  type CandidateRow,
  candidateFromRow,
  type EventRow,
  eventColumns,
  snapshotFromRow,
} from '../rows.ts';
import type { IncomingArticle, SaveOptions, SaveReport } from '../store.ts';
import { query, queryOne } from './connection.ts';
import { postgresParams } from './event-query.ts';

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
  if (!found) await query(db, 'INSERT INTO clusters (id, created_at) VALUES ($1, $2)', [clusterId, now]);
  await insertArticleRow(db, { id: articleId, clusterId }, hash, article, now);
  await insertFacts(db, articleId, extraction, now);
  const km = options.mergeDistanceKm ?? DEFAULT_MERGE_KM;
  const counts = await saveEvents(db, { id: articleId, clusterId }, extraction, km, now);
  return { ...base, ...counts, articleId, clusterId, isNew: true, joinedCluster: found !== undefined };
}

async function insertArticleRow(
  db: PoolClient,
  { id, clusterId }: Article,
  hash: string,
  a: IncomingArticle,
  now: string,
): Promise<void> {
  await query(
    db,
    `INSERT INTO articles (id, content_hash, cluster_id, url, title, outlet, byline, published,
        original_source, origin, text, minhash, ingested_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [
      id,
      hash,
      clusterId,
      a.url ?? null,
      a.title ?? null,
      a.outlet ?? null,
      a.byline ?? null,
      a.published ?? null,
      a.originalSource ?? null,
      a.origin ?? null,
      a.text,
      a.fingerprint ? signatureBytes(a.fingerprint.minhash) : null,
      now,
    ],
  );
  const bands = a.fingerprint?.bands ?? [];
  if (bands.length === 0) return;
  await query(
    db,
    `INSERT INTO article_bands (band, article_id) SELECT DISTINCT unnest($1::text[]), $2
     ON CONFLICT DO NOTHING`,
    [bands, id],
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

/** One value per row of each column, for `INSERT … SELECT * FROM unnest(…)`: one statement per
 * table instead of one per entity or mention. */
const column = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

async function insertFacts(db: PoolClient, articleId: string, x: Extraction, now: string): Promise<void> {
  // an id given twice keeps its last entity (SQLite's INSERT OR REPLACE); every mention stays
  const entities = [...new Map(x.entities.map((e) => [e.id, e])).values()];
  if (entities.length > 0) {
    await query(
      db,
      `INSERT INTO entities (article_id, local_id, kind, subtype, name, ref, lat, lon, country, admin1,
         geo_precision, confidence)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[],
         $8::float8[], $9::text[], $10::text[], $11::text[], $12::float8[])`,
      [
        articleId,
        column(entities, (e) => e.id),
        column(entities, (e) => e.kind),
        column(entities, (e) => e.subtype ?? null),
        column(entities, (e) => e.name),
        column(entities, (e) => e.ref ?? null),
        column(entities, (e) => e.geo?.lat ?? null),
        column(entities, (e) => e.geo?.lon ?? null),
        column(entities, (e) => e.geo?.country ?? null),
        column(entities, (e) => e.geo?.admin1 ?? null),
        column(entities, (e) => e.geo?.precision ?? null),
        column(entities, (e) => e.confidence ?? null),
      ],
    );
  }
  await insertMentions(db, articleId, x.entities);
  await upsertKnowledgeLinks(db, x.entities, now);
  if (x.quotes.length > 0) {
    await query(
      db,
      `INSERT INTO quotes (article_id, idx, speaker, start, "end", text, verb)
       SELECT $1, ord - 1, speaker, s, e, t, verb
       FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) WITH ORDINALITY
         AS q(speaker, s, e, t, verb, ord)`,
      [
        articleId,
        column(x.quotes, (q) => q.speaker),
        column(x.quotes, (q) => q.text.start),
        column(x.quotes, (q) => q.text.end),
        column(x.quotes, (q) => q.text.text),
        column(x.quotes, (q) => q.verb ?? null),
      ],
    );
  }
  if (x.relations.length > 0) {
    await query(
      db,
      `INSERT INTO relations (article_id, idx, type, subject, object, evidence)
       SELECT $1, ord - 1, type, subject, object, evidence
       FROM unnest($2::text[], $3::text[], $4::text[], $5::json[]) WITH ORDINALITY
         AS r(type, subject, object, evidence, ord)`,
      [
        articleId,
        column(x.relations, (r) => r.type),
        column(x.relations, (r) => r.subject),
        column(x.relations, (r) => r.object),
        column(x.relations, (r) => JSON.stringify(r.evidence)),
      ],
    );
  }
}

async function insertMentions(db: PoolClient, articleId: string, entities: readonly Entity[]): Promise<void> {
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })));
  if (mentions.length === 0) return;
  await query(
    db,
    `INSERT INTO mentions (article_id, entity_id, start, "end", text, coref)
     SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::bool[])`,
    [
      articleId,
      column(mentions, (m) => m.entity),
      column(mentions, (m) => m.start),
      column(mentions, (m) => m.end),
      column(mentions, (m) => m.text),
      column(mentions, (m) => m.coref === true),
    ],
  );
}

/** Knowledge ids seen: the first kind and first-seen time stay, the name is the latest. */
async function upsertKnowledgeLinks(db: PoolClient, entities: readonly Entity[], now: string): Promise<void> {
  const links = new Map<string, { kind: string; name: string }>();
  for (const e of entities) {
    if (!e.ref) continue;
    const seen = links.get(e.ref);
    links.set(e.ref, { kind: seen?.kind ?? e.kind, name: e.name });
  }
  if (links.size === 0) return;
  const refs = [...links.keys()];
  await query(
    db,
    `INSERT INTO knowledge_links (ref, kind, name, first_seen)
     SELECT ref, kind, name, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS k(ref, kind, name)
     ON CONFLICT (ref) DO UPDATE SET name = excluded.name`,
    [refs, column(refs, (r) => links.get(r)!.kind), column(refs, (r) => links.get(r)!.name), now],
  );
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
      const mergeId = shortId('m', article.id, localId, target.id);
      await query(
        db,
        `INSERT INTO merges (id, event_id, article_id, local_event_id, reason, created_at)
         VALUES ($1,$2,$3,$4,$5,$6)`,
        [mergeId, target.id, article.id, localId, 'same family, dates, place and actors', now],
      );
      await addReading(db, target, article, snapshot);
      await insertSource(db, target.id, article.id, localId, snapshot, mergeId);
      touched.add(target.id);
      eventsMerged++;
    } else {
      const eventId = shortId('e', article.id, localId);
      await insertEvent(db, eventId, combineSnapshots([snapshot]), now);
      await insertSource(db, eventId, article.id, localId, snapshot, null);
      touched.add(eventId);
      eventsCreated++;
    }
  }
  return { eventsCreated, eventsMerged };
}

export async function insertEvent(
  db: PoolClient,
  id: string,
  e: ReturnType<typeof combineSnapshots>,
  now: string,
): Promise<void> {
  const cols = { id, ...eventColumns(e), source_count: 1, independent_source_count: 1, created_at: now };
  const names = Object.keys(cols);
  await query(
    db,
    `INSERT INTO events (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(cols),
  );
}

/** `a = $1, b = $2, …` for the event columns, their values added to `params`. */
export function eventAssignments(
  cols: Record<string, unknown>,
  params: ReturnType<typeof postgresParams>,
): string {
  return Object.entries(cols)
    .map(([name, value]) => `${name} = ${params.add(value)}`)
    .join(', ');
}

/** Fold one more reading into a stored event (left to right over the sources, as undo recomputes). */
async function addReading(
  db: PoolClient,
  target: EventRow,
  article: Article,
  s: EventSnapshot,
): Promise<void> {
  const sameCluster = await queryOne(
    db,
    `SELECT 1 FROM event_sources es JOIN articles a ON a.id = es.article_id
     WHERE es.event_id = $1 AND a.cluster_id = $2 LIMIT 1`,
    [target.id, article.clusterId],
  );
  const params = postgresParams();
  const set = eventAssignments(eventColumns(combineSnapshots([snapshotFromRow(target), s])), params);
  await query(
    db,
    `UPDATE events SET ${set}, source_count = source_count + 1,
     independent_source_count = independent_source_count + ${params.add(sameCluster ? 0 : 1)}
     WHERE id = ${params.add(target.id)}`,
    params.values,
  );
}

export async function insertSource(
  db: PoolClient,
  eventId: string,
  articleId: string,
  localId: string,
  snapshot: EventSnapshot,
  mergeId: string | null,
): Promise<void> {
  await query(
    db,
    `INSERT INTO event_sources (event_id, article_id, local_event_id, evidence, snapshot, merge_id, seq)
     VALUES ($1,$2,$3,$4,$5,$6, (SELECT COALESCE(MAX(seq), 0) + 1 FROM event_sources WHERE event_id = $1))`,
    [eventId, articleId, localId, JSON.stringify(snapshot.evidence), JSON.stringify(snapshot), mergeId],
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
  const rows = await query<CandidateRow>(
    db,
    `SELECT ${CANDIDATE_COLUMNS} FROM events WHERE ${where} ORDER BY type, date_end, ord LIMIT 200`,
    p.values,
  );
  const found = rows.find((r) => !touched.has(r.id) && isSameEvent(candidateFromRow(r), s, km));
  return found && queryOne<EventRow>(db, 'SELECT * FROM events WHERE id = $1', [found.id]);
}
