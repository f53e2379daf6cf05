// Writing one article with its extraction. The caller wraps this in one transaction, so a
// crash leaves either the whole article (entities, events, cluster, merges) or nothing.
import type Database from 'better-sqlite3';
import type { Extraction } from '../../domain/contract.ts';
import { contentHash, shortId } from '../content-hash.ts';
import { DEFAULT_MERGE_KM, degreesAround, isSameEvent, mergeableTypes } from '../event-merge.ts';
import { combineSnapshots, type EventSnapshot, snapshotEvents } from '../event-snapshot.ts';
import { DEFAULT_CLUSTER_THRESHOLD, estimateJaccard, signatureFromBytes } from '../minhash-signature.ts';
import {
  articleColumnValues,
  CANDIDATE_COLUMNS,
  type CandidateRow,
  candidateFromRow,
  type EventRow,
  eventColumns,
  snapshotFromRow,
} from '../rows.ts';
import type { IncomingArticle, SaveOptions, SaveReport } from '../store.ts';
import { NOWHERE } from './migrations.ts';
import { stmt } from './statement-cache.ts';

export function saveArticleTx(
  db: Database.Database,
  article: IncomingArticle,
  extraction: Extraction,
  options: SaveOptions = {},
): SaveReport {
  const hash = contentHash(article);
  const existing = stmt(db, 'SELECT id, cluster_id FROM articles WHERE content_hash = ?').get(hash) as
    | { id: string; cluster_id: string }
    | undefined;
  const base = { contentHash: hash, eventsCreated: 0, eventsMerged: 0, joinedCluster: false };
  if (existing) return { ...base, articleId: existing.id, clusterId: existing.cluster_id, isNew: false };

  const now = new Date().toISOString();
  const articleId = `a${hash.slice(0, 15)}`;
  const found = findCluster(db, article, options.clusterThreshold ?? DEFAULT_CLUSTER_THRESHOLD);
  const clusterId = found ?? `c${hash.slice(0, 15)}`;
  if (!found) stmt(db, 'INSERT INTO clusters (id, created_at) VALUES (?, ?)').run(clusterId, now);
  insertArticleRow(db, articleId, clusterId, hash, article, now);
  insertFacts(db, articleId, extraction);
  const counts = saveEvents(
    db,
    { id: articleId, clusterId },
    extraction,
    options.mergeDistanceKm ?? DEFAULT_MERGE_KM,
    now,
  );
  return { ...base, ...counts, articleId, clusterId, isNew: true, joinedCluster: found !== undefined };
}

function insertArticleRow(
  db: Database.Database,
  id: string,
  clusterId: string,
  hash: string,
  a: IncomingArticle,
  now: string,
): void {
  const info = stmt(
    db,
    `INSERT INTO articles (id, content_hash, cluster_id, url, title, outlet, byline, published,
        original_source, origin, text, minhash, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  ).run(id, hash, clusterId, ...articleColumnValues(a), now);
  stmt(db, 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    info.lastInsertRowid,
    a.title ?? '',
    a.text,
  );
  const bands = a.fingerprint?.bands ?? [];
  if (bands.length > 0)
    stmt(db, 'INSERT OR IGNORE INTO article_bands (band, article_id) SELECT value, ? FROM json_each(?)').run(
      id,
      JSON.stringify(bands),
    );
}

/** The cluster of the most similar stored article sharing an LSH band, if similar enough. */
function findCluster(db: Database.Database, a: IncomingArticle, threshold: number): string | undefined {
  const fp = a.fingerprint;
  if (!fp || fp.bands.length === 0) return undefined;
  // one statement for all bands; an article sharing more bands is likely more similar, so the
  // few that share most are checked first and the first one similar enough decides
  const marks = fp.bands.map(() => '?').join(',');
  const rows = stmt(
    db,
    `SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band IN (${marks})
    GROUP BY article_id ORDER BY shared DESC LIMIT 8`,
  ).all(...fp.bands) as { article_id: string }[];
  const read = stmt(db, 'SELECT cluster_id, minhash FROM articles WHERE id = ?');
  for (const { article_id } of rows) {
    const r = read.get(article_id) as { cluster_id: string; minhash: Buffer | null } | undefined;
    if (r?.minhash && estimateJaccard(fp.minhash, signatureFromBytes(r.minhash)) >= threshold)
      return r.cluster_id;
  }
  return undefined;
}

/** Rows of one table in one statement: the rows go in as a JSON array read by json_each, so
 * an article's ~100 entity, mention and link rows cost a few calls into SQLite, not one each. */
const rowsJson = (rows: unknown[][]): string => JSON.stringify(rows);
const cols = (n: number, from = 0): string =>
  Array.from({ length: n }, (_, i) => `j.value->>${i + from}`).join(', ');

function insertFacts(db: Database.Database, articleId: string, x: Extraction): void {
  const entities: unknown[][] = [];
  const mentions: unknown[][] = [];
  const links: unknown[][] = [];
  for (const e of x.entities) {
    const g = e.geo;
    entities.push([
      e.id,
      e.kind,
      e.subtype ?? null,
      e.name,
      e.ref ?? null,
      g?.lat ?? null,
      g?.lon ?? null,
      g?.country ?? null,
      g?.admin1 ?? null,
      g?.precision ?? null,
      e.confidence ?? null,
    ]);
    for (const m of e.mentions) mentions.push([e.id, m.start, m.end, m.text, m.coref ? 1 : 0]);
    if (e.ref) links.push([e.ref, e.kind, e.name]);
  }
  stmt(
    db,
    `INSERT OR REPLACE INTO entities (article_id, local_id, kind, subtype, name, ref, lat, lon, country,
      admin1, geo_precision, confidence) SELECT ?, ${cols(11)} FROM json_each(?) j`,
  ).run(articleId, rowsJson(entities));
  if (mentions.length > 0)
    stmt(
      db,
      `INSERT INTO mentions (article_id, entity_id, start, end, text, coref)
       SELECT ?, ${cols(5)} FROM json_each(?) j`,
    ).run(articleId, rowsJson(mentions));
  if (links.length > 0)
    // WHERE true: an upsert's SELECT needs a WHERE to parse; rows apply in order (last name wins)
    stmt(
      db,
      `INSERT INTO knowledge_links (ref, kind, name, first_seen) SELECT ${cols(3)}, ? FROM json_each(?) j
       WHERE true ON CONFLICT(ref) DO UPDATE SET name = excluded.name`,
    ).run(new Date().toISOString(), rowsJson(links));
  const quote = stmt(
    db,
    'INSERT INTO quotes (article_id, idx, speaker, start, end, text, verb) VALUES (?,?,?,?,?,?,?)',
  );
  x.quotes.forEach((q, i) => {
    quote.run(articleId, i, q.speaker, q.text.start, q.text.end, q.text.text, q.verb ?? null);
  });
  const rel = stmt(
    db,
    'INSERT INTO relations (article_id, idx, type, subject, object, evidence) VALUES (?,?,?,?,?,?)',
  );
  x.relations.forEach((r, i) => {
    rel.run(articleId, i, r.type, r.subject, r.object, JSON.stringify(r.evidence));
  });
}

function saveEvents(
  db: Database.Database,
  article: { id: string; clusterId: string },
  x: Extraction,
  km: number,
  now: string,
): { eventsCreated: number; eventsMerged: number } {
  let eventsCreated = 0;
  let eventsMerged = 0;
  const touched = new Set<string>();
  for (const { localId, snapshot } of snapshotEvents(x)) {
    const target = findMergeTarget(db, snapshot, touched, km);
    if (target) {
      const mergeId = shortId('m', article.id, localId, target.id);
      stmt(
        db,
        `INSERT INTO merges (id, event_id, article_id, local_event_id, reason, created_at)
         VALUES (?,?,?,?,?,?)`,
      ).run(mergeId, target.id, article.id, localId, 'same family, dates, place and actors', now);
      addReading(db, target, article, snapshot);
      insertSource(db, target.id, article.id, localId, snapshot, mergeId);
      touched.add(target.id);
      eventsMerged++;
    } else {
      const eventId = shortId('e', article.id, localId);
      insertEvent(db, eventId, combineSnapshots([snapshot]), now);
      insertSource(db, eventId, article.id, localId, snapshot, null);
      touched.add(eventId);
      eventsCreated++;
    }
  }
  return { eventsCreated, eventsMerged };
}

export function insertEvent(
  db: Database.Database,
  id: string,
  e: ReturnType<typeof combineSnapshots>,
  now: string,
): void {
  const cols = { id, ...eventColumns(e), source_count: 1, independent_source_count: 1, created_at: now };
  const names = Object.keys(cols);
  stmt(db, `INSERT INTO events (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(
    cols,
  );
}

/** Fold one more reading into a stored event. The fold is left-to-right over the sources, so
 * folding into the current fields equals recomputing from every snapshot (undo does that). */
function addReading(
  db: Database.Database,
  target: EventRow,
  article: { id: string; clusterId: string },
  s: EventSnapshot,
): void {
  // from the cluster's few articles, not the event's sources (a big story has hundreds)
  const sameCluster = stmt(
    db,
    `SELECT 1 FROM articles a CROSS JOIN event_sources es
     WHERE a.cluster_id = ? AND es.article_id = a.id AND es.event_id = ? LIMIT 1`,
  ).get(article.clusterId, target.id);
  const cols = eventColumns(combineSnapshots([snapshotFromRow(target), s]));
  const names = Object.keys(cols);
  stmt(
    db,
    `UPDATE events SET ${names.map((n) => `${n} = @${n}`).join(', ')}, source_count = source_count + 1,
     independent_source_count = independent_source_count + @more WHERE id = @id`,
  ).run({ ...cols, more: sameCluster ? 0 : 1, id: target.id });
}

export function insertSource(
  db: Database.Database,
  eventId: string,
  articleId: string,
  localId: string,
  snapshot: EventSnapshot,
  mergeId: string | null,
): void {
  stmt(
    db,
    `INSERT INTO event_sources (event_id, article_id, local_event_id, evidence, snapshot, merge_id, seq)
     VALUES (?,?,?,?,?,?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM event_sources WHERE event_id = ?))`,
  ).run(
    eventId,
    articleId,
    localId,
    JSON.stringify(snapshot.evidence),
    JSON.stringify(snapshot),
    mergeId,
    eventId,
  );
}

/** A stored event this reading describes too; never one this article already cites. The
 * R*Tree narrows by days and a box around the place, SQL by type family, dates and actors;
 * isSameEvent decides. Candidates come in (type, date_end, rowid) order, the first match wins. */
function findMergeTarget(
  db: Database.Database,
  s: EventSnapshot,
  touched: Set<string>,
  km: number,
): EventRow | undefined {
  const { types, subtype } = mergeableTypes(s);
  const params: Record<string, unknown> = {
    start: s.date.start,
    end: s.date.end,
    types: JSON.stringify(types),
  };
  // the day span (a day of slack either side) and, below, the box: the R*Tree's part
  let space = 'r.max_day >= julianday(@start) - 1 AND r.min_day <= julianday(@end) + 1';
  let where = `e.date_start <= date(@end, '+1 day') AND e.date_end >= date(@start, '-1 day')
    AND e.type IN (SELECT value FROM json_each(@types))`;
  if (subtype) {
    where += ' AND e.subtype = @subtype';
    params.subtype = subtype;
  }
  const ref = s.actor1?.ref ?? s.actor2?.ref;
  if (ref) {
    // a known actor must not meet a different known actor in either role (superset of isSameEvent)
    where += ` AND (e.actor1_ref IS NULL OR e.actor1_ref = @ref OR e.actor2_ref IS NULL OR e.actor2_ref = @ref)`;
    params.ref = ref;
  }
  const loc = s.location;
  if (!loc) {
    space += ` AND r.min_lat = ${NOWHERE}`;
    where += ' AND e.location_name IS NULL';
  } else if (loc.lat !== null && loc.lon !== null) {
    const { dLat, dLon } = degreesAround(loc.lat, km);
    // a stored place without coordinates can still match by name (its box spans the map)
    space += ' AND r.min_lat <= @n AND r.max_lat >= @s AND r.min_lon <= @e AND r.max_lon >= @w';
    where += ' AND (e.lat IS NULL OR (e.lat BETWEEN @s AND @n AND e.lon BETWEEN @w AND @e))';
    Object.assign(params, { s: loc.lat - dLat, n: loc.lat + dLat, w: loc.lon - dLon, e: loc.lon + dLon });
  }
  // CROSS JOIN keeps the R*Tree first. Only rowids are sorted: most searches stop at the first
  // or second candidate, so the columns are read for those alone
  const rowids = stmt(
    db,
    `SELECT e.rowid FROM events_space r CROSS JOIN events e
     WHERE e.rowid = r.id AND ${space} AND ${where} ORDER BY e.type, e.date_end, e.rowid LIMIT 200`,
  )
    .pluck()
    .all(params) as number[];
  const read = stmt(db, `SELECT ${CANDIDATE_COLUMNS} FROM events WHERE rowid = ?`);
  for (const rowid of rowids) {
    const r = read.get(rowid) as CandidateRow;
    if (touched.has(r.id) || !isSameEvent(candidateFromRow(r), s, km)) continue;
    return stmt(db, 'SELECT * FROM events WHERE rowid = ?').get(rowid) as EventRow;
  }
  return undefined;
}
