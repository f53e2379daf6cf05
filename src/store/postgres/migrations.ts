// Versioned schema migrations of the PostgreSQL adapter, applied in order on open. Never edit a
// shipped migration: append a new one. The tables mirror the SQLite schema (same row shapes,
// src/store/rows.ts) with PostgreSQL's types: event days as `date`, times as `timestamptz`,
// JSON as `json` (not `jsonb`, which reorders keys: exports stay byte-identical to SQLite's),
// a generated tsvector with a GIN index for full-text search and a GiST index on the events'
// points for bounding boxes.
import type { Migration } from '../migration.ts';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, clusters, extraction facts with provenance, events with sources, merges, log',
    sql: `
CREATE TABLE clusters (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL
);
CREATE TABLE articles (
  -- insertion order (SQLite's rowid): listings are in the order articles arrived
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  cluster_id text NOT NULL REFERENCES clusters(id),
  url text,
  title text,
  outlet text,
  byline text,
  published text,
  original_source text,
  origin text,
  text text NOT NULL,
  minhash bytea,
  ingested_at timestamptz NOT NULL,
  -- 'simple': no stemming and no stop words, like FTS5's default tokenizer, whatever the language
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')
  ) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_cluster ON articles (cluster_id);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_search ON articles USING gin (search);
CREATE TABLE article_bands (
  band text NOT NULL,
  article_id text NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
);

CREATE TABLE entities (
  article_id text NOT NULL REFERENCES articles(id),
  local_id text NOT NULL,
  kind text NOT NULL,
  subtype text,
  name text NOT NULL,
  ref text,
  lat double precision,
  lon double precision,
  country text,
  admin1 text,
  geo_precision text,
  confidence double precision,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entities_ref ON entities (ref);
CREATE TABLE mentions (
  article_id text NOT NULL REFERENCES articles(id),
  entity_id text NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text text NOT NULL,
  coref boolean NOT NULL DEFAULT false
);
CREATE INDEX mentions_article ON mentions (article_id, entity_id);
-- knowledge-base ids seen in stored entities, with the name they were last stored under
CREATE TABLE knowledge_links (
  ref text PRIMARY KEY,
  kind text NOT NULL,
  name text NOT NULL,
  first_seen timestamptz NOT NULL
);

CREATE TABLE events (
  -- insertion order (SQLite's rowid): merge candidates are tried in SQLite's order
  ord bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  -- codebook names, compared and sorted byte-wise as in SQLite
  type text COLLATE "C" NOT NULL,
  subtype text NOT NULL,
  date_start date NOT NULL,
  date_end date NOT NULL,
  date_precision text NOT NULL,
  location_name text,
  lat double precision,
  lon double precision,
  country text,
  admin1 text,
  geo_precision text,
  actor1_name text,
  actor1_ref text,
  actor2_name text,
  actor2_ref text,
  assoc_actors json NOT NULL DEFAULT '{"a1":[],"a2":[]}',
  fatalities integer,
  certainty text NOT NULL,
  confidence double precision,
  source_count integer NOT NULL DEFAULT 0,
  independent_source_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL
);
CREATE INDEX events_dates ON events (date_start, date_end);
CREATE INDEX events_type_end ON events (type, date_end, ord);
CREATE INDEX events_country ON events (country);
-- bounding boxes: point(lon, lat) <@ box(...) uses this index (no PostGIS needed)
CREATE INDEX events_point ON events USING gist (point(lon, lat));
-- merge candidates: a box around a place, on the plain coordinates
CREATE INDEX events_lat_lon ON events (lat, lon);
-- one row per (event, article's own reading of it); 'snapshot' is that article's version of
-- the event, from which the stored event is recomputed (and split again by undoMerge)
CREATE TABLE event_sources (
  ord bigint GENERATED ALWAYS AS IDENTITY,
  event_id text NOT NULL REFERENCES events(id),
  article_id text NOT NULL REFERENCES articles(id),
  local_event_id text NOT NULL,
  evidence json NOT NULL,
  snapshot json NOT NULL,
  merge_id text,
  seq integer NOT NULL,
  PRIMARY KEY (article_id, local_event_id)
);
CREATE INDEX event_sources_event ON event_sources (event_id, seq);
CREATE TABLE merges (
  -- the order merges were recorded in (SQLite's rowid): times of one batch can tie
  ord bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  event_id text NOT NULL,
  article_id text NOT NULL,
  local_event_id text NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL,
  undone_at timestamptz
);
CREATE INDEX merges_event ON merges (event_id, ord);

CREATE TABLE quotes (
  article_id text NOT NULL REFERENCES articles(id),
  idx integer NOT NULL,
  speaker text,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text text NOT NULL,
  verb text,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE relations (
  article_id text NOT NULL REFERENCES articles(id),
  idx integer NOT NULL,
  type text NOT NULL,
  subject text NOT NULL,
  object text NOT NULL,
  evidence json NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE ingest_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  origin text NOT NULL,
  status text NOT NULL,
  article_id text,
  message text
);
`,
  },
];
