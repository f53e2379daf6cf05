// The extraction pool under ingestion, with a stand-in worker: the same store as extracting
// in-process (order kept), bad articles and dead workers reported and skipped, re-ingest free.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stubExtract } from '../../test/ingest/stub-extract.ts';
import { writeSyntheticJsonl } from '../../test/ingest/synthetic-feed.ts';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/index.ts';
import { createExtractionPool, type ExtractionPool } from './extraction-pool.ts';
import { ingestInputs } from './ingest-service.ts';

const tmp = mkdtempSync(join(tmpdir(), 'marsad-pool-'));
const script = new URL('../../test/ingest/stub-worker.ts', import.meta.url);
let n = 0;
const freshStore = () => openSqliteStore(join(tmp, `db${n++}.sqlite`));
const stubPool = (workerData: object = {}) => createExtractionPool({ workers: 2, workerData, script });

/** What a reader sees: articles in storage order with clusters, events with their sources. */
async function contents(store: SqliteStore): Promise<unknown> {
  return {
    articles: (await store.listArticles({ limit: 10_000 })).map((a) => [a.id, a.cluster_id]),
    events: await store.listEvents({ limit: 10_000 }),
    // listed by time of writing, which differs between runs
    merges: (await store.listMerges()).map((m) => [m.id, m.eventId, m.articleId]).sort(),
  };
}

async function withPool<T>(pool: ExtractionPool, f: (p: ExtractionPool) => Promise<T>): Promise<T> {
  try {
    return await f(pool);
  } finally {
    await pool.close();
  }
}

function jsonl(name: string, texts: string[]): string {
  const path = join(tmp, name);
  const line = (text: string, i: number) =>
    JSON.stringify({ id: `t${i}`, text, published: '2024-03-06', source: 'Test Wire' });
  writeFileSync(path, `${texts.map(line).join('\n')}\n`);
  return path;
}

const ROCKETS = (i: number) =>
  `Rockets struck a base in Anbar on Tuesday, officials said (report ${i}).\nNothing else is known ${i}.`;

describe('extraction pool', () => {
  it('stores what in-process extraction stores, in the same order, though workers answer out of order', async () => {
    const input = join(tmp, 'feed.jsonl');
    writeSyntheticJsonl(input, 120, 11, 'news');
    const inProcess = freshStore();
    const a = await ingestInputs([input], inProcess, stubExtract, { window: 1 });
    const pooled = freshStore();
    const b = await withPool(stubPool(), (pool) => ingestInputs([input], pooled, pool.extract));
    assert.deepEqual(b, a);
    assert.ok(a.eventsMerged > 0 && a.nearDuplicates > 0, 'the feed exercises merging and clustering');
    assert.deepEqual(await contents(pooled), await contents(inProcess));
    await inProcess.close();
    await pooled.close();
  });

  it('reports an article that throws and one that kills its worker, and stores the others', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => ROCKETS(i));
    texts[7] = 'THROW-IN-EXTRACTION: protest in Basra.';
    texts[23] = 'KILL-THE-WORKER: protest in Basra.';
    const store = freshStore();
    const s = await withPool(stubPool(), (pool) =>
      ingestInputs([jsonl('bad.jsonl', texts)], store, pool.extract),
    );
    assert.equal(s.new, 38);
    assert.equal(s.failed.length, 2);
    assert.match(s.failed[0]!.message, /^internal: extraction failed: the extractor tripped/);
    assert.match(s.failed[1]!.message, /^internal: extraction failed: the extraction worker crashed/);
    assert.equal((await store.stats()).articles, 38);
    // all 38 readings of the rocket attack are one stored event
    assert.equal((await store.listEvents())[0]?.source_count, 38);
    await store.close();
  });

  it('re-ingesting adds nothing and extracts nothing', async () => {
    const input = jsonl(
      'again.jsonl',
      Array.from({ length: 50 }, (_, i) => ROCKETS(i)),
    );
    const store = freshStore();
    await withPool(stubPool(), async (pool) => {
      let extracted = 0;
      const counted = (a: Parameters<ExtractionPool['extract']>[0]) => {
        extracted++;
        return pool.extract(a);
      };
      const first = await ingestInputs([input], store, counted);
      const before = await contents(store);
      const second = await ingestInputs([input], store, counted);
      assert.equal(first.new, 50);
      assert.equal(second.new, 0);
      assert.equal(second.duplicates, 50);
      assert.equal(extracted, 50);
      assert.deepEqual(await contents(store), before);
    });
    await store.close();
  });

  it('fails every article, without hanging, when no worker can start', async () => {
    const store = freshStore();
    const input = jsonl(
      'nostart.jsonl',
      Array.from({ length: 5 }, (_, i) => ROCKETS(i)),
    );
    const s = await withPool(stubPool({ failToStart: true }), (pool) =>
      ingestInputs([input], store, pool.extract),
    );
    assert.equal(s.new, 0);
    assert.equal(s.failed.length, 5);
    assert.match(s.failed[0]!.message, /failed to start: no knowledge here/);
    assert.equal((await store.stats()).articles, 0);
    await store.close();
  });
});
