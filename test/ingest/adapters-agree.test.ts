// SQLite and PostgreSQL store the same thing: one generated corpus (syndicated copies, events
// merged across articles) ingested into both, a merge undone in both, gives byte-identical
// exports. Needs MARSAD_TEST_PG; skips without it.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestInputs } from '../../src/app/ingest-service.ts';
import { articleLine, exportEvents, iterateArticles } from '../../src/app/query-service.ts';
import { createPool } from '../../src/store/postgres/connection.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { IngestStore } from '../../src/store/store.ts';
import { stubExtract } from './stub-extract.ts';
import { writeSyntheticJsonl } from './synthetic-feed.ts';

const url = process.env.MARSAD_TEST_PG;

async function everything(store: IngestStore, input: string): Promise<string> {
  await ingestInputs([input], store, stubExtract);
  const [merge] = await store.listMerges();
  assert.ok(merge);
  assert.equal((await store.undoMerge(merge.id)).ok, true);
  let out = '';
  for await (const chunk of exportEvents(store, 'jsonl')) out += chunk;
  for await (const a of iterateArticles(store)) out += `${articleLine(a)}\n`;
  const { schemaVersion: _v, ...stats } = await store.stats();
  out += JSON.stringify(stats);
  for (const m of await store.listMerges()) out += `\n${m.id} ${m.eventId} ${m.articleId} ${m.undone}`;
  await store.close();
  return out;
}

test('SQLite and PostgreSQL store a corpus identically', {
  skip: url ? false : 'MARSAD_TEST_PG is not set (a postgres:// URL of a test database)',
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-agree-'));
  const input = join(dir, 'articles.jsonl');
  writeSyntheticJsonl(input, 200);
  const schema = `marsad_agree_${process.pid}`;
  try {
    const onSqlite = await everything(openSqliteStore(join(dir, 'db.sqlite')), input);
    const onPostgres = await everything(await openPostgresStore(url!, { schema }), input);
    assert.ok(onSqlite.length > 100_000);
    assert.equal(onPostgres, onSqlite);
  } finally {
    const pool = createPool({ connectionString: url! });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
});
