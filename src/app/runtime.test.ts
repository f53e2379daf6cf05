import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MarsadFailure } from '../domain/errors.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { openStore, readConfig, storeLabel } from './runtime.ts';

test('a postgres:// URL opens the PostgreSQL adapter, anything else a SQLite file', async () => {
  // nothing listens on port 1: the PostgreSQL adapter is chosen and fails as a store error
  const url = 'postgres://marsad:secret@127.0.0.1:1/marsad';
  for (const config of [readConfig({ dbPath: url }), readConfig({}, { MARSAD_DB: url })]) {
    await assert.rejects(openStore(config), (e: unknown) => {
      assert.ok(e instanceof MarsadFailure);
      assert.equal(e.error.code, 'store_failed');
      assert.match(e.error.message, /PostgreSQL/);
      return true;
    });
    assert.equal(storeLabel(config), 'postgres://marsad:***@127.0.0.1:1/marsad');
  }
  const file = join(mkdtempSync(join(tmpdir(), 'marsad-runtime-')), 'x.sqlite');
  const store = await openStore(readConfig({ dbPath: file }));
  assert.ok(store instanceof SqliteStore);
  assert.equal(storeLabel(readConfig({ dbPath: file })), file);
  await store.close();
});
