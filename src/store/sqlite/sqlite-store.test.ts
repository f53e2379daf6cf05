import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Entity } from '../../domain/contract.ts';
import { article, handMadeExtraction, runStoreContract, storyText } from '../store-contract.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS, NOWHERE } from './migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
let n = 0;
const freshPath = () => join(dir, `t${n++}.sqlite`);

runStoreContract('sqlite', async () => openSqliteStore(freshPath()));

test('sqlite: schema created, versioned, WAL, reopened without migrating again', async () => {
  const path = freshPath();
  const store = openSqliteStore(path);
  assert.equal((await store.stats()).schemaVersion, MIGRATIONS.at(-1)?.version);
  await store.close();
  const again = openSqliteStore(path);
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const rows = db.prepare('SELECT version FROM schema_migrations').all();
  assert.equal(rows.length, MIGRATIONS.length);
  db.close();
  await again.close();
});

/** The contract fixture's place entity, as extracted from `text`. */
function kadhimiyaOf(text: string): Entity {
  const place = handMadeExtraction(text).entities[0];
  if (!place) throw new Error('the fixture has a place');
  return place;
}

/** Events whose R*Tree box is missing or does not hold their place and days. */
function outOfBox(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT e.id FROM events e LEFT JOIN events_space r ON r.id = e.rowid
       WHERE r.id IS NULL
          OR (e.location_name IS NULL AND r.min_lat <> ${NOWHERE})
          OR (e.lat IS NOT NULL AND NOT (e.lat BETWEEN r.min_lat - 1e-4 AND r.max_lat + 1e-4))
          OR NOT (julianday(e.date_start) BETWEEN r.min_day AND r.max_day)
       UNION ALL SELECT 'stray box' FROM events_space r WHERE r.id NOT IN (SELECT rowid FROM events)`,
    )
    .all();
}

test('sqlite: the merge search R*Tree follows inserts, merges, moves and undos', async () => {
  const store = openSqliteStore(freshPath());
  const a = article('wire', 1);
  await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
  const b = article('daily', 2);
  // the copy's reading is more precise (a point in the district): the merged event moves
  const street = {
    ...kadhimiyaOf(b.text),
    geo: { lat: 33.381, lon: 44.341, country: 'IQ', admin1: 'Baghdad', precision: 'point' as const },
  };
  await store.saveArticleOrThrow(b, handMadeExtraction(b.text, { place: street }));
  const c = article('placeless', 3, { text: storyText('placeless').replace('in Kadhimiya, Baghdad, ', '') });
  await store.saveArticleOrThrow(c, handMadeExtraction(c.text, { location: null, actor1: 'T2' }));
  assert.deepEqual(outOfBox(store.db), []);
  const [merge] = await store.listMerges();
  assert.ok(merge);
  assert.equal((await store.undoMerge(merge.id)).ok, true);
  assert.equal((await store.stats()).events, 3);
  assert.deepEqual(outOfBox(store.db), []);
  await store.close();
});

test('sqlite: migrating a database that holds events fills the R*Tree', async () => {
  const path = freshPath();
  const old = new Database(path);
  migrate(old, MIGRATIONS.slice(0, 2));
  old
    .prepare(
      `INSERT INTO events (id, type, subtype, date_start, date_end, date_precision, location_name, lat, lon,
         certainty, created_at) VALUES ('e1', 'Protests', 'Peaceful protest', '2024-03-01', '2024-03-02', 'day',
         'Basra', 30.5, 47.8, 'reported', '2024-03-02')`,
    )
    .run();
  old.close();
  const store = openSqliteStore(path);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM events_space').get() as { n: number }).n, 1);
  assert.deepEqual(outOfBox(store.db), []);
  await store.close();
});
