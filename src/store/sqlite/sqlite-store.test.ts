import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreContract } from '../store-contract.ts';
import { MIGRATIONS } from './migrations.ts';
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
