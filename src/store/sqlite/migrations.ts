// Versioned schema migrations, applied in order on open. Never edit a shipped migration:
// append a new one. `schema_migrations` records which versions ran.
import type { Migration } from '../migration.ts';

export type { Migration };

/** Where the R*Tree keeps events without a place: off the map, apart from every real box. */
export const NOWHERE = 2000;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, clusters, extraction facts with provenance, events with sources, merges, log',
    sql: `
CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  cluster_id TEXT NOT NULL REFERENCES clusters(id),
  url TEXT,
  title TEXT,
  outlet TEXT,
  byline TEXT,
  published TEXT,
  original_source TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  minhash BLOB,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_url ON articles(url);
CREATE TABLE article_bands (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
-- external-content FTS over articles (rowid = articles.rowid), kept in sync by the adapter
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  subtype TEXT,
  name TEXT NOT NULL,
  ref TEXT,
  lat REAL,
  lon REAL,
  country TEXT,
  admin1 TEXT,
  geo_precision TEXT,
  confidence REAL,
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX entities_ref ON entities(ref);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  coref INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);
-- knowledge-base ids seen in stored entities, with the name they were last stored under
CREATE TABLE knowledge_links (
  ref TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  first_seen TEXT NOT NULL
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  subtype TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  location_name TEXT,
  lat REAL,
  lon REAL,
  country TEXT,
  admin1 TEXT,
  geo_precision TEXT,
  actor1_name TEXT,
  actor1_ref TEXT,
  actor2_name TEXT,
  actor2_ref TEXT,
  assoc_actors TEXT NOT NULL DEFAULT '{"a1":[],"a2":[]}',
  fatalities INTEGER,
  certainty TEXT NOT NULL,
  confidence REAL,
  source_count INTEGER NOT NULL DEFAULT 0,
  independent_source_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX events_dates ON events(date_start, date_end);
CREATE INDEX events_type ON events(type, subtype);
CREATE INDEX events_geo ON events(lat, lon);
-- one row per (event, article's own reading of it); 'snapshot' is that article's version of
-- the event, from which the stored event is recomputed (and split again by undoMerge)
CREATE TABLE event_sources (
  event_id TEXT NOT NULL REFERENCES events(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  local_event_id TEXT NOT NULL,
  evidence TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  merge_id TEXT,
  seq INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_event_id)
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE TABLE merges (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  local_event_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX merges_event ON merges(event_id);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  speaker TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  verb TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE relations (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE ingest_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  origin TEXT NOT NULL,
  status TEXT NOT NULL,
  article_id TEXT,
  message TEXT
);
`,
  },
  {
    version: 2,
    name: 'merge candidates by type and end date (old events drop out of the range early)',
    sql: `
CREATE INDEX events_type_end ON events(type, date_end);
`,
  },
  {
    version: 3,
    name: 'merge candidates by place and days: an R*Tree over events (lat, lon, day span)',
    sql: `
-- keyed by events.rowid (like articles_fts by articles.rowid): a VACUUM may renumber rowids,
-- so rebuild it after one (DELETE FROM events_space, then the INSERT below). An event without
-- a place sits at a point off the map (lat = lon = 2000), where only readings without a place
-- look; a named place without coordinates spans the whole map (it can match by name); a date
-- that is no date spans the calendar. So a box query is a superset of the exact conditions,
-- which the merge search still applies.
CREATE VIRTUAL TABLE events_space USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_day, max_day);
INSERT INTO events_space SELECT rowid, ${box('')} FROM events;
CREATE TRIGGER events_space_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_space VALUES (NEW.rowid, ${box('NEW.')});
END;
CREATE TRIGGER events_space_update AFTER UPDATE OF location_name, lat, lon, date_start, date_end ON events
  WHEN (NEW.location_name IS NULL) <> (OLD.location_name IS NULL) OR NEW.lat IS NOT OLD.lat OR NEW.lon IS NOT OLD.lon
    OR NEW.date_start IS NOT OLD.date_start OR NEW.date_end IS NOT OLD.date_end BEGIN
  DELETE FROM events_space WHERE id = OLD.rowid;
  INSERT INTO events_space VALUES (NEW.rowid, ${box('NEW.')});
END;
CREATE TRIGGER events_space_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_space WHERE id = OLD.rowid;
END;
`,
  },
  {
    version: 4,
    name: 'event sources by (event, seq): the next seq and the ordered sources without scanning',
    sql: `
DROP INDEX event_sources_event;
CREATE INDEX event_sources_event ON event_sources(event_id, seq);
`,
  },
];

/** The R*Tree box of an event row (column names prefixed by `row`). */
function box(row: string): string {
  const day = (fn: string) => `${fn}(julianday(${row}date_start), julianday(${row}date_end))`;
  const coord = (c: string, wide: number) =>
    `CASE WHEN ${row}location_name IS NULL THEN ${NOWHERE} ELSE COALESCE(${row}${c}, ${wide}) END`;
  return [
    coord('lat', -1000),
    coord('lat', 1000),
    coord('lon', -1000),
    coord('lon', 1000),
    `COALESCE(${day('min')}, -1e7)`,
    `COALESCE(${day('max')}, 1e7)`,
  ].join(', ');
}
