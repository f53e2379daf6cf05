// The Store contract on PostgreSQL, on the server named by MARSAD_TEST_PG (a connection string;
// .ci/run sets one up). Each test gets a schema of its own, dropped at the end. Without
// MARSAD_TEST_PG the suite skips and says why.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { MarsadFailure } from '../../domain/errors.ts';
import { article, handMadeExtraction, runStoreContract } from '../store-contract.ts';
import { createPool, WRITE_LOCK_SQL } from './connection.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPostgresStore } from './postgres-store.ts';

const url = process.env.MARSAD_TEST_PG;

if (!url) {
  describe('Store contract: postgres', () => {
    it('runs against PostgreSQL', {
      skip: 'MARSAD_TEST_PG is not set (a postgres:// URL of a test database)',
    });
  });
} else {
  const run = `t${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  const fresh = async () => {
    const schema = `marsad_${run}_${schemas.length}`;
    schemas.push(schema);
    return openPostgresStore(url, { schema, max: 4 });
  };

  after(async () => {
    const pool = createPool({ connectionString: url });
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await pool.end();
  });

  runStoreContract('postgres', fresh);

  describe('postgres adapter', () => {
    it('creates the schema, records its version, reopens without migrating again', async () => {
      const store = await fresh();
      const schema = schemas.at(-1)!;
      assert.equal((await store.stats()).schemaVersion, MIGRATIONS.at(-1)?.version);
      await store.close();
      const again = await openPostgresStore(url, { schema });
      const rows = await again.pool.query('SELECT version FROM schema_migrations');
      assert.equal(rows.rowCount, MIGRATIONS.length);
      await again.close();
    });

    it('keeps concurrent writers apart: the same story saved at once is stored once', async () => {
      const store = await fresh();
      const a = article('wire', 1);
      const reports = await Promise.all(
        [0, 1, 2].map(() => store.saveArticleOrThrow(a, handMadeExtraction(a.text))),
      );
      assert.deepEqual(reports.map((r) => r.isNew).sort(), [false, false, true]);
      const copies = await Promise.all(
        ['daily', 'gazette'].map((v) => {
          const c = article(v, 1);
          return store.saveArticleOrThrow(c, handMadeExtraction(c.text));
        }),
      );
      assert.ok(copies.every((r) => r.joinedCluster));
      const [event, ...more] = await store.listEvents();
      assert.equal(more.length, 0);
      assert.equal(event?.source_count, 3);
      await store.close();
    });

    it('readers do not wait for a writer holding the write lock', async () => {
      const store = await fresh();
      const a = article('wire', 1);
      await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      const writer = await store.pool.connect();
      try {
        await writer.query('BEGIN');
        await writer.query(WRITE_LOCK_SQL);
        const b = article('daily', 2);
        const save = store.saveArticle(b, handMadeExtraction(b.text)); // waits for the lock
        assert.equal((await store.listEvents()).length, 1);
        assert.equal((await store.stats()).articles, 1);
        const waited = new Promise((resolve) => setTimeout(() => resolve('waiting'), 300));
        assert.equal(await Promise.race([save.then(() => 'saved'), waited]), 'waiting');
        await writer.query('COMMIT');
        assert.equal((await save).ok, true);
      } finally {
        writer.release();
      }
      assert.equal((await store.stats()).articles, 2);
      await store.close();
    });

    it('a failing article inside a batch is reported alone, the others are stored', async () => {
      const store = await fresh();
      const good = article('wire', 1);
      const bad = article('daily', 2, { text: 'Gunmen attacked\u0000 a checkpoint.' });
      const reports = await store.saveArticles([
        { article: good, extraction: handMadeExtraction(good.text) },
        { article: bad, extraction: handMadeExtraction(bad.text) },
      ]);
      assert.equal(reports[0]?.ok, true);
      assert.equal(reports[1]?.ok, false);
      assert.equal(!reports[1]?.ok && reports[1]?.error.code, 'store_failed');
      assert.equal((await store.stats()).articles, 1);
      await store.close();
    });

    it('an unreachable server is a store_failed error naming it without the password', async () => {
      const wrong = 'postgres://marsad:secret@127.0.0.1:1/none';
      await assert.rejects(openPostgresStore(wrong), (e: unknown) => {
        assert.ok(e instanceof MarsadFailure);
        assert.equal(e.error.code, 'store_failed');
        assert.match(e.error.message, /127\.0\.0\.1:1/);
        assert.doesNotMatch(e.error.message, /secret/);
        return true;
      });
    });
  });
}
