// Ingestion through the PostgreSQL job queue (pg-boss), on the server named by MARSAD_TEST_PG;
// skips without it. The store and the queue get schemas of their own, dropped at the end.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { stubExtract } from '../../test/ingest/stub-extract.ts';
import { openIngestQueue } from '../queue/ingest-queue.ts';
import { createPool } from '../store/postgres/connection.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { ingestJobs, runIngestJob } from './ingest-jobs.ts';

const url = process.env.MARSAD_TEST_PG;
const FIXTURES = join(import.meta.dirname, '../../test/fixtures/ingest');

describe('ingest jobs', () => {
  it('a job per input, paths made absolute', () => {
    assert.deepEqual(ingestJobs(['https://x.example/feed', '/data/a.html']), [
      { input: 'https://x.example/feed' },
      { input: '/data/a.html' },
    ]);
    const [rel] = ingestJobs(['demo/articles'], true);
    assert.ok(rel?.input.startsWith('/') && rel.input.endsWith('/demo/articles'));
    assert.equal(rel?.allowPrivate, true);
  });

  if (!url) {
    it('run through the PostgreSQL queue', {
      skip: 'MARSAD_TEST_PG is not set (a postgres:// URL of a test database)',
    });
    return;
  }

  const run = `j${process.pid}_${Date.now().toString(36)}`;
  after(async () => {
    const pool = createPool({ connectionString: url });
    for (const s of [`marsad_${run}`, `pgboss_${run}`])
      await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await pool.end();
  });

  it('a worker drains the queue into the store; an unreadable input fails its job', async () => {
    const store = await openPostgresStore(url, { schema: `marsad_${run}` });
    const queue = await openIngestQueue({ connectionString: url, schema: `pgboss_${run}` });
    try {
      const jobs = ingestJobs([
        join(FIXTURES, 'story'),
        join(FIXTURES, 'story'),
        join(FIXTURES, 'missing.txt'),
      ]);
      assert.equal((await queue.enqueue(jobs)).length, 3);
      assert.equal(await queue.waiting(), 3);
      const outcomes: string[] = [];
      const done = await queue.drain(async (job) => {
        try {
          const s = await runIngestJob(job, store, stubExtract);
          outcomes.push(`${s.new} new, ${s.duplicates} duplicates`);
          return s;
        } catch (e) {
          outcomes.push('failed');
          throw e;
        }
      });
      // the missing file's job goes back for a later retry (backoff): drain does not wait for it
      assert.equal(done, 3);
      assert.equal(outcomes.filter((o) => o !== 'failed').length, 2);
      assert.equal(
        outcomes.filter((o) => o !== 'failed')[1],
        `0 new, ${(await store.stats()).articles} duplicates`,
      );
      assert.ok((await store.stats()).articles > 0);
    } finally {
      await queue.stop();
      await store.close();
    }
  });
});
